/**
 * The reader a feed's source will need, guessed from its `format` or its URL and loaded early:
 * small enough for a feed's first render, so the reader travels with the first page.
 */
import { preloadFormat } from '../../formats/loaders.js';

/** The reader a source's URL almost surely needs; undefined when only its answer can tell. */
function likelyReader(url: string): string | undefined {
  let path;
  try {
    path = new URL(url, document.baseURI).pathname.toLowerCase();
  } catch {
    return undefined;
  }
  if (/\/api\/v[12]\//.test(path)) return 'mastodon';
  if (path.includes('/xrpc/app.bsky.')) return 'bluesky';
  if (/\/outbox\/?$/.test(path)) return 'activitystreams';
  if (/\.json$|\/feed\.json|\/json\/?$/.test(path)) return 'jsonfeed';
  if (/\.(rss|atom|xml)$|\/(rss|atom|feed)\/?$/.test(path)) return 'rss';
  return undefined;
}

/**
 * Starts loading the reader a page will need while the page itself downloads, so the reader is
 * not one more round trip after it. A guess that proves wrong costs one small chunk; a failed
 * load is the registry's to report when it really needs the reader.
 */
export function prefetchReader(url: string, format: string | undefined): void {
  const wanted = format?.trim();
  const name = wanted && wanted.toLowerCase() !== 'auto' ? wanted : likelyReader(url);
  if (name) void preloadFormat(name);
}
