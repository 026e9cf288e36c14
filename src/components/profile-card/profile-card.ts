/** `<social-profile-card>`: one person, from a profile document, a fediverse handle or the model. */
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { SocialErrorEvent } from '../../events/error.js';
import { SocialFollowEvent } from '../../events/follow.js';
import { SocialLoadEvent } from '../../events/load.js';
import type { WebFingerUrl } from '../../formats/webfinger.js';
import { htmlToText } from '../../formats/util.js';
import { richText } from '../../html/rich-text.js';
import { prepareSanitizer, sanitize, sanitizerStatus } from '../../html/sanitize.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { formatCompactNumber, formatDateTime } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import {
  profileCardStrings,
  type ProfileCardStrings,
  type ProfileErrorReason,
} from '../../i18n/tables/profile-card.js';
import { loadReasonText } from '../../i18n/tables/errors.js';
import type { Actor, ProfileField } from '../../model/actor.js';
import { LoadError, isAbortError, parseError } from '../../net/errors.js';
import type { LoadFetch } from '../../net/load.js';
import { ThemeController } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import { profileCardStyles } from './profile-card.styles.js';
import { loadErrorContent, loadErrorStyles } from '../shared/load-error.js';
import { loadReasonOf } from '../shared/load-reason.js';

/** How much of a person the card shows. */
export type ProfileCardVariant = 'full' | 'compact' | 'inline';

const VARIANTS = new Set<ProfileCardVariant>(['full', 'compact', 'inline']);

/** Bluesky's public AppView: it answers without a login and allows cross-origin reads. */
const BLUESKY_APPVIEW = 'https://public.api.bsky.app';

/**
 * Profile documents come as ActivityStreams when asked for (a Mastodon profile page answers
 * with its actor), else as JSON or an HTML page with an h-card. No quotes: a CORS-safelisted
 * `Accept` needs no preflight.
 */
const PROFILE_ACCEPT =
  'application/activity+json,application/json;q=0.9,application/feed+json;q=0.9,text/html;q=0.8,*/*;q=0.5';

/** A Bluesky handle: a domain name, with or without the leading `@`. */
const BLUESKY_HANDLE = /^@?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])$/i;

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** What to fetch for a profile, and how to read it. */
export interface ProfileRequest {
  url: string;
  /** The format the URL's shape tells; undefined leaves it to detection. */
  format?: string;
}

/** The AppView's `getProfile` for a handle or DID. */
export function blueskyProfileUrl(actor: string): string {
  const url = new URL('/xrpc/app.bsky.actor.getProfile', BLUESKY_APPVIEW);
  url.searchParams.set('actor', actor);
  return url.href;
}

/**
 * Maps `src` to the request that returns a profile document: a Bluesky profile page becomes
 * `getProfile`; everything else (a Mastodon account or lookup URL, an actor, a page with an
 * h-card, a JSON Feed) is fetched as it is.
 */
export function profileRequest(src: string, base?: string): ProfileRequest {
  let url: URL;
  try {
    url = new URL(src.trim(), base ?? globalThis.document?.baseURI);
  } catch {
    return { url: src.trim() };
  }
  if (url.hostname === 'bsky.app' || url.hostname === 'staging.bsky.app') {
    const profile = /^\/profile\/([^/]+)\/?$/.exec(url.pathname);
    if (profile) {
      return { url: blueskyProfileUrl(decodeURIComponent(profile[1]!)), format: 'bluesky' };
    }
  }
  if (/\/api\/v1\/accounts\/[^/]+\/?$/.test(url.pathname)) {
    return { url: url.href, format: 'mastodon' };
  }
  return { url: url.href };
}

/** The most of a WebFinger answer that is read. */
const WEBFINGER_MAX_BYTES = 256 * 1024;

/** What a load found, with the URL it came from for the load event. */
interface Loaded {
  actor: Actor;
  url: string;
}

/** The seams a load uses. */
interface LoadContext {
  fetch: LoadFetch | undefined;
  webfingerUrl: WebFingerUrl | undefined;
  signal: AbortSignal;
  timeout: number | undefined;
}

