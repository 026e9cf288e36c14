/**
 * The media of `<social-post>`, loaded only for posts that have some: a grid of images and
 * videos whose boxes take their final size from the attachments' known dimensions before
 * anything loads, audio players, the ALT badges and the cover over sensitive media, with their
 * styles, and `PostMedia`, which keeps what the reader did to them and opens the lightbox.
 */
import {
  css,
  html,
  nothing,
  type CSSResult,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeLink, safeMedia } from '../../html/url.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Attachment, Post } from '../../model/post.js';
import { styleProperties } from '../shared/style-properties.js';
import { pillButtonStyles } from '../shared/pill-button.styles.js';
import type * as LightboxModule from './lightbox.js';

/** The ratio of a box whose media has no known size: the common landscape video frame. */
export const DEFAULT_RATIO = 16 / 9;
/** A single portrait image is cropped to no taller than this (width / height)… */
const MIN_SINGLE_RATIO = 3 / 4;
/** …and a panorama to no flatter than this, so one image never dominates or vanishes. */
const MAX_SINGLE_RATIO = 21 / 9;

const HLS_TYPE = /mpegurl/i;
const HLS_PATH = /\.m3u8(?:$|[?#])/i;

/** One attachment ready to render, with the URLs that passed the allow-list. */
export interface MediaItem {
  /** Position in `post.attachments`: stable ids and state keys. */
  index: number;
  attachment: Attachment;
  kind: 'image' | 'video' | 'hls' | 'gifv' | 'audio' | 'link';
  url: string;
  preview?: string;
  alt?: string;
  /** Position among the images, for the lightbox. */
  imageIndex?: number;
}

/** What the templates need from the element: strings, state, and the handlers that change it. */
export interface MediaContext {
  strings: PostStrings;
  locale: string;
  language?: string;
  /** The post's permalink, where a video this browser cannot play is watched instead. */
  postUrl?: string;
  /** Prefix for ids, unique within the shadow root. */
  idPrefix: string;
  /** Attachments (by index) whose description is showing. */
  altOpen: ReadonlySet<number>;
  /** Whether a looping animation (by index) should be playing. */
  playing: (index: number) => boolean;
  /** Whether this browser plays HLS playlists by itself. */
  hlsPlayable: boolean;
  /** Whether media marked sensitive are still covered. */
  covered: boolean;
  sensitive: boolean;
  toggleAlt: (index: number) => void;
  toggleAnimation: (index: number) => void;
  openLightbox: (imageIndex: number) => void;
  /** The reader is about to open an image: the lightbox's code can start loading. */
  preloadLightbox: () => void;
  toggleCover: () => void;
}

function isHls(attachment: Attachment): boolean {
  return HLS_TYPE.test(attachment.mimeType ?? '') || HLS_PATH.test(attachment.url);
}

/** The attachments that can be shown, in order, each with its kind and safe URLs. */
export function mediaItems(attachments: readonly Attachment[] | undefined): MediaItem[] {
  const items: MediaItem[] = [];
  let images = 0;
  (attachments ?? []).forEach((attachment, index) => {
    const url = safeMedia(attachment?.url);
    if (!attachment || !url) return;
    const preview = safeMedia(attachment.preview);
    const alt = attachment.alt?.trim() || undefined;
    const base = { index, attachment, url, preview, alt };
    switch (attachment.kind) {
      case 'image':
        items.push({ ...base, kind: 'image', imageIndex: images++ });
        break;
      case 'video':
        items.push({ ...base, kind: isHls(attachment) ? 'hls' : 'video' });
        break;
      case 'gifv':
        items.push({ ...base, kind: 'gifv' });
        break;
      case 'audio':
        items.push({ ...base, kind: 'audio' });
        break;
      default:
        // Safe as a link target too: the media allow-list is the stricter one.
        if (safeLink(url)) items.push({ ...base, kind: 'link' });
    }
  });
  return items;
}

/** Width over height from the attachment's size, when both are known and sane. */
export function aspectRatio(attachment: Attachment): number | undefined {
  const { width, height } = attachment;
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) return undefined;
  if (width <= 0 || height <= 0) return undefined;
  return width / height;
}

/** The ratio of the box of a lone visual attachment: its own, within sane bounds. */
export function singleRatio(attachment: Attachment): number {
  const ratio = aspectRatio(attachment) ?? DEFAULT_RATIO;
  return Math.min(MAX_SINGLE_RATIO, Math.max(MIN_SINGLE_RATIO, ratio));
}

/** `object-position` from Mastodon's focal point, so cropping keeps what matters in view. */
function objectPosition(attachment: Attachment): string | undefined {
  const focus = attachment.focus;
  if (!focus || !Number.isFinite(focus.x) || !Number.isFinite(focus.y)) return undefined;
  const clamp = (value: number) => Math.min(1, Math.max(-1, value));
  return `${((clamp(focus.x) + 1) / 2) * 100}% ${((1 - clamp(focus.y)) / 2) * 100}%`;
}

/** Intrinsic size attributes: the browser knows the ratio before the first byte arrives. */
export function sizeOf(attachment: Attachment): { width?: number; height?: number } {
  return aspectRatio(attachment)
    ? { width: Math.round(attachment.width!), height: Math.round(attachment.height!) }
    : {};
}

// Templates are written without whitespace between tags, and leaf text goes in through
// `.textContent`: every text node and every Lit marker is DOM that each post of a feed pays for.

function altControls(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings, altOpen, idPrefix } = context;
  if (!item.alt) {
    // For sighted readers; the image's accessible name already says it has no description.
    return html`<span
      class="badge no-alt"
      part="alt-badge"
      aria-hidden="true"
      .textContent=${strings.noAltBadge}
    ></span>`;
  }
  const open = altOpen.has(item.index);
  const id = `${idPrefix}alt-${item.index}`;
  return html`<button
      type="button"
      class="badge"
      part="alt-badge"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${() => context.toggleAlt(item.index)}
    >${strings.altBadge}<span class="visually-hidden" .textContent=${` ${strings.altBadgeLabel}`}></span></button
    ><p
      class="alt-text"
      part="alt-text"
      id=${id}
      lang=${ifDefined(context.language)}
      dir="auto"
      ?hidden=${!open}
      .textContent=${item.alt}
    ></p>`;
}

