/** `<social-composer>`: write a status and publish it to the site's own endpoint, losing nothing. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import type { Counting, Length } from '../../compose/count.js';
import { measure } from '../../compose/count.js';
import type { PublishFormat, ServerConfig } from '../../compose/config.js';
import { fetchServerConfig } from '../../compose/config.js';
import type { Draft, DraftMedia } from '../../compose/draft.js';
import { DraftStore, isDraftEmpty, newIdempotencyKey, reviveDraft } from '../../compose/draft.js';
import type { PublishError } from '../../compose/errors.js';
import { configError, toPublishError } from '../../compose/errors.js';
import type { MediaLimits } from '../../compose/media.js';
import {
  DEFAULT_MEDIA_LIMITS,
  checkMedia,
  defaultMediaEndpoint,
  updateMastodonDescription,
  uploadMedia,
} from '../../compose/media.js';
import type { MicropubEncoding } from '../../compose/publish.js';
import { mastodonStatusBody, plainJsonBody, publish } from '../../compose/publish.js';
import { hash } from '../../formats/util.js';
import { SocialPostErrorEvent } from '../../events/post-error.js';
import { SocialPostedEvent } from '../../events/posted.js';
import { SocialSubmitEvent } from '../../events/submit.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { LocaleController } from '../../i18n/locale.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { StringOverrides } from '../../i18n/strings.js';
import { composerStrings } from '../../i18n/tables/composer.js';
import { ThemeController, themeAttribute } from '../../styles/theme.js';
import { hostStyles } from '../../styles/tokens.js';
import { composerStyles } from './composer.styles.js';

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

/** An attached file, as the composer tracks it while it uploads. */
interface MediaItem extends DraftMedia {
  file?: File;
  /** A `blob:` URL of the local file, for the thumbnail. */
  objectUrl?: string;
  /** Upload progress from 0 to 1, while uploading. */
  progress?: number;
  uploading?: boolean;
  failed?: boolean;
}

type Status = 'idle' | 'publishing' | 'waiting' | 'failed' | 'queued' | 'posted';

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

