import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FormatError, parseActor, parseFeed } from '../../src/formats/index.js';
import type { FormatContext, Page } from '../../src/formats/index.js';
import { isReaderBug } from '../../src/formats/registry.js';

/**
 * Real documents to mutate. Each folder's helper copies its own; whichever are present when the
 * tests run are used (a missing one answers 404 and is left out).
 */
const CANDIDATES = [
  'mastodon/recorded.home-timeline.json',
  'mastodon/recorded.public-timeline.json',
  'mastodon/recorded.account-statuses.page1.json',
  'mastodon/recorded.status.reblog.json',
  'mastodon/recorded.status.quote.json',
  'mastodon/recorded.status.poll.json',
  'mastodon/recorded.status.media-alt-text.json',
  'jsonfeed/spec-1.1.simple.json',
  'jsonfeed/spec-1.1.microblog.json',
  'jsonfeed/spec-1.1.podcast.json',
  'jsonfeed/spec-1.0.simple.json',
  'jsonfeed/rsparser.authors.json',
  'jsonfeed/rsparser.allthis-partial.INVALID-truncated.json',
  'bluesky/snapshot.getAuthorFeed.feed.json',
  'bluesky/snapshot.getAuthorFeed.feed-with-pin.json',
  'bluesky/snapshot.getProfile.json',
  'bluesky/recorded.postview.external-card.astro-embed.json',
  'bluesky/snapshot.postview.video-with-record.json',
  'activitypub/w3c-as2.vocabulary-ex6c.json',
  'activitypub/w3c-as2.vocabulary-ex184.json',
  'activitypub/w3c-as2.core-ex3.json',
  'activitypub/w3c-ap.example-actor-person.json',
  'rss-atom/rsparser.scriptingNews.rss',
  'rss-atom/rsparser.DaringFireball.atom',
  'rss-atom/rss-parser.heise.atom',
  'rss-atom/rss-parser.missing-fields.atom',
  'rss-atom/rss-parser.instant-article.rss',
  'rss-atom/rsparser.allthis.atom-is-rss.xml',
  'microformats2/h-feed.simple.html',
  'microformats2/h-feed.implied-title.html',
  'microformats2/h-entry.summarycontent.html',
  'microformats2/h-card.hcard.html',
];

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
  path: string;
  text: string;
  json: unknown;
}

async function loadFixtures(): Promise<Fixture[]> {
  const found: Fixture[] = [];
  for (const path of CANDIDATES) {
    const response = await fetch(new URL(`/test/fixtures/${path}`, location.origin));
    if (!response.ok) continue;
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    found.push({ path, text, json });
  }
  return found;
}

/** Throws with a readable message unless `page` is a page an element can render. */
function assertValidPage(page: Page): void {
  expect(page, 'page').to.be.an('object');
  expect(page.format, 'format').to.be.a('string').and.not.equal('');
  expect(page.posts, 'posts').to.be.an('array');
  expect(page.skipped, 'skipped').to.be.an('array');
  for (const post of page.posts) {
    expect(post.id, 'post id').to.be.a('string').and.not.equal('');
    expect(post.published, `published of ${post.id}`).to.be.instanceOf(Date);
    expect(Number.isNaN(post.published.getTime()), `published of ${post.id}`).to.equal(false);
    expect(post.author, `author of ${post.id}`).to.be.an('object');
  }
  for (const skipped of page.skipped) {
    expect(skipped.reason, 'skip reason').to.be.a('string').and.not.equal('');
  }
  if (page.next !== undefined) expect(page.next).to.be.a('string');
  if (page.prev !== undefined) expect(page.prev).to.be.a('string');
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
 * Reads `body` both ways; anything but a valid result or a refusal fails the property. Returns
 * how many posts the feed gave, so a test can tell that its inputs reach the readers at all.
 */
async function check(body: string, context: FormatContext): Promise<number> {
  let posts = 0;
  try {
    const page = await parseFeed(body, context);
    assertValidPage(page);
    posts = page.posts.length;
  } catch (error) {
    assertRefusal(error);
  }
  try {
    const actor = await parseActor(body, context);
    expect(actor.id, 'actor id').to.be.a('string').and.not.equal('');
  } catch (error) {
    assertRefusal(error);
  }
  return posts;
}

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
    url: fc.constantFrom(
      'https://mastodon.example/api/v1/timelines/home',
      'https://public.api.bsky.example/xrpc/app.bsky.feed.getAuthorFeed?actor=a',
      'https://blog.example/feed.json',
      'https://blog.example/feed.xml',
      'https://blog.example/',
      'not a url',
    ),
  },
  { requiredKeys: [] },
);

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

type Mutation = { at: number; op: 'replace' | 'delete' | 'wrap' | 'stringify'; value: unknown };

/** Applies structural mutations to a copy of a JSON document. */
function mutateJson(json: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(json);
  for (const { at, op, value } of mutations) {
    const all = paths(root);
    const path = all[at % all.length]!;
    if (path.length === 0) {
      root = op === 'wrap' ? [root] : op === 'replace' ? value : root;
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
    else parent[key] = value;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'delete', 'wrap', 'stringify'),
  value: fc.oneof(SPECIAL, shaped),
});

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

describe('format readers on hostile input', function () {
  // Each property parses a few hundred documents; the default 5 s per test is too tight on CI.
  this.timeout(60_000);
  let fixtures: Fixture[] = [];

  before(async () => {
    fixtures = await loadFixtures();
  });

  it('has real documents to mutate', () => {
    expect(fixtures.length).to.be.greaterThan(0);
  });

  it('never throws anything but FormatError on random text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), xmlish),
        context,
        async (body, given) => {
          await check(body, given);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws anything but FormatError on random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          shaped.map((value) => JSON.stringify(value) ?? 'null'),
        ),
        context,
        async (body, given) => {
          await check(body, given);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads structurally mutated real documents into valid pages or a FormatError', async () => {
    const json = fixtures.filter((fixture) => fixture.json !== undefined);
    if (json.length === 0) return;
    let runs = 0;
    let withPosts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...json),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.option(context, { nil: undefined }),
        async (fixture, mutations, given) => {
          const body = JSON.stringify(mutateJson(fixture.json, mutations)) ?? 'null';
          runs++;
          if ((await check(body, given ?? {})) > 0) withPosts++;
        },
      ),
      { numRuns: 200 },
    );
    // Mutations that leave most of a document intact must still reach the readers' post code.
    expect(withPosts, `${withPosts} of ${runs} runs gave posts`).to.be.greaterThan(runs / 10);
  });

  it('reads damaged real documents (cut, spliced, truncated) into valid pages or a FormatError', async () => {
    if (fixtures.length === 0) return;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.option(context, { nil: undefined }),
        async (fixture, edits, given) => {
          await check(mutateText(fixture.text, edits), given ?? {});
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads every unmodified document without crashing, most of them into posts', async () => {
    let withPosts = 0;
    for (const fixture of fixtures) if ((await check(fixture.text, {})) > 0) withPosts++;
    expect(withPosts).to.be.greaterThan(fixtures.length / 2);
  });
});
