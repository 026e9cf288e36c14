/** Styles of what server discovery adds to `<social-composer>`: the syndication targets. */
import { css } from 'lit';

export const discoveryStyles = css`
  .syndication {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_small-gap) var(--_gap);
    margin: 0;
    padding: var(--_small-gap) var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
  }
  .syndication legend {
    font-size: 0.875em;
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .syndication label {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    font-weight: 400;
  }
`;
