/**
 * The media part of `<social-composer>`: the file picker, the drop target, checking, uploading,
 * describing and removing images, with its styles and words. Loaded right after the first render
 * of a composer that takes images, and waited for when a person reaches for an image before it
 * is in (the button, a drag over the composer, a paste) or by the first render of a restored
 * draft that holds some.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DraftMedia } from '../../compose/draft.js';
import { defaultMediaEndpoint } from '../../compose/endpoints.js';
import { configError, toPublishError } from '../../compose/errors.js';
import { uploadMedia } from '../../compose/media.js';
import type { MediaLimits } from '../../compose/media-limits.js';
import { DEFAULT_MEDIA_LIMITS, checkMedia } from '../../compose/media-limits.js';
import { SocialPostErrorEvent } from '../../events/post-error.js';
import { safeMedia } from '../../html/url.js';
import { addEnglish } from '../../i18n/strings.js';
import { mediaEnglish } from '../../i18n/tables/composer-media.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { ComposerHost } from './composer.js';
import { imageIcon } from './icons.js';

// This part's words join the composer's table as it loads. Called, not a bare `import`: a
// bundler drops a side-effect-only import of a module the package marks free of side effects.
addEnglish('composer', mediaEnglish);

export { mediaStyles as styles } from './composer-media.styles.js';

/** An attached file, as the composer tracks it while it uploads. */
export interface MediaItem extends DraftMedia {
  file?: File;
  /** A `blob:` URL of the local file, for the thumbnail. */
  objectUrl?: string;
  /** Upload progress from 0 to 1, while uploading. */
  progress?: number;
  uploading?: boolean;
  failed?: boolean;
}

let nextKey = 0;

/** The attached images of one composer and their uploads. */
export class ComposerMedia {
  readonly #host: ComposerHost;
  readonly #uploads = new Map<string, AbortController>();

  constructor(host: ComposerHost) {
    this.#host = host;
  }

