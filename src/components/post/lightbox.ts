/**
 * The lightbox of `<social-post>`: one image large in a modal `<dialog>`, with its description,
 * a counter, previous/next and the arrow keys. Loaded the first time a reader points at, focuses
 * or opens an image; rendered only while open.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../../i18n/format.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import { sizeOf, type MediaItem } from './media.js';

/** What the lightbox needs from the element: where it is, and how to move or close it. */
export interface LightboxContext {
  strings: PostStrings;
  locale: string;
  language?: string;
  /** The image shown, among `images`. */
  index: number;
  /** Shows the image at this index. */
  go: (index: number) => void;
  /** The dialog closed, by its button, Escape or a click on the backdrop. */
  closed: () => void;
}

function closeDialog(event: Event): void {
  (event.currentTarget as Element).closest('dialog')?.close();
}

function keydown(event: KeyboardEvent, count: number, context: LightboxContext): void {
  const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const step = event.key === forward ? 1 : event.key === backward ? -1 : undefined;
  if (step !== undefined) {
    if (count > 1) context.go((context.index + step + count) % count);
  } else if (event.key === 'Home' && count > 1) context.go(0);
  else if (event.key === 'End' && count > 1) context.go(count - 1);
  else return;
  event.preventDefault();
}

function backdrop(event: MouseEvent): void {
  // A click on the dialog itself (not its contents) is a click on the backdrop.
  if (event.target === event.currentTarget) (event.currentTarget as HTMLDialogElement).close();
}

/** The dialog showing the image at `context.index` among `images`; the element opens it. */
export function renderLightbox(
  images: readonly MediaItem[],
  context: LightboxContext,
): TemplateResult {
  const { strings, locale, index } = context;
  const item = images[index];
  const count = images.length;
  const several = count > 1;
  const size = item ? sizeOf(item.attachment) : {};
  return html`<dialog
    part="lightbox"
    class="lightbox"
    aria-label=${strings.lightbox}
    @close=${context.closed}
    @keydown=${(event: KeyboardEvent) => keydown(event, count, context)}
    @click=${backdrop}
  >
    ${
      item
        ? html`<div class="lightbox-bar">
            ${
              several
                ? html`<span class="counter"
                  >${strings.imageCounter(formatNumber(index + 1, locale), formatNumber(count, locale))}</span
                >`
                : html`<span></span>`
            }
            <button type="button" class="close" part="close" autofocus @click=${closeDialog}>
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
                <button type="button" class="previous" @click=${() => context.go((index - 1 + count) % count)}>
                  <span aria-hidden="true" class="arrow">‹</span> ${strings.previousImage}
                </button>
                <button type="button" class="next" @click=${() => context.go((index + 1) % count)}>
                  ${strings.nextImage} <span aria-hidden="true" class="arrow">›</span>
                </button>
              </div>`
              : nothing
          }`
        : nothing
    }
  </dialog>`;
}

export const lightboxStyles = css`
  .lightbox {
    max-inline-size: min(96vw, 80rem);
    max-block-size: 96vh;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
  }
  .lightbox::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .lightbox-bar,
  .lightbox-nav {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_gap);
  }
  .lightbox-figure {
    display: grid;
    gap: var(--_small-gap);
    justify-items: center;
    margin: var(--_small-gap) 0;
  }
  .lightbox-figure img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 72vh;
    inline-size: auto;
    block-size: auto;
    object-fit: contain;
  }
  .lightbox-figure figcaption {
    max-inline-size: 60ch;
    font-size: 0.9em;
  }
  .lightbox button {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .lightbox .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .lightbox .arrow {
    scale: -1 1;
  }

  @media (forced-colors: active) {
    .lightbox {
      border: 1px solid CanvasText;
    }
    .lightbox button {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
