/**
 * Fuzzing every format reader with fast-check, inside the CI time budget: real fixtures of each
 * format are damaged (fields dropped, duplicated, retyped; random strings in every string field;
 * huge numbers, impossible dates, deep nesting; XML and HTML cut, garbled and spliced) and fully
 * random input is thrown at `parseFeed`, `parseActor`, `detectFormat` and the WebFinger reader.
 *
 * Properties: nothing but a `FormatError` is thrown (a reader's own TypeError, wrapped by the
 * registry, counts as a failure), and whatever comes back is well-formed: ids are non-empty
 * strings, every URL field is http(s) (so no `javascript:` anywhere an element would link or
 * load), dates are valid, counts finite and non-negative. Sizes are bounded rather than timed.
 *
 * (This file replaces test/formats/property.test.ts and keeps its generators.)
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FormatError, detectFormat, parseActor, parseFeed } from '../../src/formats/index.js';
import type { FormatContext, Page } from '../../src/formats/index.js';
import type { Actor } from '../../src/model/actor.js';
import type { Post } from '../../src/model/post.js';
import { isReaderBug } from '../../src/formats/registry.js';
import { parseWebFinger } from '../../src/formats/webfinger.js';
import { recordReliability } from './record.js';

/** Real documents of each format; every one is read unmodified too. */
const FIXTURES: Record<string, string[]> = {
  mastodon: [
    'mastodon/recorded.home-timeline.json',
    'mastodon/recorded.public-timeline.json',
    'mastodon/recorded.account-statuses.page1.json',
    'mastodon/recorded.status.reblog.json',
    'mastodon/recorded.status.quote.json',
    'mastodon/recorded.status.poll.json',
    'mastodon/recorded.status.media-alt-text.json',
    'mastodon/recorded.status.link-card.json',
    'mastodon/recorded.status.content-warning.json',
  ],
  bluesky: [
    'bluesky/snapshot.getAuthorFeed.feed.json',
    'bluesky/snapshot.getAuthorFeed.feed-with-pin.json',
    'bluesky/snapshot.getProfile.json',
    'bluesky/recorded.postview.external-card.astro-embed.json',
    'bluesky/snapshot.postview.video-with-record.json',
    'bluesky/recorded.getPostThread.record-with-media.json',
    'bluesky/docs.post-record.facets-mention-link-emoji.json',
  ],
  activitystreams: [
    'activitypub/w3c-as2.vocabulary-ex6c.json',
    'activitypub/w3c-as2.vocabulary-ex184.json',
    'activitypub/w3c-as2.core-ex3.json',
    'activitypub/w3c-as2.core-ex17.json',
    'activitypub/w3c-ap.example-actor-person.json',
    'activitypub/w3c-as2.vocabulary-ex131.json',
  ],
  jsonfeed: [
    'jsonfeed/spec-1.1.simple.json',
    'jsonfeed/spec-1.1.microblog.json',
    'jsonfeed/spec-1.1.podcast.json',
    'jsonfeed/spec-1.0.simple.json',
    'jsonfeed/rsparser.authors.json',
    'jsonfeed/rsparser.allthis-partial.INVALID-truncated.json',
    'jsonfeed/rsparser.jsonfeed-extension.json',
  ],
  rss: [
    'rss-atom/rsparser.scriptingNews.rss',
    'rss-atom/rss-parser.instant-article.rss',
    'rss-atom/rss-parser.heraldsun.rss',
    'rss-atom/rsparser.allthis.atom-is-rss.xml',
  ],
  atom: [
    'rss-atom/rsparser.DaringFireball.atom',
    'rss-atom/rss-parser.heise.atom',
    'rss-atom/rss-parser.missing-fields.atom',
    'rss-atom/rss-parser.incomplete-fields.atom',
  ],
  microformats: [
    'microformats2/h-feed.simple.html',
    'microformats2/h-feed.implied-title.html',
    'microformats2/h-entry.summarycontent.html',
    'microformats2/h-entry.urlincontent.html',
    'microformats2/h-card.hcard.html',
    'microformats2/h-card.nested.html',
  ],
  webfinger: ['webfinger/mastodon-style.jrd.json'],
};

