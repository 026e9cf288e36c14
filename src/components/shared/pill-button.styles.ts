/**
 * The pill-shaped text buttons: a post's warning toggle and "hide media", the retry of a failed
 * embed or profile card.
 */
import { css } from 'lit';

export const pillButtonStyles = css`
  [part~='toggle'],
  [part~='retry'],
  .rehide {
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
  :is([part~='toggle'], [part~='retry'], .rehide):hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  @media (forced-colors: active) {
    [part~='toggle'],
    [part~='retry'],
    .rehide {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
