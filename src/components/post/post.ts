/** `<social-post>`: one post, rendered from the normalized model. */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import { SocialToggleEvent } from '../../events/toggle.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { ClockController, clock } from '../../i18n/clock.js';
import { formatDateTime, formatRelativeTime } from '../../i18n/format.js';
import { LocaleController, isRightToLeft } from '../../i18n/locale.js';
import { stringsFor } from '../../i18n/strings.js';
import { hostStyles } from '../../styles/tokens.js';
import { postStyles } from './post.styles.js';

/**
 * Shows one post: the author's avatar, name and handle, a permalink with a relative time that
 * stays current, and the text in its own language and direction. Text behind a content warning
 * stays hidden until the reader asks for it.
 *
 * Until `post` is set, the element shows its light-DOM children, so a link or a quoted copy
 * of the post works before the script loads and without it.
 *
 * @summary One social post from any network.
 * @tag social-post
 *
 * @slot - Fallback content shown until a post is set, for example a link to the original.
 *
 * @csspart post - The `<article>` that holds the whole post.
 * @csspart header - The row with avatar, author and time.
 * @csspart avatar - The author's picture (or their initial when there is none).
 * @csspart author - The author's name and handle, a link to their profile when known.
 * @csspart name - The author's display name.
 * @csspart handle - The author's handle, such as `@user@host`.
 * @csspart time - The permalink that holds the `<time>`.
 * @csspart summary - The content warning text.
 * @csspart toggle - The button that shows or hides text behind a content warning.
 * @csspart body - The post's text.
 *
 * @cssprop [--social-color-text=light-dark(#16181c, #e7e9ea)] - Text color.
 * @cssprop [--social-color-text-muted=light-dark(#536471, #9ba3ab)] - Color of handle and time.
 * @cssprop [--social-color-surface=light-dark(#ffffff, #16181c)] - Background of cards.
 * @cssprop [--social-color-border=light-dark(#d5d9de, #3a3f45)] - Border color.
 * @cssprop [--social-color-link=light-dark(#0b57d0, #8ab4f8)] - Link color.
 * @cssprop [--social-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus ring color.
 * @cssprop [--social-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--social-font-size=1rem] - Base font size.
 * @cssprop [--social-space-3=0.75rem] - Gap between the parts of a post.
 * @cssprop [--social-space-4=1rem] - Padding inside a post.
 * @cssprop [--social-radius-m=0.75rem] - Corner radius of cards.
 * @cssprop [--social-post-background=var(--social-color-surface)] - Background of this post.
 * @cssprop [--social-post-border-color=var(--social-color-border)] - Border of this post.
 * @cssprop [--social-post-padding=var(--social-space-4)] - Padding of this post.
 * @cssprop [--social-post-radius=var(--social-radius-m)] - Corner radius of this post.
 * @cssprop [--social-post-avatar-size=3rem] - Size of the avatar.
 *
 * @fires {SocialToggleEvent} social-toggle - The reader showed or hid the text behind a content warning; `open` says which.
 */
export class SocialPost extends LitElement {
  static override styles = [hostStyles, postStyles];

  /** The post to show. Set as a property; it has no attribute form. */
  @property({ attribute: false }) post?: Post;

  /**
   * Color scheme: `auto` follows the page's `color-scheme`; `light` or `dark` force one.
   */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Whether text behind a content warning is shown. The reader toggles it with the button;
   * setting it does not fire `social-toggle`.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The avatar failed to load: show the initial instead.
   * @internal
   */
  @state() private avatarFailed = false;

  readonly #locale = new LocaleController(this);

  constructor() {
    super();
    new ClockController(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('post')) this.avatarFailed = false;
  }

  protected override render(): TemplateResult {
    const post = this.post;
    if (!post) return html`<slot></slot>`;
    const locale = this.#locale.locale;
    const strings = stringsFor(locale);
    const author = post.author;
    const name = displayName(author);
    const permalink = safeLink(post.url);
    const published = validDate(post.published);
    const hasWarning = Boolean(post.summary?.trim());
    const hidden = hasWarning && !this.open;

    const time = published
      ? html`<time datetime=${published.toISOString()} title=${formatDateTime(published, locale)}
          >${formatRelativeTime(published, clock.now(), locale)}</time
        >`
      : nothing;
    const updated = validDate(post.updated);

    return html`
      <article part="post" aria-labelledby="author">
        <header part="header">
          ${this.#renderAvatar(author, name, strings.avatarOf(name))}
          <div class="byline">
            ${this.#renderAuthor(author, name)}
            <span class="meta" dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
              ${permalink ? html`<a part="time" href=${permalink}>${time}</a>` : html`<span part="time">${time}</span>`}
              ${
                updated
                  ? html` · <span title=${formatDateTime(updated, locale)}>${strings.edited}</span>`
                  : nothing
              }
            </span>
          </div>
        </header>
        ${
          hasWarning
            ? html`<p class="warning">
                <span part="summary" lang=${ifDefined(post.language)} dir="auto"
                  ><span class="visually-hidden">${strings.contentWarning}: </span
                  >${post.summary}</span
                >
                <button
                  part="toggle"
                  type="button"
                  aria-expanded=${this.open ? 'true' : 'false'}
                  aria-controls="body"
                  @click=${this.#toggleContent}
                >
                  ${this.open ? strings.hideContent : strings.showContent}
                </button>
              </p>`
            : nothing
        }
        ${
          post.text
            ? html`<p part="body" id="body" lang=${ifDefined(post.language)} dir="auto" ?hidden=${hidden}>${post.text}</p>`
            : nothing
        }
      </article>
    `;
  }

  #renderAvatar(author: Actor, name: string, fallbackAlt: string): TemplateResult {
    const src = safeMedia(author.avatar);
    if (!src || this.avatarFailed) {
      const initial = [...new Intl.Segmenter().segment(name)][0]?.segment ?? '?';
      return html`<span part="avatar" class="initial" aria-hidden="true">${initial}</span>`;
    }
    return html`<img
      part="avatar"
      src=${src}
      alt=${author.avatarAlt?.trim() || fallbackAlt}
      width="48"
      height="48"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.#avatarFailed}
    />`;
  }

  #renderAuthor(author: Actor, name: string): TemplateResult {
    const profile = safeLink(author.url);
    const content = html`<span part="name" dir="auto">${name}</span>${
      author.handle && author.handle !== name
        ? html`<span part="handle" dir="ltr">${author.handle}</span>`
        : nothing
    }`;
    return profile
      ? html`<a part="author" id="author" href=${profile} rel="nofollow noopener noreferrer ugc"
          >${content}</a
        >`
      : html`<span part="author" id="author">${content}</span>`;
  }

  #toggleContent(): void {
    this.open = !this.open;
    // Announce after render, so listeners see the new state on screen.
    void this.updateComplete.then(() => this.dispatchEvent(new SocialToggleEvent(this.open)));
  }

  #avatarFailed(): void {
    this.avatarFailed = true;
  }
}

function displayName(author: Actor): string {
  return author.name?.trim() || author.handle?.trim() || author.id;
}

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}
