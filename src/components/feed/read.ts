/**
 * How `<social-feed>` reads its sources: one page at a time (network, format detection, paging),
 * merged by the timeline, with a reader-facing reason for a failure. Loaded when a feed first
 * reads a source, so a feed's first render (and a feed given `.posts`) carries none of it.
 */
import { FormatError, parseFeed } from '../../formats/index.js';
import { nextBlueskyUrl } from '../../formats/bluesky-paging.js';
import type { Post } from '../../model/post.js';
import { load, parseError, type LoadFetch } from '../../net/index.js';
import { prefetchReader } from './readers.js';

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
