import { css } from 'lit';

export const postStyles = css`
  article {
    --_background: var(
      --social-post-background,
      var(--social-color-surface, light-dark(#ffffff, #16181c))
    );
    --_border: var(
      --social-post-border-color,
      var(--social-color-border, light-dark(#d5d9de, #3a3f45))
    );
    --_muted: var(--social-color-text-muted, light-dark(#536471, #9ba3ab));
    --_padding: var(--social-post-padding, var(--social-space-4, 1rem));
    --_gap: var(--social-space-3, 0.75rem);
    --_avatar-size: var(--social-post-avatar-size, 3rem);
    --_radius: var(--social-post-radius, var(--social-radius-m, 0.75rem));

    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  header {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  [part~='avatar'] {
    flex: none;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: var(--social-avatar-radius, 50%);
    object-fit: cover;
    background: var(--_border);
  }
  .initial {
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: calc(var(--_avatar-size) * 0.45);
    color: var(--_background);
    background: var(--_muted);
    user-select: none;
  }
  .byline {
    display: grid;
    min-inline-size: 0;
  }
  [part~='author'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    align-items: baseline;
    color: inherit;
    text-decoration: none;
    min-inline-size: 0;
  }
  a[part~='author']:hover [part~='name'] {
    text-decoration: underline;
  }
  [part~='name'] {
    font-weight: 700;
  }
  [part~='handle'],
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='handle'] {
    overflow-wrap: anywhere;
  }
  .meta a {
    color: inherit;
    text-decoration: none;
  }
  .meta a:hover {
    text-decoration: underline;
  }
  [part~='body'] {
    white-space: pre-wrap;
    margin: 0;
  }
  [part~='body'][hidden] {
    display: none;
  }
  .warning {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--social-space-2, 0.5rem);
    margin: 0;
  }
  [part~='toggle'] {
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
  [part~='toggle']:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  @media (forced-colors: active) {
    article {
      border-color: CanvasText;
    }
    [part~='toggle'] {
      border-color: ButtonText;
    }
  }
`;