async function fetchActor(request: ProfileRequest, context: LoadContext): Promise<Loaded> {
  const [{ load }, { parseActor }] = await Promise.all([
    import('../../net/load.js'),
    import('../../formats/index.js'),
  ]);
  const result = await load(request.url, {
    signal: context.signal,
    accept: PROFILE_ACCEPT,
    ...(context.fetch ? { fetch: context.fetch } : {}),
    ...(context.timeout !== undefined ? { timeout: context.timeout } : {}),
  });
  context.signal.throwIfAborted();
  try {
    const actor = await parseActor(result.body, {
      url: result.url,
      headers: result.headers,
      ...(result.contentType ? { contentType: result.contentType } : {}),
      ...(request.format ? { format: request.format } : {}),
    });
    return { actor, url: result.url };
  } catch (error) {
    throw parseError(result.url, error);
  }
}

/**
 * `@user@host` through WebFinger to the ActivityPub actor; when the actor cannot be read (a
 * server that only answers signed requests), the Mastodon API's account lookup on the same
 * server; when neither works, the first failure is what the reader is told.
 */
async function fetchHandle(handle: string, context: LoadContext): Promise<Loaded> {
  const trimmed = handle.trim();
  const bluesky = BLUESKY_HANDLE.exec(trimmed);
  if (bluesky && !trimmed.slice(1).includes('@')) {
    return fetchActor(
      { url: blueskyProfileUrl(bluesky[1]!.toLowerCase()), format: 'bluesky' },
      context,
    );
  }
  const [{ parseHandle, resolveHandle }, { capResponse }] = await Promise.all([
    import('../../formats/webfinger.js'),
    import('../../net/body.js'),
  ]);
  const parts = parseHandle(trimmed);
  if (!parts) {
    throw new LoadError(
      'url',
      `"${trimmed.slice(0, 100)}" is not a handle — write it as @user@host or @name.bsky.social.`,
      { url: trimmed },
    );
  }
  const fetchImpl = context.fetch ?? ((input, init) => fetch(input, init));
  const found = await resolveHandle(trimmed, {
    signal: context.signal,
    // A JRD is a few hundred bytes: a server that streams more is not read into memory.
    fetch: async (input, init) => capResponse(await fetchImpl(input, init), WEBFINGER_MAX_BYTES),
    ...(context.webfingerUrl ? { webfingerUrl: context.webfingerUrl } : {}),
    ...(context.timeout !== undefined ? { timeout: context.timeout } : {}),
  });
  const target = found.actor ?? found.profile!;
  try {
    return await fetchActor({ url: target }, context);
  } catch (error) {
    if (isAbortError(error)) throw error;
    const lookup = new URL('/api/v1/accounts/lookup', target);
    lookup.searchParams.set('acct', parts.user);
    try {
      return await fetchActor({ url: lookup.href, format: 'mastodon' }, context);
    } catch {
      throw error;
    }
  }
}

/** The localized reason for a failure, from the typed errors of the network, WebFinger and formats. */
function reasonOf(error: unknown): { reason: ProfileErrorReason; status?: number } {
  if (error instanceof LoadError && (error.status === 404 || error.status === 410)) {
    return { reason: 'not-found' };
  }
  if (error instanceof Error && error.name === 'WebFingerError') {
    const status = (error as Error & { status?: number }).status;
    if (status === 404 || status === 410) return { reason: 'not-found' };
    if (status === 429) return { reason: 'rate-limit' };
    if (status) return { reason: 'http', status };
    // No status: the request itself failed; its cause says how.
    const cause = (error as Error & { cause?: { name?: unknown } }).cause?.name;
    if (cause === 'TimeoutError') return { reason: 'timeout' };
    if (cause === 'BodyTooLarge') return { reason: 'too-large' };
    return cause === undefined ? { reason: 'handle' } : { reason: 'network' };
  }
  return loadReasonOf(error);
}

function needsHtml(actor: Actor | undefined): boolean {
  if (!actor || actor.suspended) return false;
  return Boolean((actor.bio && actor.bioFormat !== 'text') || actor.fields?.length);
}

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

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}

