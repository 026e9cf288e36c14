/** The typed failures of `load()`: each says what went wrong and what a site owner can do about it. */

/**
 * What kind of failure: elements pick their localized error text and retry policy from this,
 * the English `message` is for the site owner's console.
 */
export type LoadErrorKind =
  'http' | 'timeout' | 'network' | 'rate-limit' | 'abort' | 'parse' | 'url' | 'too-large';

export interface LoadErrorDetails {
  /** The URL that was asked for (absolute when it could be resolved). */
  url: string;
  status?: number;
  statusText?: string;
  /** When the server said it will answer again (`Retry-After`). */
  retryAfter?: Date;
  cause?: unknown;
}

/** Reason phrases for when the response carries none (HTTP/2 and HTTP/3 have no status text). */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The reason phrase of a status, from the response or from the common ones. */
export function reasonPhrase(status: number, statusText = ''): string {
  return statusText.trim() || REASONS[status] || '';
}

/** "15 s" or "200 ms": how long a timeout was, as a person reads it. */
export function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${Math.round(ms)} ms`;
}

/** A failure to load a remote document; `kind` says which, `cause` holds the underlying error. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly kind: LoadErrorKind;
  readonly url: string;
  /** The HTTP status, for `http` and `rate-limit`. */
  readonly status: number | undefined;
  readonly statusText: string | undefined;
  /** When the server will take requests again, when it said so. */
  readonly retryAfter: Date | undefined;

  constructor(kind: LoadErrorKind, message: string, details: LoadErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.statusText = details.statusText;
    this.retryAfter = details.retryAfter;
  }
}

/** What a site owner can do about an HTTP status. */
function httpAdvice(status: number): string {
  if (status === 401 || status === 403) {
    return 'it needs credentials: pass them through the headers property (for example Authorization), or check that the source is public';
  }
  if (status === 404 || status === 410) return 'check the src URL';
  if (status === 406)
    return 'the server has no representation this library reads: check the src URL and format';
  if (status >= 500) return 'the server is having trouble: try again later';
  return 'check the src URL and what the server expects';
}

/** The server answered with an error status. */
export function httpError(
  url: string,
  status: number,
  statusText: string,
  retryAfter?: Date,
): LoadError {
  const reason = reasonPhrase(status, statusText);
  const when = retryAfter ? ` It asks to be tried again after ${retryAfter.toISOString()}.` : '';
  return new LoadError(
    'http',
    `The server answered ${status}${reason ? ` ${reason}` : ''} for ${url} — ${httpAdvice(status)}.${when}`,
    { url, status, statusText: reason, retryAfter },
  );
}

/** The server limits how often it is asked (429), beyond what a retry here may wait for. */
export function rateLimitError(url: string, statusText: string, retryAfter?: Date): LoadError {
  const when = retryAfter
    ? `try again after ${retryAfter.toISOString()}`
    : 'try again later, and load it less often (a longer refresh interval)';
  return new LoadError(
    'rate-limit',
    `The server at ${url} is limiting requests (429 ${reasonPhrase(429, statusText)}): ${when}.`,
    { url, status: 429, statusText: reasonPhrase(429, statusText), retryAfter },
  );
}

/** No complete answer within the time allowed for one try. */
export function timeoutError(url: string, timeout: number, tries: number): LoadError {
  const times = tries > 1 ? ` (${tries} tries)` : '';
  return new LoadError(
    'timeout',
    `No answer from ${url} within ${formatDuration(timeout)}${times}. The server may be slow or overloaded: try again later, or allow more time with the timeout option.`,
    { url, cause: new DOMException(`Timed out after ${timeout} ms`, 'TimeoutError') },
  );
}

/** `fetch` itself failed: DNS, refused connection, TLS, or a response the browser hid (CORS). */
export function networkError(url: string, cause: unknown): LoadError {
  return new LoadError(
    'network',
    `Could not reach ${url}. The server may be down, or it does not allow cross-origin requests (CORS): the site owner must serve it with Access-Control-Allow-Origin, or proxy it through the site.`,
    { url, cause },
  );
}

/** The body is larger than the `maxBytes` cap: reading stopped there and the request was aborted. */
export function tooLargeError(url: string, limit: number): LoadError {
  return new LoadError(
    'too-large',
    `The document at ${url} is larger than ${formatBytes(limit)}, the most this page reads: check the src URL, or raise the cap with the maxBytes option if the document is really that large.`,
    { url },
  );
}

/** "5 MB" or "512 KB": a byte count as a person reads it (binary units, as the cap is set). */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/** Something other than the caller's signal aborted the request (for example a custom fetch). */
export function abortError(url: string, cause: unknown): LoadError {
  return new LoadError('abort', `Loading ${url} was aborted before it finished.`, {
    url,
    cause,
  });
}

/** The URL itself cannot be used. */
export function urlError(url: string, cause: unknown): LoadError {
  return new LoadError(
    'url',
    `"${url}" is not a URL that can be loaded — check the src attribute.`,
    { url, cause },
  );
}

/**
 * The document arrived but could not be read (for callers that run a format on it): wraps the
 * format layer's `FormatError`, whose message already says what was seen and what to do.
 */
export function parseError(url: string, cause: unknown): LoadError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new LoadError('parse', `Could not read the document at ${url}: ${detail}`, {
    url,
    cause,
  });
}

/** True for an abort, whether it came from a signal's default reason or from `fetch`. */
export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof LoadError && error.kind === 'abort') ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'AbortError')
  );
}
