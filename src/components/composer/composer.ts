/** `<social-composer>`: write a status and publish it to the site's own endpoint, losing nothing. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import type { PublishFormat, ServerConfig } from '../../compose/config.js';
import type { Draft, DraftMedia, DraftStore } from '../../compose/draft.js';
import { hasStoredDraft } from '../../compose/draft-key.js';
import type { PublishError } from '../../compose/errors.js';
import type { Counting, Length, LengthOptions } from '../../compose/length.js';
import { lengthOf } from '../../compose/length.js';
import type { MicropubEncoding } from '../../compose/publish.js';
import { SocialPostErrorEvent } from '../../events/post-error.js';
import { formatNumber } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { StringOverrides } from '../../i18n/strings.js';
import { composerStrings } from '../../i18n/tables/composer.js';
import { adoptStyles } from '../../styles/adopt.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import { lazyPart } from '../shared/lazy.js';
import type { ComposerMedia, MediaItem } from './composer-media.js';
import type { Publisher } from './composer-publish.js';
import { composerStyles } from './composer.styles.js';
import { imageIcon } from './icons.js';

/** One audience (visibility) the writer may choose. */
export interface AudienceOption {
  /** What is sent: `public`, `unlisted`, `private`, `direct`, or a site's own value. */
  value: string;
  /** What is shown; the built-in values have localized labels. */
  label?: string;
}

/** An element that shows posts and takes new ones at the top, such as `<social-feed>`. */
export interface PostReceiver extends Element {
  insertPost(post: Post): void;
}

/** Where publishing stands. */
export type ComposerStatus = 'idle' | 'publishing' | 'waiting' | 'failed' | 'queued' | 'posted';

/**
 * A composer's private state as its parts read and change it: the element's reactive fields
 * (TypeScript-private, so a page does not see them; setting one renders again) and the plain
 * ones beside them.
 * @internal
 */
export interface ComposerState {
  text: string;
  media: MediaItem[];
  status: ComposerStatus;
  error: PublishError | undefined;
  /** Why publishing is blocked, or that a part did not load. */
  problem: string | undefined;
  notice: string | undefined;
  announcement: string;
  offline: boolean;
  config: ServerConfig;
  /** The draft's idempotency key, kept until the server confirms. */
  idempotencyKey: string | undefined;
  /** Set synchronously when a publish starts, so a second click or Ctrl+Enter does nothing. */
  inFlight: boolean;
  /** The band of the length last announced (see `#announce`). */
  lastBucket: string;
  /** Files added before the media part loaded. */
  pendingFiles: File[];
}

/** What every part of a composer gets: the element, its private state and the steps they share. @internal */
export interface ComposerHost {
  readonly element: SocialComposer;
  readonly state: ComposerState;
  /** The element's strings in the reader's language, with its `strings` on top. */
  strings(): ComposerStrings;
  locale(): string;
  /** The storage of the draft (`draft-key`), if any. */
  store(): DraftStore | undefined;
  save(): void;
  /** Empties the fields, leaving storage alone. */
  reset(): void;
  /** Keeps the draft until the browser is back online. */
  queue(): void;
  /** Settles when server discovery (which may name the media endpoint and limits) has. */
  configReady(): Promise<void>;
  /** Puts the keyboard back in the text area. */
  focusText(): void;
}

const DEFAULT_AUDIENCES: Record<PublishFormat, string[]> = {
  mastodon: ['public', 'unlisted', 'private', 'direct'],
  micropub: ['public', 'unlisted', 'private'],
  json: ['public', 'unlisted', 'private'],
};

const BUILT_IN_AUDIENCES = new Set(['public', 'unlisted', 'private', 'direct']);

const supportsFieldSizing =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? CSS.supports('field-sizing', 'content')
    : false;

// What only an action or a later state needs is a part that loads on demand, with its styles
// and its words: the submit pipeline and what it shows (publish), images (media), server
// discovery and syndication, the content warning field, the counting rules. Each also starts
// loading right after the first render, so it is nearly always in before the person acts; what
// needs one first (a click, a render) waits for that load.
const publishing = lazyPart(() => import('./composer-publish.js'));
const mediaPart = lazyPart(() => import('./composer-media.js'));
const discovery = lazyPart(() => import('./composer-discovery.js'));
const warningField = lazyPart(() => import('./composer-warning.js'));
// The network's counting rules: an empty composer shows its limit without them.
const counting = lazyPart(() => import('../../compose/count.js'));
// Keeping the draft: loaded before the first paint only when a draft is there to put back.
const drafts = lazyPart(() => import('../../compose/draft.js'));

/** The counting rules could not load: lengths are counted in code points until a retry works. */
let countingFailed = false;

function loadCountingRules(): Promise<void> {
  return counting.load().then((module) => {
    countingFailed = !module;
  });
}

const listConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};