let nextKey = 0;

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
 * @fires {SocialPostErrorEvent} social-post-error - Publishing failed; `error.reason` says why. The draft is kept.
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
  @state() private status: Status = 'idle';
  @state() private error?: PublishError;
  @state() private problem?: string;
  @state() private notice?: string;
  @state() private announcement = '';
  @state() private postedUrl?: string;
  @state() private dragging = false;
  @state() private offline = false;
  @state() private config: ServerConfig = {};

  @query('#text') private textarea?: HTMLTextAreaElement;
  @query('#files') private fileInput?: HTMLInputElement;

  readonly #locale = new LocaleController(this);
  readonly #internals: ElementInternals;
  #store?: DraftStore;
  #idempotencyKey?: string;
  /** Set synchronously when a publish starts, so a second click or Ctrl+Enter does nothing. */
  #inFlight = false;
  /** The draft being published, as it was sent (or handed to the host). */
  #sending?: Draft;
  #lastBucket = 'far';
  #configAbort?: AbortController;
  #configReady: Promise<void> = Promise.resolve();
  #uploads = new Map<string, AbortController>();
  #storageWarned = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    new ThemeController(this, this.#internals.states);
  }

  /** The text of the post; the form value. Setting it does not fire events. */
  get value(): string {
    return this.text;
  }
  set value(value: string) {
    this.text = String(value ?? '');
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

  /** The current length by the rules of `counting`. */
  get length(): Length {
    return measure(this.text, {
      counting: this.#counting(),
      warning: this.warningOpen ? this.warning : '',
      ...(this.#limit() ? { limit: this.#limit() } : {}),
    });
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
    this.#idempotencyKey = this.#keyFor(this.draft);
    this.#save();
    const draft = this.draft;
    this.#sending = draft;
    this.status = 'publishing';

    const event = new SocialSubmitEvent(draft);
    this.dispatchEvent(event);
    if (event.defaultPrevented) {
      // The host publishes; `complete()` or `fail()` ends this.
      this.status = 'waiting';
      return;
    }
    if (!this.action) {
      const form = this.#internals.form;
      this.#inFlight = false;
      this.status = 'idle';
      if (form) {
        form.requestSubmit();
        return;
      }
      this.#failed(
        configError(
          '<social-composer> has no action: set action (and format), put it in a <form>, or handle social-submit.',
        ),
      );
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.#queue();
      return;
    }
    try {
      await this.#sendAltText(draft);
      const result = await publish(draft, {
        action: this.action,
        format: this.format,
        encoding: this.encoding,
        timeout: this.timeout,
        ...(this.token ? { token: this.token } : {}),
        ...(this.author ? { author: this.author } : {}),
        ...(this.fetch ? { fetch: this.fetch } : {}),
      });
      await this.#succeeded(result.post, result.response, draft);
    } catch (error) {
      this.#failed(toPublishError(error, this.action));
    }
  }

  /** The host published the draft it got from `social-submit`: show success and clear the draft. */
  complete(post: Post): void {
    if (!this.#inFlight) return;
    void this.#succeeded(post, undefined, this.#sending);
  }

  /** The host could not publish the draft: keep it, show why and offer a retry. */
  fail(error: unknown): void {
    if (!this.#inFlight) return;
    this.#failed(toPublishError(error, this.action));
  }

  /** Empties the composer and forgets the saved draft. */
  clear(): void {
    this.#reset();
    this.#store?.clear();
  }

  /** Empties the fields, leaving storage alone. */
  #reset(): void {
    for (const controller of this.#uploads.values()) controller.abort();
    this.#uploads.clear();
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

  protected override scheduleUpdate(): void | Promise<unknown> {
    // The reader's language loads before the first render in it: no English flash.
    const ready = this.#locale.ready();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** This element's strings in the reader's language, with the `strings` property on top. */
  #strings(): ComposerStrings {
    return composerStrings(this.#locale.locale, this.strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draftKey')) this.#restore();
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
  }

  protected override updated(changed: PropertyValues): void {
    this.#syncForm();
    if (changed.has('text')) this.#resize();
  }

  protected override render(): TemplateResult {
    const strings = this.#strings();
    const length = this.length;
    const busy = this.status === 'publishing' || this.status === 'waiting';
    const mediaEnabled = this.#mediaEndpoint() !== undefined;
    const limits = this.#mediaLimits();
    const nearLimit =
      Number.isFinite(length.limit) && length.remaining <= nearThreshold(length.limit);
    const counterState = length.over ? 'over' : nearLimit ? 'near' : 'ok';
    const audiences = this.#audienceOptions();
    const languages = this.languages;
    const describedBy = ['length', this.problem || this.error ? 'error' : '']
      .filter(Boolean)
      .join(' ');

    return html`
      <div
        part="composer"
        class=${this.dragging ? 'composer dragging' : 'composer'}
        @keydown=${this.#keydown}
        @dragenter=${this.#dragOver}
        @dragover=${this.#dragOver}
        @dragleave=${this.#dragLeave}
        @drop=${this.#drop}
      >
        ${
          this.warningOpen
            ? html`<div class="warning-field">
                <label for="warning">${strings.warningLabel}</label>
                <input
                  id="warning"
                  part="warning"
                  type="text"
                  dir="auto"
                  autocomplete="off"
                  lang=${ifDefined(this.#language())}
                  placeholder=${strings.warningPlaceholder}
                  .value=${live(this.warning)}
                  ?disabled=${this.disabled}
                  ?readonly=${busy}
                  @input=${this.#warningInput}
                />
              </div>`
            : nothing
        }
        <label for="text" class="visually-hidden">${this.label || strings.label}</label>
        <textarea
          id="text"
          part="textarea"
          rows="3"
          dir="auto"
          lang=${ifDefined(this.#language())}
          placeholder=${this.placeholder ?? strings.placeholder}
          aria-describedby=${describedBy}
          aria-invalid=${length.over ? 'true' : 'false'}
          .value=${live(this.text)}
          ?disabled=${this.disabled}
          ?readonly=${busy}
          ?required=${this.required}
          @input=${this.#textInput}
          @change=${this.#redispatchChange}
          @paste=${this.#paste}
        ></textarea>
        ${this.#renderMedia(strings, busy)}
        ${this.#renderSyndication(strings, busy)}
        <div part="actions" class="actions">
          <div class="tools">
            ${
              mediaEnabled
                ? html`<button
                      part="add-media"
                      type="button"
                      class="icon"
                      title=${strings.addMedia}
                      ?disabled=${this.disabled || busy || this.media.length >= limits.maxCount}
                      @click=${this.#pickFiles}
                    >
                      ${imageIcon}<span class="visually-hidden">${strings.addMedia}</span>
                    </button>
                    <input
                      id="files"
                      type="file"
                      multiple
                      hidden
                      tabindex="-1"
                      accept=${limits.types.join(',')}
                      @change=${this.#filesPicked}
                    />`
                : nothing
            }
            <button
              part="warning-toggle"
              type="button"
              class="icon text"
              title=${strings.addWarning}
              aria-pressed=${this.warningOpen ? 'true' : 'false'}
              ?disabled=${this.disabled || busy}
              @click=${this.#toggleWarning}
            >
              <span aria-hidden="true">CW</span
              ><span class="visually-hidden">${strings.addWarning}</span>
            </button>
            ${
              audiences.length > 1
                ? html`<label class="choice">
                    <span class="visually-hidden">${strings.audience}</span>
                    <select
                      part="audience"
                      title=${strings.audience}
                      .value=${live(this.#audience())}
                      ?disabled=${this.disabled || busy}
                      @change=${this.#audienceChange}
                    >
                      ${audiences.map(
                        (option) =>
                          html`<option value=${option.value} ?selected=${option.value === this.#audience()}>
                            ${audienceLabel(option, strings)}
                          </option>`,
                      )}
                    </select>
                  </label>`
                : nothing
            }
            ${
              languages.length
                ? html`<label class="choice">
                    <span class="visually-hidden">${strings.language}</span>
                    <select
                      part="language"
                      title=${strings.language}
                      ?disabled=${this.disabled || busy}
                      @change=${this.#languageChange}
                    >
                      ${languages.map(
                        (tag) =>
                          html`<option value=${tag} lang=${tag} ?selected=${tag === this.#language()}>
                            ${languageName(tag, this.#locale.locale)}
                          </option>`,
                      )}
                    </select>
                  </label>`
                : nothing
            }
          </div>
          <div class="send">
            <span part="counter" class="counter" data-state=${counterState} aria-hidden="true"
              >${counterText(length, this.#locale.locale)}</span
            >
            <button
              part="submit"
              type="button"
              class="submit"
              aria-disabled=${length.over ? 'true' : 'false'}
              ?disabled=${this.disabled}
              @click=${this.submit}
            >
              ${busy ? html`<span class="spinner" aria-hidden="true"></span>${strings.publishing}` : strings.submit}
            </button>
          </div>
        </div>
        <span id="length" class="visually-hidden">${lengthPhrase(length, strings)}</span>
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <div part="error" id="error" class="error" role="alert">${this.#renderError(strings)}</div>
        <div part="status" class="status" role="status">${this.#renderNotice(strings)}</div>
        ${
          this.dragging
            ? html`<div class="drop-hint" aria-hidden="true">${strings.dropHint}</div>`
            : nothing
        }
      </div>
    `;
  }

  #renderMedia(strings: ComposerStrings, busy: boolean): TemplateResult | typeof nothing {
    if (!this.media.length) return nothing;
    return html`<ul part="media" class="media" aria-label=${strings.mediaList}>
      ${this.media.map((item, index) => {
        const thumbnail = item.objectUrl ?? safeMedia(item.preview ?? item.url);
        const missingAlt = this.requireAlt && !item.alt.trim();
        return html`<li part="media-item" class="media-item">
          ${
            thumbnail
              ? html`<img part="thumbnail" src=${thumbnail} alt="" decoding="async" referrerpolicy="no-referrer" />`
              : html`<span part="thumbnail" class="no-thumbnail" aria-hidden="true">${imageIcon}</span>`
          }
          <div class="media-fields">
            <label for=${`alt-${item.key}`}>${strings.altLabel(index + 1, item.name)}</label>
            <textarea
              id=${`alt-${item.key}`}
              part="alt"
              rows="2"
              dir="auto"
              placeholder=${strings.altPlaceholder}
              .value=${live(item.alt)}
              ?required=${this.requireAlt}
              aria-invalid=${missingAlt && this.problem === strings.altRequired ? 'true' : 'false'}
              ?disabled=${this.disabled}
              ?readonly=${busy}
              @input=${(event: Event) => this.#altInput(item.key, event)}
            ></textarea>
            ${
              item.uploading
                ? html`<progress
                    part="progress"
                    max="1"
                    .value=${item.progress ?? 0}
                    aria-label=${strings.uploading(item.name)}
                  ></progress>`
                : nothing
            }
            ${
              item.failed
                ? html`<p class="item-error">
                    ${strings.uploadFailed(item.name)}
                    <button type="button" class="link" @click=${() => this.#upload(item.key)}>
                      ${strings.retryUpload}
                    </button>
                  </p>`
                : nothing
            }
          </div>
          <button
            part="remove"
            type="button"
            class="icon remove"
            title=${strings.removeMedia(item.name)}
            ?disabled=${this.disabled || busy}
            @click=${() => this.#removeMedia(item.key)}
          >
            ${closeIcon}<span class="visually-hidden">${strings.removeMedia(item.name)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  #renderSyndication(strings: ComposerStrings, busy: boolean): TemplateResult | typeof nothing {
    const targets = this.format === 'micropub' ? (this.config.syndicateTo ?? []) : [];
    if (!targets.length) return nothing;
    return html`<fieldset part="syndication" class="syndication" ?disabled=${this.disabled || busy}>
      <legend>${strings.shareTo}</legend>
      ${targets.map(
        (target) =>
          html`<label
            ><input
              type="checkbox"
              .checked=${live(this.syndicateTo.includes(target.uid))}
              @change=${(event: Event) => this.#toggleTarget(target.uid, event)}
            />
            <span dir="auto">${target.name}</span></label
          >`,
      )}
    </fieldset>`;
  }

  #renderError(strings: ComposerStrings): TemplateResult | typeof nothing {
    if (this.problem) return html`<p>${this.problem}</p>`;
    const error = this.error;
    if (!error || this.status !== 'failed') return nothing;
    const canRetry = error.reason !== 'config';
    return html`<p>
        ${
          error.reason === 'timeout' || error.reason === 'network'
            ? strings[error.reason]
            : strings.errors[error.reason]
        }
        ${error.maybePosted ? strings.maybePosted : strings.kept}
      </p>
      ${
        error.serverMessage
          ? html`<p class="server-said">
              ${strings.serverSaid} <q dir="auto">${error.serverMessage}</q>
            </p>`
          : nothing
      }
      ${
        canRetry
          ? html`<button part="retry" type="button" class="retry" @click=${this.#retry}>
              ${strings.retry}
            </button>`
          : nothing
      }`;
  }

  #renderNotice(strings: ComposerStrings): TemplateResult | string | typeof nothing {
    if (this.status === 'queued') return strings.offlineQueued;
    if (this.status === 'posted') {
      const link = safeLink(this.postedUrl);
      return html`${strings.posted}
      ${link ? html`<a href=${link}>${strings.viewPost}</a>` : nothing}`;
    }
    if (this.offline) return strings.offline;
    return this.notice ?? nothing;
  }

  // ——— writing ———

  #textInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.#edited();
  }

  #warningInput(event: Event): void {
    this.warning = (event.target as HTMLInputElement).value;
    this.#edited();
  }

  #edited(): void {
    if (this.problem) this.problem = undefined;
    if (this.status === 'posted') this.status = 'idle';
    this.notice = undefined;
    this.#announce();
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
    const length = this.length;
    const strings = this.#strings();
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
    this.announcement = bucket === 'far' ? '' : lengthPhrase(length, strings);
  }

  #toggleWarning(): void {
    this.warningOpen = !this.warningOpen;
    void this.updateComplete.then(() => {
      if (this.warningOpen) this.renderRoot.querySelector<HTMLInputElement>('#warning')?.focus();
      else this.textarea?.focus();
    });
    this.#announce();
  }

  #audienceChange(event: Event): void {
    this.audience = (event.target as HTMLSelectElement).value;
  }

  #languageChange(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
  }

  #toggleTarget(uid: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.syndicateTo = checked
      ? [...this.syndicateTo.filter((item) => item !== uid), uid]
      : this.syndicateTo.filter((item) => item !== uid);
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      void this.submit();
    }
  }

  #resize(): void {
    if (supportsFieldSizing) return;
    const textarea = this.textarea;
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

  #mediaEndpoint(): string | undefined {
    if (this.mediaAction) return this.mediaAction;
    if (this.config.mediaEndpoint) return this.config.mediaEndpoint;
    if (!this.action) return undefined;
    try {
      return defaultMediaEndpoint(this.action, this.format);
    } catch {
      return undefined;
    }
  }

  #mediaLimits(): MediaLimits {
    const accept = this.accept
      ?.split(',')
      .map((type) => type.trim())
      .filter(Boolean);
    const serverTypes = this.config.mimeTypes?.filter((type) => type.startsWith('image/'));
    return {
      maxCount: this.maxMedia ?? this.config.maxMedia ?? DEFAULT_MEDIA_LIMITS.maxCount,
      maxSize: this.maxMediaSize ?? this.config.imageSizeLimit ?? DEFAULT_MEDIA_LIMITS.maxSize,
      types: accept?.length
        ? accept
        : serverTypes?.length
          ? serverTypes
          : DEFAULT_MEDIA_LIMITS.types,
    };
  }

  #pickFiles(): void {
    this.fileInput?.click();
  }

  #filesPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    input.value = '';
  }

  #paste(event: ClipboardEvent): void {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.#mediaEndpoint() === undefined) return;
    event.preventDefault();
    this.addFiles(files);
  }

  #dragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || this.#mediaEndpoint() === undefined) return;
    if (this.disabled) return;
    event.preventDefault();
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
    if (!event.dataTransfer?.files.length || this.#mediaEndpoint() === undefined) return;
    event.preventDefault();
    this.addFiles([...event.dataTransfer.files]);
  }

  /**
   * Attaches files, as the picker, drag and drop and paste do: each is checked against the
   * limits (a clear message for the first that does not fit) and starts uploading at once.
   */
  addFiles(files: File[]): void {
    if (this.disabled || this.#inFlight) return;
    const strings = this.#strings();
    const limits = this.#mediaLimits();
    const added: MediaItem[] = [];
    let problem: string | undefined;
    for (const file of files) {
      const issue = checkMedia(file, this.media.length + added.length, limits);
      if (issue) {
        problem ??=
          issue.reason === 'count'
            ? strings.tooManyMedia(issue.limit)
            : issue.reason === 'size'
              ? strings.tooLarge(file.name, formatBytes(issue.limit, this.#locale.locale))
              : strings.wrongType(file.name);
        continue;
      }
      added.push({
        key: `m${++nextKey}`,
        name: file.name || 'image',
        type: file.type,
        size: file.size,
        alt: '',
        file,
        objectUrl: URL.createObjectURL(file),
        uploading: true,
        progress: 0,
      });
    }
    this.problem = problem;
    if (!added.length) return;
    this.media = [...this.media, ...added];
    for (const item of added) void this.#upload(item.key);
    void this.updateComplete.then(() => {
      const first = added[0];
      if (first) this.renderRoot.querySelector<HTMLElement>(`#alt-${first.key}`)?.focus();
    });
  }

  #patchMedia(key: string, patch: Partial<MediaItem>): void {
    this.media = this.media.map((item) => (item.key === key ? { ...item, ...patch } : item));
  }

  async #upload(key: string): Promise<void> {
    const item = this.media.find((candidate) => candidate.key === key);
    if (!item?.file) return;
    this.#patchMedia(key, { uploading: true, failed: false, progress: 0 });
    await this.#configReady;
    const endpoint = this.#mediaEndpoint();
    const controller = new AbortController();
    this.#uploads.get(key)?.abort();
    this.#uploads.set(key, controller);
    try {
      if (!endpoint) throw configError('No media endpoint: set media-action.');
      const uploaded = await uploadMedia(item.file, item.name, {
        endpoint,
        format: this.format,
        signal: controller.signal,
        alt: item.alt,
        ...(this.token ? { token: this.token } : {}),
        onProgress: (progress) => this.#patchMedia(key, { progress }),
      });
      const current = this.media.find((candidate) => candidate.key === key);
      this.#patchMedia(key, {
        ...uploaded,
        uploading: false,
        progress: 1,
        uploadedAlt: this.format === 'mastodon' ? (current?.alt.trim() ?? '') : undefined,
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#patchMedia(key, { uploading: false, failed: true });
      this.dispatchEvent(new SocialPostErrorEvent(toPublishError(error, endpoint)));
    } finally {
      if (this.#uploads.get(key) === controller) this.#uploads.delete(key);
    }
  }

  #altInput(key: string, event: Event): void {
    this.#patchMedia(key, { alt: (event.target as HTMLTextAreaElement).value });
    if (this.problem) this.problem = undefined;
  }

  #removeMedia(key: string): void {
    const index = this.media.findIndex((item) => item.key === key);
    const item = this.media[index];
    if (!item) return;
    this.#uploads.get(key)?.abort();
    this.#uploads.delete(key);
    if (item.objectUrl) URL.revokeObjectURL(item.objectUrl);
    this.media = this.media.filter((candidate) => candidate.key !== key);
    // Keep the keyboard in the list: the next remove button, else the text area.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="remove"]');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.textarea)?.focus();
    });
  }

  /** Mastodon keeps alt text with the file: send what changed since the upload. */
  async #sendAltText(draft: Draft): Promise<void> {
    if (this.format !== 'mastodon' || !this.action) return;
    for (const item of draft.media) {
      const alt = item.alt.trim();
      if (!item.id || alt === (item.uploadedAlt ?? '')) continue;
      await updateMastodonDescription(this.action, item.id, alt, {
        ...(this.token ? { token: this.token } : {}),
        ...(this.fetch ? { fetch: this.fetch as typeof fetch } : {}),
      });
      this.#patchMedia(item.key, { uploadedAlt: alt });
    }
  }

  // ——— publishing ———

  #blockingProblem(): { message: string; focus?: () => void } | undefined {
    const strings = this.#strings();
    const length = this.length;
    const focusText = () => this.textarea?.focus();
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
    if (this.media.some((item) => item.uploading)) return { message: strings.waitForUploads };
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

  async #succeeded(post: Post, response: Response | undefined, sent?: Draft): Promise<void> {
    // A composer removed while its post was on the way (a reload in a single-page app) finds a
    // newer draft in storage, written since by its successor: that one is not posted yet.
    const stored = this.#store?.load();
    const forget = !stored || !sent || sameDraft(stored, sent);
    this.#reset();
    if (forget) this.#store?.clear();
    this.status = 'posted';
    this.postedUrl = post.url;
    this.#lastBucket = 'far';
    this.announcement = '';
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = this.htmlFor ? root.getElementById?.(this.htmlFor) : null;
    if (target && typeof (target as Partial<PostReceiver>).insertPost === 'function') {
      (target as unknown as PostReceiver).insertPost(post);
    }
    await this.updateComplete;
    this.#inFlight = false;
    this.textarea?.focus();
    this.dispatchEvent(new SocialPostedEvent(post, response));
  }

  #failed(error: PublishError): void {
    if (error.reason === 'offline' || (error.reason === 'network' && this.offline)) {
      this.#queue();
      return;
    }
    this.#inFlight = false;
    this.error = error;
    this.status = 'failed';
    this.#save();
    void this.updateComplete.then(() => this.dispatchEvent(new SocialPostErrorEvent(error)));
  }

  /** Offline: keep the draft and publish when the browser is back online. */
  #queue(): void {
    this.#inFlight = false;
    this.status = 'queued';
    this.#save();
  }

  #retry(): void {
    void this.submit();
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

  /**
   * The idempotency key for the draft as written now: a random part kept for the draft's life
   * and a digest of what is sent. Retrying the same post reuses the key, so a server that
   * already took it answers with that post instead of a second one; an edited draft gets
   * another key, so the edit is posted instead of being answered with the earlier version.
   */
  #keyFor(draft: Draft): string {
    const base = this.#idempotencyKey?.split('.')[0] || newIdempotencyKey();
    const sent = this.format === 'mastodon' ? mastodonStatusBody(draft) : plainJsonBody(draft);
    return `${base}.${hash(JSON.stringify(sent))}`;
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
    if (!this.action || this.format === 'json') {
      this.#configReady = Promise.resolve();
      return;
    }
    // Updated while detached: discovery starts when connected (connectedCallback), since
    // disconnecting is what aborts it.
    if (!this.isConnected) {
      this.#configReady = Promise.resolve();
      return;
    }
    const controller = new AbortController();
    this.#configAbort = controller;
    this.#configReady = fetchServerConfig(this.action, {
      format: this.format,
      signal: controller.signal,
      ...(this.token ? { token: this.token } : {}),
      ...(this.fetch ? { fetch: this.fetch } : {}),
    }).then(
      (config) => {
        if (!controller.signal.aborted) this.config = config;
      },
      () => {
        // Discovery is a courtesy: without it the defaults apply and publishing still works.
      },
    );
  }

  #syncForm(): void {
    this.#internals.setFormValue(this.text, this.text);
    const strings = this.#strings();
    const length = this.length;
    const anchor = this.textarea;
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

/** Whether two drafts hold the same thing, compared as storage keeps them. */
function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(reviveDraft(a)) === JSON.stringify(reviveDraft(b));
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

const counterFormats = new Map<string, Intl.NumberFormat>();
function counterText(length: Length, locale: string): string {
  let format = counterFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    counterFormats.set(locale, format);
  }
  return format.format(Number.isFinite(length.limit) ? length.remaining : length.used);
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

const byteFormats = new Map<string, Intl.NumberFormat>();
function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  const key = `${locale}|${megabytes}`;
  let format = byteFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: 1,
    });
    byteFormats.set(key, format);
  }
  return format.format(megabytes ? bytes / (1024 * 1024) : bytes / 1024);
}

const imageIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2Zm0 16H5V5h14v14Zm-5.04-6.71-2.75 3.54-1.96-2.36L6.5 17h11l-3.54-4.71ZM8.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"
  />
</svg>`;

const closeIcon = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M18.3 5.71 12 12l6.3 6.29-1.42 1.42L10.59 13.4 4.3 19.71 2.88 18.3 9.17 12 2.88 5.71 4.3 4.29l6.29 6.3 6.29-6.3z"
  />
</svg>`;
