/**
 * The person `<social-profile-card>` shows, as a card or a chip: banner, avatar, name, badges,
 * handle with its copy button, counts, joined date, Follow and the suspended or empty notice.
 * A chunk of its own: the skeleton paints before it arrives, and a card given `.actor` awaits
 * it before its first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { formatCompactNumber } from '../../i18n/format.js';
import type { ProfileCardStrings } from '../../i18n/tables/profile-card.js';
import type { Actor } from '../../model/actor.js';
import { icon } from './icons.js';
import type { ProfileCardVariant } from './profile-card.js';
import type { CardText } from './profile-card-text.js';
import { displayName, isPlain, validDate } from './profile-card-util.js';

export { profileCardViewStyles } from './profile-card-view.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "March 2024": when someone joined needs no day. */
function formatMonth(date: Date, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' });
    monthFormats.set(locale, format);
  }
  return format.format(date);
}

function validCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Nothing beyond who it is: no picture, words, fields or counts. */
function isEmpty(actor: Actor): boolean {
  return (
    !actor.avatar &&
    !actor.banner &&
    !actor.bio?.trim() &&
    !actor.fields?.length &&
    !actor.links?.length &&
    !Object.values(actor.counts ?? {}).some(validCount)
  );
}

/**
 * What the view reads from its element, and the element's handlers it binds: Lit calls them
 * with the element as `this`.
 */
export interface ViewContext {
  variant: ProfileCardVariant;
  locale: string;
  headingLevel: number;
  copyState: 'idle' | 'copied' | 'failed';
  avatarFailed: boolean;
  bannerFailed: boolean;
  /** The element's rich words, once their chunk has loaded. */
  text: CardText | undefined;
  copy: () => void;
  follow: (event: MouseEvent) => void;
  avatarError: () => void;
  bannerError: () => void;
}

/** One card drawn from what its element holds: made for each render, so it keeps nothing. */
export class ProfileView {
  readonly #view: ViewContext;

  constructor(view: ViewContext) {
    this.#view = view;
  }

  /** The person, as a card or, in the inline variant, a chip. */
  render(actor: Actor, strings: ProfileCardStrings): TemplateResult {
    return this.#view.variant === 'inline'
      ? this.#renderInline(actor, strings)
      : this.#renderCard(actor, strings);
  }

  #renderCard(actor: Actor, strings: ProfileCardStrings): TemplateResult {
    const variant = this.#view.variant;
    const full = variant === 'full';
    const locale = this.#view.locale;
    const suspended = Boolean(actor.suspended);
    const empty = !suspended && isEmpty(actor);
    const profile = safeLink(actor.url);
    const text = this.#view.text;
    const content = html`
      ${full ? this.#renderBanner(actor, suspended) : nothing}
      <div class="head">
        ${this.#renderAvatar(actor, strings, suspended)}
        ${suspended ? nothing : this.#renderFollow(actor, strings)}
      </div>
      <div class="identity">
        ${this.#renderName(actor, strings, suspended)} ${this.#renderHandle(actor, strings)}
      </div>
      ${
        suspended || empty
          ? this.#renderNotice(suspended, profile, strings)
          : html`
            ${text?.bio(actor)} ${text?.fields(actor, strings, locale)}
            ${text?.links(actor, strings)} ${this.#renderCounts(actor, strings, locale)}
            ${full ? this.#renderJoined(actor, strings, locale) : nothing}
          `
      }
    `;
    const classes = `card ${variant}${suspended ? ' suspended' : ''}`;
    // A named section is a landmark: right for a card on its own, too loud inside a popover.
    return full
      ? html`<section part="card" class=${classes} aria-labelledby="name" tabindex="-1">
          ${content}
        </section>`
      : html`<div
          part="card"
          class=${classes}
          role="group"
          aria-label=${strings.profileOf(displayName(actor))}
          tabindex="-1"
        >
          ${content}
        </div>`;
  }

  #renderInline(actor: Actor, strings: ProfileCardStrings): TemplateResult {
    const profile = safeLink(actor.url);
    const name = this.#inlineText('name', displayName(actor), actor.emoji);
    const label = html`<span part="name" class="name" dir="auto">${name}</span>${
      actor.handle && actor.handle !== displayName(actor)
        ? html`<span part="handle" class="handle" dir="ltr">${actor.handle}</span>`
        : nothing
    }`;
    return html`<span part="card" class="inline${actor.suspended ? ' suspended' : ''}"
      >${this.#renderAvatar(actor, strings, Boolean(actor.suspended), true)}${
        profile
          ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc">${label}</a>`
          : label
      }</span
    >`;
  }

  #renderBanner(actor: Actor, suspended: boolean): TemplateResult {
    const src = suspended || this.#view.bannerFailed ? undefined : safeMedia(actor.banner);
    // The banner is decoration: the card says everything it shows in words.
    return html`<div part="banner" class="banner">
      ${
        src
          ? html`<img
            src=${src}
            alt=""
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${this.#view.bannerError}
          />`
          : nothing
      }
    </div>`;
  }

  #renderAvatar(
    actor: Actor,
    strings: ProfileCardStrings,
    suspended: boolean,
    decorative = false,
  ): TemplateResult {
    const name = displayName(actor);
    const src = suspended ? undefined : safeMedia(actor.avatar);
    if (!src || this.#view.avatarFailed) {
      const initial = [...new Intl.Segmenter().segment(name.replace(/^@/, ''))][0]?.segment ?? '?';
      return html`<span part="avatar" class="avatar initial" aria-hidden="true">${initial}</span>`;
    }
    return html`<img
      part="avatar"
      class="avatar"
      src=${src}
      alt=${decorative ? '' : actor.avatarAlt?.trim() || strings.avatarOf(name)}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.#view.avatarError}
    />`;
  }

  #renderName(actor: Actor, strings: ProfileCardStrings, suspended: boolean): TemplateResult {
    const profile = safeLink(actor.url);
    const name = this.#inlineText('name', displayName(actor), actor.emoji);
    const inner = profile
      ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc" dir="auto">${name}</a>`
      : html`<span dir="auto">${name}</span>`;
    const level = Math.trunc(this.#view.headingLevel);
    const heading =
      level >= 1 && level <= 6
        ? staticHtml`<${HEADINGS[level - 1]!} part="name" class="name" id="name">${inner}</${HEADINGS[level - 1]!}>`
        : html`<p part="name" class="name" id="name">${inner}</p>`;
    const badges = suspended
      ? []
      : [
          actor.bot
            ? html`<li part="badge" class="badge bot">${icon('bot')}${strings.bot}</li>`
            : undefined,
          actor.locked
            ? html`<li part="badge" class="badge locked">${icon('lock')}${strings.locked}</li>`
            : undefined,
        ].filter(Boolean);
    return html`<div class="name-row">
      ${heading}
      ${badges.length > 0 ? html`<ul class="badges">${badges}</ul>` : nothing}
    </div>`;
  }

