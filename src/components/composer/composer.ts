/** `<social-composer>`: write a status and publish it to the site's own endpoint, losing nothing. */
import { LitElement, html, nothing } from 'lit';
import type { CSSResult, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import type { PublishFormat, ServerConfig } from '../../compose/config.js';
import type { Draft, DraftMedia } from '../../compose/draft.js';
import { DraftStore, isDraftEmpty, newIdempotencyKey } from '../../compose/draft.js';
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
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import type { ComposerMedia, MediaHost, MediaItem } from './composer-media.js';
import type { Publisher, PublishHost } from './composer-publish.js';
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

/** Loads a part once per page; a failed load is tried again the next time it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

// What only an action needs loads on demand, so the first render stays small: each part comes
// with its styles, and a render that shows a part waits for it (see `scheduleUpdate`).
const loadPublishing = once(() => import('./composer-publish.js'));
const loadMedia = once(() => import('./composer-media.js'));
const loadDiscovery = once(() => import('./composer-discovery.js'));
const loadWarning = once(() => import('./composer-warning.js'));
// The network's counting rules: an empty composer shows its limit without them.
const loadCounting = once(() => import('../../compose/count.js'));
type Discovery = Awaited<ReturnType<typeof loadDiscovery>>;
type WarningField = Awaited<ReturnType<typeof loadWarning>>;

/** The counting rules once loaded, shared by every composer on the page. */
let counting: Awaited<ReturnType<typeof loadCounting>> | undefined;
/** The counting rules could not load: lengths are counted in code points until a retry works. */
let countingFailed = false;

function loadCountingRules(): Promise<void> {
  return loadCounting().then(
    (module) => {
      counting = module;
    },
    () => {
      countingFailed = true;
    },
  );
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
  @state() private postedUrl?: string;
  @state() private dragging = false;
  @state() private offline = false;
  @state() private config: ServerConfig = {};

  readonly #locale = new LocaleController(this);
  readonly #theme: ThemeController;
  readonly #internals: ElementInternals;
  #store?: DraftStore;
  /** The `draft-key` whose draft was looked for. */
  #restoredKey?: string;
  #idempotencyKey?: string;
  /** Set synchronously when a publish starts, so a second click or Ctrl+Enter does nothing. */
  #inFlight = false;
  #lastBucket = 'far';
  /** The person changed the text or the warning: the next update may announce the length. */
  #edited = false;
  #configAbort?: AbortController;
  #configReady: Promise<void> = Promise.resolve();
  #storageWarned = false;
  // The parts that load on demand, once loaded.
  #media?: ComposerMedia;
  #publishing?: Publisher;
  #discovery?: Discovery;
  #warningField?: WarningField;
  /** Parts a render waited for in vain: not waited for again until the person comes back. */
  #unavailable = new Set<'media' | 'warning'>();
  /** Styles of the parts loaded so far. */
  #partStyles = new Set<CSSResult>();
  /** Files added before the media part loaded. */
  #pendingFiles: File[] = [];
  /** A part the render needs while it loads: `updateComplete` waits for it. */
  #loading?: Promise<void>;

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
    if (this.#idempotencyKey) draft.idempotencyKey = this.#idempotencyKey;
    return draft;
  }

  /**
   * The current length by the rules of `counting`. The rules load with the first text (the
   * update that shows it waits for them); read before that, or when they cannot load, a length
   * counts code points.
   */
  get length(): Length {
    const limit = this.#limit();
    const options: LengthOptions = {
      counting: this.#counting(),
      warning: this.warningOpen ? this.warning : '',
      ...(limit ? { limit } : {}),
    };
    if (counting) return counting.measure(this.text, options);
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
    if (this.#inFlight || this.disabled) return;
    if (!counting && !countingFailed && (this.text || this.warning)) {
      // Text set just now, before its first update: whether it is too long is the network's
      // count, not a guess.
      this.#inFlight = true;
      await loadCountingRules();
      this.#inFlight = false;
      return this.submit();
    }
    const blocked = this.#blockingProblem();
    if (blocked) {
      this.problem = blocked.message;
      this.error = undefined;
      await this.updateComplete;
      blocked.focus?.();
      return;
    }
    this.#inFlight = true;
    this.problem = undefined;
    this.error = undefined;
    this.notice = undefined;
    this.postedUrl = undefined;
    // Saved with its key before anything can go wrong; the publishing part adds the digest of
    // what is sent to the key.
    this.#idempotencyKey ??= newIdempotencyKey();
    this.#save();
    this.status = 'publishing';
    // A click before the publishing part arrives waits for it; a second one does nothing.
    await (await this.#publisher())?.publish();
  }

  /** The host published the draft it got from `social-submit`: show success and clear the draft. */
  complete(post: Post): void {
    if (!this.#inFlight) return;
    void this.#publisher().then((publisher) => publisher?.succeeded(post));
  }

  /** The host could not publish the draft: keep it, show why and offer a retry. */
  fail(error: unknown): void {
    if (!this.#inFlight) return;
    void this.#publisher().then((publisher) => {
      if (this.status === 'waiting') publisher?.failed(error);
    });
  }

  /** Empties the composer and forgets the saved draft. */
  clear(): void {
    this.#reset();
    this.#store?.clear();
  }

  /** Empties the fields, leaving storage alone. */
  #reset(): void {
    this.#media?.abort();
    this.#pendingFiles = [];
    for (const item of this.media) if (item.objectUrl) URL.revokeObjectURL(item.objectUrl);
    this.text = '';
    this.warning = '';
    this.warningOpen = false;
    this.media = [];
    this.syndicateTo = [];
    this.#idempotencyKey = undefined;
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
    // A part the render needs (the media list) may still be on its way: wait for it and its render.
    while (this.#loading) {
      await this.#loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A saved draft comes back before the update that shows it, so that update can wait for
    // what it needs.
    if (this.draftKey !== this.#restoredKey) {
      this.#restoredKey = this.draftKey;
      this.#restore();
    }
    const waits = [
      // The reader's language and a preset's styles load before the first render in them: no
      // English flash, no flash of the wrong theme.
      this.#locale.ready(),
      this.#theme.ready(),
      // What the render shows is complete when it shows: the count of a restored (or typed)
      // text, a restored content warning, the images of a restored draft.
      !counting && !countingFailed && (this.text || this.warning) ? loadCountingRules() : undefined,
      this.warningOpen && !this.#warningField && !this.#unavailable.has('warning')
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
    // The styles of the parts loaded so far, after the element's own (adopted, never inline).
    const root = this.shadowRoot;
    for (const { styleSheet } of this.#partStyles) {
      if (root && styleSheet && !root.adoptedStyleSheets.includes(styleSheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, styleSheet];
      }
    }
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
      this.warningOpen && this.#warningField
        ? this.#warningField.renderWarning(
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
        targets?.length && this.#discovery
          ? this.#discovery.renderSyndication(
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
        ? html`${this.#publishing ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${strings.publishing}`
        : strings.submit
    }</button></div></div><span id="length" class="visually-hidden">${lengthPhrase(length, strings)}</span><div
      class="visually-hidden"
      role="status"
    >${this.announcement}</div><div part="error" id="error" class="error" role="alert">${this.#renderError(strings)}</div><div
      part="status"
      class="status"
      role="status"
    >${this.#renderNotice(strings)}</div>${
      this.dragging && this.#media ? this.#media.renderDropHint(strings) : nothing
    }</div>`;
  }

  #renderError(strings: ComposerStrings): TemplateResult | typeof nothing {
    if (this.problem) return html`<p>${this.problem}</p>`;
    // A failure comes from the publishing part, which is loaded by then.
    return this.error && this.status === 'failed' && this.#publishing
      ? this.#publishing.renderFailure(this.error, strings)
      : nothing;
  }

  #renderNotice(strings: ComposerStrings): TemplateResult | string | typeof nothing {
    if (this.status === 'queued') return strings.offlineQueued;
    // Only the publishing part publishes, so it is loaded by then.
    if (this.status === 'posted' && this.#publishing) {
      return this.#publishing.renderPosted(this.postedUrl, strings);
    }
    if (this.offline) return strings.offline;
    return this.notice ?? nothing;
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
    if (bucket === this.#lastBucket) return;
    this.#lastBucket = bucket;
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
    return this.#part(loadWarning).then((part) => {
      if (part) {
        this.#warningField = part;
        return;
      }
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

  /** Loads a part and adopts its styles from the next render; undefined when it cannot load. */
  async #part<Part extends { styles: CSSResult }>(
    load: () => Promise<Part>,
  ): Promise<Part | undefined> {
    try {
      const part = await load();
      this.#partStyles.add(part.styles);
      return part;
    } catch {
      return undefined;
    }
  }

  /** A part did not load (the connection dropped): say so, and that nothing is lost. */
  #partMissing(): void {
    const strings = this.#strings();
    this.problem = `${strings.network} ${strings.kept}`;
  }

  /** The publishing part, loaded once; undefined (with everything kept) when it cannot load. */
  async #publisher(): Promise<Publisher | undefined> {
    const part = await this.#part(loadPublishing);
    if (part) return (this.#publishing ??= new part.Publisher(this.#publishHost()));
    this.#notLoaded();
    return undefined;
  }

  /** The composer's state as the publishing part reads and changes it. */
  #publishHost(): PublishHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below reach private state
    const composer = this;
    return {
      element: this,
      get status() {
        return composer.status;
      },
      set status(status: ComposerStatus) {
        composer.status = status;
      },
      get error() {
        return composer.error;
      },
      set error(error: PublishError | undefined) {
        composer.error = error;
      },
      get key() {
        return composer.#idempotencyKey;
      },
      set key(key: string | undefined) {
        composer.#idempotencyKey = key;
      },
      get offline() {
        return composer.offline;
      },
      settle: () => {
        this.#inFlight = false;
      },
      stored: () => this.#store?.load(),
      save: () => this.#save(),
      queue: () => this.#queue(),
      posted: (url, forget) => {
        this.#reset();
        if (forget) this.#store?.clear();
        this.status = 'posted';
        this.postedUrl = url;
        this.#lastBucket = 'far';
        this.announcement = '';
      },
      described: (key, alt) => {
        this.media = this.media.map((item) =>
          item.key === key ? { ...item, uploadedAlt: alt } : item,
        );
      },
      focusText: () => this.#textarea?.focus(),
    };
  }

  /**
   * Someone is about to write: the publishing code and the counting rules load now, so neither
   * publishing nor the first key waits for them; parts that did not load may be tried again.
   */
  #prepare(): void {
    this.#unavailable.clear();
    countingFailed = false;
    loadPublishing().catch(() => undefined);
    if (!counting) void loadCountingRules();
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
    if (this.disabled || this.#inFlight) return;
    if (this.#media) {
      this.#media.add(files);
      return;
    }
    this.#pendingFiles.push(...files);
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
    const loading = this.#part(loadMedia).then((part) => {
      const files = this.#pendingFiles.splice(0);
      if (!part) {
        this.#unavailable.add('media');
        if (files[0]) this.problem = this.#strings().uploadFailed(files[0].name);
        else this.#partMissing();
        return;
      }
      this.#media ??= new part.ComposerMedia(this.#mediaHost());
      if (files.length) this.#media.add(files);
      this.requestUpdate();
    });
    this.#loading = loading.finally(() => {
      this.#loading = undefined;
    });
    return loading;
  }

  /** The composer's state as the media part reads and changes it. */
  #mediaHost(): MediaHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below read private state
    const composer = this;
    return {
      element: this,
      get media() {
        return composer.media;
      },
      set media(media: MediaItem[]) {
        composer.media = media;
      },
      get problem() {
        return composer.problem;
      },
      set problem(problem: string | undefined) {
        composer.problem = problem;
      },
      strings: () => this.#strings(),
      locale: () => this.#locale.locale,
      configReady: () => this.#configReady,
      config: () => this.config,
      focusText: () => this.#textarea?.focus(),
    };
  }

  // ——— publishing ———

  #blockingProblem(): { message: string; focus?: () => void } | undefined {
    const strings = this.#strings();
    const length = this.length;
    const focusText = () => this.#textarea?.focus();
    if (length.over) {
      return {
        message:
          length.remaining < 0
            ? strings.tooLong(-length.remaining)
            : strings.bytesOver(length.byteLimit),
        focus: focusText,
      };
    }
    if (!this.text.trim() && !this.media.length)
      return { message: strings.empty, focus: focusText };
    if (this.#pendingFiles.length || this.media.some((item) => item.uploading))
      return { message: strings.waitForUploads };
    const failed = this.media.find((item) => item.failed);
    if (failed) return { message: strings.uploadFailed(failed.name) };
    const undescribed = this.media.find((item) => !item.alt.trim());
    if (this.requireAlt && undescribed) {
      return {
        message: strings.altRequired,
        focus: () => this.renderRoot.querySelector<HTMLElement>(`#alt-${undescribed.key}`)?.focus(),
      };
    }
    return undefined;
  }

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
    this.#inFlight = false;
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
    this.#inFlight = false;
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

  #restore(): void {
    this.#store = this.draftKey ? new DraftStore(this.draftKey) : undefined;
    const saved = this.#store?.load();
    if (!saved || (isDraftEmpty(saved) && !saved.idempotencyKey)) return;
    this.text = saved.text;
    this.warning = saved.warning;
    this.warningOpen = saved.warning !== '';
    this.audience = saved.audience;
    if (saved.language) this.language = saved.language;
    this.media = saved.media.map((item) => ({ ...item }));
    this.syndicateTo = saved.syndicateTo ?? [];
    this.#idempotencyKey = saved.idempotencyKey;
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
    // The network layer comes with discovery, after the first render.
    this.#configReady = this.#part(loadDiscovery)
      .then(async (discovery) => {
        this.#discovery = discovery;
        const config = await discovery?.discover(this, signal);
        if (config && !signal.aborted) this.config = config;
      })
      .catch(() => {
        // Discovery is a courtesy: without it the defaults apply and publishing still works.
      });
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
