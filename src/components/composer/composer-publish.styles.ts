/**
 * Styles of what publishing adds to `<social-composer>`: the spinner of the publish button, the
 * failure's details and its retry button.
 */
import { css } from 'lit';

export const publishStyles = css`
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
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

  @media (prefers-reduced-motion: reduce) {
    /* Still shows that something is happening, just without the spin. */
    .spinner {
      animation-duration: 3s;
    }
  }
  @media (forced-colors: active) {
    .retry {
      border-color: ButtonText;
    }
  }
`;
