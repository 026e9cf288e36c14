/** `<social-feed>`: one accessible, merged timeline of posts from one or many sources. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { SocialErrorEvent } from '../../events/error.js';
import { SocialLoadEvent } from '../../events/load.js';
import { SocialNewPostsEvent } from '../../events/new-posts.js';
import { prepareFormats } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import { loadReasonText, type LoadReason } from '../../i18n/tables/errors.js';
import { feedStrings, type FeedStrings } from '../../i18n/tables/feed.js';
import type { Post } from '../../model/post.js';
import { sendEarly, type EarlyRequest } from '../../net/early.js';
import type { LoadFetch } from '../../net/index.js';
import type { PostFilter } from '../../timeline/filter.js';
import type { Timeline } from '../../timeline/timeline.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { adoptStyles } from '../../styles/adopt.js';
import { hostStyles } from '../../styles/tokens.js';
import { feedStyles } from './feed.styles.js';
import { prefetchReader } from './readers.js';
import type { SocialSource } from './source.js';
import { lazyPart } from '../shared/lazy.js';
import type { View } from './view.js';
import type * as CodeModule from './code.js';
import type * as ReadingModule from './read.js';
// Types only (erased): the tag map entry for the <social-post> the feed renders.
import type {} from '../../define/social-post.js';

/** Posts per page when neither the feed nor a source sets `limit`. */
const DEFAULT_LIMIT = 20;
/** Above this many posts the list is windowed: only the posts near the viewport are in the DOM. */
const WINDOW_FROM = 50;
/** From this many posts on, the windowing code starts loading, so it is in before it is needed. */
const PREPARE_WINDOW_FROM = Math.floor((WINDOW_FROM * 2) / 3);
/** A list up to this long shows plainly while the windowing code loads; a longer one waits for it. */
const PLAIN_AT_MOST = 2 * WINDOW_FROM;
/** Fetch rounds one "fill" may make when filters hide what arrives, so it cannot page forever. */
const MAX_ROUNDS = 5;
/** The largest page each API accepts for `limit`. */
const MASTODON_MAX_LIMIT = 40;
const BLUESKY_MAX_LIMIT = 100;

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The part of the virtualizer the feed uses (its class is not a public export). */
interface Virtualizer {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
}

/**
 * Settles once the first requests scheduled so far have gone out (`#sendEarly` sends them a task
 * after connect). The code a feed loads waits for it: a page's own server takes six requests at
 * a time, and behind some thirty modules the data everything waits for would go out last.
 */
let requestsSent: Promise<void> = Promise.resolve();

let code: Promise<typeof CodeModule> | undefined;

/**
 * What a feed loads to read and show posts (its view, the reading code, `<social-post>` and its
 * common parts: `./code.ts`), once for the page and after the first requests. Offline it
 * rejects, and the next call tries again.
 */
function loadCode(): Promise<typeof CodeModule> {
  code ??= requestsSent
    .then(() => import('./code.js'))
    .catch((error: unknown) => {
      code = undefined;
      throw error;
    });
  return code;
}

/**
 * The windowing code (`@lit-labs/virtualizer`): most feeds never grow long enough to need it.
 * Imported by the feed's code (below), so what the two share is in that one chunk.
 */
const windowing = lazyPart(() => loadCode().then((module) => module.loadWindowing()));

/**
 * The feed's view (its post list and what shows once posts are in), requested with the data.
 * Offline, the feed says it could not show its posts, and a later load tries again.
 */
const view = lazyPart(() => loadCode().then((module) => module.view));

let reading: Promise<typeof ReadingModule> | undefined;
/** Whether the reading code is in: until it is, a new source's first page is sent ahead of it. */
let readingLoaded = false;

/** The reading code (network and formats), loaded when a feed first reads a source. */
function loadReading(): Promise<typeof ReadingModule> {
  reading ??= loadCode().then(
    (module) => {
      readingLoaded = true;
      return module.reading;
    },
    (error: unknown) => {
      // Offline, say: the source fails like any unreachable one, and a retry loads it again.
      reading = undefined;
      throw error;
    },
  );
  return reading;
}

/** The filter code, loaded once some feed has a `filter`; posts show unfiltered until it is in. */
const filtering = lazyPart(() => import('../../timeline/filter.js'));

/** What `#base()` returns before any source delivered (one array, so caches can compare it). */
const NO_POSTS: readonly Post[] = [];

let postDefinition: Promise<unknown> | undefined;

/**
 * Registers `<social-post>` (once, however many feeds ask) with the parts most posts need on
 * their first paint, so a feed fetches its first page and the post code in parallel.
 */
function postElementReady(): Promise<unknown> {
  // The parts (the post's template, rich text, the HTML gate, images, cards, context lines) are
  // awaited also when the page registered the element itself: the first posts appear together,
  // complete. A failed load is tried again by the next render that has posts; meanwhile the
  // feed still renders, and the page may define the element.
  postDefinition ??= loadCode().then(
    (module) => module.postsReady(),
    () => {
      postDefinition = undefined;
    },
  );
  return postDefinition;
}

/** The source a post, event or error belongs to, as events report it. */
export interface FeedSourceInfo {
  id: string;
  label?: string;
  url?: string;
}

/** One declared source and what the feed knows about loading it. */
interface SourceRun {
  id: string;
  /** Identifies the declaration: a changed `src`, `format`, `label` or `limit` is a new source. */
  key: string;
  /** URL of the first page, with `limit` applied where the API takes one. */
  url: string;
  format: string | undefined;
  label: string | undefined;
  element: SocialSource | undefined;
  /** The load in flight, so a second caller waits for it instead of fetching twice. */
  pending: Promise<void> | undefined;
  controller: AbortController | undefined;
  error: Error | undefined;
  /** What readers are told about `error`. */
  reason: { reason: LoadReason; status?: number } | undefined;
  /** A retry is in flight for a failed source: its error block stays, in a busy state. */
  retrying: boolean;
  /** Its first page arrived (and told which network it is). */
  loaded: boolean;
  /** Its first page's request, sent before the reading code was in, until the read takes it. */
  early: EarlyRequest | undefined;
}

/** What a `src` attribute or a `<social-source>` declares. */
type Declaration = Pick<SourceRun, 'key' | 'url' | 'format' | 'label' | 'element'>;

/** The filter tokens of the `filter` attribute and what each one means. */
const FILTER_TOKENS: Record<string, PostFilter> = {
  'no-replies': { replies: false },
  'no-reposts': { reposts: false },
  'media-only': { mediaOnly: true },
  'no-sensitive': { sensitive: false },
};

