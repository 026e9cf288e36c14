/**
 * The root box of `<social-post>`, which the skeleton and the error share with the post: tokens
 * first, then the component's knobs, then private `--_x`. The post's own rules come with its
 * template (`view.styles.ts`).
 */
import { css } from 'lit';

export const postStyles = css`
  [part~='post'] {
    --_background: var(
      --social-post-background,
      var(--social-color-surface, var(--_default-color-surface))
    );
    --_surface-muted: var(--social-color-surface-muted, var(--_default-color-surface-muted));
    --_border: var(
      --social-post-border-color,
      var(--social-color-border, var(--_default-color-border))
    );
    --_muted: var(--social-color-text-muted, var(--_default-color-text-muted));
    --_accent: var(--social-color-accent, var(--_default-color-accent));
    --_padding: var(--social-post-padding, var(--social-space-4, 1rem));
    --_gap: var(--social-space-3, 0.75rem);
    --_small-gap: var(--social-space-2, 0.5rem);
    --_avatar-size: var(--social-post-avatar-size, 3rem);
    --_radius: var(--social-post-radius, var(--social-radius-m, 0.75rem));
    --_media-radius: var(--social-post-media-radius, var(--social-radius-m, 0.75rem));
    --_media-gap: var(--social-post-media-gap, 0.25rem);
    --_media-max: var(--social-post-media-max-height, 32rem);
    --_badge-radius: var(--social-radius-s, 4px);

    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part~='post']:focus {
    outline: none;
  }
  [part~='post']:focus-visible {
    outline: var(--social-focus-width, var(--_default-focus-width)) solid
      var(--social-color-focus, var(--_default-color-focus));
  }
  @media (forced-colors: active) {
    [part~='post'] {
      border: 1px solid CanvasText;
    }
  }
`;
