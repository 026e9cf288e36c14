/**
 * WebFinger (RFC 7033) for fediverse handles: `@user@host` → the JRD at
 * `https://host/.well-known/webfinger?resource=acct:user@host` → the ActivityPub actor and the
 * profile page it names. Reading the JRD is a pure function; `resolveHandle` adds the one request.
 */
import { FormatError } from './types.js';
import { absoluteUrl, asArray, asString, isObject, parseJson } from './util.js';

/** A fediverse handle taken apart. */
export interface Handle {
  user: string;
  /** The host as written, lower case, with a port when one was given. */
  host: string;
}

/** What a WebFinger answer says about an account. */
export interface WebFingerResult {
  /** The `subject` the server answered for (`acct:user@host`), which may differ from the one asked. */
  subject?: string;
  /** The ActivityPub actor (`rel=self`, an ActivityStreams type). */
  actor?: string;
  /** The profile page for people (`rel=http://webfinger.net/rel/profile-page`). */
  profile?: string;
}

/** Where a WebFinger request for `handle` goes; replaceable, for tests and proxies. */
export type WebFingerUrl = (handle: Handle) => string;

export interface ResolveHandleOptions {
  /** Replaces the global `fetch` (auth, proxies, tests). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Aborting it stops the request; `resolveHandle` rejects with its reason. */
  signal?: AbortSignal;
  /** Milliseconds the request may take (default 15 000). */
  timeout?: number;
  /**
   * Builds the request URL (default {@link webfingerUrl}): a site can route lookups through its
   * own origin, and tests point them at a local server instead of `https://host`.
   */
  webfingerUrl?: WebFingerUrl;
}

/** A WebFinger request that the server answered with an error status (404: no such account). */
export class WebFingerError extends Error {
  override readonly name = 'WebFingerError';
  /** The HTTP status, or undefined when the request itself failed. */
  readonly status: number | undefined;
  /** The URL that was asked. */
  readonly url: string;

  constructor(message: string, url: string, status?: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.url = url;
    this.status = status;
  }
}

const HANDLE = /^@?([^@\s/?#]+)@([^@\s/?#]+)$/u;
const PROFILE_PAGE = 'http://webfinger.net/rel/profile-page';
const AS_TYPE = /^application\/(?:activity\+json|ld\+json\s*;.*activitystreams)/i;

/** `@user@host` (or `user@host`, or `acct:user@host`) as its parts; undefined when it is not one. */
export function parseHandle(handle: string): Handle | undefined {
  const match = HANDLE.exec(handle.trim().replace(/^acct:/i, ''));
  if (!match) return undefined;
  const host = match[2]!.toLowerCase();
  // A host must be one a URL can hold: this rejects spaces, userinfo and other surprises.
  try {
    if (new URL(`https://${host}/`).host !== host) return undefined;
  } catch {
    return undefined;
  }
  return { user: match[1]!, host };
}

/** The standard WebFinger URL for a handle: `https://host/.well-known/webfinger?resource=acct:…`. */
export function webfingerUrl(handle: Handle): string {
  const url = new URL('/.well-known/webfinger', `https://${handle.host}`);
  url.searchParams.set('resource', `acct:${handle.user}@${handle.host}`);
  return url.href;
}

/**
 * Reads a JRD document. Links are resolved against `base` and kept only when http(s). Throws a
 * `FormatError` naming what was seen when the body is no JRD, or names neither actor nor page.
 */
export function parseWebFinger(body: string, base?: string): WebFingerResult {
  let data: unknown;
  try {
    data = parseJson(body);
  } catch (error) {
    throw new FormatError(
      `expected a WebFinger JSON document (JRD), got text that is not JSON; check that the server supports WebFinger`,
      { format: 'webfinger', cause: error },
    );
  }
  if (!isObject(data)) {
    throw new FormatError(
      `expected a WebFinger JSON object (JRD) with "links", got ${Array.isArray(data) ? 'an array' : typeof data}`,
      { format: 'webfinger' },
    );
  }
  const result: WebFingerResult = {};
  const subject = asString(data['subject']);
  if (subject) result.subject = subject;
  for (const link of asArray(data['links'])) {
    if (!isObject(link)) continue;
    const rel = asString(link['rel']);
    const type = asString(link['type']) ?? '';
    const href = absoluteUrl(link['href'], base);
    if (!href) continue;
    if (rel === 'self' && AS_TYPE.test(type)) result.actor ??= href;
    else if (rel === PROFILE_PAGE) result.profile ??= href;
  }
  if (!result.actor && !result.profile) {
    const keys = Object.keys(data).slice(0, 8).join(', ') || 'none';
    throw new FormatError(
      `the WebFinger answer${subject ? ` for ${subject}` : ''} names no ActivityPub actor (rel=self, type application/activity+json) and no profile page (keys: ${keys})`,
      { format: 'webfinger' },
    );
  }
  return result;
}

/**
 * Asks the handle's server who `@user@host` is. Rejects with a `TypeError` for something that is
 * no handle, a `WebFingerError` for an error status (404 when the account does not exist) or a
 * failed request, a `FormatError` for an unreadable answer, or the signal's reason when aborted.
 */
export async function resolveHandle(
  handle: string,
  options: ResolveHandleOptions = {},
): Promise<WebFingerResult> {
  const parts = parseHandle(handle);
  if (!parts) {
    throw new TypeError(
      `"${handle.slice(0, 100)}" is not a fediverse handle; write it as @user@host`,
    );
  }
  const url = (options.webfingerUrl ?? webfingerUrl)(parts);
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const timeout = AbortSignal.timeout(options.timeout ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  let body: string;
  try {
    // `application/jrd+json` first, as RFC 7033 asks; some servers only know plain JSON.
    response = await fetchImpl(url, {
      headers: { accept: 'application/jrd+json, application/json;q=0.9' },
      signal,
    });
    body = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const timedOut = timeout.aborted;
    throw new WebFingerError(
      timedOut
        ? `WebFinger lookup of ${handle} at ${url} took longer than ${options.timeout ?? 15_000} ms`
        : `WebFinger lookup of ${handle} at ${url} failed before an answer came (offline, or the server does not allow cross-origin requests)`,
      url,
      undefined,
      error,
    );
  }
  if (!response.ok) {
    throw new WebFingerError(
      response.status === 404 || response.status === 410
        ? `${parts.host} knows no account ${handle} (WebFinger answered ${response.status}); check the handle`
        : `WebFinger lookup of ${handle} at ${url} failed with HTTP ${response.status}`,
      url,
      response.status,
    );
  }
  return parseWebFinger(body, response.url || url);
}