/**
 * A timeline that merges posts from one or several sources — Mastodon accounts, Bluesky feeds,
 * ActivityPub outboxes, JSON Feeds, RSS or Atom, h-feeds — newest first, without duplicates, and
 * correct across pages: a later page never inserts a post above what is already shown.
 *
 * Give one source with `src` (and `format`, detected by default), or several with child
 * `<social-source>` elements, each with its own `label` shown on its posts and offered as a
 * filter. Set `.posts` instead to show posts the page already has.
 *
 * **Reading.** The feed follows the WAI-ARIA feed pattern: each post is an article in a
 * `role="feed"` with its position (`aria-posinset`) and, once every source is exhausted, the total
 * (`aria-setsize`, -1 until then). Page Down and Page Up move between posts; Ctrl+End and Ctrl+Home
 * leave the feed forwards and backwards. A feed longer than 50 posts keeps only the posts near the
 * viewport in the DOM; keyboard and screen-reader navigation walk the whole list.
 *
 * **Loading more.** "Load more" keeps focus on the button, where the reader put it: the number of
 * posts it added is announced politely, the next press continues, and Page Up from the button
 * jumps to the first of the new posts. (Moving focus into the new posts by itself would take
 * screen-reader users away from where they acted and lose their place when nothing new arrives.)
 * With `infinite`, the next page loads as the end of the feed scrolls into view; a skip link
 * before the feed leads past it.
 *
 * **New posts.** With `refresh`, the feed checks its sources every so many seconds. New posts never
 * push what the reader is looking at: a "Show N new posts" button appears, and pressing it inserts
 * them and moves focus to the first of them.
 *
 * **Failure.** Each source fails alone: an error block (localized, with the technical cause under
 * "Details" and a Retry button) names the source while the other sources keep showing.
 *
 * **Before upgrade.** Light-DOM children other than `<social-source>` (say, a link to the profile)
 * show before the element upgrades and without JavaScript, and stay until posts render.
 *
 * **Code on demand.** `social-feed.js` registers `<social-feed>` and `<social-source>` and holds
 * only what the first render needs. The rest loads in parallel with the data: `<social-post>`
 * (registered once, whether or not the page imports it too) as soon as a feed connects, the
 * network and format code when it first reads a source, and the windowing code as a feed nears
 * 50 posts. A feed renders its posts only once their code is in, so there is no flash.
 *
 * **First paint.** The first render with posts shows as many as can fill the window, so they
 * paint sooner; the others follow below them right after that frame is painted. `updateComplete`
 * resolves (and `social-load` fires) once they are all in.
 *
 * **Filters.** `filter` takes space-separated tokens: `no-replies` hides replies to others,
 * `no-reposts` hides reposts, `media-only` keeps posts with media, `no-sensitive` hides posts
 * marked sensitive or behind a content warning, and `lang:xx` keeps posts in language `xx` (one
 * token per language; posts of unknown language stay). `sources` (a comma-separated list of
 * source labels, or an array as a property) keeps only the posts of those labelled sources; with
 * several labelled sources the reader toggles them with buttons above the feed, which updates
 * `sources`.
 *
 * @summary A merged, paginated, accessible timeline from one or many social sources.
 * @tag social-feed
 *
 * @slot - Fallback content (for example a link to the profile), shown until posts render.
 * @slot header - Content above the feed, such as a visible title.
 * @slot footer - Content after the feed and its "Load more" button.
 * @slot empty - Replaces the message shown when no source has any post.
 * @slot error - Replaces the error blocks shown when every source failed and nothing shows; call `retry()` from it.
 *
 * @csspart heading - The visually hidden heading that names the feed (reveal it with this part).
 * @csspart filters - The group of source toggles.
 * @csspart filter - One source toggle button (`aria-pressed`).
 * @csspart new-posts - The "Show N new posts" button.
 * @csspart errors - The list of per-source errors.
 * @csspart error - One source's error block.
 * @csspart error-details - The disclosure with an error's technical cause.
 * @csspart retry - A source's Retry button.
 * @csspart feed - The `role="feed"` element that holds the posts.
 * @csspart post - Each `<social-post>` in the feed.
 * @csspart skeleton - One grey shape that reserves a post's space while the first posts load.
 * @csspart empty - The built-in empty message.
 * @csspart load-more - The "Load more" button.
 * @csspart skip-link - The link past an infinitely scrolling feed.
 * @csspart end - The end-of-feed marker (focus target of the skip link and Ctrl+End).
 *
 * @cssprop [--social-color-text=light-dark(#16181c, #e7e9ea)] - Text color.
 * @cssprop [--social-color-text-muted=light-dark(#536471, #9ba3ab)] - Color of secondary text.
 * @cssprop [--social-color-surface=light-dark(#ffffff, #16181c)] - Background of cards and buttons.
 * @cssprop [--social-color-border=light-dark(#d5d9de, #3a3f45)] - Border color.
 * @cssprop [--social-color-accent=light-dark(#0b57d0, #8ab4f8)] - Background of the new-posts button and pressed toggles.
 * @cssprop [--social-color-on-accent=light-dark(#ffffff, #0d0f12)] - Text on the accent color.
 * @cssprop [--social-color-danger=light-dark(#b3261e, #f2b8b5)] - Accent of error blocks.
 * @cssprop [--social-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus ring color.
 * @cssprop [--social-space-2=0.5rem] - Small gaps.
 * @cssprop [--social-space-3=0.75rem] - Gap between posts.
 * @cssprop [--social-space-4=1rem] - Padding of blocks.
 * @cssprop [--social-radius-m=0.75rem] - Corner radius of blocks.
 * @cssprop [--social-radius-pill=999px] - Corner radius of buttons.
 * @cssprop [--social-feed-gap=var(--social-space-3)] - Space between posts.
 * @cssprop [--social-feed-skeleton-height=9rem] - Height each loading skeleton reserves.
 * @cssprop [--social-feed-skeleton-color=color-mix(in srgb, currentColor 10%, transparent)] - Color of the loading skeletons.
 *
 * @fires {SocialLoadEvent} social-load - A source's page was read and the feed re-rendered with it (its posts show as soon as no other source can still outrank them); `source` and `count` say which and how many posts it had.
 * @fires {SocialErrorEvent} social-error - A source failed to load (or to refresh); its error is shown in place. `source` and `error` (a `LoadError` with `kind`, its `cause` a `FormatError` for unreadable documents).
 * @fires {SocialNewPostsEvent} social-new-posts - A refresh found new posts; `count` are waiting behind the "Show N new posts" button.
 */
export class SocialFeed extends LitElement {
  static override styles = [hostStyles, feedStyles];

  /** URL of a single source; child `<social-source>` elements add more. */
  @property({ reflect: true }) src?: string;

  /** Format of `src` (`mastodon`, `bluesky`, `jsonfeed`, `rss` …); `auto` detects it. */
  @property({ reflect: true }) format = 'auto';

