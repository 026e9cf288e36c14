/**
 * Where a standalone `<social-post src>` fetches its post from: a page URL a person copies from
 * the address bar (a Mastodon status, a Bluesky post) becomes the public API URL that answers
 * with JSON, and the format is known from the URL's shape.
 */

/** What to fetch for an embed, and how to read it. */
export interface EmbedRequest {
  url: string;
  /** The format the URL's shape tells; undefined leaves it to the `format` attribute or detection. */
  format?: string;
}

/** Bluesky's public AppView: it answers without a login and allows cross-origin reads. */
export const BLUESKY_APPVIEW = 'https://public.api.bsky.app';

/** `/@user/123` and `/@user@remote.host/123` (a remote status as its home server shows it). */
const MASTODON_STATUS_PAGE = /^\/@[^/]+\/(\d+)\/?$/;
/** `/users/user/statuses/123`, the ActivityPub id that Mastodon also serves as a page. */
const MASTODON_STATUS_ID = /^\/users\/[^/]+\/statuses\/(\d+)\/?$/;
/** The REST API itself: `/api/v1/statuses/123`. */
const MASTODON_STATUS_API = /^\/api\/v1\/statuses\/[^/]+\/?$/;
/** `https://bsky.app/profile/HANDLE-OR-DID/post/RKEY`. */
const BLUESKY_POST_PAGE = /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/;
/** `at://HANDLE-OR-DID/app.bsky.feed.post/RKEY`. */
const AT_URI = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/;

/**
 * The thread of one post with neither replies nor parents: the AppView resolves a handle in the
 * at-URI itself (`getPosts` would need a DID), so no extra round trip is needed.
 */
function blueskyThreadUrl(repository: string, recordKey: string): string {
  const url = new URL('/xrpc/app.bsky.feed.getPostThread', BLUESKY_APPVIEW);
  url.searchParams.set('uri', `at://${repository}/app.bsky.feed.post/${recordKey}`);
  url.searchParams.set('depth', '0');
  url.searchParams.set('parentHeight', '0');
  return url.href;
}

/**
 * Maps `src` to the request that returns its post. Unknown shapes are fetched as they are, for
 * any feed or JSON document; `base` resolves relative `src` values.
 */
export function embedRequest(src: string, base?: string): EmbedRequest {
  const trimmed = src.trim();
  const at = AT_URI.exec(trimmed);
  if (at) {
    return {
      url: blueskyThreadUrl(decodeURIComponent(at[1]!), decodeURIComponent(at[2]!)),
      format: 'bluesky',
    };
  }
  let url: URL;
  try {
    url = new URL(trimmed, base ?? globalThis.document?.baseURI);
  } catch {
    // load() turns an unusable URL into its own typed error, with the site-owner message.
    return { url: trimmed };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { url: url.href };
  if (url.hostname === 'bsky.app' || url.hostname === 'staging.bsky.app') {
    const page = BLUESKY_POST_PAGE.exec(url.pathname);
    if (page) {
      return {
        url: blueskyThreadUrl(decodeURIComponent(page[1]!), decodeURIComponent(page[2]!)),
        format: 'bluesky',
      };
    }
  }
  const status = MASTODON_STATUS_PAGE.exec(url.pathname) ?? MASTODON_STATUS_ID.exec(url.pathname);
  if (status && url.search === '') {
    return { url: new URL(`/api/v1/statuses/${status[1]}`, url.origin).href, format: 'mastodon' };
  }
  if (MASTODON_STATUS_API.test(url.pathname)) return { url: url.href, format: 'mastodon' };
  return { url: url.href };
}
