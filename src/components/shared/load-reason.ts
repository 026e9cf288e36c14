/** One mapping from the network and format layers' typed failures to the reason readers are told. */
import type { LoadReason } from '../../i18n/tables/errors.js';
import { LoadError, type LoadErrorKind } from '../../net/errors.js';

/**
 * Load error kinds by the reason they show; `abort` reads as "could not be reached". Typed by
 * kind, so a kind added to the network layer fails the build until it has words here.
 */
const REASONS: Record<LoadErrorKind, LoadReason> = {
  http: 'http',
  timeout: 'timeout',
  network: 'network',
  abort: 'network',
  'rate-limit': 'rate-limit',
  parse: 'parse',
  url: 'url',
  'too-large': 'too-large',
};

/**
 * The reason and, for an HTTP error, the status of a failure: `LoadError` by its kind, the format
 * layer's `FormatError` as `parse`, anything else as `other`.
 */
export function loadReasonOf(error: unknown): { reason: LoadReason; status?: number } {
  if (error instanceof LoadError) {
    const reason = REASONS[error.kind] ?? 'other';
    return reason === 'http' && error.status ? { reason, status: error.status } : { reason };
  }
  if (error instanceof Error && error.name === 'FormatError') return { reason: 'parse' };
  return { reason: 'other' };
}
