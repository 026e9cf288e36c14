/** `<social-profile-card>`: one person, from a profile document, a fediverse handle or the model. */
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocialErrorEvent } from '../../events/error.js';
import { SocialFollowEvent } from '../../events/follow.js';
import { SocialLoadEvent } from '../../events/load.js';
import type { WebFingerUrl } from '../../formats/webfinger.js';
import { LocaleController } from '../../i18n/locale.js';
import { profileCardStrings, type ProfileCardStrings } from '../../i18n/tables/profile-card.js';
import type { Actor } from '../../model/actor.js';
import { LoadError, isAbortError } from '../../net/errors.js';
import type { LoadFetch } from '../../net/load.js';
import { ThemeController } from '../../styles/theme.js';
import { adoptStyles } from '../../styles/adopt.js';
import { lazyPart } from '../shared/lazy.js';
import { hostStyles } from '../../styles/tokens.js';
import type { CardText } from './profile-card-text.js';
import { displayName, isPlain } from './profile-card-util.js';
import { profileCardStyles } from './profile-card.styles.js';

/** How much of a person the card shows. */
export type ProfileCardVariant = 'full' | 'compact' | 'inline';

const VARIANTS = new Set<ProfileCardVariant>(['full', 'compact', 'inline']);

// What only some cards need, or only after their data: the person (the skeleton paints first),
// rich words (bios, fields, custom emoji) and the error state. Fetching is a chunk of its own too.
const viewChunk = lazyPart(() => import('./profile-card-view.js'));
const textChunk = lazyPart(() => import('./profile-card-text.js'));
const errorChunk = lazyPart(() => import('./profile-card-error.js'));

/** Whether what the card shows of `actor` needs the rich-text chunk. */
function needsText(actor: Actor, inline: boolean): boolean {
  if (!isPlain(displayName(actor), actor.emoji)) return true;
  if (inline || actor.suspended) return false;
  return Boolean(actor.bio?.trim() || actor.fields?.length || actor.links?.length);
}

