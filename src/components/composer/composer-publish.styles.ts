/** Styles of what publishing adds to `<social-composer>`: the failure's details and its retry button. */
import { css } from 'lit';

export const publishStyles = css`
  .server-said q {
    font-style: italic;
  }
  .retry {
    padding: 0.25em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .retry {
      border-color: ButtonText;
    }
  }
`;
