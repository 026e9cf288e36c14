/** Styles of `<social-feed>`: tokens first, then the feed's knobs, then private `--_*` values. */
import { css } from 'lit';
import { boneStyles } from '../../styles/skeleton.js';

export const feedStyles = [
  boneStyles,
  css`
  .root {
    --_gap: var(--social-feed-gap, var(--social-space-3, 0.75rem));
    --_space: var(--social-space-2, 0.5rem);
    --_padding: var(--social-space-4, 1rem);
    --_radius: var(--social-radius-m, 0.75rem);
    --_pill: var(--social-radius-pill, 999px);
    --_surface: var(--social-color-surface, var(--_default-color-surface));
    --_border: var(--social-color-border, var(--_default-color-border));
    --_muted: var(--social-color-text-muted, var(--_default-color-text-muted));
    --_accent: var(--social-color-accent, var(--_default-color-accent));
    --_on-accent: var(--social-color-on-accent, var(--_default-color-on-accent));
    --_danger: var(--social-color-danger, var(--_default-color-danger));
    --_skeleton: var(
      --social-feed-skeleton-color,
      color-mix(in srgb, currentColor 10%, transparent)
    );
    --_skeleton-height: var(--social-feed-skeleton-height, 9rem);

    display: flow-root;
  }

  .feed {
    display: flow-root;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .errors {
    display: grid;
    gap: var(--_space);
    margin-block-end: var(--_gap);
  }
  .error {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-text,
  .cause {
    margin: 0;
  }
  .retry,
  .load-more {
    padding: 0.4em 1.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_surface);
    font-weight: 600;
  }
  .retry:hover,
  .load-more:hover {
    background-image: linear-gradient(
      color-mix(in srgb, currentColor 8%, transparent),
      color-mix(in srgb, currentColor 8%, transparent)
    );
  }
  .skeletons {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton {
    display: grid;
    grid-template-columns: 3rem 1fr;
    grid-template-rows: auto auto 1fr;
    gap: var(--_space) var(--_gap);
    block-size: var(--_skeleton-height);
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bone {
    --_bone: var(--_skeleton);
  }
  .bone.avatar {
    grid-row: span 3;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
  }
  .bone.line {
    block-size: 0.9em;
  }
  .bone.short {
    inline-size: 60%;
  }

  .skip-link,
  .end {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus,
  .end:focus {
    position: static;
    display: block;
    inline-size: auto;
    block-size: auto;
    margin: 0 0 var(--_gap);
    padding: var(--_space) var(--_padding);
    overflow: visible;
    clip-path: none;
    white-space: normal;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .end:focus {
    color: var(--_muted);
    text-align: center;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .bone {
      background: GrayText;
    }
    .retry,
    .load-more {
      border-color: ButtonText;
    }
  }
`,
];