  /** Page size: posts shown per page, and the `limit` asked of APIs that take one. */
  @property({ type: Number, reflect: true }) limit?: number;

  /** The feed's accessible name ("Everyone I follow"); a generic "Posts" otherwise. */
  @property({ reflect: true }) label?: string;

  /** Level (1–6) of the feed's heading, so it fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /**
   * Space-separated filter tokens: `no-replies`, `no-reposts`, `media-only`, `no-sensitive`,
   * `lang:<tag>`. Unknown tokens are ignored.
   */
  @property({ reflect: true }) filter = '';

  /**
   * Labels of the sources to show (attribute: comma-separated); all when unset. Posts of
   * sources without a label always show. The reader's source toggles update it.
   */
  @property({
    reflect: true,
    converter: {
      fromAttribute: (value: string | null) =>
        value === null
          ? undefined
          : value
              .split(',')
              .map((label) => label.trim())
              .filter(Boolean),
      toAttribute: (value: string[] | undefined) => (value ? value.join(', ') : null),
    },
  })
  sources?: string[];

  /** Seconds between checks for new posts; 0 (the default) never checks. */
  @property({ type: Number, reflect: true }) refresh = 0;

  /** Loads the next page as the end of the feed scrolls into view (a skip link leads past it). */
  @property({ type: Boolean, reflect: true }) infinite = false;

  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  @property({ reflect: true, converter: themeAttribute })
  theme: 'auto' | 'light' | 'dark' | 'dim' | 'high-contrast' = 'auto';

  /** Turns off profile hovercards on the posts (passed down to each `<social-post>`). */
  @property({ attribute: 'no-hovercards', type: Boolean, reflect: true }) noHovercards = false;

  /** Milliseconds one request may take before it counts as failed (default 15 000). */
  @property({ type: Number }) timeout?: number;

  /** Posts to show instead of loading any source (property only); newest first as given. */
  @property({ attribute: false }) posts?: Post[];

