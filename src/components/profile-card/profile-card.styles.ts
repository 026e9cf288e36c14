/** Styles of `<social-profile-card>`: tokens first, then the component's knobs, then private `--_x`. */
import { css } from 'lit';

export const profileCardStyles = css`
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
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
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
  .banner img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
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
  .initial {
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: calc(var(--_avatar-size) * 0.42);
    color: var(--_background);
    background: var(--_muted);
    user-select: none;
  }
  .identity {
    display: grid;
    gap: 0.15rem;
    min-inline-size: 0;
  }
  .name-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_small-gap);
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .compact .name {
    font-size: 1.05em;
  }
  .name a {
    color: inherit;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
  }
  .name a:hover {
    text-decoration: underline;
  }
  .name img,
  .bio img,
  .fields img {
    /* Custom emoji sit in the line like letters. */
    block-size: 1.2em;
    inline-size: auto;
    vertical-align: -0.2em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.05em 0.5em;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
  }
  .handle-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    color: var(--_muted);
    font-size: 0.95em;
    min-inline-size: 0;
  }
  .handle {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .copy {
    display: inline-grid;
    place-items: center;
    inline-size: 1.9rem;
    block-size: 1.9rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_small-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .copy:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .copy-status {
    font-size: 0.85em;
  }
  .copy-status.copied {
    color: var(--_success);
  }
  .copy-status.failed {
    color: var(--_danger);
  }
  .bio {
    overflow-wrap: anywhere;
  }
  .bio p + p {
    margin-block-start: 0.5em;
  }
  .compact .bio {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_bio-lines);
    line-clamp: var(--_bio-lines);
    overflow: hidden;
  }
  /* Mastodon hides the middle of long links and marks the cut. */
  .bio .invisible,
  .fields .invisible {
    display: none;
  }
  .bio .ellipsis::after,
  .fields .ellipsis::after {
    content: '…';
  }

  /* ---- fields and links ---- */
  .fields {
    display: grid;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_small-radius);
    overflow: hidden;
    font-size: 0.9em;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(5rem, 32%) 1fr;
    gap: var(--_small-gap);
    padding: 0.45rem 0.6rem;
  }
  .field + .field {
    border-block-start: 1px solid var(--_border);
  }
  .field dt {
    font-weight: 600;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .field dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .field.verified {
    background: color-mix(in srgb, var(--_success) 10%, transparent);
  }
  .field.verified dd,
  .field.verified dd a {
    color: var(--_success);
  }
  .verified-mark {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    margin-inline-end: 0.35em;
    font-size: 0.85em;
    font-weight: 700;
    vertical-align: 0.05em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }

  /* ---- counts, joined, follow ---- */
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem calc(var(--_gap) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .count {
    font-weight: 700;
  }
  .count-label {
    color: var(--_muted);
  }
  .joined {
    display: flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .follow {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.25rem;
    padding: 0.3em 1.1em;
    font-weight: 700;
    text-decoration: none;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--social-radius-pill, 999px);
    white-space: nowrap;
  }
  .follow:hover {
    background: color-mix(
      in srgb,
      var(--_accent) 85%,
      var(--social-color-text, var(--_default-color-text))
    );
  }
  .compact .head {
    align-items: center;
  }

  /* ---- suspended and empty ---- */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_small-gap) var(--_gap);
    padding: 0.6rem 0.75rem;
    border-inline-start: 4px solid var(--_muted);
    border-radius: var(--_small-radius);
    background: var(--_surface-muted);
  }
  .notice.suspended {
    border-inline-start-color: var(--_danger);
  }
  .notice .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_danger);
  }
  .notice p {
    display: grid;
    flex: 1 1 12rem;
  }
  .suspended .name,
  .suspended .handle {
    color: var(--_muted);
  }

  /* ---- inline ---- */
  .inline {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    vertical-align: bottom;
  }
  .inline .avatar {
    --_avatar-size: 1.5em;
    border: 0;
  }
  .inline a {
    display: inline-flex;
    flex-wrap: wrap;
    column-gap: 0.35em;
    align-items: baseline;
    color: inherit;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
    min-inline-size: 0;
  }
  .inline a:hover .name {
    text-decoration: underline;
  }
  .inline .name {
    font-size: 1em;
    font-weight: 600;
  }
  .inline .handle {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* ---- loading and error ---- */
  .bone {
    display: block;
    border-radius: var(--_small-radius);
    background: var(--_surface-muted);
    animation: pulse 1.6s ease-in-out infinite;
  }
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
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
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

  @media (prefers-reduced-motion: reduce) {
    /* Slower, not gone: the pulse still says "loading". */
    .bone {
      animation-duration: 4s;
    }
  }
  @media (forced-colors: active) {
    .card,
    .fields,
    .badge,
    .notice {
      border: 1px solid CanvasText;
    }
    .field.verified,
    .verified-mark {
      color: CanvasText;
      border: 1px solid Highlight;
    }
    .follow {
      border: 1px solid LinkText;
      background: Canvas;
      color: LinkText;
    }
    .copy,
    [part~='retry'] {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .bone {
      border: 1px solid GrayText;
    }
  }
`;