const FORMATS = [
  'mastodon',
  'bluesky',
  'activitystreams',
  'jsonfeed',
  'rss',
  'atom',
  'microformats',
];

interface Fixture {
  format: string;
  path: string;
  text: string;
  json: unknown;
}

async function loadFixtures(): Promise<Fixture[]> {
  const found: Fixture[] = [];
  for (const [format, paths] of Object.entries(FIXTURES)) {
    for (const path of paths) {
      const response = await fetch(new URL(`/test/fixtures/${path}`, location.origin));
      expect(response.ok, `fixture ${path}`).to.equal(true);
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      // A failing case prints the fixture's path, not its whole text.
      found.push({ format, path, text, json, [fc.toStringMethod]: () => path } as Fixture);
    }
  }
  return found;
}

// ——— what every result must be ———

const URL_KEYS = new Set(['url', 'avatar', 'banner', 'image', 'preview']);

function assertHttpUrl(value: unknown, where: string): void {
  expect(value, where).to.be.a('string');
  let protocol: string;
  try {
    protocol = new URL(value as string).protocol;
  } catch {
    throw new Error(`${where} is not an absolute URL: ${String(value).slice(0, 80)}`);
  }
  expect(['http:', 'https:'], `${where} (${String(value).slice(0, 80)})`).to.include(protocol);
}

function assertDate(value: unknown, where: string): void {
  expect(value, where).to.be.instanceOf(Date);
  expect(Number.isNaN((value as Date).getTime()), `${where} is a valid date`).to.equal(false);
}

function assertCount(value: unknown, where: string): void {
  if (value === undefined) return;
  expect(value, where).to.be.a('number');
  expect(Number.isFinite(value) && (value as number) >= 0, `${where} = ${String(value)}`).to.equal(
    true,
  );
}

function assertCounts(counts: unknown, where: string): void {
  if (counts === undefined) return;
  expect(counts, where).to.be.an('object');
  for (const [key, value] of Object.entries(counts as object))
    assertCount(value, `${where}.${key}`);
}

/** Every key that holds a URL an element links to or loads is http(s), at any depth. */
function assertUrls(value: unknown, where: string, depth = 0): void {
  if (depth > 40 || value === null || typeof value !== 'object') return;
  if (value instanceof Date) return;
  for (const [key, item] of Object.entries(value)) {
    const at = `${where}.${key}`;
    if (URL_KEYS.has(key) && item !== undefined) assertHttpUrl(item, at);
    else if ((key === 'links' || key === 'syndication') && Array.isArray(item)) {
      item.forEach((link, index) => assertHttpUrl(link, `${at}[${index}]`));
    } else if (key === 'emoji' && item && typeof item === 'object') {
      for (const [name, src] of Object.entries(item)) assertHttpUrl(src, `${at}.${name}`);
    } else assertUrls(item, at, depth + 1);
  }
}

function assertActor(actor: Actor, where: string): void {
  expect(actor, where).to.be.an('object');
  expect(actor.id, `${where}.id`).to.be.a('string').and.not.equal('');
  for (const key of ['handle', 'name', 'bio'] as const) {
    if (actor[key] !== undefined) expect(actor[key], `${where}.${key}`).to.be.a('string');
  }
  if (actor.joined !== undefined) assertDate(actor.joined, `${where}.joined`);
  assertCounts(actor.counts, `${where}.counts`);
  for (const [index, field] of (actor.fields ?? []).entries()) {
    expect(field.name, `${where}.fields[${index}].name`).to.be.a('string');
    expect(field.value, `${where}.fields[${index}].value`).to.be.a('string');
    if (field.verifiedAt !== undefined) assertDate(field.verifiedAt, `${where}.fields[${index}]`);
  }
}

