/** The pulsing shapes ("bones") every element draws its loading state with. */
import { css } from 'lit';

/**
 * A `.bone` is a block in `--_bone` (the host's muted surface unless it sets its own) that
 * pulses while something loads; each element lays its bones out itself.
 */
export const boneStyles = css`
  .bone {
    display: block;
    border-radius: var(--social-radius-s, 4px);
    background: var(--_bone, var(--_surface-muted));
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Slower, not gone: the pulse still says "loading". */
    .bone {
      animation-duration: 4s;
    }
  }
  @media (forced-colors: active) {
    .bone {
      border: 1px solid GrayText;
    }
  }
`;