function renderImage(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings } = context;
  const size = sizeOf(item.attachment);
  // One hidden span: "image without description, open larger" reads as the two did.
  const hint = `${item.alt ? '' : strings.imageWithoutAlt}, ${strings.openImage}`;
  return html`<button
      type="button"
      class="thumb"
      part="thumbnail"
      data-image-index=${item.imageIndex!}
      @click=${() => context.openLightbox(item.imageIndex!)}
    ><img
        src=${item.preview ?? item.url}
        alt=${item.alt ?? ''}
        width=${ifDefined(size.width)}
        height=${ifDefined(size.height)}
        referrerpolicy="no-referrer"
        loading="lazy"
        decoding="async"
        style=${styleProperties({ 'object-position': objectPosition(item.attachment) })}
      /><span class="visually-hidden" .textContent=${hint}></span></button
    >${altControls(item, context)}`;
}

function renderVideo(item: MediaItem, context: MediaContext): TemplateResult {
  const size = sizeOf(item.attachment);
  // No autoplay: a video with sound starts only when the reader asks.
  return html`<video
      controls
      playsinline
      preload="metadata"
      src=${item.url}
      poster=${ifDefined(item.preview)}
      width=${ifDefined(size.width)}
      height=${ifDefined(size.height)}
      aria-label=${item.alt ?? context.strings.video}
    ></video
    >${altControls(item, context)}`;
}

function renderPlaylist(item: MediaItem, context: MediaContext): TemplateResult {
  if (context.hlsPlayable) return renderVideo(item, context);
  const { strings } = context;
  const poster = item.preview
    ? html`<img
        src=${item.preview}
        alt=""
        referrerpolicy="no-referrer"
        loading="lazy"
        decoding="async"
      />`
    : nothing;
  const href = safeLink(context.postUrl);
  return href
    ? html`<a class="thumb" part="thumbnail" href=${href} rel="nofollow noopener noreferrer ugc"
        >${poster}<span class="play" aria-hidden="true"></span><span
          class="visually-hidden"
          .textContent=${`${item.alt ? `${item.alt}. ` : ''}${strings.watchOnSite}`}
        ></span></a
      >`
    : html`<span class="thumb" part="thumbnail" role="img" aria-label=${item.alt ?? strings.video}
        >${poster}<span class="play" aria-hidden="true"></span
      ></span>`;
}