function displayName(actor: Actor): string {
  return actor.name?.trim() || actor.handle?.trim() || actor.id;
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

const ICONS = {
  copy: svg`<path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z"/>`,
  check: svg`<path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z"/>`,
  bot: svg`<path d="M11 2h2v3h4a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3V8a3 3 0 0 1 3-3h4V2zM9 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm6 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM1 11h2v5H1v-5zm20 0h2v5h-2v-5z"/>`,
  lock: svg`<path d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 1 1 6 0v3H9z"/>`,
  calendar: svg`<path d="M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2V2zM5 9v11h14V9H5z"/>`,
  suspended: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM4 12a8 8 0 0 1 12.9-6.3L5.7 16.9A8 8 0 0 1 4 12zm8 8a8 8 0 0 1-4.9-1.7L18.3 7.1A8 8 0 0 1 12 20z"/>`,
};

function icon(name: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${ICONS[name]}
  </svg>`;
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
  static override styles = [hostStyles, profileCardStyles, loadErrorStyles];

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

  constructor() {
    super();
    new ThemeController(this, this.attachInternals().states);
  }

  /** Announcement waiting for the render that shows its outcome. */
  #announcement?: Event;
  /** The load was aborted by a disconnect: a connect runs it again. */
  #abortedOnDisconnect = false;
  /** Move focus into the outcome of a retry once it renders. */
  #refocus = false;
  #copyTimer?: ReturnType<typeof setTimeout>;
  /** Nodes built from names, bios and fields, reused while their source stays the same. */
  readonly #nodes = new Map<string, { source: string; emoji: unknown; nodes: Node[] }>();

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
      const context = { fetch: fetchImpl, webfingerUrl: webfinger, signal, timeout };
      if (src) return fetchActor(profileRequest(src), context);
      if (handle) return fetchHandle(handle, context);
      return initialState;
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
    // HTML shows only through the sanitizer, which some browsers must load first.
    if (sanitizerStatus() === 'idle' && needsHtml(this.#shown)) await prepareSanitizer();
    // The reader's language loads before the first render in it: no English flash.
    await this.#locale.ready();
    super.scheduleUpdate();
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
    if (actor)
      return this.#variant === 'inline'
        ? this.#renderInline(actor, strings)
        : this.#renderCard(actor, strings);
    if (this.src?.trim() || this.handle?.trim()) {
      if (this.#task.status === TaskStatus.ERROR && !isAbortError(this.#task.error)) {
        return this.#renderError(this.#task.error, strings);
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

  #renderError(error: unknown, strings: ProfileCardStrings): TemplateResult {
    const { reason, status } = reasonOf(error);
    if (this.#variant === 'inline') {
      return html`<span part="card error" class="inline error" tabindex="-1"
        ><span>${strings.loadFailed}</span>
        <button part="retry" type="button" @click=${this.#retry}>${strings.retry}</button
        ><slot></slot
      ></span>`;
    }
    const text = {
      title: strings.loadFailed,
      reason:
        reason === 'not-found'
          ? strings.notFound
          : reason === 'handle'
            ? strings.handleFailed
            : loadReasonText(strings, reason, status),
      details: strings.details,
      retry: strings.retry,
    };
    return html`<div part="card error" class="card ${this.#variant} error" tabindex="-1">
      ${loadErrorContent(text, error, this.#retry)}
    </div>`;
  }

  #retry(): void {
    this.#refocus = true;
    void this.#task.run();
  }

  // ---- the card ------------------------------------------------------------------------------

  #renderCard(actor: Actor, strings: ProfileCardStrings): TemplateResult {
    const variant = this.#variant;
    const full = variant === 'full';
    const locale = this.#locale.locale;
    const suspended = Boolean(actor.suspended);
    const empty = !suspended && isEmpty(actor);
    const profile = safeLink(actor.url);
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
            ${this.#renderBio(actor)} ${this.#renderFields(actor, strings, locale)}
            ${this.#renderLinks(actor, strings)} ${this.#renderCounts(actor, strings, locale)}
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
    const src = suspended || this.bannerFailed ? undefined : safeMedia(actor.banner);
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
            @error=${this.#bannerFailed}
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
    if (!src || this.avatarFailed) {
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
      @error=${this.#avatarFailed}
    />`;
  }

  #renderName(actor: Actor, strings: ProfileCardStrings, suspended: boolean): TemplateResult {
    const profile = safeLink(actor.url);
    const name = this.#inlineText('name', displayName(actor), actor.emoji);
    const inner = profile
      ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc" dir="auto">${name}</a>`
      : html`<span dir="auto">${name}</span>`;
    const level = Math.trunc(this.headingLevel);
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
      this.copyState === 'copied'
        ? strings.copied
        : this.copyState === 'failed'
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
        @click=${this.#copyHandle}
      >
        ${icon(this.copyState === 'copied' ? 'check' : 'copy')}<span class="visually-hidden"
          >${strings.copyHandle(handle)}</span
        >
      </button>
      <span part="copy-status" class="copy-status ${this.copyState}" role="status">${message}</span>
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

  #renderBio(actor: Actor): TemplateResult | typeof nothing {
    const bio = actor.bio?.trim();
    if (!bio) return nothing;
    const nodes = this.#richNodes('bio', bio, actor, actor.bioFormat === 'text');
    if (nodes.length === 0) return nothing;
    return html`<div part="bio" class="bio" dir="auto">${nodes}</div>`;
  }

  #renderFields(
    actor: Actor,
    strings: ProfileCardStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const fields = (actor.fields ?? []).filter(
      (field): field is ProfileField =>
        typeof field?.name === 'string' && typeof field.value === 'string',
    );
    if (fields.length === 0) return nothing;
    return html`<dl part="fields" class="fields" aria-label=${strings.fields}>
      ${fields.map((field, index) => {
        const verified = validDate(field.verifiedAt);
        const when = verified ? strings.verifiedOn(formatDateTime(verified, locale)) : undefined;
        return html`<div part="field" class=${verified ? 'field verified' : 'field'}>
          <dt dir="auto">${this.#inlineText(`field-name-${index}`, field.name, actor.emoji)}</dt>
          <dd dir="auto">
            ${
              verified
                ? html`<span part="verified" class="verified-mark" title=${when!}
                  >${icon('check')}<span aria-hidden="true">${strings.verified}</span></span
                >`
                : nothing
            }
            <span class="field-value">${this.#richNodes(`field-${index}`, field.value, actor, false)}</span>
            ${verified ? html`<span class="visually-hidden">(${when})</span>` : nothing}
          </dd>
        </div>`;
      })}
    </dl>`;
  }

  /** rel=me links the fields do not already show (an h-card's, for example). */
  #renderLinks(actor: Actor, strings: ProfileCardStrings): TemplateResult | typeof nothing {
    const shown = (actor.fields ?? []).map((field) => field.value).join(' ');
    const links = (actor.links ?? [])
      .map((link) => safeLink(link))
      .filter((link): link is string => Boolean(link) && !shown.includes(link!));
    if (links.length === 0) return nothing;
    return html`<ul part="links" class="links" aria-label=${strings.links}>
      ${links.map(
        (link) =>
          html`<li>
            <a href=${link} rel="me nofollow noopener noreferrer ugc" dir="ltr"
              >${link.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a
            >
          </li>`,
      )}
    </ul>`;
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
      @click=${this.#follow}
      >${strings.follow}<span class="visually-hidden"> ${displayName(actor)}</span></a
    >`;
  }

  // ---- text ----------------------------------------------------------------------------------

  /** Nodes built once per source: Lit leaves nodes it placed alone; a fragment empties on use. */
  #cached(key: string, source: string, emoji: unknown, build: () => DocumentFragment): Node[] {
    const entry = this.#nodes.get(key);
    if (entry && entry.source === source && entry.emoji === emoji) return entry.nodes;
    const nodes = [...build().childNodes];
    this.#nodes.set(key, { source, emoji, nodes });
    return nodes;
  }

  /** Plain text with custom emoji only (names): no links. */
  #inlineText(
    key: string,
    text: string,
    emoji: Readonly<Record<string, string>> | undefined,
  ): Node[] {
    return this.#cached(key, text, emoji, () => richText(text, { facets: [], emoji }));
  }

  /** HTML through the sanitizer (or, without it, its text); plain text as rich text with links. */
  #richNodes(key: string, value: string, actor: Actor, plain: boolean): Node[] {
    const emoji = actor.emoji ?? {};
    if (!plain && sanitizerStatus() === 'ready') {
      try {
        return this.#cached(`${key}:html`, value, actor.emoji, () =>
          sanitize(value, { ...(actor.url ? { base: actor.url } : {}), emoji }),
        );
      } catch {
        // Never raw HTML: fall through to its text.
      }
    }
    const text = plain ? value : htmlToText(value);
    return this.#cached(`${key}:text`, text, actor.emoji, () => richText(text, { emoji }));
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
