/**
 * Styles of `<social-profile-card>` that its first render needs: tokens first, then the
 * component's knobs, then private `--_x`; the frame of the card and the skeleton that holds its
 * size. The person's own parts are styled by `profile-card-view.styles.ts`, adopted with them.
 */
import { css } from 'lit';
import { boneStyles } from '../../styles/skeleton.js';

export const profileCardStyles = [
  boneStyles,
  css`
  :host {
    --_background: var(
      --social-profile-card-background,
      var(--social-color-surface, var(--_default-color-surface))
    );
    --_surface-muted: var(--social-color-surface-muted, var(--_default-color-surface-muted));
    --_border: var(
      --social-profile-card-border-color,
      var(--social-color-border, var(--_default-color-border))
    );
    --_muted: var(--social-color-text-muted, var(--_default-color-text-muted));
    --_accent: var(--social-color-accent, var(--_default-color-accent));
    --_on-accent: var(--social-color-on-accent, var(--_default-color-on-accent));
    --_success: var(--social-color-success, var(--_default-color-success));
    --_danger: var(--social-color-danger, var(--_default-color-danger));
    --_padding: var(--social-profile-card-padding, var(--social-space-4, 1rem));
    --_gap: var(--social-space-3, 0.75rem);
    --_small-gap: var(--social-space-2, 0.5rem);
    --_radius: var(--social-profile-card-radius, var(--social-radius-m, 0.75rem));
    --_small-radius: var(--social-radius-s, 4px);
    --_avatar-size: var(--social-profile-card-avatar-size, 5rem);
    --_banner-ratio: var(--social-profile-card-banner-ratio, 3 / 1);
    --_max: var(--social-profile-card-max-inline-size, 36rem);
    --_bio-lines: var(--social-profile-card-bio-lines, 4);
  }
  :host([variant='compact']) {
    --_avatar-size: var(--social-profile-card-avatar-size, 3.5rem);
    --_max: var(--social-profile-card-max-inline-size, 22rem);
  }
  :host([variant='inline']) {
    display: inline-block;
    vertical-align: baseline;
    max-inline-size: 100%;
    /* In running text the chip speaks in the text's own font unless a token says otherwise. */
    font-family: var(--social-font-family, inherit);
    font-size: var(--social-font-size, inherit);
    line-height: inherit;
  }
  p {
    margin: 0;
  }
  /* ---- the card ---- */
  .card {
    display: grid;
    gap: var(--_gap);
    max-inline-size: var(--_max);
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .card:focus {
    outline: none;
  }
  .card:focus-visible {
    outline: var(--social-focus-width, var(--_default-focus-width)) solid
      var(--social-color-focus, var(--_default-color-focus));
  }
  .banner {
    margin-block-start: calc(var(--_padding) * -1);
    margin-inline: calc(var(--_padding) * -1);
    aspect-ratio: var(--_banner-ratio);
    background: linear-gradient(
      135deg,
      color-mix(in srgb, var(--_accent) 35%, var(--_surface-muted)),
      var(--_surface-muted)
    );
  }
  .head {
    display: flex;
    align-items: end;
    justify-content: space-between;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .full .head {
    /* The avatar sits half over the banner. */
    margin-block-start: calc(var(--_avatar-size) * -0.5 - var(--_gap));
  }
  .avatar {
    flex: none;
    display: block;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: var(--social-avatar-radius, 50%);
    object-fit: cover;
    background: var(--_border);
    border: 3px solid var(--_background);
  }
  .compact .avatar {
    border: 0;
  }
  .identity {
    display: grid;
    gap: 0.15rem;
    min-inline-size: 0;
  }
  .compact .head {
    align-items: center;
  }
  .inline {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    vertical-align: bottom;
  }
  /* ---- loading ---- */
  .banner.bone {
    border-radius: 0;
  }
  .avatar.bone {
    border-radius: var(--social-avatar-radius, 50%);
  }
  .line {
    block-size: 0.9rem;
  }
  .line.short {
    inline-size: 60%;
  }
  .name-bone {
    block-size: 1.3rem;
    inline-size: 45%;
  }
  .handle-bone {
    inline-size: 35%;
  }
  .follow-bone {
    inline-size: 6rem;
    block-size: 2.25rem;
    border-radius: var(--social-radius-pill, 999px);
  }
  .bio-bones {
    display: grid;
    gap: 0.45rem;
  }
  .counts-bones {
    display: flex;
    gap: var(--_gap);
  }
  .count-bone {
    inline-size: 5.5rem;
    block-size: 1.1rem;
  }
  .inline.skeleton .avatar-bone {
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
  }
  .inline.skeleton .line {
    inline-size: 8em;
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`,
];