/**
 * A form field for writing a status and publishing it: to a Micropub endpoint, a Mastodon-API
 * server or the site's own JSON API, or handed to the page through a cancelable `social-submit`.
 *
 * The length counter follows the network's rules (`counting`) and speaks only near and over the
 * limit. Images are added by picker, drag and drop or paste, upload with progress and get alt
 * text each. The draft (text, content warning, audience, language, uploaded media and their alt
 * text) is kept in local storage under `draft-key` until the server confirms the post; a failure
 * keeps everything and offers a retry, which reuses the idempotency key; going offline waits for
 * the connection. Ctrl+Enter (⌘+Enter) publishes; double clicks publish once.
 *
 * It is form-associated: with a `name`, its text is the field's value in a surrounding `<form>`,
 * with validity (too long, required, missing alt text). Authentication uses the site's cookies;
 * a bearer token can be set with the `token` property, which is never reflected or stored.
 *
 * @summary A status composer that publishes by Micropub, the Mastodon API or JSON.
 * @tag social-composer
 *
 * @csspart composer - The box around everything.
 * @csspart warning - The content warning field.
 * @csspart textarea - The text area.
 * @csspart media - The list of attached images.
 * @csspart media-item - One attached image with its alt text field.
 * @csspart thumbnail - The small picture of an attached image.
 * @csspart alt - The alt text field of an image.
 * @csspart progress - An upload's progress bar.
 * @csspart remove - The button that removes an image.
 * @csspart actions - The row of buttons, choices, counter and publish button.
 * @csspart add-media - The button that opens the file picker.
 * @csspart warning-toggle - The button that adds or removes the content warning.
 * @csspart audience - The audience (visibility) choice.
 * @csspart language - The language choice.
 * @csspart syndication - The group of syndication targets.
 * @csspart counter - The visible count of characters left.
 * @csspart submit - The publish button.
 * @csspart status - Polite messages: posted, draft restored, offline.
 * @csspart error - Why publishing is blocked or failed, with the retry button.
 * @csspart retry - The retry button.
 *
 * @cssprop [--social-color-text=light-dark(#16181c, #e7e9ea)] - Text color.
 * @cssprop [--social-color-text-muted=light-dark(#536471, #9ba3ab)] - Color of hints and the counter.
 * @cssprop [--social-color-surface=light-dark(#ffffff, #16181c)] - Background of cards.
 * @cssprop [--social-color-border=light-dark(#d5d9de, #3a3f45)] - Border color.
 * @cssprop [--social-color-link=light-dark(#0b57d0, #8ab4f8)] - Link color.
 * @cssprop [--social-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus ring color.
 * @cssprop [--social-color-danger=light-dark(#b3261e, #f2b8b5)] - Errors and the counter over the limit.
 * @cssprop [--social-color-caution=light-dark(#8a5300, #ffcf70)] - The counter near the limit.
 * @cssprop [--social-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--social-font-size=1rem] - Base font size.
 * @cssprop [--social-space-2=0.5rem] - Small gaps.
 * @cssprop [--social-space-3=0.75rem] - Gap between the parts.
 * @cssprop [--social-space-4=1rem] - Padding inside the composer.
 * @cssprop [--social-radius-m=0.75rem] - Corner radius of cards.
 * @cssprop [--social-radius-s=4px] - Corner radius of fields.
 * @cssprop [--social-composer-background=var(--social-color-surface)] - Background of the composer.
 * @cssprop [--social-composer-border-color=var(--social-color-border)] - Border of the composer.
 * @cssprop [--social-composer-padding=var(--social-space-4)] - Padding of the composer.
 * @cssprop [--social-composer-radius=var(--social-radius-m)] - Corner radius of the composer.
 * @cssprop [--social-composer-accent=var(--social-color-link)] - Background of the publish button.
 * @cssprop [--social-composer-accent-text=var(--social-color-on-accent)] - Text of the publish button.
 * @cssprop [--social-composer-min-rows=3] - Height of the empty text area, in lines.
 * @cssprop [--social-composer-max-height=24rem] - Height the text area grows to before it scrolls.
 * @cssprop [--social-composer-thumbnail-size=5rem] - Size of image thumbnails.
 *
 * @fires {SocialSubmitEvent} social-submit - The person asked to publish; `draft` holds what they wrote. Cancel it to publish yourself, then call `complete(post)` or `fail(error)`.
 * @fires {SocialPostedEvent} social-posted - The post was published; `post` is the new post, `response` the server's answer.
 * @fires {SocialPostErrorEvent} social-post-error - Publishing failed, or the code that publishes could not load (`reason` `network`); `error.reason` says why. The draft is kept.
 * @fires {Event} change - The person committed a change to the text or a choice, as a native field does (`input` crosses the shadow boundary by itself).
 */
