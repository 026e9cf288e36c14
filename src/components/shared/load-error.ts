/**
 * The inside of a "could not load" block, shared by every element that loads its own data: what
 * failed, why in words, the technical cause on demand, and a retry next to the light-DOM fallback.
 */
import { css, html, type TemplateResult } from 'lit';

export interface LoadErrorText {
  /** What could not load ("This post could not be loaded."). */
  title: string;
  /** Why, in words a reader understands. */
  reason: string;
  /** The label of the disclosure that holds the cause. */
  details: string;
  /** The retry button's label. */
  retry: string;
}

/**
 * The block's content. `cause` is the error's own message, meant for the site owner: it is shown
 * as written (English, left to right). `onRetry` runs with the host as `this`, as Lit binds it.
 */
export function loadErrorContent(
  text: LoadErrorText,
  cause: unknown,
  onRetry: (event: Event) => void,
): TemplateResult {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return html`<p class="error-title">${text.title}</p>
    <p class="error-reason">${text.reason}</p>
    <details class="error-details">
      <summary>${text.details}</summary>
      <p class="error-cause" lang="en" dir="ltr">${detail}</p>
    </details>
    <p class="error-actions">
      <button part="retry" type="button" @click=${onRetry}>${text.retry}</button>
      <span class="fallback"><slot></slot></span>
    </p>`;
}

/**
 * Styles for `loadErrorContent()`; the host's `--_muted` and `--_gap` apply where set. List them
 * after the element's own styles, so the error's border wins over the card's.
 */
export const loadErrorStyles = css`
  .error {
    border-inline-start: 4px solid var(--social-color-danger, var(--_default-color-danger));
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 700;
  }
  .error-details {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error-cause {
    overflow-wrap: anywhere;
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
`;
