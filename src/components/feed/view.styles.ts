/**
 * Styles of what `<social-feed>` shows once posts are in (the list, source toggles, the new-posts
 * button, error details, the empty message, "Load more"): they load with the feed's view part.
 */
import { css } from 'lit';

export const viewStyles = css`
  .feed > social-post {
    display: block;
    /* The windowed list positions posts absolutely: without this they shrink to their text. */
    inline-size: 100%;
    margin-block-end: var(--_gap);
  }
  .feed > social-post:focus-visible {
    outline-offset: 2px;
    border-radius: var(--social-post-radius, var(--_radius));
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_gap);
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.25em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .filter[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .filter .check:empty {
    display: none;
  }

  .new-posts {
    position: sticky;
    inset-block-start: var(--_space);
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0 auto var(--_gap);
    padding: 0.4em 1.1em;
    border: 0;
    border-radius: var(--_pill);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }

  .details {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .details summary {
    cursor: pointer;
  }
  .cause {
    margin-block-start: 0.25em;
    overflow-wrap: anywhere;
  }
  .load-more {
    display: block;
    inline-size: 100%;
    margin-block-end: var(--_gap);
  }

  .empty {
    margin: 0 0 var(--_gap);
    padding: var(--_padding);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  .sentinel {
    block-size: 1px;
  }
  .filter:hover {
    background-image: linear-gradient(
      color-mix(in srgb, currentColor 8%, transparent),
      color-mix(in srgb, currentColor 8%, transparent)
    );
  }

  @media (forced-colors: active) {
    .filter[aria-pressed='true'],
    .new-posts {
      background: Highlight;
      color: HighlightText;
      /* Already system colours; without this the text's Canvas backplate hides HighlightText. */
      forced-color-adjust: none;
      border: 1px solid Highlight;
    }
    .filter {
      border-color: ButtonText;
    }
  }
`;