export class SocialComposer extends LitElement {
  static override styles = [hostStyles, composerStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  /** The field's name in a surrounding form. */
  @property({ reflect: true }) name = '';

  /** Hint shown in the empty text area; a localized one by default. */
  @property() placeholder?: string;

  /** Accessible name of the text area; a localized one by default. */
  @property() label?: string;

  /** The longest post; replaces the network's limit and the server's. */
  @property({ type: Number }) maxlength?: number;

  /** Nothing can be changed or published. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** In a form, an empty composer makes the form invalid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Where to publish: a Micropub endpoint, a Mastodon server (or its `/api/v1/statuses`), or a JSON API. */
  @property() action?: string;

  /** How to publish: `micropub`, `mastodon` or `json`. */
  @property() format: PublishFormat = 'micropub';

  /** Micropub encoding: `auto` sends form-encoded, or JSON when a photo has alt text. */
  @property() encoding: MicropubEncoding = 'auto';

  /** Whose rules count the length: `mastodon`, `bluesky` or `plain`. Follows `format` when unset. */
  @property() counting?: Counting;

  /** Key under which the draft is kept in local storage; no key, no saving. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** The `id` of an element with `insertPost(post)` (a `<social-feed>`) that shows the new post at once. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Every image needs alt text before publishing. */
  @property({ type: Boolean, attribute: 'require-alt', reflect: true }) requireAlt = false;

  /** Where media are uploaded; by default Micropub's `media-endpoint` from `q=config`, or Mastodon's `/api/v2/media`. */
  @property({ attribute: 'media-action' }) mediaAction?: string;

  /** Accepted media types, comma-separated (`image/png,image/jpeg`); the server's list or common images by default. */
  @property() accept?: string;

  /** How many images one post may carry; the server's number, or 4. */
  @property({ type: Number, attribute: 'max-media' }) maxMedia?: number;

  /** Largest image in bytes; the server's number, or 10 MB. */
  @property({ type: Number, attribute: 'max-media-size' }) maxMediaSize?: number;

  /** Languages to offer, as BCP 47 tags separated by spaces; none, no language choice. */
  @property({ converter: listConverter }) languages: string[] = [];

  /** The chosen language of the post. */
  @property() language?: string;

  /** The chosen audience (visibility). */
  @property() audience?: string;

  /** Audiences to offer; by default those of the format. Set as a property; an empty list hides the choice. */
  @property({ attribute: false }) audiences?: AudienceOption[];

  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ submit: 'Send', audiences: { unlisted: 'Unlisted' } }`; `audiences` and `errors` go key by
   * key too. Keys left out keep the built-in text of the reader's language (see `ComposerStrings`
   * for every key). The `placeholder` and `label` attributes still win. Property only.
   */
  @property({ attribute: false }) strings?: StringOverrides<ComposerStrings>;

  /** Bearer token for the endpoint. A property only: it is never an attribute and never stored. */
  @property({ attribute: false }) token?: string;

  /** Who is posting: the author of the post built from a Micropub or JSON answer. */
  @property({ attribute: false }) author?: Actor;

  /** Milliseconds to wait for the server when publishing. */
  @property({ type: Number }) timeout = 30_000;

  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  @property({ reflect: true, converter: themeAttribute })
  theme: 'auto' | 'light' | 'dark' | 'dim' | 'high-contrast' = 'auto';

  /** Replaces the global `fetch` for publishing and discovery: the seam for auth wrappers and tests. */
  @property({ attribute: false }) fetch?: (input: string, init: RequestInit) => Promise<Response>;

  @state() private text = '';
  @state() private warning = '';
  @state() private warningOpen = false;
  @state() private media: MediaItem[] = [];
  @state() private syndicateTo: string[] = [];
  @state() private status: ComposerStatus = 'idle';
  @state() private error?: PublishError;
  @state() private problem?: string;
  @state() private notice?: string;
  @state() private announcement = '';
  @state() private dragging = false;
  @state() private offline = false;
  @state() private config: ServerConfig = {};
  // Plain state the parts share (see `ComposerState`).
  private idempotencyKey?: string;
  private inFlight = false;
  private lastBucket = 'far';
  private pendingFiles: File[] = [];

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;
  readonly #internals: ElementInternals;
  #store?: DraftStore;
  /** The `draft-key` whose draft was looked for. */
  #restoredKey?: string;
  /** The draft code, on its way for a `draft-key` with nothing kept yet: `updateComplete` waits. */
  #draftsLoading?: Promise<void>;
  /** The person changed the text or the warning: the next update may announce the length. */
  #edited = false;
  #configAbort?: AbortController;
  #configReady: Promise<void> = Promise.resolve();
  #storageWarned = false;
  // This composer's share of the parts, once loaded.
  #media?: ComposerMedia;
  #publisher?: Publisher;
  /** Parts a render waited for in vain: not waited for again until the person comes back. */
  #unavailable = new Set<'media' | 'warning'>();
  /** A part the render needs while it loads: `updateComplete` waits for it. */
  #loading?: Promise<void>;
  /** The counting rules, on their way to count typed text again: `updateComplete` waits too. */
  #recount?: Promise<void>;
  /** What the parts get: this element, its private state and the steps they share. */
  readonly #host: ComposerHost = {
    element: this,
    state: this as unknown as ComposerState,
    strings: () => this.#strings(),
    locale: () => this.#locale.locale,
    store: () => this.#store,
    save: () => this.#save(),
    reset: () => this.#reset(),
    queue: () => this.#queue(),
    configReady: () => this.#configReady,
    focusText: () => this.#textarea?.focus(),
  };

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#theme = new ThemeController(this, this.#internals.states);
  }

  /** The text of the post; the form value. Setting it does not fire events. */
  get value(): string {
    return this.text;
  }
  set value(value: string) {
    this.text = String(value ?? '');
  }

  get #textarea(): HTMLTextAreaElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLTextAreaElement>('#text');
  }

  /** The surrounding form, as for native fields. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The validity of the field, as for native fields. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the field is invalid, in the reader's language. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the field takes part in form validation. */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** The draft as it would be published now. */
  get draft(): Draft {
    const draft: Draft = {
      text: this.text,
      warning: this.warningOpen ? this.warning : '',
      audience: this.#audience(),
      media: this.media.map(toDraftMedia),
    };
    const language = this.#language();
    if (language) draft.language = language;
    if (this.syndicateTo.length) draft.syndicateTo = [...this.syndicateTo];
    if (this.idempotencyKey) draft.idempotencyKey = this.idempotencyKey;
    return draft;
  }

  /**
   * The current length by the rules of `counting`. The rules load right after the first render
   * (one that shows a restored text waits for them); read before they are in, or when they
   * cannot load, a length counts code points.
   */
  get length(): Length {
    const limit = this.#limit();
    const options: LengthOptions = {
      counting: this.#counting(),
      warning: this.warningOpen ? this.warning : '',
      ...(limit ? { limit } : {}),
    };
    if (counting.module) return counting.module.measure(this.text, options);
    const used =
      [...this.text].length + (options.counting === 'mastodon' ? [...options.warning!].length : 0);
    return lengthOf(used, new TextEncoder().encode(this.text).length, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    window.addEventListener('online', this.#wentOnline);
    window.addEventListener('offline', this.#wentOffline);
    // Moved in the document: discovery was stopped on the way out.
    if (this.hasUpdated) this.#discover();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#wentOnline);
    window.removeEventListener('offline', this.#wentOffline);
    this.#configAbort?.abort();
  }

  /**
   * Publishes what was written, as the publish button and Ctrl+Enter do. Does nothing while a
   * publish is under way, so it publishes once however often it is called.
   */
  async submit(): Promise<void> {
    if (this.inFlight || this.disabled) return;
    this.inFlight = true;
    // Text set just now, before its first update: whether it is too long is the network's
    // count, not a guess.
    const uncounted = !counting.module && !countingFailed && (this.text || this.warning);
    if (!publishing.module || uncounted) {
      // A click before the publishing part arrives waits for it, as it would for the server.
      if (!publishing.module) this.status = 'publishing';
      await Promise.all([publishing.load(), uncounted ? loadCountingRules() : undefined]);
    }
    const part = publishing.module;
    if (!part) return this.#notLoaded();
    this.#publisher ??= new part.Publisher(this.#host);
    return this.#publisher.submit();
  }

  /** The host published the draft it got from `social-submit`: show success and clear the draft. */
  complete(post: Post): void {
    if (this.inFlight) void this.#publisher?.succeeded(post);
  }

  /** The host could not publish the draft: keep it, show why and offer a retry. */
  fail(error: unknown): void {
    if (this.inFlight && this.status === 'waiting') this.#publisher?.failed(error);
  }

  /** Empties the composer and forgets the saved draft. */
  clear(): void {
    this.#reset();
    this.#store?.clear();
  }

  /** Empties the fields, leaving storage alone. */
  #reset(): void {
    this.#media?.abort();
    this.pendingFiles = [];
    for (const item of this.media) if (item.objectUrl) URL.revokeObjectURL(item.objectUrl);
    this.text = '';
    this.warning = '';
    this.warningOpen = false;
    this.media = [];
    this.syndicateTo = [];
    this.idempotencyKey = undefined;
    this.problem = undefined;
    this.error = undefined;
    this.#resize();
  }

  formResetCallback(): void {
    this.clear();
    this.status = 'idle';
    this.notice = undefined;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.text = state;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A part the render needs (the media list, the counting rules) may still be on its way:
    // wait for it and its render.
    while (this.#loading || this.#recount || this.#draftsLoading) {
      await Promise.all([this.#loading, this.#recount, this.#draftsLoading]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A saved draft comes back before the update that shows it, so that update can wait for
    // what it needs.
    const restoring = this.#restoreDraft();
    if (restoring) return restoring.then(() => this.scheduleUpdate());
    const uncounted = !counting.module && !countingFailed && Boolean(this.text || this.warning);
    // Typing never waits for the counting rules: until they are in (they start loading with the
    // first render), the count is of code points, never less than the network's, and it is
    // counted again when they arrive.
    if (uncounted && this.hasUpdated) {
      this.#recount ??= loadCountingRules().then(() => {
        this.#recount = undefined;
        this.requestUpdate();
      });
    }
    const waits = [
      // The reader's language and a preset's styles load before the first render in them: no
      // English flash, no flash of the wrong theme.
      this.#locale.ready(),
      this.#theme.ready(),
      // What the first render shows is complete when it shows: the count of a restored text, a
      // restored content warning, the images of a restored draft.
      uncounted && !this.hasUpdated ? loadCountingRules() : undefined,
      this.warningOpen && !warningField.module && !this.#unavailable.has('warning')
        ? this.#loadWarning()
        : undefined,
      this.media.length && !this.#media && !this.#unavailable.has('media')
        ? this.#loadMedia()
        : undefined,
    ].filter(Boolean);
    return waits.length
      ? Promise.all(waits).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /** This element's strings in the reader's language, with the `strings` property on top. */
  #strings(): ComposerStrings {
    return composerStrings(this.#locale.locale, this.strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The styles of the parts this composer uses, after its own (adopted, never inline).
    const used = [
      this.#publisher && publishing.module,
      this.#media && mediaPart.module,
      this.warningOpen && warningField.module,
      this.config.syndicateTo?.length && discovery.module,
    ];
    for (const part of used) if (part) adoptStyles(this.renderRoot, part.styles);
    if (changed.has('action') || changed.has('format') || changed.has('token')) this.#discover();
    if (
      changed.has('text') ||
      changed.has('warning') ||
      changed.has('warningOpen') ||
      changed.has('media') ||
      changed.has('audience') ||
      changed.has('language') ||
      changed.has('syndicateTo')
    ) {
      if (this.status !== 'publishing' && this.status !== 'waiting') this.#save();
    }
    // Counted once the counting rules are here, which this update waited for.
    if (this.#edited) this.#announce();
  }

  protected override firstUpdated(): void {
    // The parts start loading as soon as the composer shows, unasked: a person rarely acts
    // before they are in. A part that does not load says so only when it is needed.
    void publishing.load();
    void warningField.load();
    if (this.#mediaEnabled()) void mediaPart.load();
    if (!counting.module) void loadCountingRules();
  }

  protected override updated(changed: PropertyValues): void {
    // The fields show the state, also after a person changed them: what `live()` does in a
    // binding, without loading it before the first render.
    const fields: Array<[string, string]> = [
      ['#text', this.text],
      ['#warning', this.warning],
      ['[part~="audience"]', this.#audience()],
    ];
    for (const [selector, value] of fields) {
      const field = this.shadowRoot?.querySelector<HTMLInputElement>(selector);
      if (field && field.value !== value) field.value = value;
    }
    this.#syncForm();
    if (changed.has('text')) this.#resize();
  }

  // Templates are written without white space between tags where layout ignores it: every byte
  // of a template is in the first download.
  protected override render(): TemplateResult {
    const strings = this.#strings();
    const length = this.length;
    const busy = this.status === 'publishing' || this.status === 'waiting';
    const disabled = this.disabled || busy;
    const nearLimit =
      Number.isFinite(length.limit) && length.remaining <= nearThreshold(length.limit);
    const audiences = this.#audienceOptions();
    const audience = this.#audience();
    const language = this.#language();
    const locale = this.#locale.locale;
    const targets = this.format === 'micropub' ? this.config.syndicateTo : undefined;
    const describedBy = ['length', this.problem || this.error ? 'error' : '']
      .filter(Boolean)
      .join(' ');

    return html`<div
      part="composer"
      class=${this.dragging ? 'composer dragging' : 'composer'}
      @keydown=${this.#keydown}
      @focusin=${this.#prepare}
      @dragenter=${this.#dragOver}
      @dragover=${this.#dragOver}
      @dragleave=${this.#dragLeave}
      @drop=${this.#drop}
    >${
      this.warningOpen && warningField.module
        ? warningField.module.renderWarning(
            strings,
            language,
            this.disabled,
            busy,
            this.#warningInput,
          )
        : nothing
    }<label for="text" class="visually-hidden">${this.label || strings.label}</label><textarea
        id="text"
        part="textarea"
        rows="3"
        dir="auto"
        lang=${ifDefined(language)}
        placeholder=${this.placeholder ?? strings.placeholder}
        aria-describedby=${describedBy}
        aria-invalid=${length.over ? 'true' : 'false'}
        ?disabled=${this.disabled}
        ?readonly=${busy}
        ?required=${this.required}
        @input=${this.#textInput}
        @change=${this.#redispatchChange}
        @paste=${this.#paste}
      ></textarea>${this.#media?.render(strings, busy) ?? nothing}${
        targets?.length && discovery.module
          ? discovery.module.renderSyndication(
              targets,
              this.syndicateTo,
              disabled,
              strings,
              this.#chooseTargets,
            )
          : nothing
      }<div part="actions" class="actions"><div class="tools">${
        this.#mediaEnabled()
          ? html`<button
            part="add-media"
            type="button"
            class="icon"
            title=${strings.addMedia}
            ?disabled=${disabled || Boolean(this.#media?.full())}
            @click=${this.#pickFiles}
            @pointerenter=${this.#loadMedia}
            @focus=${this.#loadMedia}
          >${imageIcon}<span class="visually-hidden">${strings.addMedia}</span></button>`
          : nothing
      }<button
      part="warning-toggle"
      type="button"
      class="icon text"
      title=${strings.addWarning}
      aria-pressed=${this.warningOpen ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${this.#toggleWarning}
    ><span aria-hidden="true">CW</span><span class="visually-hidden">${strings.addWarning}</span></button>${
      audiences.length > 1
        ? html`<label class="choice"><span class="visually-hidden">${strings.audience}</span><select
            part="audience"
            title=${strings.audience}
            ?disabled=${disabled}
            @change=${this.#audienceChange}
          >${audiences.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === audience}>${audienceLabel(option, strings)}</option>`,
          )}</select></label>`
        : nothing
    }${
      this.languages.length
        ? html`<label class="choice"><span class="visually-hidden">${strings.language}</span><select
            part="language"
            title=${strings.language}
            ?disabled=${disabled}
            @change=${this.#languageChange}
          >${this.languages.map(
            (tag) =>
              html`<option value=${tag} lang=${tag} ?selected=${tag === language}>${languageName(tag, locale)}</option>`,
          )}</select></label>`
        : nothing
    }</div><div class="send"><span
      part="counter"
      class="counter"
      data-state=${length.over ? 'over' : nearLimit ? 'near' : 'ok'}
      aria-hidden="true"
    >${formatNumber(Number.isFinite(length.limit) ? length.remaining : length.used, locale)}</span><button
      part="submit"
      type="button"
      class="submit"
      aria-disabled=${length.over ? 'true' : 'false'}
      ?disabled=${this.disabled}
      @click=${this.submit}
    >${
      // The spinner comes with the publishing part, which a publish waits for anyway.
      busy
        ? html`${this.#publisher ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${strings.publishing}`
        : strings.submit
    }</button></div></div><span id="length" class="visually-hidden">${lengthPhrase(length, strings)}</span><div
      class="visually-hidden"
      role="status"
    >${this.announcement}</div><div part="error" id="error" class="error" role="alert">${
      // A failure is the publishing part's to show, as is a published post below.
      this.problem
        ? html`<p>${this.problem}</p>`
        : (this.#publisher?.renderFailure(strings) ?? nothing)
    }</div><div
      part="status"
      class="status"
      role="status"
    >${
      this.status === 'queued'
        ? strings.offlineQueued
        : (this.#publisher?.renderPosted(strings) ??
          (this.offline ? strings.offline : (this.notice ?? nothing)))
    }</div>${this.dragging && this.#media ? this.#media.renderDropHint(strings) : nothing}</div>`;
  }

  // ——— writing ———

  #textInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.#changed();
  }

  readonly #warningInput = (event: Event): void => {
    this.warning = (event.target as HTMLInputElement).value;
    this.#changed();
  };

  #changed(): void {
    if (this.problem) this.problem = undefined;
    if (this.status === 'posted') this.status = 'idle';
    this.notice = undefined;
    this.#edited = true;
  }

  #redispatchChange(): void {
    // `change` does not cross the shadow boundary by itself, unlike `input`.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Updates the live region only when the count crosses into another band (20 left, 10 left,
   * none left, over), so a screen reader hears the count near the limit, not on every key.
   */
  #announce(): void {
    this.#edited = false;
    const length = this.length;
    let bucket = 'far';
    if (length.over) bucket = 'over';
    else if (Number.isFinite(length.limit)) {
      const near = nearThreshold(length.limit);
      if (length.remaining <= 0) bucket = 'none';
      else if (length.remaining <= Math.ceil(near / 2)) bucket = 'close';
      else if (length.remaining <= near) bucket = 'near';
    }
    if (bucket === this.lastBucket) return;
    this.lastBucket = bucket;
    this.announcement = bucket === 'far' ? '' : lengthPhrase(length, this.#strings());
  }

  #toggleWarning(): void {
    this.warningOpen = !this.warningOpen;
    this.#changed();
    // Opening it again tries again a field that did not load.
    this.#unavailable.delete('warning');
    void this.updateComplete.then(() => {
      const field = this.warningOpen && this.renderRoot.querySelector<HTMLInputElement>('#warning');
      (field || this.#textarea)?.focus();
    });
  }

  /** Loads the content warning field, which a render waits for; when it cannot load, says so. */
  #loadWarning(): Promise<void> {
    return warningField.load().then((part) => {
      if (part) return;
      // Offline, or the site's files are gone: what was written stays, the field closes.
      this.#unavailable.add('warning');
      this.warningOpen = false;
      this.#partMissing();
    });
  }

  #audienceChange(event: Event): void {
    this.audience = (event.target as HTMLSelectElement).value;
  }

  #languageChange(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
  }

  readonly #chooseTargets = (chosen: string[]): void => {
    this.syndicateTo = chosen;
  };

  /** A part did not load (the connection dropped): say so, and that nothing is lost. */
  #partMissing(): void {
    const strings = this.#strings();
    this.problem = `${strings.network} ${strings.kept}`;
  }

  /**
   * Someone is about to write: parts that did not load may be tried again, and the publishing
   * code and the counting rules load now if they are not in yet.
   */
  #prepare(): void {
    this.#unavailable.clear();
    countingFailed = false;
    void publishing.load();
    if (!counting.module) void loadCountingRules();
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      void this.submit();
    }
  }

  #resize(): void {
    if (supportsFieldSizing) return;
    const textarea = this.#textarea;
    if (!textarea) return;
    // Browsers without `field-sizing`: grow with the content up to the max height set in CSS.
    textarea.style.blockSize = 'auto';
    textarea.style.blockSize = `${textarea.scrollHeight + 2}px`;
  }

