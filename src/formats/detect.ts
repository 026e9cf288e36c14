/**
 * Each built-in format's `detect`, apart from its reader: a page loads these few rules up front and
 * fetches only the one reader that the document needs (see `index.ts`).
 */
import type { FormatContext } from './types.js';
import { header } from './util.js';

export const ATOM = 'http://www.w3.org/2005/Atom';
export const ATOM03 = 'http://purl.org/atom/ns#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';

/** Keys only a Mastodon status has (an ActivityStreams Note or a JSON Feed item has none of them). */
const STATUS_KEYS = [
  'spoiler_text',
  'in_reply_to_account_id',
  'reblogs_count',
  'favourites_count',
  'media_attachments',
  'visibility',
  'reblog',
];
const ACCOUNT_KEYS = ['acct', 'display_name', 'followers_count', 'statuses_count', 'avatar_static'];

/** API paths that answer with statuses, and the one that answers with an account. */
const API_PATHS: ReadonlyArray<[RegExp, number]> = [
  [
    /\/api\/v1\/(?:accounts\/[^/]+\/statuses|timelines\/.+|statuses\/[^/]+\/?$|bookmarks|favourites|trends\/statuses)/,
    0.9,
  ],
  [/\/api\/v1\/accounts\/[^/]+\/?$/, 0.85],
];

const AS_TYPES =
  /"type"\s*:\s*\[?\s*"(?:OrderedCollection|OrderedCollectionPage|Collection|CollectionPage|Note|Article|Question|Create|Announce|Person|Service|Application|Group|Organization|Tombstone)"/;

export function detectMastodon(body: string, context: FormatContext): number {
  let score = 0;
  const path = context.url ? safePath(context.url) : undefined;
  if (path) {
    for (const [pattern, weight] of API_PATHS) {
      if (pattern.test(path)) score = Math.max(score, weight);
    }
  }
  const start = body.slice(0, 4096).trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    const has = (key: string) => start.includes(`"${key}"`);
    const statusKeys = STATUS_KEYS.filter(has).length;
    const core = has('id') && has('account') && has('created_at');
    if (core && statusKeys >= 2) score = Math.max(score, 0.95);
    else if (statusKeys >= 3) score = Math.max(score, 0.8);
    if (has('id') && ACCOUNT_KEYS.filter(has).length >= 3) score = Math.max(score, 0.85);
  }
  return score;
}

function safePath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

export function detectBluesky(body: string, context: FormatContext): number {
  try {
    if (/\/xrpc\/app\.bsky\./.test(context.url ?? '')) return 0.95;
    if (typeof body !== 'string') return 0;
    const start = body
      .slice(0, 8192)
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (!start.startsWith('{') && !start.startsWith('[')) return 0;
    const atUri = /"at:\/\/|"did:/.test(start);
    if (/"(feed|thread|posts)"\s*:/.test(start) && atUri) return 0.85;
    if (/"\$type"\s*:\s*"app\.bsky\./.test(start)) return 0.8;
    if (/"uri"\s*:\s*"at:\/\//.test(start)) return 0.7;
    if (/"did"\s*:\s*"did:/.test(start)) return 0.6;
    // A profile view by its key names alone (test snapshots carry placeholder DIDs).
    if (/"did"\s*:/.test(start) && /"handle"\s*:/.test(start) && /"followersCount"\s*:/.test(start))
      return 0.5;
    return 0;
  } catch {
    return 0;
  }
}

export function detectActivityStreams(body: string, context: FormatContext): number {
  let score = 0;
  const contentType = context.contentType?.toLowerCase() ?? '';
  if (contentType.includes('application/activity+json')) score = 0.95;
  else if (contentType.includes('application/ld+json')) {
    score = contentType.includes(AS_CONTEXT) ? 0.95 : 0.6;
  }
  const start = body.slice(0, 4096);
  if (start.includes(AS_CONTEXT) || start.includes('http://www.w3.org/ns/activitystreams')) {
    score = Math.max(score, 0.95);
  } else if (AS_TYPES.test(start)) {
    score = Math.max(score, 0.7);
  }
  return score;
}

export function detectJsonFeed(body: string, context: FormatContext): number {
  try {
    const type = (
      context.contentType ??
      header(context.headers, 'content-type') ??
      ''
    ).toLowerCase();
    if (type.includes('application/feed+json')) return 1;
    if (typeof body !== 'string') return 0;
    const text = body.replace(/^\uFEFF/, '').trimStart();
    if (!text.startsWith('{')) return 0;
    if (/"version"\s*:\s*"[^"]*jsonfeed\.org/.test(text)) return 0.95;
    const head = text.slice(0, 16384);
    if (!/"items"\s*:\s*\[/.test(head)) return 0;
    // Key names that only JSON Feed uses, then the generic title + items shape.
    if (/"(home_page_url|feed_url|content_html|content_text|date_published)"\s*:/.test(head)) {
      return 0.8;
    }
    return /"title"\s*:/.test(head) ? 0.5 : 0;
  } catch {
    return 0;
  }
}

/** The name and attributes of the first element in an XML text, without parsing all of it. */
export function sniffRoot(body: string): { name: string; attributes: string } | undefined {
  if (typeof body !== 'string') return undefined;
  let rest = body.slice(0, 4096).replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    const skip =
      /^<\?[\s\S]*?\?>/.exec(rest) ??
      /^<!--[\s\S]*?-->/.exec(rest) ??
      /^<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i.exec(rest);
    if (!skip) break;
    rest = rest.slice(skip[0].length);
  }
  const match = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)/.exec(rest);
  return match ? { name: match[1]!, attributes: match[2]! } : undefined;
}

function contentTypeOf(context: FormatContext): string {
  return (context.contentType ?? header(context.headers, 'content-type') ?? '').toLowerCase();
}

/** RSS or Atom, by the root element; the other one scores 0 (`wanted` picks which). */
export function detectFeed(body: string, context: FormatContext, wanted: 'rss' | 'atom'): number {
  const type = contentTypeOf(context);
  const root = sniffRoot(body);
  if (!root) return type.includes(`${wanted}+xml`) ? 0.3 : 0;
  const local = root.name.includes(':') ? root.name.split(':')[1]! : root.name;
  let kind: 'rss' | 'atom' | 'other' = 'other';
  if (root.name === 'rss') kind = 'rss';
  else if (local === 'RDF' && root.attributes.includes(RDF)) kind = 'rss';
  else if (local === 'feed') {
    kind = root.attributes.includes(ATOM) || root.attributes.includes(ATOM03) ? 'atom' : 'other';
    if (kind === 'other' && wanted === 'atom') return 0.6;
  }
  if (kind !== wanted) return 0;
  return type.includes(`${wanted}+xml`) ? 1 : 0.95;
}

export function detectMicroformats(body: string, context: FormatContext): number {
  if (typeof body !== 'string') return 0;
  const type = contentTypeOf(context);
  const start = body.slice(0, 2048).replace(/^\uFEFF/, '');
  const html =
    type.includes('text/html') ||
    type.includes('application/xhtml+xml') ||
    /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(start);
  if (!html) return 0;
  if (/class\s*=\s*["']?[^"'>]*\bh-(?:feed|entry)\b/i.test(body)) return 0.9;
  return /class\s*=\s*["']?[^"'>]*\bh-card\b/i.test(body) ? 0.3 : 0.05;
}
