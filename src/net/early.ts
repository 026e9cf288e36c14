/**
 * A source's first request, sent while the code that reads it is still loading: `load()` takes the
 * response over through its `fetch` seam, so the page and the reading code travel together instead
 * of one after the other. Small on purpose: it ships with an element's first render.
 */
import type { LoadFetch } from './load.js';
import { requestHeaders, requestInit } from './request.js';

/** A request already on its way, for the one `load()` that will ask for it. */
export interface EarlyRequest {
  /**
   * Whether `load()` would send this same request now: the same URL, headers and `fetch`. A
   * source whose headers or `fetch` changed since must not be answered by the old request.
   */
  matches(url: string, headers: HeadersInit | undefined, fetch: LoadFetch | undefined): boolean;
  /**
   * For `load()`'s `fetch` option: its first call for this URL gets the response already on its
   * way (under `load()`'s own signal from then on, so its timeout and abort still apply); every
   * other call, a retry say, goes out as usual.
   */
  readonly fetch: LoadFetch;
  /** Aborts the request unless `load()` has taken it over. */
  cancel(): void;
}

/**
 * Sends now the request `load(url, { headers, fetch })` would send (`Accept`, the headers, cookies
 * to the page's origin only). Undefined for a URL or headers that do not parse: `load()` reports
 * those.
 */
export function sendEarly(
  url: string,
  options: { headers?: HeadersInit; fetch?: LoadFetch } = {},
): EarlyRequest | undefined {
  let href: string;
  let headers: Headers;
  try {
    href = new URL(url, document.baseURI).href;
    headers = requestHeaders(undefined, options.headers);
  } catch {
    return undefined;
  }
  const sent = headerList(headers);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let response: Promise<Response>;
  try {
    response = fetchImpl(href, {
      ...requestInit(headers, undefined, false),
      signal: controller.signal,
    });
  } catch (error) {
    response = Promise.reject(error);
  }
  // Until `load()` takes it, a failure is nobody's to report; `load()` then sees it like its own.
  response.catch(() => undefined);
  let taken = false;
  return {
    matches: (other, otherHeaders, otherFetch) =>
      !taken &&
      !controller.signal.aborted &&
      (otherFetch ?? globalThis.fetch) === fetchImpl &&
      absolute(other) === href &&
      sameHeaders(otherHeaders, sent),
    fetch: (input, init) => {
      if (taken || controller.signal.aborted || input !== href) return fetchImpl(input, init);
      taken = true;
      const signal = init.signal;
      if (signal?.aborted) controller.abort(signal.reason);
      else signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
      return response;
    },
    cancel: () => {
      if (!taken) controller.abort();
    },
  };
}

function absolute(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** Whether `headers` (with `Accept` as `load()` adds it) are the ones listed; false for invalid ones. */
function sameHeaders(headers: HeadersInit | undefined, list: string): boolean {
  try {
    return headerList(requestHeaders(undefined, headers)) === list;
  } catch {
    return false;
  }
}

/** The headers as one comparable string (`Headers` iterates sorted, names lower-cased). */
function headerList(headers: Headers): string {
  return [...headers].map(([name, value]) => `${name}: ${value}`).join('\n');
}
