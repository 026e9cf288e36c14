/** Styles of the person `<social-profile-card>` shows, adopted after its static styles. */
import { css } from 'lit';

export const profileCardViewStyles = css`
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
  }
  .banner img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
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
  @media (forced-colors: active) {
    .badge,
    .notice {
      border: 1px solid CanvasText;
    }
    .follow {
      border: 1px solid LinkText;
      background: Canvas;
      color: LinkText;
    }
    .copy {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
