/** `<social-post>`: one post, rendered from the normalized model or embedded from a URL. */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClockController } from '../../i18n/clock.js';
import { LocaleController } from '../../i18n/locale.js';
import { postStrings, type PostStrings } from '../../i18n/tables/post.js';
import type { Post } from '../../model/post.js';
import { preloadFormat } from '../../formats/loaders.js';
import { sendEarly, type EarlyRequest } from '../../net/early.js';
import type { LoadFetch } from '../../net/load.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { adoptStyles } from '../../styles/adopt.js';
import { hostStyles } from '../../styles/tokens.js';
import {
  canSanitize,
  displayName,
  htmlReady,
  loadPart,
  needsRichText,
  parts,
  partsOf,
} from './parts.js';
import { embedRequest } from './embed.js';
import { postStyles } from './post.styles.js';
import type { Embed } from './standalone.js';
import type { PostView } from './view.js';

export { preloadCommonParts } from './parts.js';

/**
 * Shows one post: who wrote it (or reposted it) and when, its text in its own language and
 * direction (sanitized HTML or plain text with links, mentions, tags and custom emoji), its
 * media, link card, quote, poll and counts. A content warning hides the text and the media until
 * the reader asks; media marked sensitive stay covered until revealed; the relative time stays
 * current through one shared timer, and the full date is in the permalink's accessible name.
 *
 * Standalone, `src` embeds one post from a Mastodon status URL, a Bluesky post URL or at-URI,
 * or any feed document (its first post), with a skeleton while it loads and an error with a
 * retry when it fails.
 *
 * Until a post is set or loaded, the element shows its light-DOM children, so a link to the
 * original works before the script loads and without it; the error state shows them too.
 *
 * Inside a `<social-feed>` the host gets `role="article"`; the post then renders its root as a
 * `<div>` so articles do not nest.
 *
 * @summary One social post from any network, given as data or embedded from a URL.
 * @tag social-post
 *
 * @slot - Fallback content shown until a post is set or loaded, for example a link to the original.
 *
 * @csspart post - The root: an `<article>`, or a `<div>` when the host has `role="article"`.
 * @csspart context - The line above the header: who reposted it, or that it is pinned; and the reply context below the header.
 * @csspart header - The row with avatar, author and time.
 * @csspart avatar - The author's picture (or their initial when there is none).
 * @csspart author - The author's name and handle, a link to their profile when known.
 * @csspart name - The author's display name.
 * @csspart handle - The author's handle, such as `@user@host`.
 * @csspart time - The permalink that holds the `<time>`.
 * @csspart source - The label of the source the post came from ("Colleagues").
 * @csspart title - The headline of a blog entry, a link to it.
 * @csspart summary - The content warning text.
 * @csspart toggle - The button that shows or hides what a content warning hides.
 * @csspart body - The post's text.
 * @csspart media - The images, videos and audio, with the cover over sensitive media.
 * @csspart thumbnail - One image (a button that opens the lightbox) or video thumbnail.
 * @csspart alt-badge - The "ALT" button that shows an image's description, or the "No ALT" marker.
 * @csspart alt-text - An image description shown on demand.
 * @csspart animation-toggle - The play/pause button of a looping animation.
 * @csspart reveal - The button that uncovers (or covers again) sensitive media.
 * @csspart lightbox - The `<dialog>` that shows one image large.
 * @csspart close - The lightbox's close button.
 * @csspart card - The link preview card.
 * @csspart quote - The compact quoted post.
 * @csspart poll - The poll results.
 * @csspart counts - The replies, reposts and likes.
 * @csspart error - The error state of an embed that failed to load.
 * @csspart retry - The button that loads a failed embed again.
 * @csspart hovercard - The popover that holds the author's compact `<social-profile-card>` (see `no-hovercards`).
 *
 * @cssprop [--social-color-text=light-dark(#16181c, #e7e9ea)] - Text color.
 * @cssprop [--social-color-text-muted=light-dark(#536471, #9ba3ab)] - Color of handle, time, counts.
 * @cssprop [--social-color-surface=light-dark(#ffffff, #16181c)] - Background of cards.
 * @cssprop [--social-color-surface-muted=light-dark(#f2f4f6, #22262b)] - Background of cards inside a post, skeletons and media boxes.
 * @cssprop [--social-color-border=light-dark(#d5d9de, #3a3f45)] - Border color.
 * @cssprop [--social-color-link=light-dark(#0b57d0, #8ab4f8)] - Link color.
 * @cssprop [--social-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus ring color.
 * @cssprop [--social-color-accent=light-dark(#0b57d0, #8ab4f8)] - Poll bars.
 * @cssprop [--social-color-danger=light-dark(#b3261e, #f2b8b5)] - The error state's accent.
 * @cssprop [--social-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--social-font-size=1rem] - Base font size.
 * @cssprop [--social-space-2=0.5rem] - Small gaps.
 * @cssprop [--social-space-3=0.75rem] - Gap between the parts of a post.
 * @cssprop [--social-space-4=1rem] - Padding inside a post.
 * @cssprop [--social-radius-s=4px] - Corner radius of badges.
 * @cssprop [--social-radius-m=0.75rem] - Corner radius of cards.
 * @cssprop [--social-post-background=var(--social-color-surface)] - Background of this post.
 * @cssprop [--social-post-border-color=var(--social-color-border)] - Border of this post.
 * @cssprop [--social-post-padding=var(--social-space-4)] - Padding of this post.
 * @cssprop [--social-post-radius=var(--social-radius-m)] - Corner radius of this post.
 * @cssprop [--social-post-avatar-size=3rem] - Size of the avatar.
 * @cssprop [--social-post-media-radius=var(--social-radius-m)] - Corner radius of the media grid, card and quote.
 * @cssprop [--social-post-media-gap=0.25rem] - Gap between images in the grid.
 * @cssprop [--social-post-media-max-height=32rem] - Tallest a single image or video may be.
 *
 * @fires {SocialToggleEvent} social-toggle - The reader showed or hid what a content warning hides; `open` says which.
 * @fires {SocialLoadEvent} social-load - A standalone post (`src`) loaded and is on screen; `count` is 1.
 * @fires {SocialErrorEvent} social-error - A standalone post (`src`) failed to load; `error` says why, and the error state is on screen.
 */
