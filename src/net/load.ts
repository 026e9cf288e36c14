/** The one way the library fetches remote data: timeout, abort, bounded retries, revalidation, `Link`. */
import { parseLinkHeader } from '../formats/link-header.js';
import { BodyTooLarge, DEFAULT_MAX_BYTES, readBody } from './body.js';
import { cacheGet, cacheSet } from './cache.js';
import type { CachedResponse } from './cache.js';
import { decodeBody, parseContentType } from './decode.js';
import {
  LoadError,
  abortError,
  httpError,
  isAbortError,
  networkError,
  rateLimitError,
  timeoutError,
  tooLargeError,
  urlError,
} from './errors.js';
import { requestHeaders, requestInit } from './request.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';

export { DEFAULT_ACCEPT } from './request.js';

/** The shape of the `fetch` seam: the global `fetch` fits, and so does any wrapper that adds auth. */
export type LoadFetch = (input: string, init: RequestInit) => Promise<Response>;

export interface LoadOptions {
  /** Replaces the global `fetch`: the seam for auth, proxies and tests. */
  fetch?: LoadFetch;
  /** Aborting it stops the request and any wait between tries; `load` rejects with its reason. */
  signal?: AbortSignal;
  /** Milliseconds one try may take, body included, before it counts as failed (default 15 000; 0 for none). */
  timeout?: number;
  /** How many more tries after a network error, a timeout, 408, 429 or 5xx (default 2). */
  retries?: number;
  /** The first wait between tries in ms; it doubles each time (default 500). */
  retryDelay?: number;
  /** The longest wait between tries in ms (default 8 000). */
  maxRetryDelay?: number;
  /**
   * The longest `Retry-After` in ms that a retry waits for (default 10 000); a server that asks for
   * more gets no retry, and `load` rejects at once with `retryAfter` set so the caller can say when.
   */
  maxRetryAfter?: number;
  /** Random numbers in [0, 1) for the jitter (default `Math.random`). */
  random?: () => number;
  /** Waits between tries (default a timer); must reject with the signal's reason when it aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Extra request headers, for example `Authorization` set by the host page through a property. */
  headers?: HeadersInit;
  /** The `Accept` header (default `DEFAULT_ACCEPT`). */
  accept?: string;
  /**
   * Whether cookies go along (default 'same-origin', as `fetch` does): a site's own endpoints behind
   * its login work, no cookie leaks to other origins, and `Access-Control-Allow-Origin: *`, which
   * most public feeds send, stays usable ('include' would require the host to name the origin).
   */
  credentials?: RequestCredentials;
  /** 'no-store' skips both the in-memory revalidation cache and the browser's HTTP cache. */
  cache?: 'default' | 'no-store';
  /**
   * The most bytes of body read (default 5 MB; `Infinity` for no cap). A larger body is not read
   * on: the request is aborted and `load` rejects with a `too-large` error, without retrying, so
   * a hostile or broken server cannot fill the page's memory.
   */
  maxBytes?: number;
}

export interface LoadResult {
  /** The final URL, after redirects: resolve relative URLs in the body against it. */
  url: string;
  status: number;
  headers: Headers;
  /** The media type without parameters, lower case (`application/rss+xml`), when the server sent one. */
  contentType: string | undefined;
  /** The `charset` parameter of the `Content-Type`, lower case, when there was one. */
  charset: string | undefined;
  /**
   * The body as text, decoded by its byte order mark, else the charset, else as UTF-8. XML and HTML
   * may name their encoding inside the document instead: readers of those use `bytes` when
   * `charset` is undefined.
   */
  body: string;
  /** The body as received; a copy of its own for each result, so it may be transferred. */
  bytes: ArrayBuffer;
  /** RFC 8288 `Link` header relations (`next`, `prev`, `alternate` …) to absolute URLs. */
  links: Map<string, string>;
  /** The server answered 304 to a revalidation and `body` is the copy kept from before. */
  notModified: boolean;
}

/** Origins that failed a preflight for conditional headers: they are asked without them from now on. */
const noConditionalOrigins = new Set<string>();

type Outcome =
  | { type: 'response'; response: Response; bytes: ArrayBuffer | undefined }
  | { type: 'timeout' }
  | { type: 'error'; error: unknown };

/**
 * Fetches `url` (absolute, or relative to the document) and reads its body as text and bytes.
 * Transient failures are retried a bounded number of times with backoff; a repeated load revalidates
 * with `If-None-Match` / `If-Modified-Since`. Rejects with a {@link LoadError}, or with the signal's
 * reason when the caller aborts.
 */