  /**
   * Replaces the global `fetch` for every request: the seam for auth, proxies and tests.
   * Per-source headers go through `<social-source>`'s `headers` property instead.
   */
  @property({ attribute: false }) fetch?: LoadFetch;

  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ loadMore: 'Older posts', empty: 'Nothing here yet.' }`. Keys left out keep the built-in
   * text of the reader's language (see `FeedStrings` for every key). Property only.
   */
  @property({ attribute: false }) strings?: Partial<FeedStrings>;

  /** How many posts the reader has asked to see so far (pages × limit, plus new posts). */
  @state() private shownCount = DEFAULT_LIMIT;

  /** The text of the polite live region. */
  @state() private announcement = '';

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;

  constructor() {
    super();
    this.#theme = new ThemeController(this, this.attachInternals().states);
  }

  /** Created with the reading code, when the feed first reads a source. */
  #timeline: Timeline | undefined;
  readonly #runs = new Map<SocialSource | 'src', SourceRun>();
  #nextId = 0;
  /** Posts inserted by the page (`insertPost`), shown above the timeline. */
  #inserted: Post[] = [];
  /** The queue of fills, so two never fetch the same page at once. */
  #filling: Promise<void> = Promise.resolve();
  #busy = 0;
  #loadingMore = false;
  /** Index of the post that takes Tab (the roving tabindex of the feed pattern). */
  #current = 0;
  /** Index of the first post the last "Load more" added, for Page Up from the button. */
  #firstNew: number | undefined;
  /** Pending posts already announced, so each refresh announces only what is new. */
  #announcedPending = 0;
  #refreshTimer: ReturnType<typeof setInterval> | undefined;
  #childObserver: MutationObserver | undefined;
  #endObserver: IntersectionObserver | undefined;
  /** Whether the sources were read once: later, only changes to them reconfigure. */
  #configured = false;
  /** "Load more" had focus when pressed: if it disappears, focus goes to the end marker. */
  #hadLoadMoreFocus = false;
  /** The post that had focus before an update, to give it focus back if its element changes. */
  #focusedPost: Post | undefined;
  /** Whether the last render windowed the list (handed it to the virtualizer). */
  #windowed = false;
  /** Whether a post element is in the feed now, as its mutation observer last saw it. */
  #postsInFeed = false;
  #feedObserver: MutationObserver | undefined;
  /** Counts focus moves, so that of two in flight only the later one lands. */
  #focusMoves = 0;
  /** Whether the last render showed posts: the first render with posts hurries its first screen. */
  #postsShown = false;
  /** Until the frame that shows the first screen of posts is painted: how many render meanwhile. */
  #firstScreen: { count: number; rest: Promise<void> } | undefined;
  #cache:
    | {
        base: readonly Post[];
        inserted: Post[];
        filter: string;
        filtering: boolean;
        sources: string;
        list: Post[];
      }
    | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A first connect reads the sources at once, not in the first update, which may wait for a
    // language's strings or a theme's styles: their first requests go out a task from now, first
    // in the browser's queue (a page's own server allows only so many at a time), the code after.
    if (!this.hasUpdated && !this.#configured) {
      this.#configured = true;
      this.#configure();
    }
    // The post code and the feed's view load while the sources are fetched, after their first
    // requests (sent a task from now, see `#sendEarly`); the first render with posts awaits them.
    void view.load();
    void postElementReady();
    this.#childObserver = new MutationObserver((records) => {
      const relevant = records.some(
        (record) =>
          record.type === 'childList' || (record.target as Element).localName === 'social-source',
      );
      if (relevant) this.#configure();
    });
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src', 'format', 'label', 'limit'],
    });
    if (this.hasUpdated) {
      this.#observeFeed();
      this.#configure();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#feedObserver?.disconnect();
    this.#endObserver?.disconnect();
    this.#endObserver = undefined;
    clearInterval(this.#refreshTimer);
    this.#refreshTimer = undefined;
    for (const run of this.#runs.values()) {
      run.controller?.abort();
      run.early?.cancel();
      run.early = undefined;
    }
  }

  /** Shows the next page of posts (what "Load more" does); resolves once they are on screen. */
  async loadMore(): Promise<void> {
    if (this.#loadingMore || this.posts) return;
    this.#loadingMore = true;
    const before = this.#displayed().length;
    this.shownCount = before + this.#pageSize();
    // The page may make the list long: its windowing code loads alongside.
    if (this.shownCount > WINDOW_FROM) void windowing.load();
    try {
      await this.#fill();
    } finally {
      this.#loadingMore = false;
    }
    this.requestUpdate();
    await this.updateComplete;
    const added = this.#displayed().length - before;
    this.#firstNew = added > 0 ? before : undefined;
    const strings = this.#strings();
    this.#announce(added > 0 ? strings.morePostsLoaded(added) : strings.noMorePosts);
    // The button the reader pressed is gone when nothing more exists: keep focus in the feed.
    const active = this.shadowRoot?.activeElement;
    if (!active || !active.isConnected) {
      if (this.#hadLoadMoreFocus) this.#endMarker()?.focus();
    }
    this.#hadLoadMoreFocus = false;
  }

  /** Shows the posts a refresh found above the others and moves focus to the first of them. */
  async showNewPosts(): Promise<void> {
    const taken = this.#timeline?.takePending() ?? [];
    this.#announcedPending = 0;
    if (taken.length === 0) return;
    this.shownCount += taken.length;
    this.requestUpdate();
    await this.updateComplete;
    const list = this.#displayed();
    const newcomers = new Set(taken);
    const first = list.findIndex((post) => newcomers.has(post));
    await this.#focusPost(first >= 0 ? first : 0);
  }

  /**
   * Loads a failed source again (every failed source when `sourceId` is left out). Resolves when
   * the retries have settled.
   */
  async retry(sourceId?: string): Promise<void> {
    const failed = [...this.#runs.values()].filter(
      (run) => run.error && (sourceId === undefined || run.id === sourceId),
    );
    await Promise.all(
      failed.map(async (run) => {
        run.retrying = true;
        this.requestUpdate();
        await this.#load(run);
        run.retrying = false;
        this.requestUpdate();
      }),
    );
    if (!failed.some((run) => !run.error)) return;
    await this.#fill();
    // The reader asked for these posts: they show in place at once, even above what is shown,
    // instead of waiting behind "Show N new posts".
    const taken = this.#timeline?.takePending() ?? [];
    this.#announcedPending = 0;
    this.shownCount += taken.length;
    this.#cache = undefined;
    this.requestUpdate();
    await this.updateComplete;
  }

  /**
   * Puts a post at the top of the feed at once, for example the one a composer just published,
   * and announces it politely. Focus stays where it is. A copy of it that arrives later from a
   * source (the same URL, or the same id) is not shown twice.
   */
  insertPost(post: Post): void {
    this.#inserted = [post, ...this.#inserted.filter((known) => !samePost(known, post))];
    this.shownCount += 1;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#announce(this.#strings().postInserted));
  }

  /** @internal */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = this.#waits();
    return waits.length > 0 ? this.#updateWhenReady(waits) : super.scheduleUpdate();
  }

  /**
   * What the render needs loads before it: the reader's language (no English flash), a preset's
   * styles (no flash of the wrong theme), the filter code when there is a filter, the post
   * element once there are posts (no empty, un-upgraded posts), the view for all but the loading
   * skeleton, and the windowing code for a list too long to show plainly meanwhile. The first
   * render also lets the first requests go out before it (a task after connect): rendering the
   * skeleton and laying it out first held them back by about 20 ms.
   */
  #waits(): Promise<unknown>[] {
    const count = this.#displayed().length;
    if (count > PREPARE_WINDOW_FROM) void windowing.load();
    return [
      this.hasUpdated || this.#runs.size === 0 ? undefined : requestsSent,
      this.filter && !filtering.module ? filtering.load() : undefined,
      this.#locale.ready(),
      this.#theme.ready(),
      count > 0 ? postElementReady() : undefined,
      !view.module && this.#needsView(count) ? view.load() : undefined,
      count > PLAIN_AT_MOST && !windowing.module ? windowing.load() : undefined,
    ].filter((wait) => wait !== undefined);
  }

  /**
   * Renders once what it needs is in. A page may arrive meanwhile (the view loads while the first
   * posts are fetched): what that adds (the post element) is awaited too, a few rounds at most.
   */
  async #updateWhenReady(waits: Promise<unknown>[]): Promise<void> {
    const awaited = new Set(waits);
    for (let round = 0; waits.length > 0 && round < 3; round++) {
      await Promise.all(waits);
      waits = this.#waits().filter((wait) => !awaited.has(wait));
      for (const wait of waits) awaited.add(wait);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit')) this.shownCount = Math.max(this.#pageSize(), this.#inserted.length);
    if (
      !this.#configured ||
      changed.has('src') ||
      changed.has('format') ||
      changed.has('limit') ||
      changed.has('posts')
    ) {
      this.#configured = true;
      this.#configure();
    }
    // The first render with posts shows the first screen of them, so that frame paints sooner; the
    // rest follow once it is painted, below it (a windowed list renders only what is in view).
    const count = this.#displayed().length;
    const viewCode = view.module;
    if (count > 0 && viewCode && !this.#postsShown) {
      const first = viewCode.firstScreenful();
      if (count > first && count <= WINDOW_FROM) {
        const rest = viewCode.afterPaint().then(() => {
          if (this.#firstScreen?.rest === rest) this.#firstScreen = undefined;
          this.requestUpdate();
        });
        this.#firstScreen = { count: first, rest };
      }
    }
    this.#postsShown = count > 0 && viewCode !== undefined;
    const active = this.shadowRoot?.activeElement;
    this.#focusedPost =
      active?.localName === 'social-post'
        ? (active as HTMLElement & { post?: Post }).post
        : undefined;
  }

  protected override render(): TemplateResult {
    const strings = this.#strings();
    const list = this.#displayed();
    const all = this.#filtered();
    const runs = [...this.#runs.values()];
    const sourceMode = !this.posts;
    const loading = this.#loading();
    const settled = !loading;
    const failed = runs.filter((run) => run.error);
    const more = sourceMode && (this.#canLoad() || all.length > list.length);
    const noPosts = list.length === 0;
    // The view's code failed to load (offline): a clear message with Retry, not an empty list.
    const missing = !view.module && this.#needsView(list.length);
    // Windowed once the code is in; until then (briefly, see PLAIN_AT_MOST) the list is plain.
    const windowCode = list.length > WINDOW_FROM && view.module ? windowing.module : undefined;
    // On a switch to windowing the plain elements go at once, and the virtualizer's come later.
    if (windowCode && !this.#windowed) this.#postsInFeed = false;
    this.#windowed = windowCode !== undefined;
    // The virtualizer puts its posts in a frame or so later: until one is there, the feed is busy,
    // so it is never a ready feed without articles.
    const busy = loading || (this.#windowed && !this.#postsInFeed);
    // A feed is made of articles: with none and nothing on its way, it is no feed (yet).
    const feedRole = !missing && (!noPosts || loading);
    const heading = HEADINGS[Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2)) - 1]!;
    if (this.#current >= list.length) this.#current = Math.max(0, list.length - 1);
    let shown: View | undefined;
    // The first screen of posts, before the others come (see willUpdate): "Load more" and an
    // infinite feed's sentinel wait for them, so the sentinel cannot ask for a page too soon.
    const firstScreen = windowCode ? undefined : this.#firstScreen;
    const viewCode = view.module;
    if (viewCode) {
      adoptStyles(this.renderRoot, viewCode.viewStyles);
      shown = viewCode.renderView({
        strings,
        locale: this.#locale.locale,
        list: firstScreen ? list.slice(0, firstScreen.count) : list,
        setSize: more ? -1 : list.length,
        current: this.#current,
        windowing: windowCode,
        labels: this.#labels(),
        shown: this.sources,
        pending: sourceMode ? (this.#timeline?.pendingCount ?? 0) : 0,
        failed: failed.map((run) => ({
          id: run.id,
          name: sourceName(run),
          error: run.error!,
          reason: run.reason,
          retrying: run.retrying,
        })),
        settled,
        more,
        filteredOut: this.#base().length > 0,
        infinite: this.infinite,
        loadingMore: this.#loadingMore,
        noHovercards: this.noHovercards,
        toggleSource: (label) => this.#toggleSource(label, this.#labels()),
        showNewPosts: () => void this.showNewPosts(),
        loadMore: (event) => this.#loadMoreClicked(event),
        retry: (id) => this.#retryClicked(id),
      });
    }

    return html`
      <div class="root" @keydown=${this.#navigate} @focusin=${this.#trackFocus}>
        <slot name="header"></slot>
        ${staticHtml`<${heading} part="heading" class="visually-hidden" id="heading" tabindex="-1">${this.label || strings.feed}</${heading}>`}
        ${
          this.infinite
            ? html`<a part="skip-link" class="skip-link" href="#end" @click=${this.#skipFeed}
              >${strings.skipFeed}</a
            >`
            : nothing
        }
        ${shown?.above}
        <div
          part="feed"
          class="feed"
          role=${ifDefined(feedRole ? 'feed' : undefined)}
          aria-labelledby=${ifDefined(feedRole ? 'heading' : undefined)}
          aria-busy=${ifDefined(feedRole ? (busy ? 'true' : 'false') : undefined)}
        >${shown?.windowed}${shown?.plain}</div>
        ${
          noPosts && loading && !missing
            ? html`<div class="skeletons">
              <p class="visually-hidden">${strings.loading}</p>
              ${[0, 1, 2].map(
                () => html`<div part="skeleton" class="skeleton" aria-hidden="true">
                  <span class="bone avatar"></span><span class="bone line"></span
                  ><span class="bone line short"></span>
                </div>`,
              )}
            </div>`
            : nothing
        }
        ${missing ? this.#renderMissing(strings) : shown?.settled}
        ${noPosts ? html`<slot></slot>` : nothing}
        ${firstScreen ? nothing : shown?.more}
        <p part="end" class="end" id="end" tabindex="-1">${strings.endOfFeed}</p>
        <slot name="footer"></slot>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  /**
   * Shown in place of the posts when the view's code could not load (offline): the feed's
   * error block, whose Retry loads it again (and any source that failed with it).
   */
  #renderMissing(strings: FeedStrings): TemplateResult {
    return html`<div part="errors" class="errors">
      <div part="error" class="error">
        <p class="error-text">
          <strong>${strings.sourceFailed(this.label || strings.feed)}</strong>
          ${loadReasonText(strings, 'network')}
        </p>
        <button part="retry" class="retry" type="button" @click=${this.#retryView}>
          ${strings.retry}
        </button>
      </div>
    </div>`;
  }

  async #retryView(): Promise<void> {
    const button = this.shadowRoot?.activeElement;
    await Promise.all([view.load(), this.retry()]);
    this.requestUpdate();
    await this.updateComplete;
    // The message (and its button) is gone once the view is in: keep focus in the feed.
    if (button && !button.isConnected) {
      if (this.#displayed().length > 0) await this.#focusPost(this.#current);
      else this.#heading()?.focus();
    }
  }

  /** Whether a source is loading (in source mode). */
  #loading(): boolean {
    return !this.posts && (this.#busy > 0 || [...this.#runs.values()].some((run) => run.pending));
  }

  /**
   * Whether a render shows anything of the view: all but the loading skeleton of a feed with no
   * posts, no failed source and no source toggles (a source still to answer its first page
   * counts as loading: its request may not be out yet in the first update).
   */
  #needsView(count: number): boolean {
    const runs = [...this.#runs.values()];
    return (
      count > 0 ||
      !(this.#loading() || runs.some((run) => !run.loaded && !run.error)) ||
      this.#labels().length > 1 ||
      runs.some((run) => run.error) ||
      (!this.posts && (this.#timeline?.pendingCount ?? 0) > 0)
    );
  }

  /**
   * Resolves once the feed has rendered all it shows, also the posts after the first screen,
   * which the first render with posts leaves for the frame after it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#firstScreen) {
      await this.#firstScreen.rest;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override firstUpdated(): void {
    this.#observeFeed();
    // The thread is mostly idle while the first posts are fetched: the formatters they need are
    // built meanwhile, not once they are in.
    if (this.#runs.size > 0) {
      const prepare = () => prepareFormats(this.#locale.locale);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 100 });
      else setTimeout(prepare, 20);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh') || changed.has('posts')) this.#scheduleRefresh();
    this.#observeEnd();
    if (!this.#windowed) {
      // Shown plainly while the windowing code loads: windowed as soon as it is in.
      if (this.#displayed().length > WINDOW_FROM) {
        void windowing.load().then((module) => {
          if (module) this.requestUpdate();
        });
      }
      // The virtualizer sized and contained its host: a plain list (say, after filtering) is not.
      this.#feedElement()?.removeAttribute('style');
    }
    // A post whose element was replaced (the list switched to windowing) gets focus back.
    const post = this.#focusedPost;
    if (post && !this.shadowRoot?.activeElement) {
      const index = this.#displayed().indexOf(post);
      if (index >= 0) void this.#focusPost(index);
    }
  }

  #observeFeed(): void {
    const feed = this.#feedElement();
    // A first render that lands after a quick detach observes nothing: reconnecting does.
    if (!feed || !this.isConnected) return;
    this.#feedObserver ??= new MutationObserver(() => this.#feedChanged());
    this.#feedObserver.observe(feed, { childList: true });
    this.#feedChanged();
  }

  /**
   * The feed's children changed: whether a post is among them is what `aria-busy` of a windowed
   * list follows (not the virtualizer's events, which can come before its posts are in).
   */
  #feedChanged(): void {
    const present = this.#feedElement()?.querySelector(':scope > social-post') != null;
    if (present !== this.#postsInFeed) {
      this.#postsInFeed = present;
      if (this.#windowed) this.requestUpdate();
    }
  }

  // ——— Sources and loading ———

  /** Brings the runs in line with `src`, the child sources and `.posts`, then loads what is missing. */
  #configure(): void {
    if (!this.isConnected) return;
    const wanted = new Map<SocialSource | 'src', Declaration>();
    if (!this.posts) {
      const limit = this.limit;
      if (this.src) {
        const format = normalizeFormat(this.format);
        wanted.set('src', {
          key: [this.src, format, '', limit].join('\n'),
          url: withLimit(this.src, limit, format),
          format,
          label: undefined,
          element: undefined,
        });
      }
      for (const element of this.querySelectorAll<SocialSource>(':scope > social-source')) {
        const src = element.getAttribute('src')?.trim();
        if (!src) continue;
        const format = normalizeFormat(element.getAttribute('format'));
        const label = element.getAttribute('label')?.trim() || undefined;
        const ownLimit = Number(element.getAttribute('limit')) || undefined;
        wanted.set(element, {
          key: [src, format, label, ownLimit ?? limit].join('\n'),
          url: withLimit(src, ownLimit ?? limit, format),
          format,
          label,
          element,
        });
      }
    }

    let changed = false;
    for (const [owner, run] of this.#runs) {
      if (wanted.get(owner)?.key === run.key) continue;
      run.controller?.abort();
      run.early?.cancel();
      this.#timeline?.removeSource(run.id);
      this.#runs.delete(owner);
      changed = true;
    }
    for (const [owner, declaration] of wanted) {
      if (this.#runs.has(owner)) continue;
      const run: SourceRun = {
        ...declaration,
        id: `source-${++this.#nextId}`,
        pending: undefined,
        controller: undefined,
        error: undefined,
        reason: undefined,
        retrying: false,
        loaded: false,
        early: undefined,
      };
      if (!readingLoaded) {
        // Without the reading code a page would be fetched only once that code is in, its
        // reader only after that: send the first page early and load both beside it (and before
        // this render), so the three travel together. The read takes the request over.
        this.#sendEarly(owner, run);
        loadReading().catch(() => undefined);
        void view.load();
      }
      this.#runs.set(owner, run);
      this.#timeline?.addSource(run.id, run.label ? { label: run.label } : {});
      changed = true;
    }
    // No sources left: the next ones start a new timeline.
    if (this.#runs.size === 0 && changed) this.#timeline = undefined;
    if (changed) {
      this.#cache = undefined;
      this.requestUpdate();
    }
    void this.#fill();
  }

  /**
   * Loads pages from the sources the timeline needs until the reader's page is full, every
   * source is exhausted, or a few rounds passed (filters may hide what arrives).
   */
  #fill(): Promise<void> {
    this.#filling = this.#filling.then(async () => {
      if (this.posts || this.#runs.size === 0) return;
      this.#busy++;
      this.requestUpdate();
      try {
        for (let round = 0; round < MAX_ROUNDS; round++) {
          // Detached while queued: loading resumes when the feed is connected again.
          if (!this.isConnected) break;
          if (this.#filtered().length >= this.shownCount) break;
          // Without the reading code (it failed to load), each source tries, and fails, alone.
          const timeline = await this.#loadTimeline().catch(() => undefined);
          const ids = timeline ? timeline.needs() : [...this.#runs.values()].map((run) => run.id);
          const runs = ids
            .map((id) => [...this.#runs.values()].find((run) => run.id === id))
            .filter((run): run is SourceRun => run !== undefined && !run.error);
          if (runs.length === 0) break;
          await Promise.all(runs.map((run) => run.pending ?? this.#load(run)));
          if (!timeline) break;
        }
      } finally {
        this.#busy--;
        this.requestUpdate();
      }
    });
    return this.#filling;
  }

  /** Loads the next page of one source into the timeline; failures stay with the source. */
  #load(run: SourceRun): Promise<void> {
    const promise = this.#loadPage(run).finally(() => {
      if (run.pending === promise) run.pending = undefined;
    });
    run.pending = promise;
    this.requestUpdate();
    return promise;
  }

  async #loadPage(run: SourceRun): Promise<void> {
    // A request started while detached would never be aborted: disconnecting is what aborts.
    if (!this.isConnected) return;
    const controller = new AbortController();
    run.controller = controller;
    try {
      const state = (await this.#loadTimeline()).state(run.id);
      const url = state.status === 'waiting' || !state.next ? run.url : state.next;
      const page = await this.#read(run, url, controller.signal);
      const timeline = this.#timeline;
      if (controller.signal.aborted || !this.#isCurrent(run) || !timeline) return;
      if (!run.loaded) {
        run.loaded = true;
        timeline.addSource(run.id, {
          ...(run.label ? { label: run.label } : {}),
          network: page.format,
        });
      }
      timeline.addPage(run.id, page);
      run.error = undefined;
      run.reason = undefined;
      this.#cache = undefined;
      run.pending = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.dispatchEvent(new SocialLoadEvent(page.posts.length, sourceInfo(run)));
    } catch (cause) {
      if (controller.signal.aborted || !this.#isCurrent(run)) return;
      const error = cause instanceof Error ? cause : new Error(String(cause));
      const reason = await this.#reasonOf(error);
      if (controller.signal.aborted || !this.#isCurrent(run)) return;
      run.error = error;
      run.reason = reason;
      this.#timeline?.fail(run.id, error);
      this.#cache = undefined;
      run.pending = undefined;
      this.requestUpdate();
      await this.updateComplete;
      this.#announce(this.#strings().sourceFailed(sourceName(run)));
      this.dispatchEvent(new SocialErrorEvent(error, sourceInfo(run)));
    }
  }

  /** The timeline, created with the reading code, with every current source in it. */
  async #loadTimeline(): Promise<Timeline> {
    if (this.#timeline) return this.#timeline;
    const { createTimeline } = await loadReading();
    if (!this.#timeline) {
      const timeline = createTimeline();
      for (const run of this.#runs.values()) {
        timeline.addSource(run.id, run.label ? { label: run.label } : {});
      }
      this.#timeline = timeline;
    }
    return this.#timeline;
  }

  /**
   * Sends a source's first request one task from now: the page's scripts that run right after
   * the elements are defined (setting the feed's `fetch` or a source's `headers`, say for a proxy)
   * have run by then, so the request is the one they want and a proxied source never goes out
   * unproxied. The code the feed loads waits for it (`requestsSent`), so it goes out first.
   */
  #sendEarly(owner: SocialSource | 'src', run: SourceRun): void {
    requestsSent = new Promise((resolve) =>
      setTimeout(() => {
        if (this.isConnected && !readingLoaded && this.#runs.get(owner) === run && !run.pending) {
          run.early = sendEarly(run.url, {
            ...(run.element?.headers ? { headers: run.element.headers } : {}),
            ...(this.fetch ? { fetch: this.fetch } : {}),
          });
        }
        // Its reader right behind it, then the code that waits for `requestsSent`.
        prefetchReader(run.url, run.format);
        resolve();
      }),
    );
  }

  /** Fetches and parses one page; the next page becomes a URL whatever the format pages with. */
  async #read(run: SourceRun, url: string, signal: AbortSignal): Promise<ReadingModule.ReadPage> {
    const { readPage } = await loadReading();
    const headers = run.element?.headers;
    // The first page's request may be out already; unless the source changed since, it is this one.
    const early = run.early;
    run.early = undefined;
    let fetch = this.fetch;
    if (early?.matches(url, headers, fetch)) fetch = early.fetch;
    else early?.cancel();
    return readPage(url, {
      signal,
      ...(fetch ? { fetch } : {}),
      ...(headers ? { headers } : {}),
      ...(this.timeout !== undefined ? { timeout: this.timeout } : {}),
      ...(run.format ? { format: run.format } : {}),
    });
  }

  /** What readers are told about a failure (the reading code is in, unless it failed to load). */
  async #reasonOf(error: Error): Promise<SourceRun['reason']> {
    const code = await loadReading().catch(() => undefined);
    return code ? code.loadReasonOf(error) : { reason: 'network' };
  }

  #isCurrent(run: SourceRun): boolean {
    return [...this.#runs.values()].includes(run);
  }

  /** Checks every loaded source for newer posts; they wait behind "Show N new posts". */
  async #checkForNewPosts(): Promise<void> {
    const timeline = this.#timeline;
    if (
      !timeline ||
      this.posts ||
      (typeof document !== 'undefined' && document.visibilityState === 'hidden')
    )
      return;
    const runs = [...this.#runs.values()].filter((run) => {
      const status = timeline.state(run.id).status;
      return !run.pending && !run.error && (status === 'more' || status === 'done');
    });
    await Promise.all(
      runs.map(async (run) => {
        const prev = timeline.state(run.id).prev;
        const controller = new AbortController();
        run.controller = controller;
        try {
          const page = await this.#read(run, prev ?? run.url, controller.signal);
          if (controller.signal.aborted || !this.#isCurrent(run)) return;
          timeline.newer(run.id, {
            posts: page.posts,
            ...(page.prev ? { prev: page.prev } : {}),
          });
        } catch (cause) {
          if (controller.signal.aborted || !this.#isCurrent(run)) return;
          // The last good posts stay: a failed refresh is reported, not shown over them.
          const error = cause instanceof Error ? cause : new Error(String(cause));
          this.dispatchEvent(new SocialErrorEvent(error, sourceInfo(run)));
        }
      }),
    );
    this.#cache = undefined;
    const count = timeline.pendingCount;
    if (count > this.#announcedPending) {
      this.#announcedPending = count;
      this.requestUpdate();
      await this.updateComplete;
      this.#announce(this.#strings().newPostsAvailable(count));
      this.dispatchEvent(new SocialNewPostsEvent(count));
    }
  }

  #scheduleRefresh(): void {
    clearInterval(this.#refreshTimer);
    this.#refreshTimer = undefined;
    const seconds = Number(this.refresh);
    if (!this.isConnected || this.posts || !(seconds > 0)) return;
    this.#refreshTimer = setInterval(() => void this.#checkForNewPosts(), seconds * 1000);
  }

  // ——— What is shown ———

  /** Whether a source can still deliver posts: one that has not answered yet, or has more pages. */
  #canLoad(): boolean {
    const timeline = this.#timeline;
    // Before the reading code is in, every source that has not failed is still to answer.
    if (!timeline) return [...this.#runs.values()].some((run) => !run.error);
    return timeline.hasMore || timeline.sources().some((source) => source.status === 'waiting');
  }

  #pageSize(): number {
    const limit = Math.trunc(Number(this.limit));
    return limit > 0 ? limit : DEFAULT_LIMIT;
  }

  /** Every post the feed has, before filters: inserted ones first, then the timeline or `.posts`. */
  #base(): readonly Post[] {
    return this.posts ?? this.#timeline?.visible() ?? NO_POSTS;
  }

  /** The posts that pass the filters, inserted ones first; cached until something changes. */
  #filtered(): Post[] {
    const base = this.#base();
    const sources = this.sources ? this.sources.join('\n') : '\u0000all';
    const cache = this.#cache;
    if (
      cache &&
      cache.base === base &&
      cache.inserted === this.#inserted &&
      cache.filter === this.filter &&
      cache.filtering === (filtering.module !== undefined) &&
      cache.sources === sources
    )
      return cache.list;
    const inserted = this.#inserted;
    const rest =
      inserted.length > 0
        ? base.filter((post) => !inserted.some((known) => samePost(known, post)))
        : base;
    const merged = inserted.length > 0 ? [...inserted, ...rest] : rest;
    const wanted = this.sources;
    const bySource = wanted
      ? merged.filter((post) => !post.source?.label || wanted.includes(post.source.label))
      : merged;
    // The filter code is in whenever `filter` is set (the update waits for it), unless it failed.
    const filterCode = filtering.module;
    const list = filterCode
      ? filterCode.filterPosts(bySource, parseFilter(this.filter))
      : [...bySource];
    this.#cache = {
      base,
      inserted,
      filter: this.filter,
      filtering: filterCode !== undefined,
      sources,
      list,
    };
    return list;
  }

  /** The filtered posts the reader has asked to see: all of `.posts`, pages of sources. */
  #displayed(): Post[] {
    const list = this.#filtered();
    return this.posts ? list : list.slice(0, this.shownCount);
  }

  /** Labels offered as toggles: those of the sources, or those found in `.posts`. */
  #labels(): string[] {
    const labels = new Set<string>();
    if (this.posts) {
      for (const post of this.posts) if (post.source?.label) labels.add(post.source.label);
    } else {
      for (const run of this.#runs.values()) if (run.label) labels.add(run.label);
    }
    return [...labels];
  }

  #strings(): FeedStrings {
    return feedStrings(this.#locale.locale, this.strings);
  }

  /** Says `text` through the polite live region, again even when it is the same text. */
  #announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      requestAnimationFrame(() => (this.announcement = text));
    });
  }

  // ——— Reader actions ———

  #loadMoreClicked(event: Event): void {
    if (this.#loadingMore) return;
    this.#hadLoadMoreFocus = this.shadowRoot?.activeElement === event.currentTarget;
    void this.loadMore();
  }

  #retryClicked(id: string): void {
    const run = [...this.#runs.values()].find((known) => known.id === id);
    if (!run || run.retrying) return;
    const button = this.shadowRoot?.activeElement;
    void this.retry(run.id).then(async () => {
      await this.updateComplete;
      // The error block (and its button) is gone when the retry worked: keep focus in the feed.
      if (button && !button.isConnected) {
        const list = this.#displayed();
        const first = list.findIndex((post) => post.source?.id === run.id);
        if (list.length > 0) await this.#focusPost(Math.max(0, first));
        else this.#heading()?.focus();
      }
    });
  }

  #toggleSource(label: string, labels: string[]): void {
    const shown = this.sources ?? labels;
    this.sources = shown.includes(label)
      ? shown.filter((known) => known !== label)
      : labels.filter((known) => known === label || shown.includes(known));
    this.#current = 0;
  }

  #skipFeed(event: Event): void {
    event.preventDefault();
    this.#endMarker()?.focus();
  }

  #trackFocus(event: FocusEvent): void {
    const index = view.module?.postIndex(event.composedPath(), this.#feedElement());
    if (index !== undefined && index !== this.#current) {
      this.#current = index;
      this.requestUpdate();
    }
  }

  /** The feed pattern's keys (see the view's `navigate`); only posts and "Load more" take them. */
  #navigate(event: KeyboardEvent): void {
    const root = this.shadowRoot;
    const feed = this.#feedElement();
    const viewCode = view.module;
    if (!viewCode || !root || !feed) return;
    viewCode.navigate(event, {
      root,
      feed,
      count: () => this.#displayed().length,
      firstNew: this.#firstNew,
      canShowMore: () =>
        !this.posts && (this.#canLoad() || this.#filtered().length > this.shownCount),
      loadMore: () => this.loadMore(),
      focusPost: (index) => this.#focusPost(index),
      focusOut: (after) => (after ? this.#endMarker() : this.#heading())?.focus(),
    });
  }

  /**
   * Moves focus to the post at `index`. When the list is windowed and that post is not in the
   * DOM, the virtualizer scrolls it into place first.
   */
  async #focusPost(index: number): Promise<void> {
    const count = this.#displayed().length;
    if (count === 0) return;
    const target = Math.min(Math.max(0, index), count - 1);
    const move = ++this.#focusMoves;
    this.#current = target;
    this.requestUpdate();
    await this.updateComplete;
    let element = this.#postElement(target);
    const virtualizer = this.#virtualizer();
    let scrolled = false;
    for (let frame = 0; frame < 30 && !element && virtualizer; frame++) {
      // Once the windowed list shows posts (a list just windowed shows none for a frame or so),
      // the virtualizer brings the post in; until its range and elements agree, it may throw.
      if (!scrolled && this.#postsInFeed) {
        try {
          virtualizer.element(target)?.scrollIntoView({ block: 'center' });
          scrolled = true;
        } catch {
          // Tried again on the next frame.
        }
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      element = this.#postElement(target);
    }
    // Another move started meanwhile (a later key press): that one decides.
    if (move === this.#focusMoves) element?.focus();
  }

  /** Loads the next page when the end of an infinite feed comes near the viewport. */
  #observeEnd(): void {
    const sentinel = this.shadowRoot?.querySelector('#sentinel');
    if (!this.infinite || !sentinel) {
      this.#endObserver?.disconnect();
      this.#endObserver = undefined;
      return;
    }
    if (!this.#endObserver) {
      this.#endObserver = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) void this.#loadWhileVisible();
        },
        { rootMargin: '0px 0px 50% 0px' },
      );
    }
    this.#endObserver.disconnect();
    this.#endObserver.observe(sentinel);
  }

  async #loadWhileVisible(): Promise<void> {
    if (this.#loadingMore) return;
    const before = this.#displayed().length;
    await this.loadMore();
    // The observer fires on changes only: a sentinel still in view asks for one more page.
    const sentinel = this.shadowRoot?.querySelector('#sentinel');
    if (sentinel && this.#displayed().length > before) {
      const box = sentinel.getBoundingClientRect();
      if (box.top < window.innerHeight * 1.5) void this.#loadWhileVisible();
    }
  }

  #feedElement(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('[part~="feed"]') ?? null;
  }

  #postElement(index: number): HTMLElement | null {
    return (
      this.#feedElement()?.querySelector<HTMLElement>(
        `:scope > social-post[data-index="${index}"]`,
      ) ?? null
    );
  }

  #virtualizer(): Virtualizer | undefined {
    const feed = this.#feedElement() as (HTMLElement & Record<symbol, Virtualizer>) | null;
    return windowing.module && feed ? feed[windowing.module.virtualizerRef] : undefined;
  }

  #endMarker(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#end') ?? null;
  }

  #heading(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#heading') ?? null;
  }
}

