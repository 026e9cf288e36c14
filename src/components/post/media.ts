/**
 * The media of `<social-post>`: a grid of images and videos whose boxes take their final size
 * from the attachments' known dimensions before anything loads, audio players, the ALT badges,
 * and the lightbox dialog. Templates only; the element owns the state and passes it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeLink, safeMedia } from '../../html/url.js';
import { formatNumber } from '../../i18n/format.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Attachment } from '../../model/post.js';
import { styleProperties } from '../shared/style-properties.js';

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
function sizeOf(attachment: Attachment): { width?: number; height?: number } {
  return aspectRatio(attachment)
    ? { width: Math.round(attachment.width!), height: Math.round(attachment.height!) }
    : {};
}

function altControls(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings, altOpen, idPrefix } = context;
  if (!item.alt) {
    // For sighted readers; the image's accessible name already says it has no description.
    return html`<span class="badge no-alt" part="alt-badge" aria-hidden="true"
      >${strings.noAltBadge}</span
    >`;
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
    >
      ${strings.altBadge}<span class="visually-hidden"> ${strings.altBadgeLabel}</span></button
    ><p
      class="alt-text"
      part="alt-text"
      id=${id}
      lang=${ifDefined(context.language)}
      dir="auto"
      ?hidden=${!open}
    >
      ${item.alt}
    </p>`;
}

function renderImage(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings } = context;
  const size = sizeOf(item.attachment);
  return html`<button
      type="button"
      class="thumb"
      part="thumbnail"
      data-image-index=${item.imageIndex!}
      @click=${() => context.openLightbox(item.imageIndex!)}
    >
      <img
        src=${item.preview ?? item.url}
        alt=${item.alt ?? ''}
        width=${ifDefined(size.width)}
        height=${ifDefined(size.height)}
        referrerpolicy="no-referrer"
        loading="lazy"
        decoding="async"
        style=${styleProperties({ 'object-position': objectPosition(item.attachment) })}
      />${item.alt ? nothing : html`<span class="visually-hidden">${strings.imageWithoutAlt}</span>`}<span
        class="visually-hidden"
        >, ${strings.openImage}</span
      >
    </button>
    ${altControls(item, context)}`;
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
    ></video>
    ${altControls(item, context)}`;
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
  const label = html`${poster}<span class="play" aria-hidden="true"></span
    ><span class="visually-hidden"
      >${item.alt ? `${item.alt}. ` : ''}${strings.watchOnSite}</span
    >`;
  const href = safeLink(context.postUrl);
  return href
    ? html`<a class="thumb" part="thumbnail" href=${href} rel="nofollow noopener noreferrer ugc"
        >${label}</a
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
    ></video>
    <button
      type="button"
      class="animation-toggle"
      part="animation-toggle"
      aria-pressed=${playing ? 'true' : 'false'}
      @click=${() => context.toggleAnimation(item.index)}
    >
      <span class=${playing ? 'icon pause' : 'icon play'} aria-hidden="true"></span
      ><span class="visually-hidden">${strings.playAnimation}</span>
    </button>
    ${altControls(item, context)}`;
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
  >
    ${body}
  </div>`;
}

/** Audio players and links to attachments that cannot be shown inline. */
function renderListed(item: MediaItem, context: MediaContext): TemplateResult {
  const { strings } = context;
  if (item.kind === 'audio') {
    return html`<li class="audio">
      ${
        item.alt
          ? html`<p class="audio-label" lang=${ifDefined(context.language)} dir="auto">${item.alt}</p>`
          : nothing
      }
      <audio
        controls
        preload="metadata"
        src=${item.url}
        aria-label=${item.alt ?? strings.audio}
      ></audio>
    </li>`;
  }
  return html`<li>
    <a href=${item.url} rel="nofollow noopener noreferrer ugc"
      >${item.alt ?? strings.openAttachment}</a
    >
  </li>`;
}

/** The media part: the grid, the audio list, and the cover over sensitive media. */
export function renderMedia(items: readonly MediaItem[], context: MediaContext): TemplateResult {
  const { strings } = context;
  const visual = items.filter((item) => item.kind !== 'audio' && item.kind !== 'link');
  const listed = items.filter((item) => item.kind === 'audio' || item.kind === 'link');
  const layout = visual.length > 4 ? 'many' : String(visual.length);
  const lone = visual.length === 1 ? singleRatio(visual[0]!.attachment) : undefined;
  const covered = context.sensitive && context.covered;
  return html`<div part="media" class=${covered ? 'media covered' : 'media'}>
    <div class="items" .inert=${covered}>
      ${
        visual.length > 0
          ? html`<div class="grid layout-${layout}">
            ${visual.map((item) => renderTile(item, context, lone))}
          </div>`
          : nothing
      }
      ${
        listed.length > 0
          ? html`<ul class="listed">
            ${listed.map((item) => renderListed(item, context))}
          </ul>`
          : nothing
      }
    </div>
    ${
      context.sensitive
        ? covered
          ? html`<button type="button" class="cover" part="reveal" @click=${context.toggleCover}>
            <strong>${strings.sensitiveMedia}</strong>
            <span class="cover-action">${strings.showMedia}</span>
          </button>`
          : html`<button type="button" class="rehide" part="reveal" @click=${context.toggleCover}>
            ${strings.hideMedia}
          </button>`
        : nothing
    }
  </div>`;
}

/** What the lightbox needs beyond the media context. */
export interface LightboxContext {
  strings: PostStrings;
  locale: string;
  language?: string;
  close: () => void;
  move: (step: number) => void;
}

/** The contents of the lightbox dialog for the image at `index` among `images`. */
export function renderLightbox(
  images: readonly MediaItem[],
  index: number,
  context: LightboxContext,
): TemplateResult {
  const { strings, locale } = context;
  const item = images[index];
  if (!item) return html``;
  const size = sizeOf(item.attachment);
  const several = images.length > 1;
  return html`<div class="lightbox-bar">
      ${
        several
          ? html`<span class="counter"
            >${strings.imageCounter(
              formatNumber(index + 1, locale),
              formatNumber(images.length, locale),
            )}</span
          >`
          : html`<span></span>`
      }
      <button type="button" class="close" part="close" autofocus @click=${context.close}>
        <span aria-hidden="true">✕</span> ${strings.close}
      </button>
    </div>
    <figure class="lightbox-figure">
      <img
        src=${item.url}
        alt=${item.alt ?? ''}
        width=${ifDefined(size.width)}
        height=${ifDefined(size.height)}
        referrerpolicy="no-referrer"
        decoding="async"
      />
      ${
        item.alt
          ? // The image's alt already says this to a screen reader; the caption is for the eyes.
            html`<figcaption lang=${ifDefined(context.language)} dir="auto" aria-hidden="true">
            ${item.alt}
          </figcaption>`
          : html`<figcaption>${strings.imageWithoutAlt}</figcaption>`
      }
    </figure>
    ${
      several
        ? html`<div class="lightbox-nav">
          <button type="button" class="previous" @click=${() => context.move(-1)}>
            <span aria-hidden="true" class="arrow">‹</span> ${strings.previousImage}
          </button>
          <button type="button" class="next" @click=${() => context.move(1)}>
            ${strings.nextImage} <span aria-hidden="true" class="arrow">›</span>
          </button>
        </div>`
        : nothing
    }`;
}
