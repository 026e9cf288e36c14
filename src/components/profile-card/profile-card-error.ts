/**
 * The error state of `<social-profile-card>`: a chunk of its own, fetched only by a card whose
 * load failed, before the render that shows the failure.
 */
import { html, type TemplateResult } from 'lit';
import { loadReasonText } from '../../i18n/tables/errors.js';
import type { ProfileCardStrings, ProfileErrorReason } from '../../i18n/tables/profile-card.js';
import { LoadError } from '../../net/errors.js';
import { loadErrorContent } from '../shared/load-error.js';
import { loadReasonOf } from '../shared/load-reason.js';
import type { ProfileCardVariant } from './profile-card.js';

export { profileCardErrorStyles } from './profile-card-error.styles.js';

/** The localized reason for a failure, from the typed errors of the network, WebFinger and formats. */
function reasonOf(error: unknown): { reason: ProfileErrorReason; status?: number } {
  if (error instanceof LoadError && (error.status === 404 || error.status === 410)) {
    return { reason: 'not-found' };
  }
  if (error instanceof Error && error.name === 'WebFingerError') {
    const status = (error as Error & { status?: number }).status;
    if (status === 404 || status === 410) return { reason: 'not-found' };
    if (status === 429) return { reason: 'rate-limit' };
    if (status) return { reason: 'http', status };
    // No status: the request itself failed; its cause says how.
    const cause = (error as Error & { cause?: { name?: unknown } }).cause?.name;
    if (cause === 'TimeoutError') return { reason: 'timeout' };
    if (cause === 'BodyTooLarge') return { reason: 'too-large' };
    return cause === undefined ? { reason: 'handle' } : { reason: 'network' };
  }
  return loadReasonOf(error);
}

/** What failed and why, with a retry; `retry` runs with the host as `this`, as Lit binds it. */
export function renderError(
  variant: ProfileCardVariant,
  error: unknown,
  strings: ProfileCardStrings,
  retry: () => void,
): TemplateResult {
  if (variant === 'inline') {
    return html`<span part="card error" class="inline error" tabindex="-1"
      ><span>${strings.loadFailed}</span>
      <button part="retry" type="button" @click=${retry}>${strings.retry}</button
      ><slot></slot
    ></span>`;
  }
  const { reason, status } = reasonOf(error);
  const text = {
    title: strings.loadFailed,
    reason:
      reason === 'not-found'
        ? strings.notFound
        : reason === 'handle'
          ? strings.handleFailed
          : loadReasonText(strings, reason, status),
    details: strings.details,
    retry: strings.retry,
  };
  return html`<div part="card error" class="card ${variant} error" tabindex="-1">
    ${loadErrorContent(text, error, retry)}
  </div>`;
}