function assertPost(post: Post, where: string, depth = 0): void {
  expect(post.id, `${where}.id`).to.be.a('string').and.not.equal('');
  assertDate(post.published, `${where}.published`);
  if (post.updated !== undefined) assertDate(post.updated, `${where}.updated`);
  if (post.repostedAt !== undefined) assertDate(post.repostedAt, `${where}.repostedAt`);
  assertActor(post.author, `${where}.author`);
  if (post.repostedBy) assertActor(post.repostedBy, `${where}.repostedBy`);
  for (const [index, mention] of (post.mentions ?? []).entries()) {
    assertActor(mention, `${where}.mentions[${index}]`);
  }
  for (const key of ['text', 'html', 'summary', 'title'] as const) {
    if (post[key] !== undefined) expect(post[key], `${where}.${key}`).to.be.a('string');
  }
  assertCounts(post.counts, `${where}.counts`);
  for (const [index, attachment] of (post.attachments ?? []).entries()) {
    const at = `${where}.attachments[${index}]`;
    for (const key of ['width', 'height', 'duration'] as const)
      assertCount(attachment[key], `${at}.${key}`);
  }
  if (post.card) {
    assertCount(post.card.width, `${where}.card.width`);
    assertCount(post.card.height, `${where}.card.height`);
  }
  if (post.poll) {
    assertCount(post.poll.voters, `${where}.poll.voters`);
    if (post.poll.expiresAt !== undefined)
      assertDate(post.poll.expiresAt, `${where}.poll.expiresAt`);
    post.poll.options.forEach((option, index) =>
      assertCount(option.votes, `${where}.poll.options[${index}].votes`),
    );
  }
  const length = post.text?.length ?? 0;
  for (const [index, facet] of (post.facets ?? []).entries()) {
    const at = `${where}.facets[${index}]`;
    expect(Number.isInteger(facet.start) && Number.isInteger(facet.end), at).to.equal(true);
    expect(
      0 <= facet.start && facet.start <= facet.end && facet.end <= length,
      `${at} in the text`,
    ).to.equal(true);
    if (facet.kind === 'link') assertHttpUrl(facet.value, `${at}.value`);
  }
  if (post.inReplyTo?.url !== undefined)
    assertHttpUrl(post.inReplyTo.url, `${where}.inReplyTo.url`);
  if (depth < 3) {
    if (post.repostOf) assertPost(post.repostOf, `${where}.repostOf`, depth + 1);
    if (post.quote) assertPost(post.quote, `${where}.quote`, depth + 1);
  }
}

/** Throws with a readable message unless `page` is a page an element can render. */
function assertPage(page: Page): void {
  expect(page.format, 'format').to.be.a('string').and.not.equal('');
  expect(page.posts, 'posts').to.be.an('array');
  page.posts.forEach((post, index) => assertPost(post, `posts[${index}]`));
  for (const skipped of page.skipped)
    expect(skipped.reason, 'skip reason').to.be.a('string').and.not.equal('');
  if (page.next !== undefined) expect(page.next).to.be.a('string');
  if (page.prev !== undefined) expect(page.prev).to.be.a('string');
  if (page.actor) assertActor(page.actor, 'page.actor');
  assertUrls(page, 'page');
}

/**
 * Only a refusal passes: the public entry turns a reader's own exception into a FormatError so
 * callers survive it, but here that exception is a bug in the reader, and fails the property.
 */
function assertRefusal(error: unknown): void {
  if (!(error instanceof FormatError)) throw error;
  if (isReaderBug(error)) {
    const cause = error.cause as Error;
    throw new Error(
      `the ${error.format} reader threw ${cause.name}: ${cause.message}\n${cause.stack ?? ''}`,
    );
  }
}

