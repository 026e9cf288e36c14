/** Styles of the post `<social-post>` shows (header, byline, text, counts), inside the root box. */
import { css } from 'lit';

export const viewStyles = css`
  /* Icons are masks on a pseudo-element: no SVG nodes in each post, and they take the text color.
     The context lines' icons too (their part loads after these styles); the icons of replies and
     reposts are shared. */
  [part~='counts'] li::before,
  .context.reply::before,
  .context > :is(.repost, .pinned)::before {
    content: '';
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    background: currentColor;
    mask: var(--_icon) center / contain no-repeat;
    forced-color-adjust: none;
  }
  .reply {
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M9 7V3L2 10l7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z'/%3E%3C/svg%3E");
  }
  .repost {
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M7 7h10v3l4-4-4-4v3H5v6h2V7zm10 10H7v-3l-4 4 4 4v-3h12v-6h-2v4z'/%3E%3C/svg%3E");
  }
  .like {
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 21.35l-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z'/%3E%3C/svg%3E");
  }

  /* ---- context, header, byline ---- */
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
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
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
  .meta {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4em;
  }
  .meta a {
    color: inherit;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
  }
  .meta a:hover {
    text-decoration: underline;
  }
  /* WCAG 2.5.8: the permalink is a pointer target of at least 24 × 24 px. */
  .meta > a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  /* The full date, read by screen readers, and shown to keyboard readers on focus. */
  [part~='time']:focus-visible .absolute {
    clip-path: none;
    inline-size: max-content;
    block-size: auto;
    margin: 0;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 1;
    padding: 0.2em 0.5em;
    border-radius: var(--_badge-radius);
    background: var(--social-color-text, var(--_default-color-text));
    color: var(--_background);
  }
  [part~='source'] {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
    font-size: 0.85em;
  }

  /* ---- body ---- */
  .content {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .content[hidden] {
    display: none;
  }
  [part~='body'] {
    margin: 0;
  }
  [part~='body'].text {
    white-space: pre-wrap;
  }
  [part~='body'].html > :first-child {
    margin-block-start: 0;
  }
  [part~='body'].html > :last-child {
    margin-block-end: 0;
  }
  [part~='body'] :is(p, ul, ol, blockquote, pre) {
    margin-block: 0 0.75em;
  }
  [part~='body'] pre {
    overflow-x: auto;
    white-space: pre;
  }
  [part~='body'] blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  [part~='body'] img:not(.emoji) {
    max-inline-size: 100%;
    block-size: auto;
  }
  img.emoji {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
    object-fit: contain;
    margin: 0;
  }

  /* ---- counts ---- */
  [part~='counts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='counts'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  @media (forced-colors: active) {
    /* Kept out of the forced palette (a forced background would hide them): drawn in its text color. */
    [part~='counts'] li::before {
      background: CanvasText;
    }
  }
`;
