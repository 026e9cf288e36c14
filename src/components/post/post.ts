/** `<social-post>`: one post, rendered from the normalized model or embedded from a URL. */
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocialErrorEvent } from '../../events/error.js';
import { SocialLoadEvent } from '../../events/load.js';
import { SocialToggleEvent } from '../../events/toggle.js';
import { richText } from '../../html/rich-text.js';
import { prepareSanitizer, sanitize, sanitizerStatus } from '../../html/sanitize.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { ClockController, clock } from '../../i18n/clock.js';
import {
  formatCompactNumber,
  formatDateTime,
  formatPercent,
  formatRelativeTime,
} from '../../i18n/format.js';
import { LocaleController, isRightToLeft } from '../../i18n/locale.js';
import { loadReasonText } from '../../i18n/tables/errors.js';
import { postStrings, type PostErrorReason, type PostStrings } from '../../i18n/tables/post.js';
import type { Actor } from '../../model/actor.js';
import type { LinkCard, Poll, Post } from '../../model/post.js';
import { LoadError, isAbortError, parseError } from '../../net/errors.js';
import type { LoadFetch } from '../../net/load.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import { HoverCardController, hoverCardStyles } from '../profile-card/hovercard.js';
import { embedRequest } from './embed.js';
import {
  mediaItems,
  renderLightbox,
  renderMedia,
  type MediaContext,
  type MediaItem,
} from './media.js';
import { postStyles } from './post.styles.js';
import { loadErrorContent, loadErrorStyles } from '../shared/load-error.js';
import { loadReasonOf } from '../shared/load-reason.js';
import { styleProperties } from '../shared/style-properties.js';

/** The document held no post the element could show. */
export class NoPostError extends LoadError {
  constructor(url: string, skipped: readonly { reason: string }[]) {
    const why =
      skipped.length > 0 ? ` (skipped: ${skipped.map((entry) => entry.reason).join('; ')})` : '';
    super(
      'parse',
      `The document at ${url} holds no post this element can show${why} — check the src URL.`,
      {
        url,
      },
    );
  }
}

/** What a standalone embed loaded, with the URL it came from for the load event. */
interface Loaded {
  post: Post;
  url: string;
}

function needsHtml(post: Post | undefined): boolean {
  return Boolean(post?.html || post?.quote?.html);
}

let hlsPlayable: boolean | undefined;

