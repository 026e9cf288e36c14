/** Reads Bluesky AppView JSON (author feeds, timelines, threads, post views, profiles) into the model. */
import type { Actor } from '../model/actor.js';
import type { Page } from '../model/page.js';
import type { Attachment, Facet, LinkCard, Post, PostCounts } from '../model/post.js';
import { detectBluesky } from './detect.js';
import type { Format } from './types.js';
import { asDate, strictIsoDate } from './timestamp.js';
import { FormatError } from './types.js';
import type { JsonObject } from './util.js';
import {
  absoluteUrl,
  asCount,
  asNumber,
  asString,
  describeJson,
  isObject,
  parseJson,
  wellFormed,
} from './util.js';

const NAME = 'bluesky';
/** The public web app: at-URIs and DIDs are not links a browser can open. */
const WEB_APP = 'https://bsky.app';
/** Labels (from the author or a moderation service) that mean "hide the media until asked". */
const SENSITIVE_LABELS = new Set(['porn', 'sexual', 'nudity', 'graphic-media', 'gore']);
/** An account's request not to be shown to people who are not logged in. */
const NO_UNAUTHENTICATED = '!no-unauthenticated';
/** A moderation service's instruction to hide the content from everyone. */
const HIDE = '!hide';
/** Quotes of quotes of quotes: deeper levels are not shown, and hostile nesting cannot recurse far. */
const MAX_QUOTE_DEPTH = 3;
const HLS_MIME_TYPE = 'application/vnd.apple.mpegurl';
const OPTED_OUT = 'the author asked not to be shown to logged-out viewers (!no-unauthenticated)';

/** One entry cannot become a post: the reason goes to `Page.skipped`. */
class SkipEntry extends Error {}

/**
 * Maps Bluesky rich-text facets, whose ranges are UTF-8 byte offsets into `text`, to `Facet`s over
 * UTF-16 code units (JavaScript string indices). A facet whose range is out of bounds, empty, or
 * starts or ends inside a character is dropped, as the Bluesky apps do.
 */