  #renderHandle(actor: Actor, strings: ProfileCardStrings): TemplateResult | typeof nothing {
    const handle = actor.handle?.trim();
    if (!handle) return nothing;
    const message =
      this.#view.copyState === 'copied'
        ? strings.copied
        : this.#view.copyState === 'failed'
          ? strings.copyFailed
          : '';
    // Without a display name the heading already shows the handle: the row keeps only the button.
    const repeated = displayName(actor) === handle;
    return html`<p class="handle-row">
      ${repeated ? nothing : html`<span part="handle" class="handle" dir="ltr">${handle}</span>`}
      <button
        part="copy"
        class="copy"
        type="button"
        title=${strings.copyHandle(handle)}
        @click=${this.#view.copy}
      >
        ${icon(this.#view.copyState === 'copied' ? 'check' : 'copy')}<span class="visually-hidden"
          >${strings.copyHandle(handle)}</span
        >
      </button>
      <span part="copy-status" class="copy-status ${this.#view.copyState}" role="status">${message}</span>
    </p>`;
  }

  #renderNotice(
    suspended: boolean,
    profile: string | undefined,
    strings: ProfileCardStrings,
  ): TemplateResult {
    return html`<div part="notice" class="notice ${suspended ? 'suspended' : 'empty'}">
      ${suspended ? icon('suspended') : nothing}
      <p>
        <strong>${suspended ? strings.suspended : strings.empty}</strong>
        ${suspended ? html`<span>${strings.suspendedDetail}</span>` : nothing}
      </p>
      ${
        profile && !suspended
          ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc">${strings.viewProfile}</a>`
          : nothing
      }
    </div>`;
  }

  #renderCounts(
    actor: Actor,
    strings: ProfileCardStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const counts = actor.counts;
    if (!counts) return nothing;
    const rows = (
      [
        ['posts', counts.posts, strings.posts, strings.postsCount],
        ['following', counts.following, strings.following, strings.followingCount],
        ['followers', counts.followers, strings.followers, strings.followersCount],
      ] as const
    ).filter(([, count]) => validCount(count));
    if (rows.length === 0) return nothing;
    return html`<ul part="counts" class="counts" aria-label=${strings.counts}>
      ${rows.map(
        ([name, count, label, full]) =>
          html`<li class=${name}>
            <span aria-hidden="true"
              ><strong class="count">${formatCompactNumber(count!, locale)}</strong>
              <span class="count-label">${label}</span></span
            ><span class="visually-hidden">${full(count!)}</span>
          </li>`,
      )}
    </ul>`;
  }

  #renderJoined(
    actor: Actor,
    strings: ProfileCardStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const joined = validDate(actor.joined);
    // Bluesky's test servers, and some converters, write the epoch for "unknown".
    if (!joined || joined.getTime() <= 0) return nothing;
    return html`<p part="joined" class="joined">
      ${icon('calendar')}<time datetime=${joined.toISOString()}
        >${strings.joined(formatMonth(joined, locale))}</time
      >
    </p>`;
  }

  #renderFollow(actor: Actor, strings: ProfileCardStrings): TemplateResult | typeof nothing {
    const profile = safeLink(actor.url);
    if (!profile) return nothing;
    return html`<a
      part="follow"
      class="follow"
      href=${profile}
      rel="nofollow noopener noreferrer ugc"
      @click=${this.#view.follow}
      >${strings.follow}<span class="visually-hidden"> ${displayName(actor)}</span></a
    >`;
  }

  /** Plain text with custom emoji only (names): no links. */
  #inlineText(key: string, text: string, emoji: Actor['emoji']): string | Node[] {
    return isPlain(text, emoji) || !this.#view.text
      ? text
      : this.#view.text.inline(key, text, emoji);
  }
}
