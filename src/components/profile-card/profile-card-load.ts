/**
 * How `<social-profile-card>` finds a person: `src` and `handle` to a profile document, loaded
 * and read. A chunk of its own, fetched only by cards that load what they show.
 */
import { parseActor } from '../../formats/index.js';
import type { WebFingerUrl } from '../../formats/webfinger.js';
import type { Actor } from '../../model/actor.js';
import { LoadError, isAbortError, parseError } from '../../net/errors.js';
import { load, type LoadFetch } from '../../net/load.js';

/** Bluesky's public AppView: it answers without a login and allows cross-origin reads. */
const BLUESKY_APPVIEW = 'https://public.api.bsky.app';

/**
 * Profile documents come as ActivityStreams when asked for (a Mastodon profile page answers
 * with its actor), else as JSON or an HTML page with an h-card. No quotes: a CORS-safelisted
 * `Accept` needs no preflight.
 */
const PROFILE_ACCEPT =
  'application/activity+json,application/json;q=0.9,application/feed+json;q=0.9,text/html;q=0.8,*/*;q=0.5';

/** A Bluesky handle: a domain name, with or without the leading `@`. */
const BLUESKY_HANDLE = /^@?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])$/i;

/** What to fetch for a profile, and how to read it. */
export interface ProfileRequest {
  url: string;
  /** The format the URL's shape tells; undefined leaves it to detection. */
  format?: string;
}

/** The AppView's `getProfile` for a handle or DID. */
export function blueskyProfileUrl(actor: string): string {
  const url = new URL('/xrpc/app.bsky.actor.getProfile', BLUESKY_APPVIEW);
  url.searchParams.set('actor', actor);
  return url.href;
}

/**
 * Maps `src` to the request that returns a profile document: a Bluesky profile page becomes
 * `getProfile`; everything else (a Mastodon account or lookup URL, an actor, a page with an
 * h-card, a JSON Feed) is fetched as it is.
 */
export function profileRequest(src: string, base?: string): ProfileRequest {
  let url: URL;
  try {
    url = new URL(src.trim(), base ?? globalThis.document?.baseURI);
  } catch {
    return { url: src.trim() };
  }
  if (url.hostname === 'bsky.app' || url.hostname === 'staging.bsky.app') {
    const profile = /^\/profile\/([^/]+)\/?$/.exec(url.pathname);
    if (profile) {
      return { url: blueskyProfileUrl(decodeURIComponent(profile[1]!)), format: 'bluesky' };
    }
  }
  if (/\/api\/v1\/accounts\/[^/]+\/?$/.test(url.pathname)) {
    return { url: url.href, format: 'mastodon' };
  }
  return { url: url.href };
}

/** The most of a WebFinger answer that is read. */
const WEBFINGER_MAX_BYTES = 256 * 1024;

/** What a load found, with the URL it came from for the load event. */
export interface Loaded {
  actor: Actor;
  url: string;
}

/** The seams a load uses. */
export interface LoadContext {
  fetch: LoadFetch | undefined;
  webfingerUrl: WebFingerUrl | undefined;
  signal: AbortSignal;
  timeout: number | undefined;
}

/** Loads and reads one profile document. */
export async function fetchActor(request: ProfileRequest, context: LoadContext): Promise<Loaded> {
  const result = await load(request.url, {
    signal: context.signal,
    accept: PROFILE_ACCEPT,
    ...(context.fetch ? { fetch: context.fetch } : {}),
    ...(context.timeout !== undefined ? { timeout: context.timeout } : {}),
  });
  context.signal.throwIfAborted();
  try {
    const actor = await parseActor(result.body, {
      url: result.url,
      headers: result.headers,
      ...(result.contentType ? { contentType: result.contentType } : {}),
      ...(request.format ? { format: request.format } : {}),
    });
    return { actor, url: result.url };
  } catch (error) {
    throw parseError(result.url, error);
  }
}

/**
 * `@user@host` through WebFinger to the ActivityPub actor; when the actor cannot be read (a
 * server that only answers signed requests), the Mastodon API's account lookup on the same
 * server; when neither works, the first failure is what the reader is told.
 */
export async function fetchHandle(handle: string, context: LoadContext): Promise<Loaded> {
  const trimmed = handle.trim();
  const bluesky = BLUESKY_HANDLE.exec(trimmed);
  if (bluesky && !trimmed.slice(1).includes('@')) {
    return fetchActor(
      { url: blueskyProfileUrl(bluesky[1]!.toLowerCase()), format: 'bluesky' },
      context,
    );
  }
  const [{ parseHandle, resolveHandle }, { capResponse }] = await Promise.all([
    import('../../formats/webfinger.js'),
    import('../../net/body.js'),
  ]);
  const parts = parseHandle(trimmed);
  if (!parts) {
    throw new LoadError(
      'url',
      `"${trimmed.slice(0, 100)}" is not a handle — write it as @user@host or @name.bsky.social.`,
      { url: trimmed },
    );
  }
  const fetchImpl = context.fetch ?? ((input, init) => fetch(input, init));
  const found = await resolveHandle(trimmed, {
    signal: context.signal,
    // A JRD is a few hundred bytes: a server that streams more is not read into memory.
    fetch: async (input, init) => capResponse(await fetchImpl(input, init), WEBFINGER_MAX_BYTES),
    ...(context.webfingerUrl ? { webfingerUrl: context.webfingerUrl } : {}),
    ...(context.timeout !== undefined ? { timeout: context.timeout } : {}),
  });
  const target = found.actor ?? found.profile!;
  try {
    return await fetchActor({ url: target }, context);
  } catch (error) {
    if (isAbortError(error)) throw error;
    const lookup = new URL('/api/v1/accounts/lookup', target);
    lookup.searchParams.set('acct', parts.user);
    try {
      return await fetchActor({ url: lookup.href, format: 'mastodon' }, context);
    } catch {
      throw error;
    }
  }
}
