/** The link card of `<social-post>`: the linked page's image, site, title and description. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { safeLink, safeMedia } from '../../html/url.js';
import type { LinkCard } from '../../model/post.js';

export function renderCard(card: LinkCard): TemplateResult | typeof nothing {
  const href = safeLink(card.url);
  if (!href) return nothing;
  const image = safeMedia(card.image);
  const site = card.siteName?.trim() || new URL(href).hostname;
  const description = card.description?.trim();
  // The spaces between the spans keep the words apart in the link's accessible name.
  return html`<a part="card" class="card" href=${href} rel="nofollow noopener noreferrer ugc"
    >${
      image
        ? html`<span class="card-media"
            ><img
              src=${image}
              alt=${card.imageAlt?.trim() ?? ''}
              referrerpolicy="no-referrer"
              loading="lazy"
              decoding="async"
          /></span>`
        : nothing
    }<span class="card-text"
      ><span class="card-site" dir="auto" .textContent=${site}></span>
      <span class="card-title" dir="auto" .textContent=${card.title?.trim() || href}></span>
      ${
        description
          ? html`<span class="card-description" dir="auto" .textContent=${card.description!}></span>`
          : nothing
      }</span
    ></a
  >`;
}

export const cardStyles = css`
  [part~='card'] {
    display: grid;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_media-radius);
    color: inherit;
    text-decoration: none;
  }
  .card-media {
    display: block;
    aspect-ratio: 1.91 / 1;
    background: var(--_surface-muted);
    border-block-end: 1px solid var(--_border);
  }
  .card-media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .card-text {
    display: grid;
    gap: 0.15rem;
    padding: var(--_small-gap) var(--_gap);
    min-inline-size: 0;
  }
  .card-site,
  .card-description {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card-title {
    font-weight: 600;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
  }
  .card-description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  [part~='card']:hover .card-title {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    [part~='card'] {
      border: 1px solid CanvasText;
    }
  }
`;