  /** Checks `files` against the limits (a clear message for the first that does not fit) and uploads the rest. */
  add(files: File[]): void {
    const host = this.#host;
    const { state } = host;
    const strings = host.strings();
    const limits = this.limits();
    const added: MediaItem[] = [];
    let problem: string | undefined;
    for (const file of files) {
      const issue = checkMedia(file, state.media.length + added.length, limits);
      if (issue) {
        problem ??=
          issue.reason === 'count'
            ? strings.tooManyMedia(issue.limit)
            : issue.reason === 'size'
              ? strings.tooLarge(file.name, formatBytes(issue.limit, host.locale()))
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
    state.problem = problem;
    if (!added.length) return;
    state.media = [...state.media, ...added];
    for (const item of added) void this.#upload(item.key);
    void host.element.updateComplete.then(() => this.#field(`#alt-${added[0]!.key}`)?.focus());
  }

  /**
   * What files may be added: the element's `accept`, `max-media` and `max-media-size`, else the
   * server's, else common images.
   */
  limits(): MediaLimits {
    const { accept, maxMedia, maxMediaSize } = this.#host.element;
    const { config } = this.#host.state;
    const accepted = accept
      ?.split(',')
      .map((type) => type.trim())
      .filter(Boolean);
    const serverTypes = config.mimeTypes?.filter((type) => type.startsWith('image/'));
    return {
      maxCount: maxMedia ?? config.maxMedia ?? DEFAULT_MEDIA_LIMITS.maxCount,
      maxSize: maxMediaSize ?? config.imageSizeLimit ?? DEFAULT_MEDIA_LIMITS.maxSize,
      types: accepted?.length
        ? accepted
        : serverTypes?.length
          ? serverTypes
          : DEFAULT_MEDIA_LIMITS.types,
    };
  }

  /** Whether the post carries as many images as it may. */
  full(): boolean {
    return this.#host.state.media.length >= this.limits().maxCount;
  }

  /** Opens the file picker. */
  pick(): void {
    this.#field('#files')?.click();
  }

  /** Stops every upload, as the composer empties. */
  abort(): void {
    for (const controller of this.#uploads.values()) controller.abort();
    this.#uploads.clear();
  }

  /** The attached images, and the file picker's hidden input. */
  render(strings: ComposerStrings, busy: boolean): TemplateResult {
    const host = this.#host;
    const { media, problem } = host.state;
    const picker = html`<input
      id="files"
      type="file"
      multiple
      hidden
      tabindex="-1"
      accept=${this.limits().types.join(',')}
      @change=${this.#picked}
    />`;
    if (!media.length) return picker;
    return html`${picker}<ul part="media" class="media" aria-label=${strings.mediaList}>
      ${media.map((item, index) => {
        const thumbnail = item.objectUrl ?? safeMedia(item.preview ?? item.url);
        const { requireAlt, disabled } = host.element;
        const missingAlt = requireAlt && !item.alt.trim();
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
              ?required=${requireAlt}
              aria-invalid=${missingAlt && problem === strings.altRequired ? 'true' : 'false'}
              ?disabled=${disabled}
              ?readonly=${busy}
              @input=${(event: Event) => this.#describe(item.key, event)}
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
            ?disabled=${disabled || busy}
            @click=${() => this.#remove(item.key)}
          >
            ${closeIcon}<span class="visually-hidden">${strings.removeMedia(item.name)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  /** What the composer shows while files are dragged over it. */
  renderDropHint(strings: ComposerStrings): TemplateResult {
    return html`<div class="drop-hint" aria-hidden="true">${strings.dropHint}</div>`;
  }

  readonly #picked = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#host.element.addFiles([...(input.files ?? [])]);
    input.value = '';
  };

  #field(selector: string): HTMLElement | null | undefined {
    return this.#host.element.shadowRoot?.querySelector<HTMLElement>(selector);
  }

  #patch(key: string, patch: Partial<MediaItem>): void {
    const { state } = this.#host;
    state.media = state.media.map((item) => (item.key === key ? { ...item, ...patch } : item));
  }

  async #upload(key: string): Promise<void> {
    const host = this.#host;
    const item = host.state.media.find((candidate) => candidate.key === key);
    if (!item?.file) return;
    this.#patch(key, { uploading: true, failed: false, progress: 0 });
    await host.configReady();
    const { format, token } = host.element;
    const endpoint = this.#endpoint();
    const controller = new AbortController();
    this.#uploads.get(key)?.abort();
    this.#uploads.set(key, controller);
    try {
      if (!endpoint) throw configError('No media endpoint: set media-action.');
      const uploaded = await uploadMedia(item.file, item.name, {
        endpoint,
        format,
        signal: controller.signal,
        alt: item.alt,
        ...(token ? { token } : {}),
        onProgress: (progress) => this.#patch(key, { progress }),
      });
      const current = host.state.media.find((candidate) => candidate.key === key);
      this.#patch(key, {
        ...uploaded,
        uploading: false,
        progress: 1,
        uploadedAlt: format === 'mastodon' ? (current?.alt.trim() ?? '') : undefined,
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#patch(key, { uploading: false, failed: true });
      host.element.dispatchEvent(new SocialPostErrorEvent(toPublishError(error, endpoint)));
    } finally {
      if (this.#uploads.get(key) === controller) this.#uploads.delete(key);
    }
  }

  /** Where files go: `media-action`, else the discovered endpoint, else the format's own. */
  #endpoint(): string | undefined {
    const { mediaAction, action, format } = this.#host.element;
    const endpoint = mediaAction || this.#host.state.config.mediaEndpoint;
    if (endpoint || !action) return endpoint;
    try {
      return defaultMediaEndpoint(action, format);
    } catch {
      return undefined;
    }
  }

  #describe(key: string, event: Event): void {
    this.#patch(key, { alt: (event.target as HTMLTextAreaElement).value });
    const { state } = this.#host;
    if (state.problem) state.problem = undefined;
  }

  #remove(key: string): void {
    const host = this.#host;
    const { state } = host;
    const index = state.media.findIndex((item) => item.key === key);
    const item = state.media[index];
    if (!item) return;
    this.#uploads.get(key)?.abort();
    this.#uploads.delete(key);
    if (item.objectUrl) URL.revokeObjectURL(item.objectUrl);
    state.media = state.media.filter((candidate) => candidate.key !== key);
    // Keep the keyboard in the list: the next remove button, else the text area.
    void host.element.updateComplete.then(() => {
      const buttons =
        host.element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="remove"]') ?? [];
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else host.focusText();
    });
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

const closeIcon = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M18.3 5.71 12 12l6.3 6.29-1.42 1.42L10.59 13.4 4.3 19.71 2.88 18.3 9.17 12 2.88 5.71 4.3 4.29l6.29 6.3 6.29-6.3z"
  />
</svg>`;