function renderAnimation(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings } = context;
  const playing = context.playing(item.index);
  const size = sizeOf(item.attachment);
  // Muted, so browsers let it loop; it starts only when motion is welcome or the reader asks.
  return html`<video
      class="animation"
      data-index=${item.index}
      src=${item.url}
      poster=${ifDefined(item.preview)}
      width=${ifDefined(size.width)}
      height=${ifDefined(size.height)}
      aria-label=${item.alt ?? strings.video}
      ?autoplay=${playing}
      muted
      .muted=${true}
      loop
      playsinline
      preload="metadata"
    ></video
    ><button
      type="button"
      class="animation-toggle"
      part="animation-toggle"
      aria-pressed=${playing ? 'true' : 'false'}
      @click=${() => context.toggleAnimation(item.index)}
    ><span class=${playing ? 'icon pause' : 'icon play'} aria-hidden="true"></span
      ><span class="visually-hidden" .textContent=${strings.playAnimation}></span></button
    >${altControls(item, context)}`;
}

function renderTile(item: MediaItem, context: MediaContext, ratio?: number): TemplateResult {
  const body =
    item.kind === 'image'
      ? renderImage(item, context)
      : item.kind === 'video'
        ? renderVideo(item, context)
        : item.kind === 'hls'
          ? renderPlaylist(item, context)
          : renderAnimation(item, context);
  return html`<div
    class="tile ${item.kind}"
    style=${styleProperties({ '--_ratio': ratio ? String(ratio) : undefined })}
  >${body}</div>`;
}

/** Audio players and links to attachments that cannot be shown inline. */
function renderListed(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings } = context;
  if (item.kind === 'audio') {
    return html`<li class="audio">${
      item.alt
        ? html`<p
            class="audio-label"
            lang=${ifDefined(context.language)}
            dir="auto"
            .textContent=${item.alt}
          ></p>`
        : nothing
    }<audio
        controls
        preload="metadata"
        src=${item.url}
        aria-label=${item.alt ?? strings.audio}
      ></audio></li>`;
  }
  return html`<li><a
    href=${item.url}
    rel="nofollow noopener noreferrer ugc"
    .textContent=${item.alt ?? strings.openAttachment}
  ></a></li>`;
}

/** The media part: the grid, the audio list, and the cover over sensitive media. */
export function renderMedia(items: readonly MediaItem[], context: MediaContext): TemplateResult {
  const { strings } = context;
  const visual = items.filter((item) => item.kind !== 'audio' && item.kind !== 'link');
  const listed = items.filter((item) => item.kind === 'audio' || item.kind === 'link');
  const layout = visual.length > 4 ? 'many' : String(visual.length);
  const lone = visual.length === 1 ? singleRatio(visual[0]!.attachment) : undefined;
  const covered = context.sensitive && context.covered;
  // A pointer or focus on the images fetches the lightbox's code before the first click.
  const preload = visual.some((item) => item.kind === 'image') ? context.preloadLightbox : nothing;
  return html`<div
    part="media"
    class=${covered ? 'media covered' : 'media'}
    @pointerenter=${preload}
    @focusin=${preload}
  ><div class="items" .inert=${covered}>${
    visual.length > 0
      ? html`<div class="grid layout-${layout}">${visual.map((item) =>
          renderTile(item, context, lone),
        )}</div>`
      : nothing
  }${
    listed.length > 0
      ? html`<ul class="listed">${listed.map((item) => renderListed(item, context))}</ul>`
      : nothing
  }</div>${
    context.sensitive
      ? covered
        ? html`<button type="button" class="cover" part="reveal" @click=${context.toggleCover}
              ><strong .textContent=${strings.sensitiveMedia}></strong>
              <span class="cover-action" .textContent=${strings.showMedia}></span></button
            >`
        : html`<button
              type="button"
              class="rehide"
              part="reveal"
              @click=${context.toggleCover}
              .textContent=${strings.hideMedia}
            ></button>`
      : nothing
  }</div>`;
}

/** The element `PostMedia` works for: it re-renders it and finds its media in the shadow root. */
export interface MediaHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
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
 * What the reader did to one post's media (descriptions shown, animations paused or played,
 * sensitive media uncovered, the image open in the lightbox), kept here rather than in the
 * element, which posts without media load without this code.
 */
export class PostMedia {
  readonly #host: MediaHost;
  /** Adds a part's styles to the host's shadow root, once. */
  readonly #adopt: (styles: CSSResult) => void;
  #altOpen: ReadonlySet<number> = new Set();
  /** The reader's play/pause choice per looping animation, by attachment index. */
  #animationChoice: ReadonlyMap<number, boolean> = new Map();
  #revealed = false;
  /** The image shown in the lightbox, among the post's images; undefined while it is closed. */
  #lightboxIndex?: number;
  #lightbox?: typeof LightboxModule;
  #lightboxLoading?: Promise<void>;

