/** `<social-post>`: one post, rendered from the normalized model or embedded from a URL. */
import {
  LitElement,
  html,
  nothing,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocialToggleEvent } from '../../events/toggle.js';
import { richText } from '../../html/rich-text.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { ClockController, clock } from '../../i18n/clock.js';
import { formatCompactNumber, formatDateTime, formatRelativeTime } from '../../i18n/format.js';
import { LocaleController, isRightToLeft } from '../../i18n/locale.js';
import { postStrings, type PostStrings } from '../../i18n/tables/post.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import type { LoadFetch } from '../../net/load.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import type { HoverCardController } from '../profile-card/hovercard.js';
import { contents } from './contents.js';
import type { MediaContext, MediaItem } from './media.js';
import { postStyles } from './post.styles.js';
import type { ContextOptions } from './context.js';
import type { Embed } from './standalone.js';

/**
 * The parts only some posts need, each in a chunk of its own with its styles: a post awaits the
 * ones its data needs before it renders (so it is complete on its first paint), the lightbox
 * and the hover card load on the first pointer or focus that may open them.
 */
const loaders = {
  media: () => import('./media.js'),
  lightbox: () => import('./lightbox.js'),
  poll: () => import('./poll.js'),
  quote: () => import('./quote.js'),
  context: () => import('./context.js'),
  card: () => import('./card.js'),
  // An embed needs the network layer and the formats next: they load alongside, not after.
  standalone: () =>
    Promise.all([
      import('./standalone.js'),
      import('../../net/load.js'),
      import('../../formats/index.js'),
    ]).then(([standalone]) => standalone),
  hovercard: () => import('../profile-card/hovercard.js'),
  // The gate for remote HTML, which plain-text posts (Bluesky, a JSON Feed's text) never need.
  sanitize: () => import('../../html/sanitize.js'),
};
type PartName = keyof typeof loaders;
type Parts = { [Name in PartName]?: Awaited<ReturnType<(typeof loaders)[Name]>> };

/** The parts loaded so far, shared by every post on the page. */
const parts: Parts = {};
const loading = new Map<PartName, Promise<void>>();

/**
 * Loads a part once for the page; undefined when it is already here. Never rejects: a post
 * whose part failed to load (offline) still shows its author and text, and the next update
 * tries again.
 */
function loadPart(name: PartName): Promise<void> | undefined {
  if (parts[name]) return undefined;
  let promise = loading.get(name);
  if (!promise) {
    promise = loaders[name]()
      .then(
        (module) => void Object.assign(parts, { [name]: module }),
        () => undefined,
      )
      .finally(() => loading.delete(name));
    loading.set(name, promise);
  }
  return promise;
}

/** Whether a post has a line above or below its header: repost, pin, reply, title or warning. */
function hasContext(post: Post): boolean {
  return Boolean(
    post.repostedBy || post.pinned || post.inReplyTo || post.title?.trim() || post.summary?.trim(),
  );
}

/** The parts a post shows on its first paint. */
function partsOf(post: Post): PartName[] {
  const names: PartName[] = hasContext(post) ? ['context'] : [];
  if (post.attachments?.length) names.push('media');
  if (post.poll) names.push('poll');
  if (post.card) names.push('card');
  if (post.quote) names.push('quote');
  return names;
}

/**
 * Loads the sanitizer when the post has HTML: it shows only through the sanitizer, which some
 * browsers must load a library for first. Undefined when nothing is to wait for.
 */
function htmlReady(post: Post | undefined): Promise<void> | undefined {
  if (!post?.html && !post?.quote?.html) return undefined;
  const gate = parts.sanitize;
  if (!gate) return loadPart('sanitize')?.then(() => void (parts.sanitize && htmlReady(post)));
  return gate.sanitizerStatus() === 'idle' ? gate.prepareSanitizer() : undefined;
}

