/** Why publishing or uploading failed, read from the server's answer into reasons a person can act on. */
import { LoadError, formatDuration, reasonPhrase } from '../net/errors.js';
import type { LoadErrorKind } from '../net/errors.js';

/**
 * What went wrong, in the terms the composer explains to a person. Micropub's error codes
 * (`invalid_request`, `insufficient_scope`, `unauthorized`, `forbidden`) keep their names.
 */
export type PublishErrorReason =
  | 'invalid_request'
  | 'insufficient_scope'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'offline'
  | 'network'
  | 'unexpected'
  | 'config';

const MICROPUB_CODES = new Set<PublishErrorReason>([
  'invalid_request',
  'insufficient_scope',
  'unauthorized',
  'forbidden',
]);

export interface PublishErrorDetails {
  url: string;
  status?: number;
  statusText?: string;
  retryAfter?: Date;
  /** What the server itself said (`error_description`, Mastodon's `error`), in its words. */
  serverMessage?: string;
  /** The request may have reached the server, and a blind retry could post twice. */
  maybePosted?: boolean;
  cause?: unknown;
}

/**
 * A failed publish or upload. It is a `LoadError` (same `kind`, `status`, `url`), so code that
 * handles the network layer's failures handles these too; `reason` picks the words shown.
 */
export class PublishError extends LoadError {
  readonly reason: PublishErrorReason;
  /** What the server said, in its own words, when it said anything readable. */
  readonly serverMessage: string | undefined;
  /**
   * The request may have been received although no answer came (a timeout after sending):
   * for a request without an idempotency key, the person should check before trying again.
   */
  readonly maybePosted: boolean;

  constructor(reason: PublishErrorReason, message: string, details: PublishErrorDetails) {
    super(kindOf(reason), message, details);
    this.reason = reason;
    this.serverMessage = details.serverMessage;
    this.maybePosted = details.maybePosted ?? false;
  }

  /** Whether trying the same request again may succeed without the person changing anything. */
  get retryable(): boolean {
    return ['rate-limit', 'server', 'timeout', 'offline', 'network'].includes(this.reason);
  }
}

function kindOf(reason: PublishErrorReason): LoadErrorKind {
  switch (reason) {
    case 'timeout':
      return 'timeout';
    case 'offline':
    case 'network':
      return 'network';
    case 'rate-limit':
      return 'rate-limit';
    case 'config':
      return 'url';
    case 'unexpected':
      return 'parse';
    default:
      return 'http';
  }
}

/** The reason for an HTTP status when the body names no error code. */
function reasonForStatus(status: number): PublishErrorReason {
  if (status === 400 || status === 422) return 'invalid_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'unexpected';
}

const ADVICE: Record<PublishErrorReason, string> = {
  invalid_request: 'the server refused the post as sent; the server message says why',
  insufficient_scope:
    'the token or session is valid but lacks the scope to post (Micropub "create", Mastodon "write:statuses")',
  unauthorized: 'no valid credentials: set the token property, or sign in to the site',
  forbidden: 'the account may not post here',
  'too-large': 'the post or a file is larger than the server accepts',
  'rate-limit': 'the server limits how often it takes posts: try again later',
  server: 'the server failed: try again later',
  timeout: 'no answer in time',
  offline: 'the browser is offline',
  network: 'the server could not be reached (down, or not allowing cross-origin requests)',
  unexpected: 'the answer was not one this composer understands',
  config: 'check the action and format attributes',
};

/**
 * Reads an error answer: Micropub's `{"error": code, "error_description": text}` or Mastodon's
 * `{"error": text}`. A known Micropub code decides the reason even when the status disagrees
 * (servers answer `insufficient_scope` with 401 or 403); otherwise the status decides.
 */
export function errorFromResponse(
  url: string,
  status: number,
  statusText: string,
  body: string,
  retryAfter?: Date,
): PublishError {
  let code: string | undefined;
  let description: string | undefined;
  try {
    const data: unknown = JSON.parse(body);
    if (typeof data === 'object' && data !== null) {
      const record = data as Record<string, unknown>;
      if (typeof record.error === 'string') code = record.error.trim();
      if (typeof record.error_description === 'string') {
        description = record.error_description.trim();
      }
    }
  } catch {
    // Not JSON (an HTML error page, say): the status alone decides, and its text is not shown.
  }
  let reason = reasonForStatus(status);
  let serverMessage = description;
  if (code && MICROPUB_CODES.has(code as PublishErrorReason)) {
    reason = code as PublishErrorReason;
  } else if (code) {
    // Mastodon puts its human-readable message in `error` itself.
    serverMessage = description ? `${code}: ${description}` : code;
  }
  const phrase = reasonPhrase(status, statusText);
  const said = serverMessage ? ` The server said: "${serverMessage}".` : '';
  return new PublishError(
    reason,
    `Publishing to ${url} failed with ${status}${phrase ? ` ${phrase}` : ''} (${reason}): ${ADVICE[reason]}.${said}`,
    {
      url,
      status,
      statusText: phrase,
      ...(retryAfter ? { retryAfter } : {}),
      ...(serverMessage ? { serverMessage } : {}),
    },
  );
}

/** No answer within `timeout`; `maybePosted` when the request body was already on its way. */
export function publishTimeout(url: string, timeout: number, maybePosted: boolean): PublishError {
  const check = maybePosted
    ? ' The post may have been received: check before publishing it again.'
    : '';
  return new PublishError(
    'timeout',
    `No answer from ${url} within ${formatDuration(timeout)}.${check}`,
    { url, maybePosted, cause: new DOMException(`Timed out after ${timeout} ms`, 'TimeoutError') },
  );
}

/** `fetch` failed: offline when the browser says so, otherwise unreachable (down, DNS, CORS). */
export function publishNetworkError(url: string, cause: unknown): PublishError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return offline
    ? new PublishError('offline', `The browser is offline: ${url} was not asked.`, { url, cause })
    : new PublishError('network', `Could not reach ${url}: ${ADVICE.network}.`, { url, cause });
}

/** The composer cannot publish with the settings it has. */
export function configError(message: string): PublishError {
  return new PublishError('config', message, { url: '' });
}

/** The server answered success with something unreadable. */
export function unexpectedAnswer(url: string, what: string, cause?: unknown): PublishError {
  return new PublishError('unexpected', `The answer from ${url} could not be read: ${what}.`, {
    url,
    cause,
  });
}

/** Anything thrown while publishing, as a `PublishError` (a host's `fail(error)` may pass anything). */
export function toPublishError(error: unknown, url = ''): PublishError {
  if (error instanceof PublishError) return error;
  if (error instanceof LoadError) {
    const reason: PublishErrorReason =
      error.kind === 'timeout'
        ? 'timeout'
        : error.kind === 'network'
          ? 'network'
          : error.kind === 'rate-limit'
            ? 'rate-limit'
            : error.status
              ? reasonForStatus(error.status)
              : 'unexpected';
    return new PublishError(reason, error.message, {
      url: error.url,
      ...(error.status ? { status: error.status } : {}),
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PublishError('unexpected', message || 'Publishing failed.', { url, cause: error });
}
