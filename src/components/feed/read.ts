/**
 * How `<social-feed>` reads its sources: one page at a time (network, format detection, paging),
 * merged by the timeline, with a reader-facing reason for a failure. Loaded when a feed first
 * reads a source, so a feed's first render (and a feed given `.posts`) carries none of it.
 */
import { FormatError, parseFeed } from '../../formats/index.js';
import { nextBlueskyUrl } from '../../formats/bluesky-paging.js';
import type { Post } from '../../model/post.js';
import { load, parseError, type LoadFetch } from '../../net/index.js';

export { loadReasonOf } from '../shared/load-reason.js';
export { createTimeline } from '../../timeline/timeline.js';

/** A page as the feed's timeline takes it: the next page is a URL whatever the format pages with. */
export interface ReadPage {
  posts: Post[];
  next?: string;
  prev?: string;
  format: string;
}

export interface ReadOptions {
  signal: AbortSignal;
  fetch?: LoadFetch;
  headers?: HeadersInit;
  timeout?: number;
  format?: string;
}

/**
 * The readers by the names and aliases a source's `format` may give. The same modules the
 * format registry loads on demand, so a reader fetched early is the one it then uses.
 */
const READERS: Record<string, () => Promise<unknown>> = {
  mastodon: () => import('../../formats/mastodon.js'),
  bluesky: () => import('../../formats/bluesky.js'),
  activitystreams: () => import('../../formats/activitystreams.js'),
  jsonfeed: () => import('../../formats/jsonfeed.js'),
  rss: () => import('../../formats/rss.js'),
  microformats: () => import('../../formats/microformats.js'),
};
const READER_ALIASES: Record<string, string> = {
  atproto: 'bluesky',
  activitypub: 'activitystreams',
  as2: 'activitystreams',
  'json-feed': 'jsonfeed',
  atom: 'rss',
  rss2: 'rss',
  mf2: 'microformats',
  'h-feed': 'microformats',
  microformats2: 'microformats',
};

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
function prefetchReader(url: string, format: string | undefined): void {
  const wanted = format?.toLowerCase();
  const name = wanted && wanted !== 'auto' ? (READER_ALIASES[wanted] ?? wanted) : likelyReader(url);
  if (name && Object.hasOwn(READERS, name)) READERS[name]!().catch(() => undefined);
}

/** Fetches and parses one page; an unreadable document fails as a `parse` load error. */
export async function readPage(url: string, options: ReadOptions): Promise<ReadPage> {
  const { format, ...loadOptions } = options;
  prefetchReader(url, format);
  const result = await load(url, loadOptions);
  let page;
  try {
    page = await parseFeed(result.body, {
      url: result.url,
      ...(result.contentType ? { contentType: result.contentType } : {}),
      headers: result.headers,
      ...(format ? { format } : {}),
    });
  } catch (error) {
    throw error instanceof FormatError ? parseError(result.url, error) : error;
  }
  // Bluesky pages with an opaque cursor; every other format links the next page by URL.
  let next = page.next;
  if (next !== undefined && page.format === 'bluesky') next = nextBlueskyUrl(result.url, next);
  return {
    posts: page.posts,
    format: page.format,
    ...(next !== undefined ? { next } : {}),
    ...(page.prev !== undefined ? { prev: page.prev } : {}),
  };
}