/**
 * Reads `body` every way; anything but a valid result or a refusal fails the property. Returns
 * how many posts the feed gave, so a test can tell that its inputs reach the readers at all.
 */
async function check(body: string, context: FormatContext): Promise<number> {
  let posts = 0;
  try {
    const name = detectFormat(body, context);
    expect(name, 'detected format').to.be.a('string').and.not.equal('');
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
  }
  try {
    const page = await parseFeed(body, context);
    assertPage(page);
    posts = page.posts.length;
  } catch (error) {
    assertRefusal(error);
  }
  try {
    const actor = await parseActor(body, context);
    assertActor(actor, 'actor');
    assertUrls(actor, 'actor');
  } catch (error) {
    assertRefusal(error);
  }
  return posts;
}

/** The WebFinger reader: a result with http(s) links, or a FormatError. */
function checkWebFinger(body: string, base: string | undefined): boolean {
  try {
    const result = parseWebFinger(body, base);
    if (result.actor !== undefined) assertHttpUrl(result.actor, 'webfinger actor');
    if (result.profile !== undefined) assertHttpUrl(result.profile, 'webfinger profile');
    if (result.subject !== undefined) expect(result.subject).to.be.a('string');
    return true;
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return false;
  }
}

/** Keys the formats look for, so random objects reach deep into the readers. */
const KEYS = [
  'id',
  'uri',
  'url',
  'created_at',
  'createdAt',
  'indexedAt',
  'published',
  'updated',
  'date_published',
  'content',
  'content_html',
  'content_text',
  'text',
  'summary',
  'spoiler_text',
  'sensitive',
  'account',
  'author',
  'authors',
  'actor',
  'attributedTo',
  'reblog',
  'quote',
  'quoted_status',
  'media_attachments',
  'attachments',
  'attachment',
  'emojis',
  'tags',
  'tag',
  'mentions',
  'card',
  'poll',
  'items',
  'orderedItems',
  'first',
  'next',
  'type',
  '@context',
  'object',
  'feed',
  'post',
  'record',
  'embed',
  'reason',
  'reply',
  'facets',
  'index',
  'byteStart',
  'byteEnd',
  'features',
  'labels',
  'langs',
  'language',
  'handle',
  'did',
  'displayName',
  'display_name',
  'acct',
  'avatar',
  'note',
  'fields',
  'version',
  'title',
  'home_page_url',
  'feed_url',
  '$type',
  'value',
  'properties',
  'children',
  'in_reply_to_id',
  'pinned',
  'cursor',
];

const SPECIAL = fc.constantFrom<unknown>(
  null,
  '',
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '117020580518794573',
  '2026-13-45T99:99:99Z',
  '2026-11-25T10:00:00Z',
  'javascript:alert(1)',
  'https://a.example/x',
  '/relative',
  [],
  {},
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '\u0000\u202e',
  true,
  'app.bsky.feed.defs#postView',
  'Note',
  'Create',
  'OrderedCollection',
  'https://jsonfeed.org/version/1.1',
  { $type: 'app.bsky.embed.images#view' },
);

const shaped: fc.Arbitrary<unknown> = fc.letrec<{
  value: unknown;
  object: Record<string, unknown>;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    SPECIAL,
    fc.jsonValue({ maxDepth: 1 }),
    tie('object'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 8 }),
})).value;

const XML_TOKENS = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<title>',
  '</title>',
  '<link>https://a.example/</link>',
  '<link href="javascript:alert(1)"/>',
  '<pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>',
  '<updated>2026-11-25T10:00:00+01:00</updated>',
  '<pubDate>03 Apr 02 1500 GMT</pubDate>',
  '<guid>',
  '</guid>',
  '<description>',
  '</description>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&nbsp;',
  '&bogus;',
  '<content type="xhtml">',
  '<div xmlns="http://www.w3.org/1999/xhtml">',
  '</div>',
  '<enclosure url="a.mp3" length="x"/>',
  '<html>',
  '<body>',
  '<div class="h-feed">',
  '<div class="h-entry">',
  '<a class="u-url" href="/p/1">',
  '<time class="dt-published" datetime="2026-11-25">',
  '</time>',
  '<span class="p-name">',
  '</span>',
  '<div class="e-content">',
  '<img class="u-photo" src="/a.png" alt="">',
  '<a class="p-author h-card">',
  '</a>',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  'text',
  ' ',
  '\n',
  '"',
  "'",
  '<',
  '>',
];