/** Two copies of one post: the same permalink, or the same id from the same source. */
function samePost(a: Post, b: Post): boolean {
  if (a === b) return true;
  if (a.url && b.url) return a.url === b.url;
  return a.id === b.id && a.source?.id === b.source?.id;
}

function normalizeFormat(format: string | null | undefined): string | undefined {
  const value = format?.trim().toLowerCase();
  return !value || value === 'auto' ? undefined : value;
}

/**
 * Asks APIs that page by count for `limit` posts, within what each accepts. Feeds (RSS, JSON
 * Feed, outboxes) have no such parameter; the feed shows them a page at a time anyway.
 */
function withLimit(src: string, limit: number | undefined, format: string | undefined): string {
  if (!limit || limit <= 0) return src;
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return src;
  }
  const mastodon = format === 'mastodon' || (!format && url.pathname.includes('/api/v1/'));
  const bluesky = format === 'bluesky' || (!format && url.pathname.includes('/xrpc/'));
  if ((!mastodon && !bluesky) || url.searchParams.has('limit')) return src;
  const max = bluesky ? BLUESKY_MAX_LIMIT : MASTODON_MAX_LIMIT;
  url.searchParams.set('limit', String(Math.min(Math.trunc(limit), max)));
  return url.href;
}

/** The `filter` attribute as a timeline filter. */
function parseFilter(filter: string): PostFilter {
  const result: PostFilter = {};
  const languages: string[] = [];
  for (const token of filter.split(/\s+/)) {
    if (!token) continue;
    const known = FILTER_TOKENS[token.toLowerCase()];
    if (known) Object.assign(result, known);
    else if (token.toLowerCase().startsWith('lang:') && token.length > 5)
      languages.push(token.slice(5));
  }
  if (languages.length > 0) result.languages = languages;
  return result;
}

/** A reader-facing name for a source: its label, else the host it is read from. */
function sourceName(run: SourceRun): string {
  if (run.label) return run.label;
  try {
    return new URL(run.url, document.baseURI).host || run.url;
  } catch {
    return run.url;
  }
}

function sourceInfo(run: SourceRun): FeedSourceInfo {
  return { id: run.id, ...(run.label ? { label: run.label } : {}), url: run.url };
}