/** Whether this browser plays HLS playlists by itself (Safari, and Chromium on some systems). */
function canPlayHls(): boolean {
  hlsPlayable ??=
    typeof document !== 'undefined' &&
    document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '';
  return hlsPlayable;
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Fetches and reads the post behind `src`; the formats load only for embeds, in their own chunk. */
async function loadPost(
  src: string,
  format: string | undefined,
  fetchImpl: LoadFetch | undefined,
  signal: AbortSignal,
  timeout?: number,
): Promise<Loaded> {
  const request = embedRequest(src);
  const [{ load }, { parseFeed }] = await Promise.all([
    import('../../net/load.js'),
    import('../../formats/index.js'),
  ]);
  const result = await load(request.url, {
    signal,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
  });
  signal.throwIfAborted();
  const wanted = request.format ?? (format && format !== 'auto' ? format : undefined);
  let page;
  try {
    page = await parseFeed(result.body, {
      url: result.url,
      headers: result.headers,
      ...(result.contentType ? { contentType: result.contentType } : {}),
      ...(wanted ? { format: wanted } : {}),
    });
  } catch (error) {
    throw parseError(result.url, error);
  }
  const post = page.posts[0];
  if (!post) throw new NoPostError(result.url, page.skipped);
  return { post, url: result.url };
}

/** The localized reason for a failure, from the typed error the network and formats give. */
function reasonOf(error: unknown): { reason: PostErrorReason; status?: number } {
  return error instanceof NoPostError ? { reason: 'empty' } : loadReasonOf(error);
}

/** A string with `{name}` in it, with the name (text or nodes) put in its place. */
function fill(template: string, value: unknown): unknown[] {
  const [before = '', after = ''] = template.split('{name}');
  return [before, value, after];
}

const ICONS = {
  reply: svg`<path d="M9 7V3L2 10l7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z"/>`,
  repost: svg`<path d="M7 7h10v3l4-4-4-4v3H5v6h2V7zm10 10H7v-3l-4 4 4 4v-3h12v-6h-2v4z"/>`,
  like: svg`<path d="M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z"/>`,
  pin: svg`<path d="M16 3l5 5-3 1-4 4 1 5-2 2-4-4-5 5-1-1 5-5-4-4 2-2 5 1 4-4z"/>`,
};

function icon(name: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${ICONS[name]}
  </svg>`;
}

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
  static override styles = [hostStyles, postStyles, loadErrorStyles, hoverCardStyles];

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

  /** The avatar failed to load: show the initial instead. @internal */
  @state() private avatarFailed = false;
  /** The reader uncovered media marked sensitive. @internal */
  @state() private mediaRevealed = false;
  /** Attachments whose description is showing, by index. @internal */
  @state() private altOpen: ReadonlySet<number> = new Set();
  /** The image shown in the lightbox, among the post's images. @internal */
  @state() private lightboxIndex?: number;
  /** The reader's play/pause choice per looping animation, by attachment index. @internal */
  @state() private animationChoice: ReadonlyMap<number, boolean> = new Map();

  readonly #locale = new LocaleController(this);
  /** The author's profile card, beside the name on hover and keyboard focus. */
  readonly #hovercard = new HoverCardController(this, {
    actor: () => this.#shown?.author,
    enabled: () => !this.noHovercards,
  });

  /** Announcement waiting for the render that shows its outcome. */
  #announcement?: Event;
  /** The load was aborted by a disconnect: a connect runs it again. */
  #abortedOnDisconnect = false;
  /** Move focus into the outcome of a retry once it renders. */
  #refocus = false;
  /** Nodes built from post text and HTML, reused while their source stays the same. */
  readonly #nodes = new Map<string, { source: string; emoji: unknown; nodes: Node[] }>();

  readonly #task = new Task(this, {
    args: () => [this.src, this.format, this.fetch, this.timeout] as const,
    task: async ([src, format, fetchImpl, timeout], { signal }) => {
      if (!src?.trim()) return initialState;
      // Updated while detached (added and removed in one task): a request now would outlive
      // the element, since disconnecting is what aborts it. connectedCallback runs it again.
      if (!this.isConnected) throw new DOMException('Not connected', 'AbortError');
      return loadPost(src, format, fetchImpl, signal, timeout);
    },
    onComplete: (loaded) => {
      this.#announcement = new SocialLoadEvent(1, {
        id: this.src ?? loaded.url,
        url: loaded.url,
      });
    },
    onError: (error) => {
      if (isAbortError(error)) return;
      const cause = error instanceof Error ? error : new Error(String(error));
      this.#announcement = new SocialErrorEvent(cause, {
        id: this.src ?? '',
        ...(cause instanceof LoadError ? { url: cause.url } : {}),
      });
    },
  });

  constructor() {
    super();
    new ClockController(this);
    new ThemeController(this, this.attachInternals().states);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'role') this.requestUpdate();
  }

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
    this.#closeLightbox();
  }

  /** The post on screen: the one set as a property, else the one `src` loaded. */
  get #shown(): Post | undefined {
    if (this.post) return this.post;
    return this.src && this.#task.status === TaskStatus.COMPLETE
      ? this.#task.value?.post
      : undefined;
  }

  protected override async scheduleUpdate(): Promise<void> {
    // HTML shows only through the sanitizer, which some browsers must load first.
    if (sanitizerStatus() === 'idle' && needsHtml(this.#shown)) await prepareSanitizer();
    // The reader's language loads before the first render in it: no English flash.
    await this.#locale.ready();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('post') || changed.has('src')) {
      this.avatarFailed = false;
      this.mediaRevealed = false;
      this.altOpen = new Set();
      this.animationChoice = new Map();
      this.lightboxIndex = undefined;
    }
  }

  protected override updated(): void {
    this.#syncAnimations();
    const announcement = this.#announcement;
    if (announcement) {
      this.#announcement = undefined;
      this.dispatchEvent(announcement);
    }
    if (this.#refocus && this.#task.status !== TaskStatus.PENDING) {
      this.#refocus = false;
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part~="post"]');
      target?.focus();
    }
  }

  protected override render(): TemplateResult {
    const post = this.#shown;
    const strings = postStrings(this.#locale.locale, this.strings);
    if (post) return this.#renderPost(post, strings);
    if (this.src?.trim()) {
      const status = this.#task.status;
      if (status === TaskStatus.ERROR && !isAbortError(this.#task.error)) {
        return this.#renderError(this.#task.error, strings);
      }
      return this.#renderSkeleton(strings);
    }
    return html`<slot></slot>`;
  }

  // ---- standalone states ---------------------------------------------------------------------

  #renderSkeleton(strings: PostStrings): TemplateResult {
    return html`<div part="post" class="skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${strings.loading}</span>
      <div class="skeleton-header" aria-hidden="true">
        <span class="bone avatar-bone"></span>
        <span class="skeleton-lines"
          ><span class="bone line short"></span><span class="bone line shorter"></span
        ></span>
      </div>
      <span class="bone line" aria-hidden="true"></span>
      <span class="bone line" aria-hidden="true"></span>
      <span class="bone line medium" aria-hidden="true"></span>
    </div>`;
  }

  #renderError(error: unknown, strings: PostStrings): TemplateResult {
    const { reason, status } = reasonOf(error);
    const text = {
      title: strings.loadFailed,
      reason: reason === 'empty' ? strings.noPost : loadReasonText(strings, reason, status),
      details: strings.details,
      retry: strings.retry,
    };
    return html`<div part="post error" class="error" tabindex="-1">
      ${loadErrorContent(text, error, this.#retry)}
    </div>`;
  }

  #retry(): void {
    this.#refocus = true;
    void this.#task.run();
  }

  // ---- the post ------------------------------------------------------------------------------

  #renderPost(post: Post, strings: PostStrings): TemplateResult {
    const locale = this.#locale.locale;
    const hasWarning = Boolean(post.summary?.trim());
    const hidden = hasWarning && !this.open;
    const items = mediaItems(post.attachments);
    const images = items.filter((item) => item.kind === 'image');
    const content = html`
      ${this.#renderRepostContext(post, strings)}
      <header part="header">
        ${this.#renderAvatar(post.author, strings)}
        <div class="byline">
          ${this.#renderAuthor(post.author)} ${this.#hovercard.render()}
          <span class="meta" dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
            ${this.#renderTime(post, strings, locale)}
            ${
              post.source?.label?.trim()
                ? html`<span part="source" class="source"
                  ><span class="visually-hidden">${strings.source}: </span>${post.source.label}</span
                >`
                : nothing
            }
          </span>
        </div>
      </header>
      ${this.#renderReplyContext(post, strings)}
      ${this.#renderTitle(post)}
      ${
        hasWarning
          ? html`<p class="warning">
            <span part="summary" lang=${ifDefined(post.language)} dir="auto"
              ><span class="visually-hidden">${strings.contentWarning}: </span>${this.#inline(
                'summary',
                post.summary!,
                post.emoji,
              )}</span
            >
            <button
              part="toggle"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="content"
              @click=${this.#toggleContent}
            >
              ${this.open ? strings.hideContent : strings.showContent}
            </button>
          </p>`
          : nothing
      }
      <div class="content" id="content" ?hidden=${hidden}>
        ${this.#renderBody(post)}
        ${items.length > 0 ? renderMedia(items, this.#mediaContext(post, strings, locale)) : nothing}
        ${post.poll ? this.#renderPoll(post.poll, post, strings, locale) : nothing}
        ${post.card ? this.#renderCard(post.card) : nothing}
        ${post.quote ? this.#renderQuote(post.quote, strings, locale) : nothing}
      </div>
      ${this.#renderCounts(post, strings, locale)}
      ${images.length > 0 ? this.#renderLightboxDialog(images, post, strings, locale) : nothing}
    `;
    const standalone = Boolean(this.src) && !this.post;
    // In a feed the host is the article; an article inside it would be announced twice.
    return this.getAttribute('role') === 'article'
      ? html`<div part="post" class="post" tabindex=${ifDefined(standalone ? '-1' : undefined)}>
          ${content}
        </div>`
      : html`<article
          part="post"
          class="post"
          aria-labelledby="author"
          tabindex=${ifDefined(standalone ? '-1' : undefined)}
        >
          ${content}
        </article>`;
  }

  /**
   * Text or HTML as nodes for a template, built once per source: Lit leaves nodes it already
   * placed alone, and a fragment would be empty after its first insertion.
   */
  #cached(key: string, source: string, emoji: unknown, build: () => DocumentFragment): Node[] {
    const entry = this.#nodes.get(key);
    if (entry && entry.source === source && entry.emoji === emoji) return entry.nodes;
    const nodes = [...build().childNodes];
    this.#nodes.set(key, { source, emoji, nodes });
    return nodes;
  }

  /** Plain text with custom emoji only (names, summaries, poll options): no links. */
  #inline(key: string, text: string, emoji: Readonly<Record<string, string>> | undefined): Node[] {
    return this.#cached(key, text, emoji, () => richText(text, { facets: [], emoji }));
  }

  /** The post's text as nodes: its HTML through the sanitizer, else its plain text as rich text. */
  #contentNodes(key: string, post: Post): Node[] | undefined {
    if (post.html && sanitizerStatus() === 'ready') {
      try {
        return this.#cached(`${key}:html`, post.html, post.emoji, () =>
          sanitize(post.html!, {
            ...(post.url ? { base: post.url } : {}),
            emoji: post.emoji ?? {},
          }),
        );
      } catch {
        // Never raw HTML: fall through to the plain text the format derived from it.
      }
    }
    if (!post.text) return undefined;
    return this.#cached(`${key}:text`, post.text, post.emoji, () =>
      richText(post.text!, {
        ...(post.facets ? { facets: post.facets } : {}),
        ...(post.emoji ? { emoji: post.emoji } : {}),
      }),
    );
  }

  #renderBody(post: Post): TemplateResult | typeof nothing {
    const nodes = this.#contentNodes('body', post);
    if (!nodes || nodes.length === 0) return nothing;
    const fromHtml = Boolean(post.html) && sanitizerStatus() === 'ready';
    const classes = ['body', fromHtml ? 'html' : 'text', post.quote ? 'has-quote' : '']
      .filter(Boolean)
      .join(' ');
    return fromHtml
      ? html`<div part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto">${nodes}</div>`
      : html`<p part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto">${nodes}</p>`;
  }

  #renderTitle(post: Post): TemplateResult | typeof nothing {
    const title = post.title?.trim();
    if (!title) return nothing;
    const href = safeLink(post.url);
    return html`<p part="title" class="title" lang=${ifDefined(post.language)} dir="auto">
      ${href ? html`<a href=${href} rel="nofollow noopener noreferrer ugc">${title}</a>` : title}
    </p>`;
  }

  #renderTime(post: Post, strings: PostStrings, locale: string): TemplateResult {
    const published = validDate(post.published);
    const updated = validDate(post.updated);
    const permalink = safeLink(post.url);
    const absolute = published ? formatDateTime(published, locale) : undefined;
    const time = published
      ? html`<time datetime=${published.toISOString()} title=${absolute!}
            >${formatRelativeTime(published, clock.now(), locale)}</time
          ><span class="absolute visually-hidden">, ${absolute}</span>`
      : nothing;
    const link = permalink
      ? html`<a part="time" href=${permalink} rel="nofollow noopener noreferrer ugc">${time}</a>`
      : html`<span part="time">${time}</span>`;
    if (!updated) return link;
    const editedAt = formatDateTime(updated, locale);
    return html`${link}<span class="edited" title=${editedAt}
        ><span aria-hidden="true"> · ${strings.edited}</span
        ><span class="visually-hidden">, ${strings.editedAt(editedAt)}</span></span
      >`;
  }

  #renderRepostContext(post: Post, strings: PostStrings): TemplateResult | typeof nothing {
    const reposter = post.repostedBy;
    if (!reposter && !post.pinned) return nothing;
    let repost: TemplateResult | typeof nothing = nothing;
    if (reposter) {
      const name = this.#inline('reposter', displayName(reposter), reposter.emoji);
      const profile = safeLink(reposter.url);
      const who = profile
        ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc" dir="auto">${name}</a>`
        : html`<span dir="auto">${name}</span>`;
      repost = html`<span class="repost">${icon('repost')}${fill(strings.reposted, who)}</span>`;
    }
    return html`<p part="context" class="context">
      ${repost}
      ${post.pinned ? html`<span class="pinned">${icon('pin')}${strings.pinned}</span>` : nothing}
    </p>`;
  }

  #renderReplyContext(post: Post, strings: PostStrings): TemplateResult | typeof nothing {
    const target = post.inReplyTo;
    if (!target) return nothing;
    const who = target.author?.handle?.trim() || target.author?.name?.trim();
    const href = safeLink(target.url);
    const label = who
      ? fill(strings.replyingTo, html`<bdi>${who}</bdi>`)
      : [strings.replyingToPost];
    return html`<p part="context" class="context reply">
      ${icon('reply')}${
        href
          ? html`<a href=${href} rel="nofollow noopener noreferrer ugc">${label}</a>`
          : html`<span>${label}</span>`
      }
    </p>`;
  }

  #renderAvatar(author: Actor, strings: PostStrings): TemplateResult {
    const name = displayName(author);
    const src = safeMedia(author.avatar);
    if (!src || this.avatarFailed) {
      const initial = [...new Intl.Segmenter().segment(name)][0]?.segment ?? '?';
      return html`<span part="avatar" class="initial" aria-hidden="true" ${this.#hovercard.trigger()}
        >${initial}</span
      >`;
    }
    return html`<img
      ${this.#hovercard.trigger()}
      part="avatar"
      src=${src}
      alt=${author.avatarAlt?.trim() || strings.avatarOf(name)}
      width="48"
      height="48"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.#avatarFailed}
    />`;
  }

  #renderAuthor(author: Actor): TemplateResult {
    const name = displayName(author);
    const profile = safeLink(author.url);
    const content = html`<span part="name" dir="auto"
        >${this.#inline('name', name, author.emoji)}</span
      >${
        author.handle && author.handle !== name
          ? html`<span part="handle" dir="ltr">${author.handle}</span>`
          : nothing
      }`;
    return profile
      ? html`<a
          part="author"
          id="author"
          href=${profile}
          rel="nofollow noopener noreferrer ugc"
          ${this.#hovercard.trigger()}
          >${content}</a
        >`
      : html`<span part="author" id="author">${content}</span>`;
  }

  // ---- media ---------------------------------------------------------------------------------

  #mediaContext(post: Post, strings: PostStrings, locale: string): MediaContext {
    return {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      ...(safeLink(post.url) ? { postUrl: safeLink(post.url)! } : {}),
      idPrefix: 'media-',
      altOpen: this.altOpen,
      playing: (index) => this.#isPlaying(index),
      hlsPlayable: canPlayHls(),
      sensitive: Boolean(post.sensitive),
      covered: !this.mediaRevealed,
      toggleAlt: (index) => {
        const next = new Set(this.altOpen);
        if (!next.delete(index)) next.add(index);
        this.altOpen = next;
      },
      toggleAnimation: (index) => {
        this.animationChoice = new Map(this.animationChoice).set(index, !this.#isPlaying(index));
      },
      openLightbox: (index) => void this.#openLightbox(index),
      toggleCover: () => void this.#toggleCover(),
    };
  }

  /** Whether the animation at `index` plays: the reader's choice, else only when motion is welcome. */
  #isPlaying(index: number): boolean {
    return this.animationChoice.get(index) ?? !prefersReducedMotion();
  }

  /** Plays or pauses looping animations to match the state; hidden ones never play. */
  #syncAnimations(): void {
    const post = this.#shown;
    const visible =
      !(post?.summary?.trim() && !this.open) && !(post?.sensitive && !this.mediaRevealed);
    for (const video of this.renderRoot.querySelectorAll<HTMLVideoElement>('video.animation')) {
      const play = visible && this.#isPlaying(Number(video.dataset['index']));
      if (play && video.paused) video.play().catch(() => undefined);
      else if (!play && !video.paused) video.pause();
    }
  }

  async #toggleCover(): Promise<void> {
    this.mediaRevealed = !this.mediaRevealed;
    await this.updateComplete;
    // The button the reader pressed is gone; its counterpart takes the focus.
    this.renderRoot.querySelector<HTMLElement>('[part~="reveal"]')?.focus();
  }

  #renderLightboxDialog(
    images: readonly MediaItem[],
    post: Post,
    strings: PostStrings,
    locale: string,
  ): TemplateResult {
    const index = this.lightboxIndex;
    return html`<dialog
      part="lightbox"
      class="lightbox"
      aria-label=${strings.lightbox}
      @close=${this.#lightboxClosed}
      @keydown=${(event: KeyboardEvent) => this.#lightboxKey(event, images.length)}
      @click=${this.#lightboxBackdrop}
    >
      ${
        index === undefined
          ? nothing
          : renderLightbox(images, index, {
              strings,
              locale,
              ...(post.language ? { language: post.language } : {}),
              close: () => this.#closeLightbox(),
              move: (step) => this.#moveLightbox(step, images.length),
            })
      }
    </dialog>`;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog.lightbox');
  }

  async #openLightbox(index: number): Promise<void> {
    this.lightboxIndex = index;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.close')?.focus();
  }

  #closeLightbox(): void {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
  }

  #moveLightbox(step: number, count: number): void {
    if (this.lightboxIndex === undefined || count < 2) return;
    this.lightboxIndex = (this.lightboxIndex + step + count) % count;
  }

  #lightboxKey(event: KeyboardEvent, count: number): void {
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) this.#moveLightbox(1, count);
    else if (event.key === backward) this.#moveLightbox(-1, count);
    else if (event.key === 'Home' && count > 1) this.lightboxIndex = 0;
    else if (event.key === 'End' && count > 1) this.lightboxIndex = count - 1;
    else return;
    event.preventDefault();
  }

  #lightboxBackdrop(event: MouseEvent): void {
    // A click on the dialog itself (not its contents) is a click on the backdrop.
    if (event.target === event.currentTarget) this.#closeLightbox();
  }

  async #lightboxClosed(): Promise<void> {
    const index = this.lightboxIndex;
    this.lightboxIndex = undefined;
    await this.updateComplete;
    if (index === undefined) return;
    // Back to the image the reader ended on, so they continue from there.
    this.renderRoot.querySelector<HTMLElement>(`[data-image-index="${index}"]`)?.focus();
  }

  // ---- card, quote, poll, counts -------------------------------------------------------------

  #renderCard(card: LinkCard): TemplateResult | typeof nothing {
    const href = safeLink(card.url);
    if (!href) return nothing;
    const image = safeMedia(card.image);
    const site = card.siteName?.trim() || new URL(href).hostname;
    return html`<a part="card" class="card" href=${href} rel="nofollow noopener noreferrer ugc">
      ${
        image
          ? html`<span class="card-media"
            ><img
              src=${image}
              alt=${card.imageAlt?.trim() ?? ''}
              referrerpolicy="no-referrer"
              loading="lazy"
              decoding="async"
          /></span>`
          : nothing
      }
      <span class="card-text">
        <span class="card-site" dir="auto">${site}</span>
        <span class="card-title" dir="auto">${card.title?.trim() || href}</span>
        ${
          card.description?.trim()
            ? html`<span class="card-description" dir="auto">${card.description}</span>`
            : nothing
        }
      </span>
    </a>`;
  }

  #renderQuote(quote: Post, strings: PostStrings, locale: string): TemplateResult {
    const author = quote.author;
    const name = displayName(author);
    const avatar = safeMedia(author.avatar);
    const hidden = Boolean(quote.summary?.trim());
    const thumbnails =
      hidden || quote.sensitive
        ? []
        : mediaItems(quote.attachments).filter((item) => item.preview || item.kind === 'image');
    const nodes = hidden ? undefined : this.#contentNodes('quote', quote);
    const permalink = safeLink(quote.url);
    return html`<blockquote part="quote" class="quote" cite=${ifDefined(permalink)}>
      <span class="visually-hidden">${strings.quotedPost}: </span>
      <span class="quote-header">
        ${
          avatar
            ? html`<img
              class="quote-avatar"
              src=${avatar}
              alt=""
              width="20"
              height="20"
              referrerpolicy="no-referrer"
              loading="lazy"
              decoding="async"
            />`
            : nothing
        }
        <span class="quote-name" dir="auto"
          >${this.#inline('quote-name', name, author.emoji)}</span
        >
        ${
          author.handle && author.handle !== name
            ? html`<span class="quote-handle" dir="ltr">${author.handle}</span>`
            : nothing
        }
        ${this.#renderTime(quote, strings, locale)}
      </span>
      ${
        hidden
          ? html`<p class="quote-warning" lang=${ifDefined(quote.language)} dir="auto">
            <span class="visually-hidden">${strings.contentWarning}: </span>${this.#inline(
              'quote-summary',
              quote.summary!,
              quote.emoji,
            )}
          </p>`
          : nodes && nodes.length > 0
            ? html`<div class="quote-body" lang=${ifDefined(quote.language)} dir="auto">${nodes}</div>`
            : nothing
      }
      ${
        thumbnails.length > 0
          ? html`<span class="quote-media">
            ${thumbnails.slice(0, 4).map(
              (item) =>
                html`<img
                  src=${item.preview ?? item.url}
                  alt=${item.alt ?? strings.imageWithoutAlt}
                  referrerpolicy="no-referrer"
                  loading="lazy"
                  decoding="async"
                />`,
            )}
          </span>`
          : nothing
      }
    </blockquote>`;
  }

  #renderPoll(poll: Poll, post: Post, strings: PostStrings, locale: string): TemplateResult {
    const options = poll.options.filter((option) => typeof option?.title === 'string');
    const votes = options.reduce((sum, option) => sum + (option.votes ?? 0), 0);
    // With several choices a person, not a vote, is the whole: shares add up past 100 %.
    const whole = poll.multiple && poll.voters ? poll.voters : votes;
    const expires = validDate(poll.expiresAt);
    const closed = poll.closed || (expires !== undefined && expires.getTime() <= clock.now());
    const leading = Math.max(0, ...options.map((option) => option.votes ?? 0));
    const meta = [
      poll.voters !== undefined ? strings.voters(poll.voters) : strings.votes(votes),
      closed
        ? strings.pollClosed
        : expires
          ? strings.pollEnds(formatRelativeTime(expires, clock.now(), locale))
          : undefined,
    ].filter(Boolean);
    return html`<div part="poll" class="poll">
      <ul class="poll-options" aria-label=${strings.poll}>
        ${options.map((option, index) => {
          const share = whole > 0 ? (option.votes ?? 0) / whole : 0;
          const percent = formatPercent(share, locale);
          const lead = closed && leading > 0 && option.votes === leading;
          return html`<li class=${lead ? 'option leading' : 'option'}>
            <span class="option-bar" aria-hidden="true" style=${styleProperties({ '--_share': String(share) })}
            ></span>
            <span class="option-percent">${percent}</span>
            <span class="option-title" lang=${ifDefined(post.language)} dir="auto"
              >${this.#inline(`poll-${index}`, option.title, post.emoji)}</span
            >
          </li>`;
        })}
      </ul>
      <p class="poll-meta">${meta.join(' · ')}</p>
    </div>`;
  }

  #renderCounts(post: Post, strings: PostStrings, locale: string): TemplateResult | typeof nothing {
    const counts = post.counts;
    if (!counts) return nothing;
    const rows = (
      [
        ['reply', counts.replies, strings.replies],
        ['repost', counts.reposts, strings.reposts],
        ['like', counts.likes, strings.likes],
      ] as const
    ).filter(([, count]) => typeof count === 'number' && Number.isFinite(count) && count >= 0);
    if (rows.length === 0) return nothing;
    return html`<ul part="counts" class="counts" aria-label=${strings.counts}>
      ${rows.map(
        ([name, count, label]) =>
          html`<li class=${name}>
            ${icon(name)}<span aria-hidden="true">${formatCompactNumber(count!, locale)}</span
            ><span class="visually-hidden">${label(count!)}</span>
          </li>`,
      )}
    </ul>`;
  }

  // ---- reader actions ------------------------------------------------------------------------

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
