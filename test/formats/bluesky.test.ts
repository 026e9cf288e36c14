import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nextBlueskyUrl } from '../../src/formats/bluesky-paging.js';
import { bluesky, blueskyFacets } from '../../src/formats/bluesky.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';

/** Raw fixture text: the format reads bodies as the network delivers them. */
async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

/** Fixtures are edited in place to build cases: their shape is the payload's, not a declared type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = any;

async function fixtureJson(path: string): Promise<Payload> {
  return JSON.parse(await fixtureText(path));
}

const parse = (data: unknown): Page => bluesky.parseFeed(JSON.stringify(data), {}) as Page;

const optOut = {
  val: '!no-unauthenticated',
  src: 'did:plc:someone',
  uri: 'at://x',
  cts: '2024-01-01T00:00:00Z',
};

/** A copy of `value` with every `$type` key removed, as some servers send nested objects. */
function withoutTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$type')
      .map(([key, inner]) => [key, withoutTypes(inner)]),
  );
}

describe('Bluesky format', () => {
  describe('getAuthorFeed (AppView snapshot, placeholder identifiers)', () => {
    let page: Page;
    let posts: Post[];
    before(async () => {
      page = (await bluesky.parseFeed(
        await fixtureText('bluesky/snapshot.getAuthorFeed.feed.json'),
        {},
      )) as Page;
      posts = page.posts;
    });

    it('reads every entry, in the document order', () => {
      expect(page.format).to.equal('bluesky');
      expect(page.skipped).to.deep.equal([]);
      expect(posts.map((post) => post.id)).to.deep.equal(['record(0)', 'record(5)', 'record(1)']);
      expect(page.next).to.equal(undefined);
    });

    it('shows a repost as the reposted post with who reposted it', () => {
      const [repost] = posts;
      expect(repost!.author).to.include({ id: 'user(0)', handle: '@dan.test' });
      expect(repost!.repostedBy).to.include({ id: 'user(2)', handle: '@carol.test' });
      expect(repost!.repostOf).to.equal(undefined);
      expect(repost!.text).to.equal('@alice.bluesky.xyz is the best');
      expect(repost!.published.toISOString()).to.equal('1970-01-01T00:00:00.000Z');
      expect(repost!.counts).to.deep.equal({ replies: 0, reposts: 1, likes: 0, quotes: 1 });
      // Placeholder URIs are not at-URIs, so there is no permalink to build.
      expect(repost!.url).to.equal(undefined);
    });

    it('maps the mention facet and lists the mentioned account', () => {
      const [repost] = posts;
      expect(repost!.facets).to.deep.equal([
        { start: 0, end: 18, kind: 'mention', value: 'user(1)' },
      ]);
      expect(repost!.mentions).to.deep.equal([{ id: 'user(1)', handle: '@alice.bluesky.xyz' }]);
    });

    it('follows a quote of a post that itself quotes with media', () => {
      const quote = posts[0]!.quote!;
      expect(quote.id).to.equal('record(1)');
      expect(quote.author.handle).to.equal('@carol.test');
      expect(quote.text).to.equal('hi im carol');
      expect(quote.counts).to.deep.equal({ replies: 0, reposts: 0, likes: 2, quotes: 1 });
      expect(quote.attachments!.map((image) => image.alt)).to.deep.equal([
        '../dev-env/assets/key-landscape-small.jpg',
        '../dev-env/assets/key-alt.jpg',
      ]);
      const inner = quote.quote!;
      expect(inner.text).to.equal('bob back at it again!');
      expect(inner.author).to.include({ name: 'bobby', handle: '@bob.test' });
      expect(inner.author.avatar).to.equal(
        'https://bsky.public.url/img/avatar/plain/user(5)/cids(5)',
      );
      expect(inner.language).to.equal('en-US');
    });

    it('gives a reply its parent post and author', () => {
      const reply = posts[1]!;
      expect(reply.text).to.equal('of course');
      expect(reply.inReplyTo!.id).to.equal('record(6)');
      expect(reply.inReplyTo!.author).to.include({
        id: 'user(1)',
        handle: '@alice.test',
        name: 'ali',
      });
    });

    it('shows images and the quoted post of a record-with-media embed', () => {
      const post = posts[2]!;
      expect(post.attachments).to.deep.equal([
        {
          kind: 'image',
          url: 'https://bsky.public.url/img/feed_fullsize/plain/user(3)/cids(2)',
          preview: 'https://bsky.public.url/img/feed_thumbnail/plain/user(3)/cids(2)',
          alt: '../dev-env/assets/key-landscape-small.jpg',
        },
        {
          kind: 'image',
          url: 'https://bsky.public.url/img/feed_fullsize/plain/user(3)/cids(3)',
          preview: 'https://bsky.public.url/img/feed_thumbnail/plain/user(3)/cids(3)',
          alt: '../dev-env/assets/key-alt.jpg',
        },
      ]);
      expect(post.quote!.text).to.equal('bob back at it again!');
      expect(post.sensitive).to.equal(false);
    });

    it('reads the same embeds when nested objects carry no $type', async () => {
      const raw = await fixtureJson('bluesky/snapshot.getAuthorFeed.feed.json');
      const bare = parse(withoutTypes(raw)).posts;
      expect(bare.map((post) => post.id)).to.deep.equal(posts.map((post) => post.id));
      expect(bare[0]!.repostedBy!.handle).to.equal('@carol.test');
      expect(bare[0]!.facets).to.deep.equal(posts[0]!.facets);
      expect(bare[0]!.quote!.quote!.text).to.equal('bob back at it again!');
      expect(bare[2]!.attachments).to.deep.equal(posts[2]!.attachments);
      expect(bare[2]!.quote!.id).to.equal('record(2)');
    });
  });

  describe('getAuthorFeed with a pinned post', () => {
    let posts: Post[];
    before(async () => {
      const page = (await bluesky.parseFeed(
        await fixtureText('bluesky/snapshot.getAuthorFeed.feed-with-pin.json'),
        {},
      )) as Page;
      expect(page.skipped).to.deep.equal([]);
      posts = page.posts;
    });

    it('marks the pinned post, and only it', () => {
      expect(posts).to.have.length(7);
      expect(posts[0]!.text).to.equal('pinned post');
      expect(posts[0]!.pinned).to.equal(true);
      expect(posts.slice(1).some((post) => post.pinned)).to.equal(false);
    });

    it('gives the author profile fields a reader sees', () => {
      expect(posts[0]!.author).to.deep.equal({
        id: 'user(0)',
        handle: '@alice.test',
        name: 'ali',
        url: 'https://bsky.app/profile/alice.test',
        avatar: 'https://bsky.public.url/img/avatar/plain/user(1)/cids(1)',
        joined: new Date('1970-01-01T00:00:00.000Z'),
      });
    });

    it('keeps labels from a moderation service without hiding media for unknown ones', () => {
      const labelled = posts[4]!;
      expect(labelled.text).to.equal('yoohoo label_me');
      expect(labelled.labels).to.deep.equal(['test-label']);
      expect(labelled.sensitive).to.equal(false);
      expect(labelled.quote!.text).to.equal('@alice.bluesky.xyz is the best');
    });

    it('gives a reply its parent author', () => {
      expect(posts[3]!.text).to.equal('thanks bob');
      expect(posts[3]!.inReplyTo!.author!.handle).to.equal('@bob.test');
    });
  });

  describe('getProfile', () => {
    it('reads a detailed profile', async () => {
      const actor = await bluesky.parseActor!(
        await fixtureText('bluesky/snapshot.getProfile.json'),
        {},
      );
      expect(actor).to.deep.equal({
        id: 'user(0)',
        handle: '@alice.test',
        name: 'ali',
        url: 'https://bsky.app/profile/alice.test',
        avatar: 'https://bsky.public.url/img/avatar/plain/user(1)/cids(0)',
        bio: 'its me!',
        bioFormat: 'text',
        counts: { followers: 2, following: 3, posts: 4 },
        joined: new Date('1970-01-01T00:00:00.000Z'),
      });
    });

    it('is recognised as Bluesky by its shape alone', async () => {
      const body = await fixtureText('bluesky/snapshot.getProfile.json');
      expect(bluesky.detect(body, {})).to.be.greaterThan(0.25);
    });

    it('refuses a profile that asked not to be shown to logged-out viewers', async () => {
      const profile = await fixtureJson('bluesky/snapshot.getProfile.json');
      profile.labels.push(optOut);
      expect(() => bluesky.parseActor!(JSON.stringify(profile), {}))
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/logged-out/);
    });

    it('refuses a document without a did', () => {
      expect(() => bluesky.parseActor!('{"handle":"a.example"}', {}))
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/keys handle/);
    });
  });

  describe('a single post view with video and a quote', () => {
    it('reads the HLS video with its preview, alt text and shape', async () => {
      const page = (await bluesky.parseFeed(
        await fixtureText('bluesky/snapshot.postview.video-with-record.json'),
        {},
      )) as Page;
      const [post] = page.posts;
      expect(post!.text).to.equal('video');
      expect(post!.attachments).to.deep.equal([
        {
          kind: 'video',
          url: 'https://bsky.public.url/vid/user(1)/cids(3)/playlist.m3u8',
          mimeType: 'application/vnd.apple.mpegurl',
          preview: 'https://bsky.public.url/vid/user(1)/cids(3)/thumbnail.jpg',
          alt: 'alt text',
          width: 4,
          height: 3,
        },
      ]);
      expect(post!.quote!.text).to.equal('embedded');
      expect(post!.quote!.author.handle).to.equal('@alice.test');
    });

    for (const missing of [
      {
        $type: 'app.bsky.embed.record#viewNotFound',
        uri: 'at://did:plc:a/app.bsky.feed.post/1',
        notFound: true,
      },
      {
        $type: 'app.bsky.embed.record#viewBlocked',
        uri: 'at://did:plc:a/app.bsky.feed.post/1',
        blocked: true,
        author: { did: 'did:plc:a' },
      },
      {
        $type: 'app.bsky.embed.record#viewDetached',
        uri: 'at://did:plc:a/app.bsky.feed.post/1',
        detached: true,
      },
      { uri: 'at://did:plc:a/app.bsky.feed.post/1', notFound: true },
    ]) {
      it(`keeps the post but shows no quote for ${missing.$type ?? 'an untyped not-found record'}`, async () => {
        const view = await fixtureJson('bluesky/snapshot.postview.video-with-record.json');
        view.embed.record.record = missing;
        const [post] = parse(view).posts;
        expect(post!.text).to.equal('video');
        expect(post!.quote).to.equal(undefined);
        expect(post!.attachments).to.have.length(1);
      });
    }
  });

  describe('getPostThread (recorded)', () => {
    it('reads the main post with its image and quote, and no empty strings', async () => {
      const page = (await bluesky.parseFeed(
        await fixtureText('bluesky/recorded.getPostThread.record-with-media.json'),
        {},
      )) as Page;
      expect(page.skipped).to.deep.equal([]);
      const [post] = page.posts;
      expect(post!.id).to.equal(
        'at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22',
      );
      expect(post!.url).to.equal('https://bsky.app/profile/test.marshal.dev/post/3kaheyt6vpc22');
      expect(post!.author).to.include({ name: 'Python SDK', handle: '@test.marshal.dev' });
      expect(post!.published.toISOString()).to.equal('2023-09-28T12:49:36.735Z');
      expect(post!.language).to.equal('en');
      expect(post!.text).to.equal(undefined);
      // Bluesky gives no HTML: a post without text has no plain text to derive either.
      expect(plainText(post!)).to.equal('');
      expect(post!.attachments).to.have.length(1);
      expect(post!.attachments![0]).to.not.have.property('alt');
      expect(post!.quote!.text).to.equal('test');
      expect(post!.quote!.url).to.equal(
        'https://bsky.app/profile/test.marshal.dev/post/3kahesw26il2z',
      );
      expect(post!.inReplyTo).to.equal(undefined);
    });

    it('takes inReplyTo from the thread parent', async () => {
      const thread = await fixtureJson('bluesky/recorded.getPostThread.record-with-media.json');
      const parentPost = structuredClone(thread.thread.post.embed.record.record);
      parentPost.record = parentPost.value;
      thread.thread.parent = { $type: 'app.bsky.feed.defs#threadViewPost', post: parentPost };
      const [post] = parse(thread).posts;
      expect(post!.inReplyTo).to.deep.include({
        id: 'at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kahesw26il2z',
        url: 'https://bsky.app/profile/test.marshal.dev/post/3kahesw26il2z',
      });
      expect(post!.inReplyTo!.author!.name).to.equal('Python SDK');
    });

    it('reports a thread whose post was not found', () => {
      const page = parse({
        thread: { uri: 'at://did:plc:a/app.bsky.feed.post/1', notFound: true },
      });
      expect(page.posts).to.deep.equal([]);
      expect(page.skipped[0]!.reason).to.match(/not found/);
    });
  });

  describe('a post view with a link card (astro-embed)', () => {
    it('reads the card and the link facet over a truncated rendering', async () => {
      const wrapper = await fixtureJson('bluesky/recorded.postview.external-card.astro-embed.json');
      const [post] = parse(wrapper.data).posts;
      expect(post!.url).to.equal('https://bsky.app/profile/mk.gg/post/3khyhd5tdi32t');
      expect(post!.author).to.include({ name: 'Matt Kane', handle: '@mk.gg' });
      expect(post!.card).to.deep.equal({
        url: 'https://play.google.com/store/apps/details?id=live.departures.livetrains',
        title: 'Live Trains - UK railway times - Apps on Google Play',
        description: 'Live UK train departure boards',
        image:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:uwbl4k3tza7eyjv3morkrld2/bafkreigtng2rcb2qkucgk2l53ow63f3rk5sraw3zlsde363pvyuf7hp7by@jpeg',
      });
      const [link] = post!.facets!;
      expect(link!.kind).to.equal('link');
      expect(link!.value).to.equal(
        'https://play.google.com/store/apps/details?id=live.departures.livetrains',
      );
      expect(post!.text!.slice(link!.start, link!.end)).to.equal('play.google.com/store/apps/d...');
      expect(post!.counts).to.deep.equal({ replies: 0, reposts: 0, likes: 0, quotes: 0 });
      expect(post!.language).to.equal('en');
    });
  });

  describe('facets: UTF-8 byte offsets to UTF-16 ranges', () => {
    let record: { text: string; facets: unknown[] };
    before(async () => {
      record = await fixtureJson('bluesky/docs.post-record.facets-mention-link-emoji.json');
    });

    it('maps ranges after ✨ and 👨‍❤️‍👨 onto the right characters', () => {
      expect(new TextEncoder().encode(record.text).length).to.equal(109);
      expect(record.text.length).to.equal(95);
      const facets = blueskyFacets(record.text, record.facets);
      expect(facets).to.deep.equal([
        { start: 21, end: 33, kind: 'mention', value: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz' },
        { start: 60, end: 94, kind: 'link', value: 'https://en.wikipedia.org/wiki/CBOR' },
      ]);
    });

    it('puts every facet exactly over its visible text', () => {
      const [mention, link] = blueskyFacets(record.text, record.facets);
      expect(record.text.slice(mention!.start, mention!.end)).to.equal('@atproto.com');
      expect(record.text.slice(link!.start, link!.end)).to.equal(
        'https://en.wikipedia.org/wiki/CBOR',
      );
    });

    const link = (byteStart: unknown, byteEnd: unknown) => [
      {
        index: { byteStart, byteEnd },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://a.example/' }],
      },
    ];
    for (const [label, facets] of [
      ['beyond the end of the text', link(100, 200)],
      ['ending past the last byte', link(0, 110)],
      ['negative', link(-3, 3)],
      ['starting inside ✨', link(1, 10)],
      ['ending inside the family emoji', link(60, 62)],
      ['empty', link(5, 5)],
      ['reversed', link(10, 5)],
      ['not numbers', link('0', '3')],
      ['without an index', [{ features: [{ uri: 'https://a.example/' }] }]],
      [
        'with a javascript: link',
        [{ index: { byteStart: 0, byteEnd: 3 }, features: [{ uri: 'javascript:alert(1)' }] }],
      ],
      ['not an array', 'facets'],
    ] as const) {
      it(`ignores a facet ${label}`, () => {
        expect(blueskyFacets(record.text, facets)).to.deep.equal([]);
      });
    }

    it('maps byte offsets at code point boundaries only, in any text', () => {
      const pieces = fc.constantFrom('a', ' ', 'é', '€', '😀', '\ud800', '\udc00', '#', '@');
      fc.assert(
        fc.property(
          fc.array(pieces, { minLength: 1, maxLength: 12 }),
          fc.array(fc.tuple(fc.integer({ min: -1, max: 50 }), fc.integer({ min: -1, max: 50 })), {
            maxLength: 4,
          }),
          (chars, ranges) => {
            const text = chars.join('');
            // The expected index of a byte offset: the code points before it, counted in UTF-16.
            const indexOf = (byte: number) => {
              let bytes = 0;
              let index = 0;
              for (const char of text) {
                if (bytes === byte) return index;
                // A lone surrogate is encoded as U+FFFD, three bytes.
                bytes += new TextEncoder().encode(char).length;
                index += char.length;
              }
              return bytes === byte ? index : undefined;
            };
            const facets = ranges.map(([byteStart, byteEnd]) => ({
              index: { byteStart, byteEnd },
              features: [{ $type: 'app.bsky.richtext.facet#tag', tag: `t${byteStart}` }],
            }));
            const expected = ranges
              .map(([byteStart, byteEnd]) => ({
                start: indexOf(byteStart),
                end: indexOf(byteEnd),
                kind: 'tag',
                value: `t${byteStart}`,
              }))
              .filter(({ start, end }) => start !== undefined && end !== undefined && start < end)
              .sort((a, b) => a.start! - b.start! || a.end! - b.end!);
            expect(blueskyFacets(text, facets), JSON.stringify([text, ranges])).to.deep.equal(
              expected,
            );
          },
        ),
        { numRuns: 1500 },
      );
    });

    it('reads tag facets and untyped features by their keys', () => {
      const text = 'ça #café';
      const facets = blueskyFacets(text, [
        {
          index: { byteStart: 4, byteEnd: 10 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'café' }],
        },
        { index: { byteStart: 0, byteEnd: 3 }, features: [{ did: 'did:plc:a' }] },
      ]);
      expect(facets).to.deep.equal([
        { start: 0, end: 2, kind: 'mention', value: 'did:plc:a' },
        { start: 3, end: 8, kind: 'tag', value: 'café' },
      ]);
      expect(text.slice(3, 8)).to.equal('#café');
    });

    it('gives tags from facets and from the record to the post', async () => {
      const view = await fixtureJson('bluesky/snapshot.postview.video-with-record.json');
      view.record.text = 'video #cats';
      view.record.tags = ['dogs', 'cats'];
      view.record.facets = [
        {
          index: { byteStart: 6, byteEnd: 11 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'cats' }],
        },
      ];
      const [post] = parse(view).posts;
      expect(post!.tags).to.deep.equal(['cats', 'dogs']);
      expect(post!.facets).to.deep.equal([{ start: 6, end: 11, kind: 'tag', value: 'cats' }]);
    });

    it('gives the record tags to a post whose text has no facets', async () => {
      const view = await fixtureJson('bluesky/snapshot.postview.video-with-record.json');
      view.record.text = 'no links, no mentions';
      view.record.tags = ['dogs', '#cats', ''];
      delete view.record.facets;
      const [post] = parse(view).posts;
      expect(post!.tags).to.deep.equal(['dogs', 'cats']);
      expect(post!.facets).to.equal(undefined);
      expect(post!.mentions).to.equal(undefined);
    });

    it('keeps only the counts a view gives, in the model order', async () => {
      const view = await fixtureJson('bluesky/snapshot.postview.video-with-record.json');
      Object.assign(view, {
        replyCount: -1,
        repostCount: undefined,
        likeCount: 7,
        quoteCount: '2',
      });
      expect(parse(view).posts[0]!.counts).to.deep.equal({ likes: 7, quotes: 2 });
      expect(Object.keys(parse(view).posts[0]!.counts!)).to.deep.equal(['likes', 'quotes']);
      for (const key of ['replyCount', 'repostCount', 'likeCount', 'quoteCount']) delete view[key];
      expect(parse(view).posts[0]!.counts).to.equal(undefined);
    });
  });

  describe('labels', () => {
    it('marks self-labelled and service-labelled adult or graphic posts as sensitive', async () => {
      const feed = await fixtureJson('bluesky/snapshot.getAuthorFeed.feed.json');
      feed[1].post.record.labels = {
        $type: 'com.atproto.label.defs#selfLabels',
        values: [{ val: 'nudity' }],
      };
      feed[2].post.labels.push({ val: 'graphic-media', src: 'did:plc:labeler' });
      feed[0].post.labels.push({ val: 'porn' }, { val: 'porn', neg: true });
      const posts = parse(feed).posts;
      expect(posts[1]!.sensitive).to.equal(true);
      expect(posts[1]!.labels).to.deep.equal(['nudity']);
      expect(posts[2]!.sensitive).to.equal(true);
      expect(posts[2]!.labels).to.deep.equal(['graphic-media']);
      // A negation label withdraws the label before it.
      expect(posts[0]!.sensitive).to.equal(false);
      expect(posts[0]!.labels).to.equal(undefined);
    });
  });

  describe('moderation', () => {
    it('skips a post a moderation service labelled !hide, and drops such a quote', async () => {
      const feed = await fixtureJson('bluesky/snapshot.getAuthorFeed.feed.json');
      feed[1].post.labels.push({ val: '!hide', src: 'did:plc:labeler' });
      feed[2].post.embed.record.record.labels.push({ val: '!hide', src: 'did:plc:labeler' });
      const page = parse(feed);
      expect(page.posts.map((post) => post.id)).to.deep.equal(['record(0)', 'record(1)']);
      expect(page.skipped).to.deep.equal([
        { index: 1, reason: 'a moderation service hid the post record(5) (!hide)' },
      ]);
      expect(page.posts[1]!.quote).to.equal(undefined);
    });
  });

  describe('!no-unauthenticated', () => {
    let feed: Payload[];
    beforeEach(async () => {
      feed = await fixtureJson('bluesky/snapshot.getAuthorFeed.feed.json');
    });

    it('skips posts by an author who asked not to be shown to logged-out viewers', () => {
      feed[1].post.author.labels.push(optOut);
      const page = parse(feed);
      expect(page.posts.map((post) => post.id)).to.deep.equal(['record(0)', 'record(1)']);
      expect(page.skipped).to.have.length(1);
      expect(page.skipped[0]!.index).to.equal(1);
      expect(page.skipped[0]!.reason).to.match(/asked not to be shown to logged-out viewers/);
    });

    it('drops a quote by such an author but keeps the quoting post', () => {
      feed[2].post.embed.record.record.author.labels.push(optOut);
      // The same author quoted one level deeper, inside the repost's quote.
      feed[0].post.embed.record.embeds[0].record.record.author.labels.push(optOut);
      const page = parse(feed);
      expect(page.skipped).to.deep.equal([]);
      expect(page.posts[2]!.quote).to.equal(undefined);
      expect(page.posts[2]!.attachments).to.have.length(2);
      expect(page.posts[0]!.quote!.quote).to.equal(undefined);
      expect(page.posts[0]!.quote!.text).to.equal('hi im carol');
    });

    it('keeps a reply to such an author without naming them', () => {
      feed[1].reply.parent.author.labels.push(optOut);
      const [, reply] = parse(feed).posts;
      expect(reply!.inReplyTo).to.deep.equal({ id: 'record(6)' });
    });

    it('skips a repost made by such an account', () => {
      feed[0].reason.by.labels.push(optOut);
      const page = parse(feed);
      expect(page.posts.map((post) => post.id)).to.deep.equal(['record(5)', 'record(1)']);
      expect(page.skipped[0]!.reason).to.match(/logged-out viewers/);
    });
  });

  describe('pagination', () => {
    it('returns the cursor as the opaque next page', async () => {
      const feed = await fixtureJson('bluesky/snapshot.getAuthorFeed.feed.json');
      const page = parse({ feed, cursor: '2024-01-01T00:00:00.000Z::bafy' });
      expect(page.posts).to.have.length(3);
      expect(page.next).to.equal('2024-01-01T00:00:00.000Z::bafy');
    });

    it('has no next page when the cursor is missing or empty', () => {
      expect(parse({ feed: [] }).next).to.equal(undefined);
      expect(parse({ feed: [], cursor: '' }).next).to.equal(undefined);
      expect(parse({ feed: [], cursor: 42 }).next).to.equal(undefined);
    });

    it('turns a cursor into the URL of older posts', () => {
      const url =
        'https://appview.example/xrpc/app.bsky.feed.getAuthorFeed?actor=alice.example&limit=20';
      expect(nextBlueskyUrl(url, '2024-01-01T00:00:00.000Z::bafy')).to.equal(
        'https://appview.example/xrpc/app.bsky.feed.getAuthorFeed?actor=alice.example&limit=20&cursor=2024-01-01T00%3A00%3A00.000Z%3A%3Abafy',
      );
      expect(nextBlueskyUrl(`${url}&cursor=old`, 'new&x=1')).to.equal(
        'https://appview.example/xrpc/app.bsky.feed.getAuthorFeed?actor=alice.example&limit=20&cursor=new%26x%3D1',
      );
      expect(() => nextBlueskyUrl('/relative', 'c')).to.throw(FormatError);
    });
  });

  describe('getPosts', () => {
    it('reads a list of post views, with inReplyTo from the record', async () => {
      const view = await fixtureJson('bluesky/snapshot.postview.video-with-record.json');
      const thread = await fixtureJson('bluesky/recorded.getPostThread.record-with-media.json');
      thread.thread.post.record.reply = {
        root: { uri: 'at://did:plc:abc/app.bsky.feed.post/3k1', cid: 'bafy' },
        parent: { uri: 'at://did:plc:abc/app.bsky.feed.post/3k2', cid: 'bafy' },
      };
      const page = parse({ posts: [view, thread.thread.post, { uri: 'at://x' }] });
      expect(page.posts.map((post) => post.text)).to.deep.equal(['video', undefined]);
      expect(page.posts[1]!.inReplyTo).to.deep.equal({
        id: 'at://did:plc:abc/app.bsky.feed.post/3k2',
        url: 'https://bsky.app/profile/did:plc:abc/post/3k2',
      });
      expect(page.skipped).to.deep.equal([
        { index: 2, reason: 'the post at://x has no author with a did' },
      ]);
    });
  });

  describe('documents it cannot read', () => {
    it('names the JSON problem', () => {
      expect(() => bluesky.parseFeed('{"feed": [', {}))
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/not valid JSON/);
    });

    it('passes on the server error', () => {
      expect(() =>
        bluesky.parseFeed('{"error":"InvalidRequest","message":"Profile not found"}', {}),
      )
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/InvalidRequest \(Profile not found\)/);
    });

    it('says what it saw instead of a feed', () => {
      expect(() => bluesky.parseFeed('{"items": []}', {}))
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/got an object with keys items/);
      expect(() => bluesky.parseFeed('"feed"', {}))
        .to.throw(FormatError)
        .with.property('message')
        .that.matches(/got a string/);
    });
  });

  describe('hostile input', () => {
    const post = (overrides: Record<string, unknown>) => ({
      uri: 'at://did:plc:a/app.bsky.feed.post/1',
      author: { did: 'did:plc:a', handle: 'a.example' },
      record: { text: 'hi', createdAt: '2024-01-01T00:00:00Z' },
      ...overrides,
    });
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let level = 0; level < 300; level++) {
      const record = {
        uri: 'at://q',
        author: { did: 'did:q' },
        value: { text: 'q', createdAt: '2024-01-01T00:00:00Z' },
        embeds: [{}],
      };
      (cursor as { record?: unknown }).record = record;
      cursor = record.embeds[0] as Record<string, unknown>;
    }
    const junkEmbeds = JSON.stringify([
      post({
        embed: {
          $type: 'app.bsky.embed.images#view',
          images: [
            null,
            { fullsize: 'javascript:alert(1)' },
            { thumb: 'https://a.example/t.jpg', alt: 7, aspectRatio: { width: -1, height: 'x' } },
          ],
        },
      }),
      post({ embed: { $type: 'app.bsky.embed.video#view', playlist: 'data:x' } }),
      post({ embed: { $type: 'app.bsky.embed.external#view', external: { uri: 'javascript:x' } } }),
      post({ embed: { $type: 'app.bsky.embed.recordWithMedia#view', media: 5, record: 5 } }),
    ]);
    const deepQuotes = JSON.stringify([post({ embed: deep })]);
    const badDate = JSON.stringify([post({ record: { text: 'x', createdAt: 'yesterday' } })]);
    const bodies: [string, string][] = [
      ['empty', ''],
      ['null', 'null'],
      ['a number', '42'],
      ['an empty array', '[]'],
      ['junk entries', '[null, 1, "x", [], {}, {"post": null}, {"post": 5}]'],
      ['a null thread', '{"thread": null}'],
      ['a feed that is not an array', '{"feed": {"post": {}}}'],
      [
        'wrong types everywhere',
        JSON.stringify({ feed: [{ post: post({ uri: 5, author: 'x', record: [] }) }] }),
      ],
      [
        'wrong field types',
        JSON.stringify({
          feed: [
            {
              post: post({
                record: {
                  text: 5,
                  facets: 'x',
                  createdAt: {},
                  langs: [1],
                  labels: 'porn',
                  reply: { parent: 5 },
                },
                indexedAt: '2024-01-01T00:00:00Z',
                embed: { images: 'x', external: 5, record: [], media: null, playlist: {} },
                labels: [null, 'porn', { val: 5 }],
                likeCount: 'many',
              }),
              reason: { $type: 'app.bsky.feed.defs#reasonRepost', by: 'someone' },
              reply: { parent: { uri: [] } },
            },
          ],
          cursor: {},
        }),
      ],
      ['embeds of every shape with junk', junkEmbeds],
      ['quotes nested 300 deep', deepQuotes],
      ['a date that is not a date', badDate],
      ['__proto__ keys', '{"feed":[{"post":{"__proto__":{"uri":"at://x"}}}]}'],
    ];
    for (const [label, body] of bodies) {
      it(`never throws a TypeError for ${label}`, () => {
        try {
          const page = bluesky.parseFeed(body, {}) as Page;
          expect(page.posts).to.be.an('array');
          for (const entry of page.skipped)
            expect(entry.reason).to.be.a('string').and.not.equal('');
        } catch (error) {
          expect(error).to.be.instanceOf(FormatError);
        }
      });
    }

    it('keeps only http(s) media and links from junk embeds', () => {
      const page = bluesky.parseFeed(junkEmbeds, {}) as Page;
      expect(page.posts).to.have.length(4);
      expect(page.posts[0]!.attachments).to.deep.equal([
        { kind: 'image', url: 'https://a.example/t.jpg', preview: 'https://a.example/t.jpg' },
      ]);
      expect(page.posts.slice(1).every((p) => !p.attachments && !p.card && !p.quote)).to.equal(
        true,
      );
    });

    it('stops following quotes after a few levels', () => {
      const page = bluesky.parseFeed(deepQuotes, {}) as Page;
      let depth = 0;
      for (let quote = page.posts[0]!.quote; quote; quote = quote.quote) depth++;
      expect(depth).to.equal(3);
    });

    it('skips a post with no usable date, and says so', () => {
      const page = bluesky.parseFeed(badDate, {}) as Page;
      expect(page.posts).to.deep.equal([]);
      expect(page.skipped[0]!.reason).to.match(/no valid createdAt/);
    });
  });

  describe('detect', () => {
    it('is sure about AppView XRPC URLs', () => {
      expect(
        bluesky.detect('', {
          url: 'https://appview.example/xrpc/app.bsky.feed.getAuthorFeed?actor=a',
        }),
      ).to.be.greaterThan(0.9);
    });

    it('recognises AppView bodies', async () => {
      for (const path of [
        'bluesky/snapshot.getAuthorFeed.feed.json',
        'bluesky/snapshot.postview.video-with-record.json',
        'bluesky/recorded.getPostThread.record-with-media.json',
      ]) {
        expect(bluesky.detect(await fixtureText(path), {}), path).to.be.at.least(0.6);
      }
      expect(
        bluesky.detect('{"feed":[{"post":{"uri":"at://did:plc:a/app.bsky.feed.post/1"}}]}', {}),
      ).to.be.greaterThan(0.8);
      expect(bluesky.detect('{"did":"did:plc:a","handle":"a.example"}', {})).to.equal(0.6);
    });

    it('does not claim other documents', () => {
      expect(bluesky.detect('<rss version="2.0"></rss>', {})).to.equal(0);
      expect(
        bluesky.detect('{"version":"https://jsonfeed.org/version/1.1","items":[]}', {}),
      ).to.equal(0);
      expect(bluesky.detect('[{"id":"1","content":"<p>hi</p>"}]', {})).to.equal(0);
      expect(bluesky.detect(undefined as unknown as string, {})).to.equal(0);
    });
  });
});