  constructor(host: MediaHost, adopt: (styles: CSSResult) => void) {
    this.#host = host;
    this.#adopt = adopt;
  }

  /** A new post: nothing the reader did to the last one carries over. */
  reset(): void {
    this.#altOpen = new Set();
    this.#animationChoice = new Map();
    this.#revealed = false;
    this.#lightboxIndex = undefined;
  }

  #change(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  /** The media part of `post`, whose shown attachments are `items`. */
  render(
    items: readonly MediaItem[],
    post: Post,
    strings: PostStrings,
    locale: string,
  ): TemplateResult {
    const postUrl = safeLink(post.url);
    return renderMedia(items, {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      ...(postUrl ? { postUrl } : {}),
      idPrefix: 'media-',
      altOpen: this.#altOpen,
      playing: (index) => this.#isPlaying(index),
      hlsPlayable: canPlayHls(),
      sensitive: Boolean(post.sensitive),
      covered: !this.#revealed,
      toggleAlt: (index) =>
        this.#change(() => {
          const next = new Set(this.#altOpen);
          if (!next.delete(index)) next.add(index);
          this.#altOpen = next;
        }),
      toggleAnimation: (index) =>
        this.#change(() => {
          this.#animationChoice = new Map(this.#animationChoice).set(
            index,
            !this.#isPlaying(index),
          );
        }),
      openLightbox: (index) => void this.#openLightbox(index),
      preloadLightbox: () => void this.#loadLightbox(),
      toggleCover: () => void this.#toggleCover(),
    });
  }

  /** Whether the animation at `index` plays: the reader's choice, else only when motion is welcome. */
  #isPlaying(index: number): boolean {
    return this.#animationChoice.get(index) ?? !prefersReducedMotion();
  }

  /**
   * Plays or pauses looping animations to match the state; hidden ones never play.
   * `warned`: a content warning hides the media now.
   */
  sync(post: Post | undefined, warned: boolean): void {
    const visible = !warned && !(post?.sensitive && !this.#revealed);
    for (const video of this.#host.renderRoot.querySelectorAll<HTMLVideoElement>(
      'video.animation',
    )) {
      const play = visible && this.#isPlaying(Number(video.dataset['index']));
      if (play && video.paused) video.play().catch(() => undefined);
      else if (!play && !video.paused) video.pause();
    }
  }

  async #toggleCover(): Promise<void> {
    this.#change(() => (this.#revealed = !this.#revealed));
    await this.#host.updateComplete;
    // The button the reader pressed is gone; its counterpart takes the focus.
    this.#host.renderRoot.querySelector<HTMLElement>('[part~="reveal"]')?.focus();
  }

  /** Loads the lightbox's code once; a failed load (offline) is tried again on the next open. */
  #loadLightbox(): Promise<void> {
    this.#lightboxLoading ??= import('./lightbox.js').then(
      (module) => void (this.#lightbox = module),
      () => void (this.#lightboxLoading = undefined),
    );
    return this.#lightboxLoading;
  }

  /** The lightbox, only while it is open. */
  renderLightbox(
    items: readonly MediaItem[],
    post: Post,
    strings: PostStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const index = this.#lightboxIndex;
    const lightbox = this.#lightbox;
    if (index === undefined || !lightbox) return nothing;
    const images = items.filter((item) => item.kind === 'image');
    if (images.length === 0) return nothing;
    this.#adopt(lightbox.lightboxStyles);
    return lightbox.renderLightbox(images, {
      strings,
      locale,
      ...(post.language ? { language: post.language } : {}),
      index: Math.min(index, images.length - 1),
      go: (next) => this.#change(() => (this.#lightboxIndex = next)),
      closed: () => void this.#lightboxClosed(),
    });
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog.lightbox');
  }

  /** Closes the lightbox (the element left the page). */
  close(): void {
    this.#dialog?.close();
  }

  async #openLightbox(index: number): Promise<void> {
    await this.#loadLightbox();
    if (!this.#lightbox) return;
    this.#change(() => (this.#lightboxIndex = index));
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('.close')?.focus();
  }

  async #lightboxClosed(): Promise<void> {
    const index = this.#lightboxIndex;
    this.#change(() => (this.#lightboxIndex = undefined));
    await this.#host.updateComplete;
    if (index === undefined) return;
    // Back to the image the reader ended on, so they continue from there.
    this.#host.renderRoot.querySelector<HTMLElement>(`[data-image-index="${index}"]`)?.focus();
  }
}