export class SocialPost extends LitElement {
  static override styles = [hostStyles, postStyles];

  static override get observedAttributes(): string[] {
    // `role` decides the root element (a feed makes each host an article).
    return [...super.observedAttributes, 'role'];
  }

  /** The post to show. Set as a property; it has no attribute form. Wins over `src`. */
  @property({ attribute: false }) post?: Post;

  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ showContent: 'Read on', retry: 'Reload' }`. Keys left out keep the built-in text of the
   * reader's language (see `PostStrings` for every key). Property only.
   */
  @property({ attribute: false }) strings?: Partial<PostStrings>;

  /**
   * A post to embed: a Mastodon status URL (`https://host/@user/123`) or API URL, a Bluesky post
   * URL (`https://bsky.app/profile/handle/post/rkey`) or at-URI, or any feed or JSON document,
   * whose first post is shown.
   */
  @property() src?: string;

  /**
   * The format of the `src` document (`mastodon`, `bluesky`, `jsonfeed`, `rss` …); `auto` (or
   * unset) detects it. Mastodon and Bluesky post URLs set it themselves.
   */
  @property() format?: string;

  /**
   * Replaces the global `fetch` for `src`: the seam for auth, proxies and tests. Set as a
   * property only.
   */
  @property({ attribute: false }) fetch?: LoadFetch;

  /** Milliseconds one request for `src` may take before it counts as failed (default 15 000). */
  @property({ type: Number }) timeout?: number;

  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  @property({ reflect: true, converter: themeAttribute })
  theme: 'auto' | 'light' | 'dark' | 'dim' | 'high-contrast' = 'auto';

  /**
   * Whether what a content warning hides (text and media) is shown. The reader toggles it with
   * the button; setting it does not fire `social-toggle`.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Turns off the profile hover cards that open from the author's name and avatar. */
  @property({ type: Boolean, reflect: true, attribute: 'no-hovercards' }) noHovercards = false;

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;
  /** Renders the post and keeps what the reader did to it; made once the view part is here. */
  #view?: PostView;
  /** Loading the post behind `src`; made once there is a `src`. */
  #embed?: Embed;
  /** The request for `src`, sent before the embed's code was in, until the embed takes it. */
  #early?: EarlyRequest;
  /** Settles once the request for `src` went out: the code is asked for after it (see `#sendEarly`). */
  #earlySent: Promise<void> = Promise.resolve();
  #earlyTimer?: ReturnType<typeof setTimeout>;

  /** Announcement waiting for the render that shows its outcome. */
  #announcement?: Event;
  /** The load was aborted by a disconnect: a connect runs it again. */
  #abortedOnDisconnect = false;
  /** Move focus into the outcome of a retry once it renders. */
  #refocus = false;

  constructor() {
    super();
    new ClockController(this);
    this.#theme = new ThemeController(this, this.attachInternals().states);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The request for `src` goes out a task from now, ahead of the code that reads it.
    if (this.src?.trim() && !this.post && !this.#embed) this.#sendEarly();
    // A load cut short by an earlier disconnect starts again, also when the element comes
    // back before the aborted run has settled (a move in the DOM is a disconnect and a connect).
    if (this.#abortedOnDisconnect || this.#embed?.interrupted) {
      this.#abortedOnDisconnect = false;
      void this.#embed?.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#earlyTimer);
    this.#earlyTimer = undefined;
    this.#early?.cancel();
    this.#early = undefined;
    if (this.#embed?.pending) {
      this.#embed.abort();
      this.#abortedOnDisconnect = true;
    }
    this.#view?.disconnected();
  }

  /** The post on screen: the one set as a property, else the one `src` loaded. */
  get #shown(): Post | undefined {
    return this.post ?? (this.src ? this.#embed?.post : undefined);
  }

  protected override async scheduleUpdate(): Promise<void> {
    const post = this.#shown;
    const standalone = Boolean(this.src?.trim());
    if (standalone && !post && !this.#embed) this.#sendEarly();
    const waits = [
      // The post's template, awaited with the parts, the sanitizer and the strings it needs.
      post ? loadPart('view') : undefined,
      // HTML shows only through the sanitizer, which loads first.
      htmlReady(post),
      // The reader's language loads before the first render in it: no English flash.
      this.#locale.ready(),
      // A preset's styles load before the first render in it: no flash of the wrong theme.
      this.#theme.ready(),
      // The parts this post shows, so it is complete on its first paint.
      ...(post ? partsOf(post) : []).map(loadPart),
      // Plain text and custom emoji are built by the rich-text part; HTML counts as shown here.
      post && needsRichText(post, true) ? loadPart('richText') : undefined,
      // The embed's code, with the post's template and common parts, after the request for `src`.
      standalone ? this.#earlySent.then(() => loadPart('standalone')) : undefined,
    ].filter(Boolean);
    if (waits.length > 0) await Promise.all(waits);
    // HTML the sanitizer cannot take (its code failed to load) shows as the plain text beside it.
    const plain = post && needsRichText(post, canSanitize()) ? loadPart('richText') : undefined;
    if (plain) await plain;
    if (post && parts.view) {
      this.#view ??= new parts.view.PostView(this, (...styles) =>
        adoptStyles(this.renderRoot, ...styles),
      );
    } else if (post?.html && !post.text) {
      await loadPart('plainText');
    }
    if (standalone && parts.standalone) {
      this.#embed ??= new parts.standalone.Embed(
        this,
        (event) => (this.#announcement = event),
        () => {
          const early = this.#early;
          this.#early = undefined;
          return early;
        },
      );
    }
    super.scheduleUpdate();
  }

  /**
   * Sends the request for `src` a task from now, ahead of the embed's code, with its reader (and
   * the HTML gate, unless the post is Bluesky's plain text): the post, its code and its reader
   * then travel together instead of one after the other. A task
   * later, so that a page's script that sets `fetch` right after adding the element has run.
   */
  #sendEarly(): void {
    if (this.#earlyTimer !== undefined || this.#early) return;
    this.#earlySent = new Promise((resolve) => {
      this.#earlyTimer = setTimeout(() => {
        this.#earlyTimer = undefined;
        const src = this.src?.trim();
        // The embed's code may have come first (from the cache) and be loading the post itself.
        if (src && !this.#embed && !this.post && this.isConnected) {
          const request = embedRequest(src);
          this.#early = sendEarly(request.url, this.fetch ? { fetch: this.fetch } : {});
          const format = request.format ?? this.format;
          if (format && format !== 'auto') void preloadFormat(format);
          // Posts in every format but Bluesky's are HTML, which shows only through the gate.
          if (format !== 'bluesky') void loadPart('sanitize');
        }
        resolve();
      });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('post') || changed.has('src')) {
      this.#view?.reset();
    }
  }

  protected override updated(): void {
    this.#view?.updated();
    const announcement = this.#announcement;
    if (announcement) {
      this.#announcement = undefined;
      this.dispatchEvent(announcement);
    }
    if (this.#refocus && !this.#embed?.pending) {
      this.#refocus = false;
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part~="post"]');
      target?.focus();
    }
  }

  protected override render(): TemplateResult {
    const post = this.#shown;
    const locale = this.#locale.locale;
    const strings = postStrings(locale, this.strings);
    const view = this.#view;
    if (post && view && parts.view) {
      // The post's own styles go first: the parts' styles come after them in the cascade.
      adoptStyles(this.renderRoot, parts.view.viewStyles);
      return view.render(post, strings, locale, Boolean(this.src) && !this.post);
    }
    if (post) {
      // Its template could not load (offline): the page's fallback children if it has some, else
      // the author and the words, plain, rather than nothing. The next update tries again.
      return html`<slot
        ><div part="post" class="post"
          ><p part="author" dir="auto" .textContent=${displayName(post.author)}></p
          ><p part="body" dir="auto" lang=${ifDefined(post.language)} .textContent=${
            post.text ?? (post.html && parts.plainText?.htmlToText(post.html)) ?? ''
          }></p
        ></div
      ></slot>`;
    }
    const standalone = parts.standalone;
    if (this.src?.trim() && standalone) {
      adoptStyles(this.renderRoot, ...standalone.standaloneStyles);
      const failure = this.#embed?.failure;
      return failure === undefined
        ? standalone.renderSkeleton(strings)
        : standalone.renderError(failure, strings, () => this.#retry());
    }
    return html`<slot></slot>`;
  }

  #retry(): void {
    this.#refocus = true;
    void this.#embed?.run();
  }
}