/**
 * Shows who a person is, from wherever they post: banner, avatar, display name with custom
 * emoji, handle with a copy button, bio (HTML through the sanitizer, or plain text with links),
 * profile fields with verified links marked in sight and in words, follower, following and post
 * counts as short localized numbers, bot and locked badges, when they joined, and a Follow link.
 *
 * Sources: `src` (a Mastodon account `/api/v1/accounts/:id` or `/api/v1/accounts/lookup?acct=`,
 * an ActivityPub actor, a Bluesky `getProfile` URL or `bsky.app/profile/…` page, an HTML page
 * with an h-card, a JSON Feed), `handle` (`@user@host` through WebFinger, `@name.bsky.social`
 * through Bluesky), or `.actor` (shown as given, nothing fetched). While a source loads, a
 * skeleton holds the card's final size; a failure shows its cause with a retry; a suspended or
 * empty account says so.
 *
 * The Follow action is a link to the profile, where the person's own server offers to follow
 * them. Before it is followed, a cancelable `social-follow` event carries the actor: a host page
 * that calls `preventDefault()` keeps the reader on the page and follows its own way.
 *
 * `variant="compact"` drops the banner and the joined date and clamps the bio (the hover cards of
 * `<social-post>` use it); `variant="inline"` is a one-line chip to put in running text.
 *
 * @summary Who a person is, from a Mastodon, ActivityPub, Bluesky, h-card or JSON Feed profile.
 * @tag social-profile-card
 *
 * @slot - Fallback content shown until a profile is set or loaded (and beside the error), for example a link to the profile.
 *
 * @csspart card - The root: a `<section>` (full), a group (compact) or a `<span>` (inline).
 * @csspart banner - The header image, or the tinted strip that stands in for it.
 * @csspart avatar - The person's picture (or their initial when there is none).
 * @csspart name - The display name (a heading in the full and compact variants).
 * @csspart badge - One badge: automated account, or approves followers.
 * @csspart handle - The handle, such as `@user@host`.
 * @csspart copy - The button that copies the handle.
 * @csspart copy-status - The polite confirmation (or failure) of a copy.
 * @csspart bio - The person's description.
 * @csspart fields - The list of profile fields.
 * @csspart field - One profile field.
 * @csspart verified - The mark on a verified link.
 * @csspart links - The links the person claims (rel=me) that no field shows.
 * @csspart counts - The followers, following and posts counts.
 * @csspart joined - When the account was created.
 * @csspart follow - The Follow link.
 * @csspart notice - The suspended or empty account notice.
 * @csspart skeleton - The placeholder shown while the profile loads.
 * @csspart error - The error state.
 * @csspart retry - The button that loads the profile again.
 *
 * @cssprop [--social-color-text=light-dark(#16181c, #e7e9ea)] - Text color.
 * @cssprop [--social-color-text-muted=light-dark(#536471, #9ba3ab)] - Color of handle, counts labels, joined date.
 * @cssprop [--social-color-surface=light-dark(#ffffff, #16181c)] - Background of the card.
 * @cssprop [--social-color-surface-muted=light-dark(#f2f4f6, #22262b)] - Background of skeletons and the banner stand-in.
 * @cssprop [--social-color-border=light-dark(#d5d9de, #3a3f45)] - Border color.
 * @cssprop [--social-color-link=light-dark(#0b57d0, #8ab4f8)] - Link color.
 * @cssprop [--social-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus ring color.
 * @cssprop [--social-color-accent=light-dark(#0b57d0, #8ab4f8)] - Background of the Follow link and the banner tint.
 * @cssprop [--social-color-on-accent=light-dark(#ffffff, #0d0f12)] - Text on the Follow link.
 * @cssprop [--social-color-success=light-dark(#146c2e, #7dd699)] - Verified links.
 * @cssprop [--social-color-danger=light-dark(#b3261e, #f2b8b5)] - The error and suspended states' accent.
 * @cssprop [--social-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--social-font-size=1rem] - Base font size.
 * @cssprop [--social-space-2=0.5rem] - Small gaps.
 * @cssprop [--social-space-3=0.75rem] - Gap between the parts of the card.
 * @cssprop [--social-space-4=1rem] - Padding of the card.
 * @cssprop [--social-radius-s=4px] - Radius of badges and buttons.
 * @cssprop [--social-radius-m=0.75rem] - Radius of the card.
 * @cssprop [--social-profile-card-background=var(--social-color-surface)] - Background of this card only.
 * @cssprop [--social-profile-card-border-color=var(--social-color-border)] - Border of this card only.
 * @cssprop [--social-profile-card-padding=var(--social-space-4)] - Padding of this card only.
 * @cssprop [--social-profile-card-radius=var(--social-radius-m)] - Corner radius of this card only.
 * @cssprop [--social-profile-card-avatar-size=5rem] - Avatar size in the full variant (compact: 3.5rem, inline: 1.5em).
 * @cssprop [--social-profile-card-banner-ratio=3 / 1] - Aspect ratio of the banner.
 * @cssprop [--social-profile-card-max-inline-size=36rem] - Widest the card grows (compact: 22rem).
 * @cssprop [--social-profile-card-bio-lines=4] - Lines of bio the compact variant shows.
 *
 * @fires {SocialLoadEvent} social-load - The profile from `src` or `handle` loaded and shows (`count` is 1).
 * @fires {SocialErrorEvent} social-error - The profile failed to load; the error state shows, `error` holds the cause.
 * @fires {SocialFollowEvent} social-follow - The reader activated Follow; cancel it to handle following yourself.
 */
export class SocialProfileCard extends LitElement {
  static override styles = [hostStyles, profileCardStyles];

  /**
   * A profile document to load: a Mastodon account or lookup URL, an ActivityPub actor, a
   * Bluesky `getProfile` URL or profile page, an HTML page with an h-card, or a JSON Feed.
   */
  @property() src?: string;

  /** A handle to look up when no `src` is set: `@user@host` (WebFinger) or `@name.bsky.social`. */
  @property() handle?: string;

