/** Where a publishing `action` leads: the Mastodon API root and the media endpoint, without the network layer. */
import type { PublishFormat } from './config.js';

/** The page's base URL for relative actions, where there is a page. */
export function documentBase(): string | undefined {
  if (typeof document !== 'undefined') return document.baseURI;
  return typeof location === 'undefined' ? undefined : location.href;
}

/**
 * The Mastodon API root of an `action`: `https://host/api/v1/statuses` and `https://host` both
 * give `https://host/`.
 */
export function mastodonBase(action: string): string {
  const url = new URL(action, documentBase());
  const index = url.pathname.indexOf('/api/v1/');
  // A server under a path prefix keeps it: `https://host/social` is the root `https://host/social/`.
  if (index >= 0) url.pathname = url.pathname.slice(0, index + 1);
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The media endpoint for a publishing `action`, when the format has a fixed one. */
export function defaultMediaEndpoint(action: string, format: PublishFormat): string | undefined {
  return format === 'mastodon' ? new URL('api/v2/media', mastodonBase(action)).href : undefined;
}
