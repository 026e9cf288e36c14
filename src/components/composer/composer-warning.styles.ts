/**
 * Styles of the content warning field of `<social-composer>` and of its toggle while pressed
 * (which it only is with the field shown), adopted when that part loads.
 */
import { css } from 'lit';

export const warningStyles = css`
  .warning-field {
    display: grid;
    gap: 0.25rem;
    padding-block-end: var(--_gap);
    border-block-end: 1px solid var(--_border);
  }
  [part~='warning'] {
    inline-size: 100%;
    padding: var(--_small-gap);
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_caution);
    border-radius: var(--_field-radius);
  }
  [part~='warning']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  [part~='warning'][readonly] {
    color: var(--_muted);
  }
  .icon[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    border-color: var(--_accent);
  }

  @media (forced-colors: active) {
    [part~='warning'] {
      border-color: CanvasText;
    }
    .icon[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      /* Already system colours; without this the text's Canvas backplate hides HighlightText. */
      forced-color-adjust: none;
    }
  }
`;