  /** The person to show, already in the model: nothing is fetched, and it wins over `src` and `handle`. */
  @property({ attribute: false }) actor?: Actor;

  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ follow: 'Subscribe', retry: 'Reload' }`. Keys left out keep the built-in text of the
   * reader's language (see `ProfileCardStrings` for every key). Property only.
   */
  @property({ attribute: false }) strings?: Partial<ProfileCardStrings>;

  /** `full` (default), `compact` (no banner, clamped bio) or `inline` (one line in running text). */
  @property({ reflect: true }) variant: ProfileCardVariant = 'full';

  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. Unset (or `auto`), the card
   * follows the page's `<meta name="social-elements-theme">`, else its `color-scheme`. See
   * docs/theming.md.
   */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark' | 'dim' | 'high-contrast';

  /** Level (1–6) of the name's heading, so it fits the page's outline; 0 renders no heading. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Replaces the global `fetch` for every request (auth, proxies, tests). */
  @property({ attribute: false }) fetch?: LoadFetch;

  /** Milliseconds one request may take before it counts as failed (default 15 000). */
  @property({ type: Number }) timeout?: number;

  /**
   * Builds the WebFinger URL for a handle (default `https://host/.well-known/webfinger?…`):
   * route lookups through a proxy of your own, or, in tests, to a local server.
   */
  @property({ attribute: false }) webfingerUrl?: WebFingerUrl;

  /** The avatar image failed to load; the initial shows instead. @internal */
  @state() private avatarFailed = false;
  /** The banner image failed to load; the tinted strip shows instead. @internal */
  @state() private bannerFailed = false;
  /** The outcome of the last copy, shown for a few seconds. @internal */
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;

  constructor() {
    super();
    this.#theme = new ThemeController(this, this.attachInternals().states);
  }

  /** Announcement waiting for the render that shows its outcome. */
  #announcement?: Event;
  /** The load was aborted by a disconnect: a connect runs it again. */
  #abortedOnDisconnect = false;
  /** Move focus into the outcome of a retry once it renders. */
  #refocus = false;
  #copyTimer?: ReturnType<typeof setTimeout>;
  /** Nodes built from names, bios and fields, reused while their source stays the same. */
  #text?: CardText;

  readonly #task = new Task(this, {
    args: () =>
      [
        this.actor ? undefined : this.src?.trim() || undefined,
        this.actor ? undefined : this.handle?.trim() || undefined,
        this.fetch,
        this.webfingerUrl,
        this.timeout,
      ] as const,
    task: async ([src, handle, fetchImpl, webfinger, timeout], { signal }) => {
      // Updated while detached (added and removed in one task): a request now would outlive
      // the element, since disconnecting is what aborts it. connectedCallback runs it again.
      if ((src || handle) && !this.isConnected) {
        throw new DOMException('Not connected', 'AbortError');
      }
      if (!src && !handle) return initialState;
      const [{ fetchActor, fetchHandle, profileRequest }] = await Promise.all([
        import('./profile-card-load.js'),
        // What it imports, asked for beside it rather than after it: one round trip, not two.
        import('../../net/load.js'),
        import('../../formats/index.js'),
      ]);
      // What shows the profile loads while the profile does (most have a bio), after the code
      // that asks for it, so the request leaves first.
      void viewChunk.load();
      void textChunk.load();
      const context = { fetch: fetchImpl, webfingerUrl: webfinger, signal, timeout };
      return src ? fetchActor(profileRequest(src), context) : fetchHandle(handle!, context);
    },
    onComplete: (loaded) => {
      this.#announcement = new SocialLoadEvent(1, { id: this.#sourceId(), url: loaded.url });
    },
    onError: (error) => {
      if (isAbortError(error)) return;
      const cause = error instanceof Error ? error : new Error(String(error));
      this.#announcement = new SocialErrorEvent(cause, {
        id: this.#sourceId(),
        ...(cause instanceof LoadError ? { url: cause.url } : {}),
      });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by an earlier disconnect starts again, also when the element comes
    // back before the aborted run has settled (a move in the DOM is a disconnect and a connect).
    if (
      this.#abortedOnDisconnect ||
      (this.#task.status === TaskStatus.ERROR && isAbortError(this.#task.error))
    ) {
      this.#abortedOnDisconnect = false;
      void this.#task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#task.status === TaskStatus.PENDING) {
      this.#task.abort();
      this.#abortedOnDisconnect = true;
    }
    clearTimeout(this.#copyTimer);
  }

  /** The person on screen: the one set as a property, else the one `src` or `handle` loaded. */
  get #shown(): Actor | undefined {
    if (this.actor) return this.actor;
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value?.actor : undefined;
  }

  get #variant(): ProfileCardVariant {
    return VARIANTS.has(this.variant) ? this.variant : 'full';
  }

  #sourceId(): string {
    return this.src?.trim() || this.handle?.trim() || '';
  }

  protected override async scheduleUpdate(): Promise<void> {
    // What the next render shows is ready before it: the reader's language (no English flash),
    // rich words with the sanitizer they need, the error state; never a half-drawn card. A
    // property set while they load may ask for more: it joins this update, so look again.
    for (;;) {
      const actor = this.#shown;
      const inline = this.#variant === 'inline';
      const failed = !actor && this.#failed;
      const [view, text, error] = await Promise.all([
        actor ? viewChunk.load() : undefined,
        actor && needsText(actor, inline)
          ? textChunk.load().then(async (text) => (await text?.prepareText(actor), text))
          : undefined,
        failed ? errorChunk.load() : undefined,
        this.#locale.ready(),
      ]);
      if (view) adoptStyles(this.renderRoot, view.profileCardViewStyles);
      if (text) {
        adoptStyles(this.renderRoot, text.profileCardTextStyles);
        this.#text ??= new text.CardText();
      }
      if (error) adoptStyles(this.renderRoot, ...error.profileCardErrorStyles);
      if (
        actor === this.#shown &&
        inline === (this.#variant === 'inline') &&
        failed === (!actor && this.#failed)
      )
        break;
    }
    // A preset's styles load before the first render in it: no flash of the wrong theme.
    await this.#theme.ready();
    super.scheduleUpdate();
  }

  /** The last load failed (an abort is no failure: the card loads again when it reconnects). */
  get #failed(): boolean {
    return this.#task.status === TaskStatus.ERROR && !isAbortError(this.#task.error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actor') || changed.has('src') || changed.has('handle')) {
      this.avatarFailed = false;
      this.bannerFailed = false;
      this.copyState = 'idle';
    }
  }

  protected override updated(): void {
    const announcement = this.#announcement;
    if (announcement) {
      this.#announcement = undefined;
      this.dispatchEvent(announcement);
    }
    if (this.#refocus && this.#task.status !== TaskStatus.PENDING) {
      this.#refocus = false;
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part~="card"]');
      target?.focus();
    }
  }

  protected override render(): TemplateResult {
    const strings = profileCardStrings(this.#locale.locale, this.strings);
    const actor = this.#shown;
    // Without their chunks (offline), the person and the error are the host's fallback content.
    if (actor) {
      const view = viewChunk.module;
      return view
        ? new view.ProfileView({
            variant: this.#variant,
            locale: this.#locale.locale,
            headingLevel: this.headingLevel,
            copyState: this.copyState,
            avatarFailed: this.avatarFailed,
            bannerFailed: this.bannerFailed,
            text: this.#text,
            copy: this.#copyHandle,
            follow: this.#follow,
            avatarError: this.#avatarFailed,
            bannerError: this.#bannerFailed,
          }).render(actor, strings)
        : html`<slot></slot>`;
    }
    if (this.src?.trim() || this.handle?.trim()) {
      if (this.#failed) {
        const error = errorChunk.module;
        return error
          ? error.renderError(this.#variant, this.#task.error, strings, this.#retry)
          : html`<slot></slot>`;
      }
      return this.#renderSkeleton(strings);
    }
    return html`<slot></slot>`;
  }

  // ---- states --------------------------------------------------------------------------------

  #renderSkeleton(strings: ProfileCardStrings): TemplateResult {
    const variant = this.#variant;
    if (variant === 'inline') {
      return html`<span part="card skeleton" class="inline skeleton" aria-busy="true"
        ><span class="bone avatar-bone" aria-hidden="true"></span
        ><span class="bone line" aria-hidden="true"></span
        ><span class="visually-hidden" role="status">${strings.loading}</span></span
      >`;
    }
    // The same boxes as the card, so nothing moves when the profile arrives.
    return html`<div part="card skeleton" class="card ${variant} skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${strings.loading}</span>
      ${variant === 'full' ? html`<div class="banner bone" aria-hidden="true"></div>` : nothing}
      <div class="head" aria-hidden="true">
        <span class="avatar bone"></span>
        <span class="bone follow-bone"></span>
      </div>
      <div class="identity" aria-hidden="true">
        <span class="bone line name-bone"></span>
        <span class="bone line handle-bone"></span>
      </div>
      <div class="bio-bones" aria-hidden="true">
        <span class="bone line"></span><span class="bone line"></span
        ><span class="bone line short"></span>
      </div>
      <div class="counts-bones" aria-hidden="true">
        <span class="bone count-bone"></span><span class="bone count-bone"></span
        ><span class="bone count-bone"></span>
      </div>
    </div>`;
  }

  #retry(): void {
    this.#refocus = true;
    void this.#task.run();
  }

  // ---- reader actions ------------------------------------------------------------------------

  async #copyHandle(): Promise<void> {
    const handle = this.#shown?.handle?.trim();
    if (!handle) return;
    clearTimeout(this.#copyTimer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(handle);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      // The next best thing: the handle selected, ready for the reader's own copy command.
      const node =
        this.renderRoot.querySelector('[part~="handle"]') ??
        this.renderRoot.querySelector('[part~="name"]');
      const selection = globalThis.getSelection?.();
      if (node && selection) selection.selectAllChildren(node);
    }
    this.#copyTimer = setTimeout(() => {
      this.copyState = 'idle';
    }, 5000);
  }

  #follow(event: MouseEvent): void {
    const actor = this.#shown;
    if (!actor) return;
    // Not canceled: the link opens the profile. Canceled: the host page follows its own way.
    if (!this.dispatchEvent(new SocialFollowEvent(actor))) event.preventDefault();
  }

  #avatarFailed(): void {
    this.avatarFailed = true;
  }

  #bannerFailed(): void {
    this.bannerFailed = true;
  }
}