const xmlish = fc
  .array(fc.constantFrom(...XML_TOKENS), { maxLength: 40 })
  .map((tokens) => tokens.join(''));

/** Every place in a JSON value, as a path of keys and indexes. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (out.length > 2000) return out;
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
  return out;
}

const URLS = [
  'https://mastodon.example/api/v1/timelines/home',
  'https://public.api.bsky.example/xrpc/app.bsky.feed.getAuthorFeed?actor=a',
  'https://blog.example/feed.json',
  'https://blog.example/feed.xml',
  'https://blog.example/',
  'not a url',
];

const context: fc.Arbitrary<FormatContext> = fc.record(
  {
    format: fc.constantFrom(...FORMATS),
    contentType: fc.constantFrom(
      'application/json',
      'application/activity+json',
      'application/feed+json',
      'application/rss+xml',
      'application/atom+xml',
      'text/html; charset=utf-8',
      'text/plain',
      '\u0000;;',
    ),
    url: fc.constantFrom(...URLS),
  },
  { requiredKeys: [] },
);

/** A value nested `depth` levels deep in arrays and objects. */
function nest(value: unknown, depth: number): unknown {
  let nested = value;
  for (let level = 0; level < depth; level++) {
    nested = level % 2 ? [nested] : { value: nested };
  }
  return nested;
}

/** Strings a hostile or broken server puts where text, URLs and dates belong. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'https://a.example/%',
    'http://[::1',
    '2026-02-30T25:61:00Z',
    '+275760-09-13T00:00:00.001Z',
    '-000001-01-01T00:00:00Z',
    '1e400',
    'NaN',
    '\u202e\u0000\ud800',
  ),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER * 4, -1, -0, 8.64e15 + 1, 2 ** 53 + 1),
  fc.double(),
  fc.integer(),
);

/** Replaces about one in `every` string leaves with a hostile string, and numbers likewise. */
function randomizeLeaves(
  json: unknown,
  pick: () => unknown,
  every: number,
  seen = { n: 0 },
): unknown {
  if (typeof json === 'string' || typeof json === 'number') {
    seen.n++;
    return seen.n % every === 0 ? pick() : json;
  }
  if (Array.isArray(json)) return json.map((item) => randomizeLeaves(item, pick, every, seen));
  if (json && typeof json === 'object') {
    return Object.fromEntries(
      Object.entries(json).map(([key, value]) => [key, randomizeLeaves(value, pick, every, seen)]),
    );
  }
  return json;
}

type Mutation = {
  at: number;
  op: 'replace' | 'delete' | 'wrap' | 'stringify' | 'duplicate' | 'nest' | 'number';
  value: unknown;
};