  #audienceOptions(): AudienceOption[] {
    return this.audiences ?? DEFAULT_AUDIENCES[this.format]?.map((value) => ({ value })) ?? [];
  }

  #audience(): string {
    const options = this.#audienceOptions();
    if (this.audience && options.some((option) => option.value === this.audience))
      return this.audience;
    return options[0]?.value ?? this.audience ?? 'public';
  }

  #language(): string | undefined {
    if (!this.languages.length) return this.language || undefined;
    if (this.language && this.languages.includes(this.language)) return this.language;
    const own = this.#locale.locale.split('-')[0];
    return this.languages.find((tag) => tag.split('-')[0] === own) ?? this.languages[0];
  }

  #counting(): Counting {
    if (this.counting === 'mastodon' || this.counting === 'bluesky' || this.counting === 'plain') {
      return this.counting;
    }
    return this.format === 'mastodon' ? 'mastodon' : 'plain';
  }

  #limit(): number | undefined {
    if (this.maxlength !== undefined && this.maxlength > 0) return this.maxlength;
    return this.#counting() === 'mastodon' ? this.config.maxCharacters : undefined;
  }

  // ——— media ———

  /** Whether images can be added: a media endpoint is set, discovered or given by the format. */
  #mediaEnabled(): boolean {
    const { action } = this;
    return Boolean(
      this.mediaAction ||
      this.config.mediaEndpoint ||
      (action && this.format === 'mastodon' && URL.canParse(action, document.baseURI)),
    );
  }

  /** Opens the file picker, which comes with the media part (loaded as the pointer or focus arrives). */
  async #pickFiles(): Promise<void> {
    if (!this.#media) {
      await this.#loadMedia();
      await this.updateComplete;
    }
    this.#media?.pick();
  }

  // Paste, drag and drop decide at once whether the composer takes the files (the browser's
  // default must be prevented synchronously) and hand them to `addFiles`.
  #paste(event: ClipboardEvent): void {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || !this.#mediaEnabled()) return;
    event.preventDefault();
    this.addFiles(files);
  }

  #dragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || !this.#mediaEnabled()) return;
    if (this.disabled) return;
    event.preventDefault();
    // The drop is coming: the media part (with the drop hint) loads while the files hover.
    void this.#loadMedia();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #dragLeave(event: DragEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Node).contains(next)) return;
    this.dragging = false;
  }

  #drop(event: DragEvent): void {
    this.dragging = false;
    if (!event.dataTransfer?.files.length || !this.#mediaEnabled()) return;
    event.preventDefault();
    this.addFiles([...event.dataTransfer.files]);
  }

  /**
   * Attaches files, as the picker, drag and drop and paste do: each is checked against the
   * limits (a clear message for the first that does not fit) and starts uploading at once.
   */
  addFiles(files: File[]): void {
    if (this.disabled || this.inFlight) return;
    if (this.#media) {
      this.#media.add(files);
      return;
    }
    this.pendingFiles.push(...files);
    this.#unavailable.delete('media');
    void this.#loadMedia();
  }

  /**
   * Loads the media part (once) and adds the files that waited for it; when it cannot load,
   * says which file did not make it, or that nothing is lost.
   */
  #loadMedia(): Promise<void> {
    if (this.#media) return Promise.resolve();
    if (this.#loading) return this.#loading;
    const loading = mediaPart.load().then((part) => {
      const files = this.pendingFiles.splice(0);
      if (!part) {
        this.#unavailable.add('media');
        if (files[0]) this.problem = this.#strings().uploadFailed(files[0].name);
        else this.#partMissing();
        return;
      }
      this.#media ??= new part.ComposerMedia(this.#host);
      if (files.length) this.#media.add(files);
      this.requestUpdate();
    });
    this.#loading = loading.finally(() => {
      this.#loading = undefined;
    });
    return loading;
  }

  // ——— what stays when the publishing part cannot load ———

  /**
   * The publishing code did not load (the connection dropped): everything is kept, as after a
   * network failure, and `social-post-error` says so; offline, the post waits for the
   * connection. The event's `error` is not a `PublishError` instance (that class is in the code
   * that did not load) but has its fields: `reason` and `kind` `network`.
   */
  #notLoaded(): void {
    if (this.offline || navigator.onLine === false) {
      this.#queue();
      return;
    }
    this.inFlight = false;
    this.status = 'idle';
    this.#partMissing();
    this.#save();
    const error = Object.assign(new Error('The code that publishes could not be loaded.'), {
      name: 'PublishError',
      kind: 'network',
      reason: 'network',
      url: this.action ?? '',
      maybePosted: false,
      retryable: true,
    }) as unknown as PublishError;
    void this.updateComplete.then(() => this.dispatchEvent(new SocialPostErrorEvent(error)));
  }

  /** Offline: keep the draft and publish when the browser is back online. */
  #queue(): void {
    this.inFlight = false;
    this.status = 'queued';
    this.#save();
  }

  readonly #wentOnline = (): void => {
    this.offline = false;
    if (this.status === 'queued') void this.submit();
  };

  readonly #wentOffline = (): void => {
    this.offline = true;
  };

  // ——— drafts, discovery and the form ———

  /**
   * Looks for the draft kept under `draft-key`, once per key. When one is there and the draft
   * code is not, returns the load for the update to wait for; when none is, the code loads
   * beside the first render (what is written meanwhile is saved as it arrives).
   */
  #restoreDraft(): Promise<void> | undefined {
    const key = this.draftKey;
    if (key === this.#restoredKey) return undefined;
    if (!key || drafts.module) {
      this.#restoredKey = key;
      this.#restore();
      return undefined;
    }
    const kept = hasStoredDraft(key);
    const loaded = drafts.load().then((module) => {
      if (module) return;
      // The draft code did not load (offline, a file gone from the site): a kept draft stays
      // in storage untouched, for the next visit, and the person is told; nothing is saved
      // over it.
      this.#restoredKey = key;
      if (kept) this.#partMissing();
      else this.notice = this.#strings().draftNotSaved;
    });
    if (kept) return loaded;
    this.#draftsLoading ??= loaded.then(() => {
      this.#draftsLoading = undefined;
      this.requestUpdate();
    });
    return undefined;
  }

  #restore(): void {
    const module = drafts.module;
    this.#store = this.draftKey && module ? new module.DraftStore(this.draftKey) : undefined;
    const saved = this.#store?.load();
    if (!saved || (module!.isDraftEmpty(saved) && !saved.idempotencyKey)) {
      // Written before the draft code arrived: kept from now on.
      if (this.text || this.warning || this.media.length) this.#save();
      return;
    }
    this.text = saved.text;
    this.warning = saved.warning;
    this.warningOpen = saved.warning !== '';
    this.audience = saved.audience;
    if (saved.language) this.language = saved.language;
    this.media = saved.media.map((item) => ({ ...item }));
    this.syndicateTo = saved.syndicateTo ?? [];
    this.idempotencyKey = saved.idempotencyKey;
    this.notice = this.#strings().restored;
  }

  #save(): void {
    // Removed from the page, it no longer speaks for the draft: a new composer may own it now.
    if (!this.#store || !this.isConnected) return;
    const outcome = this.#store.save(this.draft);
    if ((outcome === 'unavailable' || outcome === 'full') && !this.#storageWarned) {
      this.#storageWarned = true;
      this.notice = this.#strings().draftNotSaved;
    }
  }

  #discover(): void {
    this.#configAbort?.abort();
    if (Object.keys(this.config).length) this.config = {};
    this.#configReady = Promise.resolve();
    // Updated while detached: discovery starts when connected (connectedCallback), since
    // disconnecting is what aborts it.
    if (!this.action || this.format === 'json' || !this.isConnected) return;
    const { signal } = (this.#configAbort = new AbortController());
    // The network layer comes with discovery, after the first render; without it the defaults
    // apply and publishing still works.
    this.#configReady = discovery.load().then((part) => part?.discover(this.#host, signal));
  }

  #syncForm(): void {
    this.#internals.setFormValue(this.text, this.text);
    const strings = this.#strings();
    const length = this.length;
    const anchor = this.#textarea ?? undefined;
    if (length.over) {
      const message =
        length.remaining < 0
          ? strings.tooLong(-length.remaining)
          : strings.bytesOver(length.byteLimit);
      this.#internals.setValidity({ tooLong: true }, message, anchor);
    } else if (this.required && !this.text.trim() && !this.media.length) {
      this.#internals.setValidity({ valueMissing: true }, strings.empty, anchor);
    } else if (this.requireAlt && this.media.some((item) => !item.alt.trim())) {
      this.#internals.setValidity({ customError: true }, strings.altRequired, anchor);
    } else {
      this.#internals.setValidity({});
    }
  }
}

