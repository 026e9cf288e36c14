/** Bluesky's cursor paging, apart from the reader so the feed can page without loading it. */
import { FormatError } from './types.js';

/**
 * Builds the URL of the next page from the URL of this one and the `cursor` the AppView returned.
 * Bluesky pages with an opaque cursor, so `Page.next` holds the cursor itself; a caller that
 * fetched `…/xrpc/app.bsky.feed.getAuthorFeed?actor=alice.example` asks for the same URL with
 * `cursor=<Page.next>` set (any older cursor replaced) to read older posts.
 */
export function nextBlueskyUrl(url: string, cursor: string): string {
  let next: URL;
  try {
    next = new URL(url);
  } catch (error) {
    throw new FormatError(
      `cannot page a Bluesky feed from "${String(url).slice(0, 200)}": it is not an absolute URL; pass the URL the page was fetched from`,
      { format: 'bluesky', cause: error },
    );
  }
  next.searchParams.set('cursor', cursor);
  return next.href;
}
