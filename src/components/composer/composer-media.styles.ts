/**
 * Styles of the media part of `<social-composer>` (the images and the drop target), adopted when
 * that part loads: after the element's own sheet, so its forced-colors rules come last here too.
 */
import { css } from 'lit';

export const mediaStyles = css`
  .composer.dragging {
    border-style: dashed;
    border-color: var(--_accent);
  }
  .drop-hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_background) 85%, transparent);
    color: var(--_accent);
    font-weight: 700;
    pointer-events: none;
  }
  .media {
    --_thumbnail: var(--social-composer-thumbnail-size, 5rem);

    display: grid;
    gap: var(--_small-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .media-item {
    display: grid;
    grid-template-columns: var(--_thumbnail) 1fr auto;
    gap: var(--_small-gap);
    align-items: start;
    padding: var(--_small-gap);
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
  }
  [part~='thumbnail'] {
    inline-size: var(--_thumbnail);
    block-size: var(--_thumbnail);
    object-fit: cover;
    border-radius: var(--_field-radius);
    background: var(--_border);
  }
  .no-thumbnail {
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  .media-fields {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .media-fields label {
    overflow-wrap: anywhere;
  }
  [part~='alt'] {
    resize: vertical;
    font-size: 0.9em;
  }
  [part~='alt'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part~='progress'] {
    inline-size: 100%;
    block-size: 0.4rem;
    accent-color: var(--_accent);
  }
  .item-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
  }

  [part~='alt']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .remove {
    color: inherit;
    min-inline-size: 2rem;
    min-block-size: 2rem;
  }
  .link {
    padding: 0;
    border: 0;
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    font-weight: 600;
    color: var(--social-color-link, var(--_default-color-link));
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .media-item {
      border-color: CanvasText;
    }
    .drop-hint {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