/** Applies structural mutations to a copy of a JSON document. */
function mutateJson(json: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(json);
  for (const { at, op, value } of mutations) {
    const all = paths(root);
    const path = all[at % all.length]!;
    if (path.length === 0) {
      root =
        op === 'wrap' ? [root] : op === 'replace' ? value : op === 'nest' ? nest(root, 3) : root;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const key = path.at(-1)!;
    if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (op === 'wrap') parent[key] = [parent[key]];
    else if (op === 'stringify') parent[key] = JSON.stringify(parent[key]) ?? null;
    else if (op === 'duplicate') {
      // The same entry twice: a repeated status, or one field's value under a sibling's name.
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key]));
      else {
        const siblings = Object.keys(parent);
        const sibling = siblings[at % siblings.length]!;
        parent[sibling] = structuredClone(parent[key] ?? null);
      }
    } else if (op === 'nest') parent[key] = nest(parent[key], 30 + (at % 200));
    else parent[key] = value;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom<Mutation['op']>(
      'replace',
      'replace',
      'delete',
      'wrap',
      'stringify',
      'duplicate',
      'nest',
    ),
    value: fc.oneof(SPECIAL, shaped, hostileString, fc.jsonValue({ maxDepth: 3 })),
  }),
  fc.record({ at: fc.nat(), op: fc.constant<Mutation['op']>('number'), value: hostileNumber }),
);

/** A string as XML text: markup escaped, characters XML cannot hold dropped. */
function xmlText(value: string): string {
  const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  return Array.from(value)
    .filter((char) => {
      const code = char.codePointAt(0)!;
      const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
      return !control && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
    })
    .map((char) => escapes[char] ?? char)
    .join('');
}

/** The text nodes and attribute values of markup, replaced by hostile strings now and then. */
function randomizeMarkup(
  text: string,
  replacements: string[],
  every: number,
  escape: boolean,
): string {
  let n = 0;
  // Escaped, the document stays well-formed and the strings reach the readers' fields.
  const next = () => {
    const value = replacements[n++ % replacements.length] ?? '';
    return escape ? xmlText(value) : value;
  };
  let count = 0;
  return text
    .replace(/>([^<]+)</g, (whole) => (++count % every === 0 ? `>${next()}<` : whole))
    .replace(/([\w:.-]+)="([^"]*)"/g, (whole, name: string) =>
      // Namespaces, versions and microformat classes say what a document is: garbling them
      // only tests detection, which the fully random inputs do.
      /^(?:xmlns|version|class)/.test(name) || ++count % every !== 0
        ? whole
        : `${name}="${next()}"`,
    );
}

/** Markup that opens `depth` elements and never closes them. */
const deepMarkup = (depth: number) => '<div class="h-entry"><span>'.repeat(depth);

/** Well-formed XML nested `depth` elements deep, for the feed readers. */
const balanced = (depth: number) => '<x:a xmlns:x="urn:x">'.repeat(depth) + '</x:a>'.repeat(depth);
type Edit = { at: number; length: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constantFrom(...XML_TOKENS, '{', '}', '[', ']', ',', '"', ':', 'null'),
    fc.string({ maxLength: 8 }),
  ),
});

/** Byte-level damage: cut a slice and put something else in its place. */
function mutateText(text: string, edits: Edit[]): string {
  let result = text;
  for (const { at, length, insert } of edits) {
    const position = at % (result.length + 1);
    result = result.slice(0, position) + insert + result.slice(position + length);
  }
  return result;
}

/** How many runs each property gets: about 30 s for the file on a 2-core machine. */
const RUNS = { mutated: 70, strings: 40, random: 150 };