function toDraftMedia(item: MediaItem): DraftMedia {
  const media: DraftMedia = {
    key: item.key,
    name: item.name,
    type: item.type,
    size: item.size,
    alt: item.alt,
  };
  if (item.url) media.url = item.url;
  if (item.id) media.id = item.id;
  if (item.preview) media.preview = item.preview;
  if (item.uploadedAlt !== undefined) media.uploadedAlt = item.uploadedAlt;
  return media;
}

/** How close to the limit the counter starts to speak and change color. */
function nearThreshold(limit: number): number {
  return Math.max(1, Math.min(20, Math.ceil(limit * 0.1)));
}

function lengthPhrase(length: Length, strings: ComposerStrings): string {
  if (length.bytes > length.byteLimit && length.remaining >= 0)
    return strings.bytesOver(length.byteLimit);
  if (!Number.isFinite(length.limit)) return strings.charactersUsed(length.used);
  return length.remaining < 0
    ? strings.charactersOver(-length.remaining)
    : strings.charactersLeft(length.remaining);
}

function audienceLabel(option: AudienceOption, strings: ComposerStrings): string {
  if (option.label) return option.label;
  return BUILT_IN_AUDIENCES.has(option.value)
    ? strings.audiences[option.value as keyof ComposerStrings['audiences']]
    : option.value;
}

const languageNames = new Map<string, Intl.DisplayNames>();
function languageName(tag: string, locale: string): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      languageNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
