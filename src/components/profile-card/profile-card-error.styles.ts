/** Styles of the error state of `<social-profile-card>`, adopted when it first shows. */
import { css } from 'lit';
import { loadErrorStyles } from '../shared/load-error.js';

export const profileCardErrorStyles = [
  loadErrorStyles,
  css`
    .inline.error {
      padding-inline-start: 0.4em;
      border-inline-start-width: 3px;
    }
    .inline.error:focus {
      outline: none;
    }
    [part~='retry'] {
      font: inherit;
      font-size: 0.875em;
      font-weight: 600;
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--social-radius-pill, 999px);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    [part~='retry']:hover {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    @media (forced-colors: active) {
      [part~='retry'] {
        border: 1px solid ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
    }
  `,
];