export function blueskyFacets(text: string, facets: unknown): Facet[] {
  if (typeof text !== 'string' || !Array.isArray(facets) || facets.length === 0) return [];
  // Byte offset → string index for the offsets the facets name, found at code point boundaries
  // (the rest stay undefined); the walk stops past the last one.
  const offsets = new Map<unknown, number | undefined>();
  let last = -1;
  for (const facet of facets) {
    if (!isObject(facet) || !isObject(facet.index)) continue;
    for (const offset of [facet.index.byteStart, facet.index.byteEnd]) {
      offsets.set(offset, undefined);
      if (typeof offset === 'number' && offset > last) last = offset;
    }
  }
  let bytes = 0;
  let index = 0;
  for (; index < text.length && bytes <= last;) {
    if (offsets.has(bytes)) offsets.set(bytes, index);
    const code = text.codePointAt(index) ?? 0;
    // A lone surrogate is sent as U+FFFD, which is three bytes like any other BMP code point.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += code > 0xffff ? 2 : 1;
  }
  if (offsets.has(bytes)) offsets.set(bytes, index);

  const result: Facet[] = [];
  for (const facet of facets) {
    if (!isObject(facet) || !isObject(facet.index)) continue;
    const start = offsets.get(facet.index.byteStart as number);
    const end = offsets.get(facet.index.byteEnd as number);
    if (start === undefined || end === undefined || start >= end) continue;
    if (!Array.isArray(facet.features)) continue;
    for (const feature of facet.features) {
      const mapped = facetFeature(feature);
      if (mapped) result.push({ start, end, ...mapped });
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

function facetFeature(feature: unknown): Pick<Facet, 'kind' | 'value'> | undefined {
  if (!isObject(feature)) return undefined;
  const type = asString(feature.$type) ?? '';
  // `$type` is sometimes left out of nested objects: fall back to the key that carries the value.
  if (type.endsWith('#link') || (!type && 'uri' in feature)) {
    const value = absoluteUrl(feature.uri);
    return value ? { kind: 'link', value } : undefined;
  }
  if (type.endsWith('#mention') || (!type && 'did' in feature)) {
    const value = asString(feature.did);
    return value ? { kind: 'mention', value } : undefined;
  }
  if (type.endsWith('#tag') || (!type && 'tag' in feature)) {
    const value = asString(feature.tag)?.replace(/^#/, '');
    return value ? { kind: 'tag', value } : undefined;
  }
  return undefined;
}

function readJson(body: string): unknown {
  if (typeof body !== 'string') {
    throw new FormatError(`expected Bluesky JSON text, got ${describeJson(body)}`, {
      format: NAME,
    });
  }
  try {
    return parseJson(body);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    throw new FormatError(
      `could not read the Bluesky response: it is not valid JSON (${problem}); check that the URL is an AppView endpoint such as …/xrpc/app.bsky.feed.getAuthorFeed?actor=… and that the download was complete`,
      { format: NAME, cause: error },
    );
  }
}

/** Bluesky writes microseconds ("…41.157302Z"); ECMAScript only promises to read milliseconds. */
function readDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  return strictIsoDate(value) ?? asDate(value.replace(/(\.\d{3})\d+/, '$1'));
}

/** Label values from view labels (`[{ val, neg? }]`) and record self-labels (`{ values: [{ val }] }`). */
function labelValues(...sources: unknown[]): string[] {
  // Most posts and profiles carry no labels: no set for them (this runs several times per post).
  if (!sources.some(hasLabelList)) return [];
  const values = new Set<string>();
  for (const source of sources) {
    const list = isObject(source) ? source.values : source;
    if (!Array.isArray(list)) continue;
    for (const label of list) {
      if (!isObject(label)) continue;
      const value = asString(label.val);
      if (!value) continue;
      // A negation label withdraws an earlier label of the same value.
      if (label.neg === true) values.delete(value);
      else values.add(value);
    }
  }
  return [...values];
}

function hasLabelList(source: unknown): boolean {
  return Array.isArray(isObject(source) ? source.values : source);
}

function optedOut(profile: unknown): boolean {
  return isObject(profile) && labelValues(profile.labels).includes(NO_UNAUTHENTICATED);
}

/** A handle a person can read, or undefined for the "handle.invalid" placeholder and junk. */
function readHandle(value: unknown): string | undefined {
  const handle = asString(value)?.replace(/^@/, '');
  if (!handle || handle === 'handle.invalid' || !/^[^\s/?#@]+$/.test(handle)) return undefined;
  return handle;
}

/** Characters `encodeURIComponent` keeps, and the colon: DIDs, handles and record keys. */
const PLAIN_SEGMENT = /^[\w.!~*'():-]*$/;

/** A path segment for the web app; DIDs keep their colons, as the app writes them. */
function segment(value: string): string {
  if (PLAIN_SEGMENT.test(value)) return value;
  return encodeURIComponent(wellFormed(value)).replace(/%3A/gi, ':');
}

function profileUrl(handleOrDid: string): string | undefined {
  return absoluteUrl(`${WEB_APP}/profile/${segment(handleOrDid)}`);
}

/** The web app's permalink for an `at://<did>/app.bsky.feed.post/<rkey>` URI. */
function postUrl(uri: string, handle?: string): string | undefined {
  const match = /^at:\/\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)$/.exec(uri);
  if (!match || match[2] !== 'app.bsky.feed.post') return undefined;
  const [, authority = '', , rkey = ''] = match;
  return absoluteUrl(`${WEB_APP}/profile/${segment(handle ?? authority)}/post/${segment(rkey)}`);
}

/** A post's counts and the PostView fields they come from, in the model's order. */
const COUNT_FIELDS: readonly (readonly [keyof PostCounts, string])[] = [
  ['replies', 'replyCount'],
  ['reposts', 'repostCount'],
  ['likes', 'likeCount'],
  ['quotes', 'quoteCount'],
];

/** The counts a view gives; read from the view by a fixed table, as this runs for every post. */
function counts(view: JsonObject): PostCounts | undefined {
  let result: PostCounts | undefined;
  for (const [key, field] of COUNT_FIELDS) {
    const number = asNumber(view[field]);
    if (number !== undefined && number >= 0) (result ??= {})[key] = number;
  }
  return result;
}

/** An `Actor` from a ProfileView, ProfileViewBasic or ProfileViewDetailed. */
function actorFrom(value: unknown): Actor | undefined {
  if (!isObject(value)) return undefined;
  const did = asString(value.did);
  if (!did) return undefined;
  const actor: Actor = { id: did };
  const handle = readHandle(value.handle);
  if (handle) actor.handle = `@${handle}`;
  const name = asString(value.displayName);
  if (name) actor.name = name;
  const url = profileUrl(handle ?? did);
  if (url) actor.url = url;
  const avatar = absoluteUrl(value.avatar);
  if (avatar) actor.avatar = avatar;
  const banner = absoluteUrl(value.banner);
  if (banner) actor.banner = banner;
  // Plain text, as Bluesky stores it: never HTML.
  const bio = asString(value.description);
  if (bio) Object.assign(actor, { bio, bioFormat: 'text' });
  const actorCounts: Actor['counts'] = {};
  const followers = asCount(value.followersCount);
  if (followers !== undefined) actorCounts.followers = followers;
  const following = asCount(value.followsCount);
  if (following !== undefined) actorCounts.following = following;
  const posts = asCount(value.postsCount);
  if (posts !== undefined) actorCounts.posts = posts;
  if (Object.keys(actorCounts).length > 0) actor.counts = actorCounts;
  const joined = readDate(value.createdAt);
  if (joined) actor.joined = joined;
  return actor;
}

interface EmbedParts {
  attachments: Attachment[];
  card?: LinkCard;
  quote?: Post;
}

function aspect(target: { width?: number; height?: number }, ratio: unknown): void {
  if (!isObject(ratio)) return;
  const width = asNumber(ratio.width);
  const height = asNumber(ratio.height);
  if (width && height && width > 0 && height > 0) {
    target.width = width;
    target.height = height;
  }
}

/** Reads one embed in its view shape (`post.embed`, `viewRecord.embeds[]`): CDN URLs, not blobs. */
function readEmbed(embed: unknown, depth: number, parts: EmbedParts): void {
  if (!isObject(embed)) return;
  const type = asString(embed.$type) ?? '';
  // `$type` may be missing on nested objects, so each shape is also known by its keys.
  if (
    type.startsWith('app.bsky.embed.recordWithMedia') ||
    (isObject(embed.media) && 'record' in embed)
  ) {
    readEmbed(embed.media, depth, parts);
    readEmbed(embed.record, depth, parts);
  } else if (type.startsWith('app.bsky.embed.images') || Array.isArray(embed.images)) {
    if (!Array.isArray(embed.images)) return;
    for (const image of embed.images) {
      if (!isObject(image)) continue;
      const url = absoluteUrl(image.fullsize) ?? absoluteUrl(image.thumb);
      if (!url) continue;
      const attachment: Attachment = { kind: 'image', url };
      const preview = absoluteUrl(image.thumb);
      if (preview) attachment.preview = preview;
      const alt = asString(image.alt);
      if (alt) attachment.alt = alt;
      aspect(attachment, image.aspectRatio);
      parts.attachments.push(attachment);
    }
  } else if (type.startsWith('app.bsky.embed.video') || 'playlist' in embed) {
    const url = absoluteUrl(embed.playlist);
    if (!url) return;
    const attachment: Attachment = { kind: 'video', url, mimeType: HLS_MIME_TYPE };
    const preview = absoluteUrl(embed.thumbnail);
    if (preview) attachment.preview = preview;
    const alt = asString(embed.alt);
    if (alt) attachment.alt = alt;
    aspect(attachment, embed.aspectRatio);
    parts.attachments.push(attachment);
  } else if (type.startsWith('app.bsky.embed.external') || isObject(embed.external)) {
    const external = embed.external;
    if (!isObject(external)) return;
    const url = absoluteUrl(external.uri);
    if (!url) return;
    const card: LinkCard = { url };
    const title = asString(external.title);
    if (title) card.title = title;
    const description = asString(external.description);
    if (description) card.description = description;
    const image = absoluteUrl(external.thumb);
    if (image) card.image = image;
    parts.card = card;
  } else if (type.startsWith('app.bsky.embed.record') || isObject(embed.record)) {
    const quote = quoteFrom(embed.record, depth + 1);
    if (quote) parts.quote = quote;
  }
}

/**
 * The quoted post inside a `record#view`. Not-found, blocked and detached quotes, feeds, lists and
 * quotes by authors who opted out of logged-out viewing show no quote, and the quoting post stays.
 */
function quoteFrom(record: unknown, depth: number): Post | undefined {
  if (!isObject(record) || depth > MAX_QUOTE_DEPTH) return undefined;
  const type = asString(record.$type) ?? '';
  if (record.notFound === true || record.blocked === true || record.detached === true) {
    return undefined;
  }
  if (type && !type.endsWith('#viewRecord')) return undefined;
  if (!isObject(record.value) || !isObject(record.author)) return undefined;
  try {
    return postFrom(record, record.value, Array.isArray(record.embeds) ? record.embeds : [], depth);
  } catch {
    // A quote that cannot be shown must not cost the reader the post that quotes it.
    return undefined;
  }
}

/** A post from a PostView (`record`, one `embed`) or a quoted viewRecord (`value`, `embeds[]`). */
function postFrom(view: JsonObject, record: unknown, embeds: unknown[], depth: number): Post {
  const id = asString(view.uri);
  if (!id) throw new SkipEntry('the post has no uri');
  // Remote text in a reason stays short.
  const label = id.slice(0, 200);
  if (optedOut(view.author)) throw new SkipEntry(OPTED_OUT);
  const author = actorFrom(view.author);
  if (!author) throw new SkipEntry(`the post ${label} has no author with a did`);
  const data = isObject(record) ? record : {};
  const labels = labelValues(view.labels, data.labels);
  if (labels.includes(HIDE)) {
    throw new SkipEntry(`a moderation service hid the post ${label} (${HIDE})`);
  }
  const published = readDate(data.createdAt) ?? readDate(view.indexedAt);
  if (!published) {
    throw new SkipEntry(`the post ${label} has no valid createdAt or indexedAt date`);
  }

  const post: Post = {
    id,
    author,
    published,
    sensitive: labels.some((label) => SENSITIVE_LABELS.has(label)),
  };
  const url = postUrl(id, readHandle(isObject(view.author) ? view.author.handle : undefined));
  if (url) post.url = url;

  // Plain text, untrimmed: facet byte offsets count from its very first byte.
  const text = typeof data.text === 'string' && data.text.trim() !== '' ? data.text : undefined;
  if (text) {
    post.text = text;
    const facets = blueskyFacets(text, data.facets);
    if (facets.length > 0) post.facets = facets;
  }
  // Most posts have neither facets nor tags: only those that do pay for the map and the set.
  if (text && (post.facets || Array.isArray(data.tags))) {
    const facets = post.facets ?? [];
    const mentions = new Map<string, Actor>();
    const tags = new Set<string>();
    for (const facet of facets) {
      if (facet.kind === 'tag') tags.add(facet.value);
      if (facet.kind !== 'mention' || mentions.has(facet.value)) continue;
      const shown = text.slice(facet.start, facet.end);
      mentions.set(facet.value, {
        id: facet.value,
        ...(shown.startsWith('@') ? { handle: shown } : {}),
      });
    }
    if (mentions.size > 0) post.mentions = [...mentions.values()];
    if (Array.isArray(data.tags)) {
      for (const tag of data.tags) {
        const value = asString(tag)?.replace(/^#/, '');
        if (value) tags.add(value);
      }
    }
    if (tags.size > 0) post.tags = [...tags];
  }
  const language = Array.isArray(data.langs) ? asString(data.langs[0]) : undefined;
  if (language) post.language = language;

  const parts: EmbedParts = { attachments: [] };
  for (const embed of embeds) readEmbed(embed, depth, parts);
  if (parts.attachments.length > 0) post.attachments = parts.attachments;
  if (parts.card) post.card = parts.card;
  if (parts.quote) post.quote = parts.quote;

  if (labels.length > 0) post.labels = labels;
  const postCounts = counts(view);
  if (postCounts) post.counts = postCounts;

  // The record names its parent even where the view carries no reply context (getPosts, threads).
  const parent =
    isObject(data.reply) && isObject(data.reply.parent)
      ? asString(data.reply.parent.uri)
      : undefined;
  if (parent) {
    const parentUrl = postUrl(parent);
    post.inReplyTo = parentUrl ? { id: parent, url: parentUrl } : { id: parent };
  }
  return post;
}

function postFromView(view: unknown): Post {
  if (!isObject(view)) throw new SkipEntry(`expected a post view, got ${describeJson(view)}`);
  return postFrom(view, view.record, [view.embed], 0);
}

/** `inReplyTo` from a parent PostView, a thread parent, or a not-found / blocked stand-in. */
function replyTarget(value: unknown): Post['inReplyTo'] {
  if (!isObject(value)) return undefined;
  const view = isObject(value.post) ? value.post : value;
  const id = asString(view.uri);
  if (!id) return undefined;
  // Who wrote a missing, blocked or opted-out parent is not shown; that it is a reply still is.
  if (view.notFound === true || view.blocked === true || optedOut(view.author)) return { id };
  const author = actorFrom(view.author);
  const url = postUrl(id, readHandle(isObject(view.author) ? view.author.handle : undefined));
  return { id, ...(url ? { url } : {}), ...(author ? { author } : {}) };
}

/** A FeedViewPost (`{ post, reply?, reason? }`) or a bare PostView. */
function postFromEntry(entry: unknown): Post {
  if (!isObject(entry)) throw new SkipEntry(`expected a feed entry, got ${describeJson(entry)}`);
  if (!('post' in entry)) return postFromView(entry);
  const post = postFromView(entry.post);
  const reason = entry.reason;
  if (isObject(reason)) {
    const type = asString(reason.$type) ?? '';
    if (type.endsWith('#reasonRepost') || (!type && isObject(reason.by))) {
      if (optedOut(reason.by)) {
        throw new SkipEntry(
          'the account that reposted this asked not to be shown to logged-out viewers (!no-unauthenticated)',
        );
      }
      const by = actorFrom(reason.by);
      if (by) post.repostedBy = by;
      const repostedAt = asDate(reason.indexedAt);
      if (repostedAt) post.repostedAt = repostedAt;
    } else if (type.endsWith('#reasonPin')) {
      post.pinned = true;
    }
  }
  if (isObject(entry.reply)) {
    const parent = replyTarget(entry.reply.parent);
    if (parent) post.inReplyTo = parent;
  }
  return post;
}

function readEntries(entries: unknown[], page: Page): void {
  entries.forEach((entry, index) => {
    try {
      page.posts.push(postFromEntry(entry));
    } catch (error) {
      const reason =
        error instanceof SkipEntry
          ? error.message
          : `could not read the entry: ${error instanceof Error ? error.message : String(error)}`;
      page.skipped.push({ index, reason });
    }
  });
}

function readThread(thread: unknown, page: Page): void {
  if (!isObject(thread) || !isObject(thread.post)) {
    const why = isObject(thread) && thread.blocked === true ? 'is blocked' : 'was not found';
    page.skipped.push({ reason: `the thread's post ${why}` });
    return;
  }
  readEntries([{ post: thread.post }], page);
  const post = page.posts[0];
  const parent = replyTarget(thread.parent);
  if (post && parent) post.inReplyTo = parent;
}

function looksLikePostView(data: JsonObject): boolean {
  return typeof data.uri === 'string' && 'author' in data && 'record' in data;
}

function parseFeed(body: string): Page {
  const data = readJson(body);
  const page: Page = { format: NAME, posts: [], skipped: [] };
  if (Array.isArray(data)) {
    readEntries(data, page);
    return page;
  }
  if (!isObject(data)) {
    throw new FormatError(
      `expected a Bluesky AppView JSON object such as { "feed": [...] }, got ${describeJson(data)}`,
      { format: NAME },
    );
  }
  if (Array.isArray(data.feed)) readEntries(data.feed, page);
  else if (Array.isArray(data.posts)) readEntries(data.posts, page);
  else if ('thread' in data) readThread(data.thread, page);
  else if (looksLikePostView(data)) readEntries([data], page);
  else if (typeof data.error === 'string') {
    const message = asString(data.message);
    throw new FormatError(
      `the Bluesky server answered with the error ${data.error.slice(0, 100)}${message ? ` (${message.slice(0, 300)})` : ''}; check the actor, URI or feed in the URL`,
      { format: NAME },
    );
  } else {
    throw new FormatError(
      `expected a Bluesky feed ({ feed: [...] }), thread ({ thread }), post list ({ posts: [...] }) or post view, got ${describeJson(data)}; point the source at an endpoint such as app.bsky.feed.getAuthorFeed`,
      { format: NAME },
    );
  }
  // Opaque: nextBlueskyUrl (bluesky-paging.ts) turns it into the URL of older posts.
  if (typeof data.cursor === 'string' && data.cursor !== '') page.next = data.cursor;
  return page;
}

function parseActor(body: string): Actor {
  const data = readJson(body);
  const actor = actorFrom(data);
  if (!actor) {
    throw new FormatError(
      `expected a Bluesky profile (app.bsky.actor.getProfile) with a did, got ${describeJson(data)}`,
      { format: NAME },
    );
  }
  if (optedOut(data)) {
    throw new FormatError(
      'this Bluesky account asked not to be shown to logged-out viewers (!no-unauthenticated), so its profile is not shown',
      { format: NAME },
    );
  }
  return actor;
}

export const bluesky: Format = { name: NAME, detect: detectBluesky, parseFeed, parseActor };
