/** The request `load()` sends, in one place, so a request sent ahead of it is the same request. */

/**
 * What every format this library reads is served as, best first. Kept under 128 bytes and free of
 * quotes so that it stays a CORS-safelisted header: a longer one (say with the quoted ActivityStreams
 * `ld+json` profile) would make every cross-origin load send a preflight, which many feed hosts that
 * do allow simple cross-origin reads never answer. `application/json` covers JSON Feed too.
 */
export const DEFAULT_ACCEPT =
  'application/activity+json,application/json,application/rss+xml,application/atom+xml,text/html;q=0.8,*/*;q=0.5';

/** `Accept` (the default unless given), then the caller's own headers over it. */
export function requestHeaders(
  accept: string | undefined,
  extra: HeadersInit | undefined,
): Headers {
  const headers = new Headers({ accept: accept ?? DEFAULT_ACCEPT });
  new Headers(extra).forEach((value, name) => headers.set(name, value));
  return headers;
}

/** One GET with these headers, cookies only to the page's own origin unless told otherwise. */
export function requestInit(
  headers: Headers,
  credentials: RequestCredentials | undefined,
  noStore: boolean,
): RequestInit {
  return {
    method: 'GET',
    headers,
    credentials: credentials ?? 'same-origin',
    redirect: 'follow',
    ...(noStore ? { cache: 'no-store' as const } : {}),
  };
}
