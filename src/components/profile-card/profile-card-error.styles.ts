/** Styles of the error state of `<social-profile-card>`, adopted when it first shows. */
import { css } from 'lit';
import { loadErrorStyles } from '../shared/load-error.js';
import { pillButtonStyles } from '../shared/pill-button.styles.js';

export const profileCardErrorStyles = [
  loadErrorStyles,
  pillButtonStyles,
  css`
    .inline.error {
      padding-inline-start: 0.4em;
      border-inline-start-width: 3px;
    }
    .inline.error:focus {
      outline: none;
    }
  `,
];