describe('format readers under fuzzing', function () {
  // Bounded by input size and run counts, not by the clock; the limit only guards a hung reader.
  this.timeout(60_000);
  let fixtures: Fixture[] = [];
  const ofFormat = (format: string) => fixtures.filter((fixture) => fixture.format === format);

  before(async () => {
    fixtures = await loadFixtures();
  });

  /** Runs a property and records its figure for test/RELIABILITY.md. */
  async function fuzz(
    name: string,
    element: string,
    property: (
      count: () => void,
    ) => fc.IAsyncPropertyWithHooks<unknown[]> | fc.IAsyncProperty<unknown[]>,
    numRuns: number,
  ): Promise<number> {
    let cases = 0;
    let held = false;
    try {
      await fc.assert(
        property(() => cases++),
        { numRuns, includeErrorInReport: true },
      );
      held = true;
    } finally {
      await recordReliability({ area: 'fuzz', name, element, cases, held });
    }
    return cases;
  }

  it('reads every unmodified fixture into valid pages, most of them into posts', async () => {
    let withPosts = 0;
    for (const fixture of fixtures) {
      if (fixture.format === 'webfinger') {
        expect(checkWebFinger(fixture.text, 'https://social.example/')).to.equal(true);
        continue;
      }
      await check(fixture.text, {});
      if ((await check(fixture.text, { format: fixture.format })) > 0) withPosts++;
    }
    // Profiles (accounts, actors, h-cards, the JRD) and single objects hold no posts.
    expect(withPosts).to.be.greaterThan(fixtures.length / 3);
  });

  for (const format of FORMATS) {
    const json = ['mastodon', 'bluesky', 'activitystreams', 'jsonfeed'].includes(format);

    it(`${format}: damaged real documents give valid pages or a FormatError`, async () => {
      const documents = ofFormat(format);
      expect(documents.length, `${format} fixtures`).to.be.greaterThan(0);
      let withPosts = 0;
      let runs: number;
      const given = fc.option(
        fc.record({ url: fc.constantFrom(...URLS) }, { requiredKeys: [] }).map((context) => ({
          ...context,
          format,
        })),
        { nil: {} as FormatContext },
      );
      if (json) {
        runs = await fuzz(
          'fields dropped, duplicated, retyped, nested, huge numbers',
          format,
          (count) =>
            fc.asyncProperty(
              fc.constantFrom(...documents),
              fc.array(mutation, { minLength: 1, maxLength: 4 }),
              given,
              async (fixture, mutations, context) => {
                count();
                const body = JSON.stringify(mutateJson(fixture.json, mutations)) ?? 'null';
                if ((await check(body, context)) > 0) withPosts++;
              },
            ),
          RUNS.mutated,
        );
        await fuzz(
          'random strings and numbers in every field',
          format,
          (count) =>
            fc.asyncProperty(
              fc.constantFrom(...documents),
              fc.array(fc.oneof(hostileString, hostileNumber), { minLength: 1, maxLength: 12 }),
              fc.integer({ min: 1, max: 4 }),
              given,
              async (fixture, values, every, context) => {
                count();
                let index = 0;
                const pick = () => values[index++ % values.length];
                const body = JSON.stringify(randomizeLeaves(fixture.json, pick, every));
                await check(body, context);
              },
            ),
          RUNS.strings,
        );
      } else {
        runs = await fuzz(
          'cut, spliced, garbled markup',
          format,
          (count) =>
            fc.asyncProperty(
              fc.constantFrom(...documents),
              fc.array(edit, { minLength: 1, maxLength: 5 }),
              fc.option(fc.nat(), { nil: undefined }),
              given,
              async (fixture, edits, cut, context) => {
                count();
                let body = mutateText(fixture.text, edits);
                if (cut !== undefined) body = body.slice(0, cut % (body.length + 1));
                if ((await check(body, context)) > 0) withPosts++;
              },
            ),
          RUNS.mutated,
        );
        runs += await fuzz(
          'random strings in every text node and attribute, deep nesting',
          format,
          (count) =>
            fc.asyncProperty(
              fc.constantFrom(...documents),
              fc.array(hostileString, { minLength: 1, maxLength: 12 }),
              fc.integer({ min: 1, max: 4 }),
              fc.boolean(),
              fc.nat({ max: 400 }),
              given,
              async (fixture, values, every, escape, depth, context) => {
                count();
                const body = randomizeMarkup(fixture.text, values, every, escape);
                const at =
                  format === 'microformats'
                    ? body.indexOf('>', body.indexOf('<body')) + 1
                    : body.indexOf('>', Math.max(body.indexOf('<item'), body.indexOf('<entry'))) +
                      1;
                const deep = format === 'microformats' ? deepMarkup(depth) : balanced(depth);
                if ((await check(body.slice(0, at) + deep + body.slice(at), context)) > 0) {
                  withPosts++;
                }
              },
            ),
          RUNS.strings,
        );
      }
      // Mutations that leave most of a document intact must still reach the readers' post code.
      // Mutations that leave most of a JSON document intact must still reach the readers' post
      // code. (Markup that is cut or garbled is mostly refused whole, as XML is not forgiving, so
      // there the share of runs with posts is too small to assert without flaking. The
      // ActivityStreams examples are single objects and undated collections: none of them gives
      // a post even unmodified.)
      let bearing = 0;
      for (const fixture of documents) if ((await check(fixture.text, { format })) > 0) bearing++;
      if (json && bearing > 0) {
        expect(withPosts, `${withPosts} of ${runs} runs gave posts`).to.be.greaterThan(runs / 10);
      }
    });
  }

  describe('what fuzzing found', () => {
    it('drops negative counts (Mastodon, Bluesky, RSS) instead of showing them', async () => {
      const status = fixtures.find((fixture) => fixture.path.endsWith('status.poll.json'))!;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document broken on purpose
      const broken = structuredClone(status.json) as Record<string, any>;
      broken.replies_count = -1;
      broken.reblogs_count = -5e-324;
      broken.account.followers_count = -3;
      broken.poll.voters_count = -2;
      broken.poll.votes_count = -2;
      broken.poll.options[0].votes_count = -1;
      const [post] = (await parseFeed(JSON.stringify(broken), { format: 'mastodon' })).posts;
      expect(post!.counts?.replies).to.equal(undefined);
      expect(post!.counts?.reposts).to.equal(undefined);
      expect(post!.author.counts?.followers).to.equal(undefined);
      expect(post!.poll!.voters).to.equal(undefined);
      expect(post!.poll!.options[0]!.votes).to.equal(undefined);

      const profile = fixtures.find((fixture) => fixture.path.endsWith('getProfile.json'))!;
      const actor = await parseActor(
        JSON.stringify({ ...(profile.json as object), postsCount: -4 }),
        { format: 'bluesky' },
      );
      expect(actor.counts?.posts).to.equal(undefined);
      expect(actor.counts!.followers).to.equal(2);

      const rss = `<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>
        <title>t</title><link>https://blog.example/</link><item><guid>https://blog.example/1</guid>
        <pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><slash:comments>-7</slash:comments>
        </item></channel></rss>`;
      const [item] = (await parseFeed(rss, { format: 'rss' })).posts;
      expect(item!.counts?.replies).to.equal(undefined);
    });
  });

  it('webfinger: damaged answers give http(s) links or a FormatError', async () => {
    const [jrd] = ofFormat('webfinger');
    let read = 0;
    await fuzz(
      'fields dropped, duplicated, retyped, random strings',
      'webfinger',
      (count) =>
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          fc.array(hostileString, { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.constantFrom(undefined, 'https://social.example/', 'not a url'),
          async (mutations, values, every, base) => {
            count();
            let index = 0;
            const pick = () => values[index++ % values.length];
            const damaged = randomizeLeaves(mutateJson(jrd!.json, mutations), pick, every);
            if (checkWebFinger(JSON.stringify(damaged) ?? 'null', base)) read++;
          },
        ),
      RUNS.mutated,
    );
    expect(read, 'some damaged answers are still read').to.be.greaterThan(0);
  });

  it('never throws anything but FormatError on fully random text, JSON and markup', async () => {
    await fuzz(
      'fully random text, JSON and markup',
      'all formats',
      (count) =>
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
            xmlish,
            fc.json({ maxDepth: 4 }),
            shaped.map((value) => JSON.stringify(value) ?? 'null'),
          ),
          context,
          async (body, given) => {
            count();
            await check(body, given);
            checkWebFinger(body, given.url);
          },
        ),
      RUNS.random,
    );
  });
});