export async function load(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal } = options;
  signal?.throwIfAborted();

  let target: URL;
  try {
    target = new URL(url, documentBase());
  } catch (error) {
    throw urlError(url, error);
  }
  const href = target.href;
  const fetchImpl: LoadFetch = options.fetch ?? globalThis.fetch;
  const timeout = options.timeout ?? 15_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  const wait = options.sleep ?? sleep;
  const noStore = options.cache === 'no-store';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  const headers = requestHeaders(options.accept, options.headers);
  // The representation depends on what was asked for and, behind auth, on who asked.
  const key = [headers.get('accept'), headers.get('authorization') ?? '', href].join('\n');
  const cached = noStore ? undefined : cacheGet(key);
  let conditional = cached !== undefined && !noConditionalOrigins.has(target.origin);

  for (let attempt = 0; ; attempt++) {
    const attemptHeaders = new Headers(headers);
    if (conditional && cached) {
      if (cached.etag) attemptHeaders.set('if-none-match', cached.etag);
      if (cached.lastModified) attemptHeaders.set('if-modified-since', cached.lastModified);
    }
    const init = requestInit(attemptHeaders, options.credentials, noStore);
    const outcome = await attemptOnce(fetchImpl, href, init, timeout, maxBytes, signal);

    let failure: LoadError;
    let delay: number | undefined;
    if (outcome.type === 'response') {
      const { response } = outcome;
      const finalUrl = response.url || href;
      if (response.status === 304) {
        return cached
          ? revalidated(cached, response.headers)
          : toResult(finalUrl, 304, response.headers, new ArrayBuffer(0), true);
      }
      if (response.ok) {
        const bytes = outcome.bytes ?? new ArrayBuffer(0);
        if (!noStore) {
          cacheSet(key, {
            url: finalUrl,
            status: response.status,
            headers: new Headers(response.headers),
            bytes: bytes.slice(0),
            etag: response.headers.get('etag') ?? undefined,
            lastModified: response.headers.get('last-modified') ?? undefined,
          });
        }
        return toResult(finalUrl, response.status, response.headers, bytes, false);
      }
      const { status, statusText } = response;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      failure =
        status === 429
          ? rateLimitError(href, statusText, retryAfter)
          : httpError(href, status, statusText, retryAfter);
      if (!isRetryableStatus(status)) throw failure;
      if (retryAfter) {
        delay = Math.max(0, retryAfter.getTime() - Date.now());
        // Waiting minutes inside a widget helps nobody: fail now and say when to come back.
        if (delay > (options.maxRetryAfter ?? 10_000)) throw failure;
      }
    } else if (outcome.type === 'timeout') {
      failure = timeoutError(href, timeout, attempt + 1);
    } else {
      const { error } = outcome;
      if (error instanceof LoadError) throw error;
      if (isAbortError(error)) throw abortError(href, error);
      // Conditional headers are not CORS-safelisted: a host that allows simple cross-origin reads
      // but answers no preflight fails here. Ask again plainly, without counting it as a try.
      if (conditional && isCrossOrigin(target)) {
        noConditionalOrigins.add(target.origin);
        conditional = false;
        attempt--;
        continue;
      }
      failure = networkError(href, error);
    }

    if (attempt >= retries) throw failure;
    await wait(
      delay ??
        backoffDelay(
          attempt,
          options.retryDelay ?? 500,
          options.maxRetryDelay ?? 8_000,
          options.random,
        ),
      signal,
    );
    signal?.throwIfAborted();
  }
}

/**
 * One request and its body under one timer. The fetch is raced against the abort as well as given
 * the signal, so a custom `fetch` that ignores the signal still cannot hang `load`.
 */
async function attemptOnce(
  fetchImpl: LoadFetch,
  url: string,
  init: RequestInit,
  timeout: number,
  maxBytes: number,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome> {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer =
    timeout > 0 && Number.isFinite(timeout)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`Timed out after ${timeout} ms`, 'TimeoutError'));
        }, timeout)
      : undefined;
  try {
    const response = await untilAborted(
      fetchImpl(url, { ...init, signal: controller.signal }),
      controller.signal,
    );
    if (!response.ok && response.status !== 304) {
      // Only the status matters: let the connection go instead of downloading an error page.
      response.body?.cancel().catch(() => undefined);
      return { type: 'response', response, bytes: undefined };
    }
    const bytes =
      response.status === 304
        ? undefined
        : await untilAborted(readBody(response, maxBytes, controller.signal), controller.signal);
    return { type: 'response', response, bytes };
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    if (error instanceof BodyTooLarge) {
      // Let the connection go at once: what is left of the body is never downloaded.
      controller.abort(error);
      return { type: 'error', error: tooLargeError(url, error.limit) };
    }
    if (timedOut) return { type: 'timeout' };
    return { type: 'error', error };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The kept response, with the headers a 304 refreshed (RFC 9111 §4.3.4). */
function revalidated(cached: CachedResponse, fresh: Headers): LoadResult {
  const headers = new Headers(cached.headers);
  fresh.forEach((value, name) => {
    // A 304 has no body: its framing headers say nothing about the kept one.
    if (
      !['content-length', 'content-encoding', 'content-type', 'transfer-encoding'].includes(name)
    ) {
      headers.set(name, value);
    }
  });
  cached.headers = headers;
  return toResult(cached.url, cached.status, headers, cached.bytes.slice(0), true);
}

function toResult(
  url: string,
  status: number,
  headers: Headers,
  bytes: ArrayBuffer,
  notModified: boolean,
): LoadResult {
  const { type, charset } = parseContentType(headers.get('content-type'));
  const link = headers.get('link');
  return {
    url,
    status,
    headers,
    contentType: type,
    charset,
    body: decodeBody(bytes, charset),
    bytes,
    links: link ? parseLinkHeader(link, url) : new Map(),
    notModified,
  };
}

function documentBase(): string | undefined {
  if (typeof document !== 'undefined') return document.baseURI;
  return typeof location === 'undefined' ? undefined : location.href;
}

function isCrossOrigin(target: URL): boolean {
  return typeof location === 'undefined' || target.origin !== location.origin;
}
