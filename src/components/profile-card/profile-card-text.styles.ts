/** Styles of the bio, fields and links of `<social-profile-card>`, adopted when they first show. */
import { css } from 'lit';

export const profileCardTextStyles = css`
  .name img,
  .bio img,
  .fields img {
    /* Custom emoji sit in the line like letters. */
    block-size: 1.2em;
    inline-size: auto;
    vertical-align: -0.2em;
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
  @media (forced-colors: active) {
    .fields {
      border: 1px solid CanvasText;
    }
    .field.verified,
    .verified-mark {
      color: CanvasText;
      border: 1px solid Highlight;
    }
  }
`;