/** Whether remote HTML can go through the sanitizer now. */
function canSanitize(): boolean {
  return parts.sanitize?.sanitizerStatus() === 'ready';
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

  /** The avatar failed to load: show the initial instead. @internal */
  @state() private avatarFailed = false;
  /** The reader uncovered media marked sensitive. @internal */
  @state() private mediaRevealed = false;
  /** Attachments whose description is showing, by index. @internal */
  @state() private altOpen: ReadonlySet<number> = new Set();
  /** The image shown in the lightbox, among the post's images; undefined while it is closed. @internal */
  @state() private lightboxIndex?: number;
  /** The reader's play/pause choice per looping animation, by attachment index. @internal */
  @state() private animationChoice: ReadonlyMap<number, boolean> = new Map();

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;
  /** The author's profile card, beside the name on hover and keyboard focus; made on first use. */
  #hovercard?: HoverCardController;
  /** Events the hover card's triggers heard while its code loaded. */
  #heard: [HTMLElement, Event][] = [];
  /** Loading the post behind `src`; made once there is a `src`. */
  #embed?: Embed;

  /** Announcement waiting for the render that shows its outcome. */
  #announcement?: Event;
  /** The load was aborted by a disconnect: a connect runs it again. */
  #abortedOnDisconnect = false;
  /** Move focus into the outcome of a retry once it renders. */
  #refocus = false;
  /** Nodes built from post text and HTML, reused while their source stays the same. */
  readonly #nodes = new Map<string, { source: string; emoji: unknown; nodes: Node[] }>();

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
    // A load cut short by an earlier disconnect starts again, also when the element comes
    // back before the aborted run has settled (a move in the DOM is a disconnect and a connect).
    if (this.#abortedOnDisconnect || this.#embed?.interrupted) {
      this.#abortedOnDisconnect = false;
      void this.#embed?.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#embed?.pending) {
      this.#embed.abort();
      this.#abortedOnDisconnect = true;
    }
    this.#dialog?.close();
  }

  /** The post on screen: the one set as a property, else the one `src` loaded. */
  get #shown(): Post | undefined {
    return this.post ?? (this.src ? this.#embed?.post : undefined);
  }

  protected override async scheduleUpdate(): Promise<void> {
    const post = this.#shown;
    const standalone = Boolean(this.src?.trim());
    const waits = [
      // HTML shows only through the sanitizer, which loads first.
      htmlReady(post),
      // The reader's language loads before the first render in it: no English flash.
      this.#locale.ready(),
      // A preset's styles load before the first render in it: no flash of the wrong theme.
      this.#theme.ready(),
      // The parts this post shows, so it is complete on its first paint.
      ...(post ? partsOf(post) : []).map(loadPart),
      standalone ? loadPart('standalone') : undefined,
    ].filter(Boolean);
    if (waits.length > 0) await Promise.all(waits);
    if (standalone && parts.standalone) {
      this.#embed ??= new parts.standalone.Embed(this, (event) => (this.#announcement = event));
    }
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
    const strings = postStrings(this.#locale.locale, this.strings);
    if (post) return this.#renderPost(post, strings);
    const standalone = parts.standalone;
    if (this.src?.trim() && standalone) {
      this.#adopt(...standalone.standaloneStyles);
      const failure = this.#embed?.failure;
      return failure === undefined
        ? standalone.renderSkeleton(strings)
        : standalone.renderError(failure, strings, () => this.#retry());
    }
    return html`<slot></slot>`;
  }

  /** Adds the styles of a part loaded later to this post's shadow root, once. */
  #adopt(...styles: CSSResult[]): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const adopted = root.adoptedStyleSheets;
    const added = styles
      .map((style) => style.styleSheet)
      .filter((sheet): sheet is CSSStyleSheet => sheet !== undefined && !adopted.includes(sheet));
    if (added.length > 0) root.adoptedStyleSheets = [...adopted, ...added];
  }

  /** A loaded part, its styles adopted; undefined until it is here. */
  #part<Name extends PartName>(
    name: Name,
    styles: (part: NonNullable<Parts[Name]>) => CSSResult,
  ): Parts[Name] {
    const part = parts[name];
    if (part) this.#adopt(styles(part as NonNullable<Parts[Name]>));
    return part;
  }

  #retry(): void {
    this.#refocus = true;
    void this.#embed?.run();
  }

  // ---- the post ------------------------------------------------------------------------------

  // Templates are written without whitespace between tags where layout ignores it, and leaf text
  // goes in through `.textContent` or `contents()`: each text node and Lit marker is DOM that
  // every post of a feed pays for.

  #renderPost(post: Post, strings: PostStrings): TemplateResult {
    const locale = this.#locale.locale;
    const hasWarning = Boolean(post.summary?.trim());
    const hidden = hasWarning && !this.open;
    const source = post.source?.label?.trim();
    const media = post.attachments?.length
      ? this.#part('media', (part) => part.mediaStyles)
      : undefined;
    const items = media?.mediaItems(post.attachments) ?? [];
    const poll = post.poll ? this.#part('poll', (part) => part.pollStyles) : undefined;
    const card = post.card ? this.#part('card', (part) => part.cardStyles) : undefined;
    const quote = post.quote ? this.#part('quote', (part) => part.quoteStyles) : undefined;
    const context = hasContext(post)
      ? this.#part('context', (part) => part.contextStyles)
      : undefined;
    const lines = context?.renderContext(post, this.#contextOptions(strings));
    const extras =
      items.length > 0 || poll || card || quote
        ? html`${
            media && items.length > 0
              ? media.renderMedia(items, this.#mediaContext(post, strings, locale))
              : nothing
          }${poll ? poll.renderPoll(post.poll!, this.#pollContext(post, strings, locale)) : nothing}${
            card ? card.renderCard(post.card!) : nothing
          }${quote ? quote.renderQuote(post.quote!, this.#quoteContext(strings, locale)) : nothing}`
        : nothing;
    const content = html`${lines?.above ?? nothing}<header part="header"
        >${this.#renderAvatar(post.author, strings)}<div class="byline"
          >${this.#renderAuthor(post.author)}${this.#hovercard?.render() ?? nothing}<span
            class="meta"
            dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}
            >${this.#renderTime(post, strings, locale)}${
              source
                ? html` <span part="source" class="source"
                    ><span class="visually-hidden" .textContent=${`${strings.source}: `}></span
                    >${source}</span
                  >`
                : nothing
            }</span
          ></div
        ></header
      >${lines?.below ?? nothing}<div class="content" id="content" ?hidden=${hidden}
        >${this.#renderBody(post)}${extras}</div
      >${this.#renderCounts(post, strings, locale)}${this.#renderLightbox(items, post, strings, locale)}`;
    const standalone = Boolean(this.src) && !this.post;
    // In a feed the host is the article; an article inside it would be announced twice.
    return this.getAttribute('role') === 'article'
      ? html`<div part="post" class="post" tabindex=${ifDefined(standalone ? '-1' : undefined)}
          >${content}</div
        >`
      : html`<article
          part="post"
          class="post"
          aria-labelledby="author"
          tabindex=${ifDefined(standalone ? '-1' : undefined)}
          >${content}</article
        >`;
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
  #inline(
    key: string,
    text: string,
    emoji: Readonly<Record<string, string>> | undefined,
  ): string | Node[] {
    // Without a shortcode the text is the whole of it: no nodes to build or keep.
    if (!emoji || !text.includes(':')) return text;
    return this.#cached(key, text, emoji, () => richText(text, { facets: [], emoji }));
  }

  /** The post's text as nodes: its HTML through the sanitizer, else its plain text as rich text. */
  #contentNodes(key: string, post: Post): Node[] | undefined {
    const gate = parts.sanitize;
    if (post.html && gate && canSanitize()) {
      try {
        return this.#cached(`${key}:html`, post.html, post.emoji, () =>
          gate.sanitize(post.html!, {
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
    const fromHtml = Boolean(post.html) && canSanitize();
    const classes = ['body', fromHtml ? 'html' : 'text', post.quote ? 'has-quote' : '']
      .filter(Boolean)
      .join(' ');
    return fromHtml
      ? html`<div part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto" ${contents(nodes)}></div>`
      : html`<p part="body" class=${classes} lang=${ifDefined(post.language)} dir="auto" ${contents(nodes)}></p>`;
  }

  #renderTime(post: Post, strings: PostStrings, locale: string): TemplateResult {
    const published = validDate(post.published);
    const updated = validDate(post.updated);
    const permalink = safeLink(post.url);
    const absolute = published ? formatDateTime(published, locale) : undefined;
    const time = published
      ? html`<time
            datetime=${published.toISOString()}
            title=${absolute!}
            .textContent=${formatRelativeTime(published, clock.now(), locale)}
          ></time
          ><span class="absolute visually-hidden" .textContent=${`, ${absolute}`}></span>`
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

  #renderAvatar(author: Actor, strings: PostStrings): TemplateResult {
    const name = displayName(author);
    const src = safeMedia(author.avatar);
    if (!src || this.avatarFailed) {
      const initial = [...new Intl.Segmenter().segment(name)][0]?.segment ?? '?';
      return html`<span
        part="avatar"
        class="initial"
        aria-hidden="true"
        @pointerenter=${this.#wakeHovercard}
        @pointerleave=${this.#wakeHovercard}
        .textContent=${initial}
      ></span>`;
    }
    return html`<img
      part="avatar"
      src=${src}
      alt=${author.avatarAlt?.trim() || strings.avatarOf(name)}
      width="48"
      height="48"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.#avatarFailed}
      @pointerenter=${this.#wakeHovercard}
      @pointerleave=${this.#wakeHovercard}
    />`;
  }

  #renderAuthor(author: Actor): TemplateResult {
    const name = displayName(author);
    const profile = safeLink(author.url);
    const content = html`<span part="name" dir="auto" ${contents(
      this.#inline('name', name, author.emoji),
    )}></span>${
      author.handle && author.handle !== name
        ? html`<span part="handle" dir="ltr" .textContent=${author.handle}></span>`
        : nothing
    }`;
    return profile
      ? html`<a
          part="author"
          id="author"
          href=${profile}
          rel="nofollow noopener noreferrer ugc"
          @pointerenter=${this.#wakeHovercard}
          @pointerleave=${this.#wakeHovercard}
          @focus=${this.#wakeHovercard}
          @blur=${this.#wakeHovercard}
          >${content}</a
        >`
      : html`<span part="author" id="author">${content}</span>`;
  }

  /**
   * The first pointer on the author's name or avatar, or keyboard focus on the name, loads the
   * hover card. What the triggers hear meanwhile (the pointer leaving, focus moving on) is
   * handed to the controller in order, so it starts where the reader is.
   */
  async #wakeHovercard(event: Event): Promise<void> {
    if (this.noHovercards) return;
    const trigger = event.currentTarget as HTMLElement;
    // Once made, the controller wires a new trigger (a re-rendered avatar) on its first event.
    if (this.#hovercard) return this.#hovercard.attach(trigger, [event]);
    this.#heard.push([trigger, event]);
    if (this.#heard.length > 1) return;
    await loadPart('hovercard');
    const heard = this.#heard;
    this.#heard = [];
    const module = parts.hovercard;
    if (!module) return;
    this.#adopt(module.hoverCardStyles);
    const controller = new module.HoverCardController(this, {
      actor: () => this.#shown?.author,
      enabled: () => !this.noHovercards,
    });
    this.#hovercard = controller;
    for (const [element] of new Map(heard)) {
      controller.attach(
        element,
        heard.filter(([target]) => target === element).map(([, each]) => each),
      );
    }
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
      preloadLightbox: () => void loadPart('lightbox'),
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

  /** The lightbox, only while it is open. */
  #renderLightbox(
    items: readonly MediaItem[],
    post: Post,
    strings: PostStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const index = this.lightboxIndex;
    if (index === undefined) return nothing;
    const lightbox = this.#part('lightbox', (part) => part.lightboxStyles);
    const images = items.filter((item) => item.kind === 'image');
    if (!lightbox || images.length === 0) return nothing;
    return lightbox.renderLightbox(images, {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      index: Math.min(index, images.length - 1),
      go: (next) => (this.lightboxIndex = next),
      closed: () => void this.#lightboxClosed(),
    });
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog.lightbox');
  }

  async #openLightbox(index: number): Promise<void> {
    await loadPart('lightbox');
    if (!parts.lightbox) return;
    this.lightboxIndex = index;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.close')?.focus();
  }

  async #lightboxClosed(): Promise<void> {
    const index = this.lightboxIndex;
    this.lightboxIndex = undefined;
    await this.updateComplete;
    if (index === undefined) return;
    // Back to the image the reader ended on, so they continue from there.
    this.renderRoot.querySelector<HTMLElement>(`[data-image-index="${index}"]`)?.focus();
  }

  // ---- parts' contexts, counts ---------------------------------------------------------------

  #contextOptions(strings: PostStrings): ContextOptions {
    return {
      strings,
      open: this.open,
      toggle: () => this.#toggleContent(),
      inline: (key, text, emoji) => this.#inline(key, text, emoji),
      displayName,
    };
  }

  #pollContext(post: Post, strings: PostStrings, locale: string) {
    return {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      inline: (key: string, text: string) => this.#inline(key, text, post.emoji),
    };
  }

  #quoteContext(strings: PostStrings, locale: string) {
    return {
      strings,
      time: (quote: Post) => this.#renderTime(quote, strings, locale),
      inline: (key: string, text: string, emoji: Post['emoji']) => this.#inline(key, text, emoji),
      content: (quote: Post) => this.#contentNodes('quote', quote),
      displayName,
    };
  }

  #renderCounts(post: Post, strings: PostStrings, locale: string): TemplateResult | typeof nothing {
    const counts = post.counts;
    if (!counts) return nothing;
    const row = (name: string, count: number | undefined, label: (count: number) => string) =>
      typeof count === 'number' && Number.isFinite(count) && count >= 0
        ? html`<li class=${name}
            ><span aria-hidden="true" .textContent=${formatCompactNumber(count, locale)}></span
            ><span class="visually-hidden" .textContent=${label(count)}></span
          ></li>`
        : undefined;
    const rows = [
      row('reply', counts.replies, strings.replies),
      row('repost', counts.reposts, strings.reposts),
      row('like', counts.likes, strings.likes),
    ];
    if (rows.every((one) => one === undefined)) return nothing;
    // Three bindings rather than a list: a list leaves two markers per row.
    return html`<ul part="counts" class="counts" aria-label=${strings.counts}
      >${rows[0] ?? nothing}${rows[1] ?? nothing}${rows[2] ?? nothing}</ul
    >`;
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