export const mediaStyles = css`
  ${pillButtonStyles}
  .media {
    position: relative;
    border-radius: var(--_media-radius);
  }
  .items {
    display: grid;
    gap: var(--_media-gap);
  }
  .grid {
    display: grid;
    gap: var(--_media-gap);
    border-radius: var(--_media-radius);
    overflow: hidden;
    grid-template-columns: 1fr 1fr;
  }
  /* Several items share one 16:9 box; its size is known before any image arrives. */
  .layout-2,
  .layout-3,
  .layout-4 {
    aspect-ratio: 16 / 9;
    grid-auto-rows: 1fr;
  }
  .layout-2 {
    grid-template-rows: 1fr;
  }
  .layout-3 {
    grid-template-rows: 1fr 1fr;
  }
  .layout-3 > .tile:first-child {
    grid-row: span 2;
  }
  .layout-4 {
    grid-template-rows: 1fr 1fr;
  }
  .layout-many {
    grid-template-columns: repeat(3, 1fr);
  }
  .layout-many > .tile {
    aspect-ratio: 1;
  }
  .layout-1 {
    grid-template-columns: 1fr;
    justify-items: start;
  }
  .layout-1 > .tile {
    aspect-ratio: var(--_ratio, 16 / 9);
    inline-size: min(100%, calc(var(--_media-max) * var(--_ratio, 16 / 9)));
    border-radius: var(--_media-radius);
    overflow: hidden;
  }
  .tile {
    position: relative;
    min-inline-size: 0;
    min-block-size: 0;
    background: var(--_surface-muted);
  }
  .thumb {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
    color: inherit;
  }
  a.thumb,
  span.thumb {
    position: relative;
    cursor: pointer;
  }
  .thumb:focus-visible {
    outline-offset: -4px;
  }
  .tile img,
  .tile video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: var(--_surface-muted);
  }
  .tile video:not(.animation) {
    object-fit: contain;
    background: #000;
  }
  .badge {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-start: 0.5rem;
    padding: 0.1em 0.45em;
    border: 0;
    border-radius: var(--_badge-radius);
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font: inherit;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.03em;
    line-height: 1.5;
    /* WCAG 2.5.8: the ALT button is a pointer target of at least 24 × 24 px. */
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  button.badge {
    cursor: pointer;
  }
  .tile.video .badge {
    inset-block: 0.5rem auto;
  }
  .no-alt {
    background: rgb(0 0 0 / 0.55);
    font-weight: 600;
  }
  .alt-text {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0.75rem 0.75rem 2.5rem;
    overflow: auto;
    background: rgb(0 0 0 / 0.82);
    color: #fff;
    font-size: 0.875rem;
  }
  .alt-text[hidden] {
    display: none;
  }
  .alt-text + .badge,
  .badge[aria-expanded='true'] {
    z-index: 1;
  }
  .animation-toggle {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    cursor: pointer;
  }
  .icon.play,
  .play {
    display: block;
    inline-size: 0;
    block-size: 0;
    border-block: 0.45rem solid transparent;
    border-inline-start: 0.75rem solid currentColor;
    margin-inline-start: 0.2rem;
  }
  .icon.pause {
    display: block;
    inline-size: 0.7rem;
    block-size: 0.8rem;
    border-inline: 0.25rem solid currentColor;
  }
  .thumb .play {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    translate: -50% -50%;
    border-block-width: 1rem;
    border-inline-start-width: 1.6rem;
    color: #fff;
    filter: drop-shadow(0 0 4px rgb(0 0 0 / 0.7));
  }
  .listed {
    display: grid;
    gap: var(--_small-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .listed audio {
    inline-size: 100%;
  }
  .audio-label {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .covered .items {
    filter: blur(1.5rem);
    opacity: 0.7;
    clip-path: inset(0 round var(--_media-radius));
  }
  .cover {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.25rem;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_media-radius);
    background: color-mix(in srgb, var(--_background) 55%, transparent);
    color: inherit;
    font: inherit;
    cursor: pointer;
    text-align: center;
  }
  .covered {
    min-block-size: 6rem;
  }
  .cover-action {
    font-size: 0.875em;
    text-decoration: underline;
  }
  .rehide {
    margin-block-start: var(--_small-gap);
    font-weight: 500;
  }
  @media (forced-colors: active) {
    .tile,
    .grid {
      border: 1px solid CanvasText;
    }
    .cover,
    .badge,
    .animation-toggle {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .covered .items {
      opacity: 0;
    }
    .alt-text {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
