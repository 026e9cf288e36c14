import { expect } from '@open-wc/testing';
import { activitystreams } from '../../src/formats/activitystreams.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { FormatContext } from '../../src/formats/types.js';
import type { Page } from '../../src/model/page.js';

const AS = 'https://www.w3.org/ns/activitystreams';
const OUTBOX = 'https://social.example/users/ada/outbox';
type Json = Record<string, unknown>;

async function loadText(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

async function fixture(name: string): Promise<Json> {
  return JSON.parse(await loadText(`activitypub/${name}.json`)) as Json;
}

function parse(value: unknown, context: FormatContext = { url: OUTBOX }): Page {
  return activitystreams.parseFeed(JSON.stringify(value), context) as Page;
}

/** What every real server adds and the spec examples leave out: an id, a date and an author. */
function dated(object: Json, id: string): Json {
  return {
    id,
    published: '2026-03-01T09:30:00Z',
    attributedTo: 'https://sally.example/actor',
    ...object,
  };
}

/** A Note as Mastodon federates it (written for these tests after Mastodon's serializer). */
function mastodonNote(extra: Json = {}): Json {
  return {
    id: 'https://social.example/users/ada/statuses/115000000000000001',
    type: 'Note',
    summary: null,
    inReplyTo: null,
    published: '2026-03-01T10:00:00Z',
    url: 'https://social.example/@ada/115000000000000001',
    attributedTo: 'https://social.example/users/ada',
    to: [`${AS}#Public`],
    sensitive: false,
    content:
      '<p>Hello <a href="https://social.example/tags/cats" class="mention hashtag" rel="tag">#<span>cats</span></a></p>',
    contentMap: {
      en: '<p>Hello <a href="https://social.example/tags/cats" class="mention hashtag" rel="tag">#<span>cats</span></a></p>',
    },
    attachment: [],
    tag: [{ type: 'Hashtag', href: 'https://social.example/tags/cats', name: '#cats' }],
    replies: {
      id: 'https://social.example/users/ada/statuses/115000000000000001/replies',
      type: 'Collection',
      totalItems: 2,
    },
    likes: {
      id: 'https://social.example/users/ada/statuses/115000000000000001/likes',
      type: 'Collection',
      totalItems: 5,
    },
    shares: {
      id: 'https://social.example/users/ada/statuses/115000000000000001/shares',
      type: 'Collection',
      totalItems: 1,
    },
    ...extra,
  };
}

function create(object: Json, extra: Json = {}): Json {
  return {
    id: `${String(object['id'])}/activity`,
    type: 'Create',
    actor: 'https://social.example/users/ada',
    published: object['published'],
    object,
    ...extra,
  };
}

describe('activitystreams format', () => {
  describe('the W3C examples', () => {
    it('reads every copied example without throwing', async () => {
      for (const name of [
        'w3c-ap.example-actor-person',
        'w3c-as2.core-ex17',
        'w3c-as2.core-ex3',
        'w3c-as2.vocabulary-ex131',
        'w3c-as2.vocabulary-ex153',
        'w3c-as2.vocabulary-ex170',
        'w3c-as2.vocabulary-ex184',
        'w3c-as2.vocabulary-ex197',
        'w3c-as2.vocabulary-ex6c',
        'w3c-as2.vocabulary-ex78',
      ]) {
        const page = await activitystreams.parseFeed(await loadText(`activitypub/${name}.json`), {
          url: OUTBOX,
        });
        expect(page.format, name).to.equal('activitystreams');
        expect(page.posts.length + page.skipped.length, name).to.be.at.least(
          name.includes('actor') ? 0 : 1,
        );
      }
    });

    it('reads the actor example: handle, Japanese name, bio, icon list and outbox', async () => {
      const body = await loadText('activitypub/w3c-ap.example-actor-person.json');
      const actor = await activitystreams.parseActor!(body, {});
      expect(actor).to.deep.equal({
        id: 'https://kenzoishii.example.com/',
        handle: '@kenzoishii@kenzoishii.example.com',
        name: '石井健蔵',
        url: 'https://kenzoishii.example.com/',
        avatar: 'https://kenzoishii.example.com/image/165987aklre4',
        bio: 'この方はただの例です',
        bot: false,
      });
      // Read as a feed, a profile hands back its outbox as the next page to fetch.
      const page = await activitystreams.parseFeed(body, {});
      expect(page.posts).to.deep.equal([]);
      expect(page.next).to.equal('https://kenzoishii.example.com/feed.json');
      expect(page.actor?.name).to.equal('石井健蔵');
    });

    it('skips items the examples leave without an id, date or author, saying what is missing', async () => {
      const page = parse(await fixture('w3c-as2.vocabulary-ex6c'));
      expect(page.posts).to.deep.equal([]);
      expect(page.skipped).to.deep.equal([
        { index: 0, reason: 'Note has no id, no published date, no author' },
        { index: 1, reason: 'Note has no id, no published date, no author' },
      ]);
    });

    it('reads a Create whose actor has a list of types, once it has an id and a date', async () => {
      const json = await fixture('w3c-as2.core-ex17');
      expect(parse(json).skipped).to.deep.equal([{ reason: 'Note has no id, no published date' }]);
      json['id'] = 'http://sally.example.org/activities/1';
      json['published'] = '2015-01-25T12:34:56Z';
      const page = parse(json);
      expect(page.skipped).to.deep.equal([]);
      const post = page.posts[0]!;
      expect(post.id).to.equal('http://sally.example.org/activities/1');
      expect(plainText(post)).to.equal('This is a simple note');
      expect(post.author).to.deep.equal({
        id: 'http://sally.example.org',
        name: 'Sally Smith',
        url: 'http://sally.example.org/',
        bot: false,
      });
      expect(post.published.toISOString()).to.equal('2015-01-25T12:34:56.000Z');
    });

    it('picks the contentMap language and keeps its escaped markup as text', async () => {
      const post = parse(
        dated(await fixture('w3c-as2.vocabulary-ex131'), 'http://example.org/notes/1'),
      ).posts[0]!;
      expect(post.language).to.equal('en');
      expect(post.html).to.equal('A &lt;em&gt;simple&lt;/em&gt; note');
      expect(plainText(post)).to.equal('A <em>simple</em> note');
      expect(post.url).to.equal('http://example.org/notes/1');
      expect(post.author).to.deep.equal({
        id: 'https://sally.example/actor',
        url: 'https://sally.example/actor',
      });
    });

    it('reads summaryMap as the content warning, and shows the name when there is no content', async () => {
      const post = parse(
        dated(await fixture('w3c-as2.vocabulary-ex153'), 'http://example.org/notes/2'),
      ).posts[0]!;
      expect(post.summary).to.equal('A simple <em>note</em>');
      expect(post.sensitive).to.equal(true);
      expect(post.text).to.equal('A simple note');
      expect(post.html).to.equal(undefined);
    });

    it('skips an Announce of something that is not a post', async () => {
      const page = parse(await fixture('w3c-as2.vocabulary-ex170'));
      expect(page.posts).to.deep.equal([]);
      expect(page.skipped).to.deep.equal([
        { reason: 'Announce of an Arrive, which is not a post' },
      ]);
    });

    it('skips a Tombstone as deleted', async () => {
      const page = parse(await fixture('w3c-as2.vocabulary-ex184'));
      expect(page.skipped[1]).to.deep.equal({
        index: 1,
        reason: 'http://image.example/2 was deleted',
      });
      expect(page.skipped[0]!.reason).to.equal(
        'Image http://image.example/1 has no published date, no author',
      );
    });

    it('reads Mention and untyped hashtag tags', async () => {
      const post = parse(
        dated(await fixture('w3c-as2.vocabulary-ex197'), 'http://example.org/notes/3'),
      ).posts[0]!;
      expect(plainText(post)).to.equal('Thank you @sally for all your hard work! #givingthanks');
      expect(post.tags).to.deep.equal(['givingthanks']);
      expect(post.mentions).to.deep.equal([
        {
          id: 'http://example.org/people/sally',
          url: 'http://example.org/people/sally',
          handle: '@sally',
        },
      ]);
    });

    it('reads a Note whose summary is a content warning beside its content', async () => {
      const post = parse(
        dated(await fixture('w3c-as2.vocabulary-ex78'), 'http://example.org/notes/4'),
      ).posts[0]!;
      expect(post.summary).to.equal('A simple note');
      expect(plainText(post)).to.equal('A simple note');
    });

    it('reads an Image in a Collection once dated, with its media from url links', async () => {
      const json = await fixture('w3c-as2.core-ex3');
      const page = parse(json);
      expect(page.skipped).to.deep.equal([{ index: 0, reason: 'an Add is not a post' }]);
      const add = (json['items'] as Json[])[0]!;
      const image = dated(add['object'] as Json, 'http://example.org/album/máiréad.jpg');
      const post = parse({ ...json, items: [create(image, { actor: add['actor'] })] }).posts[0]!;
      expect(post.author.id).to.equal('https://sally.example/actor');
      expect(post.text).to.equal('My fluffy cat');
      expect(post.language).to.equal(undefined);
      expect(post.attachments).to.deep.equal([
        {
          kind: 'image',
          url: 'http://example.org/album/m%C3%A1ir%C3%A9ad.jpg',
          mimeType: 'image/jpeg',
          alt: 'My fluffy cat',
          preview: 'http://example.org/album/m%C3%A1ir%C3%A9ad.jpg',
        },
      ]);
      // With no attributedTo, the activity's actor is the author: a Person with an image Link.
      delete image['attributedTo'];
      const byActor = parse(create(image, { actor: add['actor'] })).posts[0]!;
      expect(byActor.author).to.deep.include({
        id: 'http://www.test.example/martin',
        name: 'Martin Smith',
        url: 'http://example.org/martin',
      });
    });
  });

  describe('outboxes and pages', () => {
    it('reads an outbox with its items inline', () => {
      const note = mastodonNote();
      const page = parse({
        '@context': AS,
        id: OUTBOX,
        type: 'OrderedCollection',
        totalItems: 1,
        orderedItems: [create(note)],
      });
      expect(page.skipped).to.deep.equal([]);
      const post = page.posts[0]!;
      expect(post).to.deep.include({
        id: 'https://social.example/users/ada/statuses/115000000000000001',
        url: 'https://social.example/@ada/115000000000000001',
        language: 'en',
        sensitive: false,
        tags: ['cats'],
        counts: { replies: 2, reposts: 1, likes: 5 },
      });
      expect(plainText(post)).to.equal('Hello #cats');
      // The text of the HTML content is derived on demand, not while parsing.
      expect(post.text).to.equal(undefined);
      expect(post.author).to.deep.equal({
        id: 'https://social.example/users/ada',
        url: 'https://social.example/users/ada',
      });
      expect(post.published.toISOString()).to.equal('2026-03-01T10:00:00.000Z');
    });

    it('reads an outbox whose first page is embedded, with next and prev', () => {
      const page = parse({
        '@context': AS,
        id: OUTBOX,
        type: 'OrderedCollection',
        totalItems: 40,
        first: {
          id: `${OUTBOX}?page=true`,
          type: 'OrderedCollectionPage',
          partOf: OUTBOX,
          next: `${OUTBOX}?max_id=114&page=true`,
          prev: { type: 'Link', href: `${OUTBOX}?min_id=116&page=true` },
          orderedItems: [
            create(mastodonNote()),
            'https://social.example/users/ada/statuses/2/activity',
          ],
        },
      });
      expect(page.posts).to.have.length(1);
      expect(page.next).to.equal(`${OUTBOX}?max_id=114&page=true`);
      expect(page.prev).to.equal(`${OUTBOX}?min_id=116&page=true`);
      expect(page.skipped).to.deep.equal([
        {
          index: 1,
          reason:
            'https://social.example/users/ada/statuses/2/activity is given only by URL; not fetched',
        },
      ]);
    });

    it('hands back the first page URL instead of fetching it', () => {
      const page = parse({
        '@context': AS,
        id: OUTBOX,
        type: 'OrderedCollection',
        totalItems: 40,
        first: `${OUTBOX}?page=true`,
      });
      expect(page).to.deep.equal({
        format: 'activitystreams',
        posts: [],
        next: `${OUTBOX}?page=true`,
        skipped: [],
      });
      const empty = parse({ type: 'OrderedCollection', totalItems: 0 });
      expect(empty).to.deep.equal({ format: 'activitystreams', posts: [], skipped: [] });
    });

    it('reads a CollectionPage with items and relative next', () => {
      const page = parse(
        {
          '@context': AS,
          type: 'CollectionPage',
          partOf: '/outbox',
          next: '/outbox?page=3',
          items: mastodonNote(),
        },
        { url: 'https://social.example/outbox?page=2' },
      );
      expect(page.posts).to.have.length(1);
      expect(page.next).to.equal('https://social.example/outbox?page=3');
      expect(page.prev).to.equal(undefined);
    });

    it('reads a single Note or a single Create', () => {
      expect(plainText(parse(mastodonNote()).posts[0]!)).to.equal('Hello #cats');
      expect(plainText(parse(create(mastodonNote())).posts[0]!)).to.equal('Hello #cats');
    });
  });

  describe('posts', () => {
    it('reads an Announce with the post inline as a repost by the actor', () => {
      const announce = {
        id: 'https://other.example/users/bob/statuses/9/activity',
        type: 'Announce',
        actor: {
          id: 'https://other.example/users/bob',
          type: 'Person',
          preferredUsername: 'bob',
          name: 'Bob',
        },
        published: '2026-03-02T08:00:00Z',
        object: mastodonNote(),
      };
      const post = parse(announce).posts[0]!;
      expect(post.id).to.equal('https://social.example/users/ada/statuses/115000000000000001');
      expect(post.repostedBy).to.deep.include({
        id: 'https://other.example/users/bob',
        handle: '@bob@other.example',
        name: 'Bob',
      });
      // Some servers announce the Create activity rather than the Note itself.
      const ofCreate = parse({ ...announce, object: create(mastodonNote()) }).posts[0]!;
      expect(plainText(ofCreate)).to.equal('Hello #cats');
      expect(ofCreate.author.id).to.equal('https://social.example/users/ada');
      expect(ofCreate.repostedBy?.name).to.equal('Bob');
      const byIri = parse({ ...announce, actor: 'https://other.example/users/bob' }).posts[0]!;
      expect(byIri.repostedBy).to.deep.equal({
        id: 'https://other.example/users/bob',
        url: 'https://other.example/users/bob',
      });
    });

    it('skips an Announce whose object is only a URL, saying it was not fetched', () => {
      const page = parse({
        type: 'Announce',
        actor: 'https://other.example/users/bob',
        object: 'https://social.example/users/ada/statuses/1',
      });
      expect(page.skipped).to.deep.equal([
        {
          reason:
            'Announce of https://social.example/users/ada/statuses/1: the announced post is given only by URL; not fetched',
        },
      ]);
      const create = parse({
        type: 'Create',
        actor: 'https://a.example/u',
        object: 'https://a.example/n/1',
      });
      expect(create.skipped[0]!.reason).to.contain('not fetched');
    });

    it('reads a content warning, media with alt text, size, focus and blurhash, and custom emoji', () => {
      const note = mastodonNote({
        summary: 'spoilers :blobcat:',
        sensitive: true,
        content:
          '<p>It was <a href="https://www.example.com/long/path"><span class="invisible">https://www.</span><span class="ellipsis">example.com/lo</span><span class="invisible">ng/path</span></a> :blobcat:</p>',
        contentMap: undefined,
        attachment: [
          {
            type: 'Document',
            mediaType: 'image/jpeg',
            url: 'https://files.social.example/a.jpg',
            name: 'A cat on a keyboard',
            blurhash: 'UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*',
            focalPoint: [-0.5, 0.3],
            width: 600,
            height: 400,
          },
          {
            type: 'Document',
            mediaType: 'video/mp4',
            url: 'https://files.social.example/b.mp4',
            name: null,
            width: 1280,
            height: 720,
            duration: 'PT1M30S',
          },
          {
            type: 'Audio',
            url: {
              type: 'Link',
              href: 'https://files.social.example/c.ogg',
              mediaType: 'audio/ogg',
            },
          },
          { type: 'Link', mediaType: 'text/html', href: 'https://social.example/page' },
          { type: 'Image', url: 'javascript:alert(1)' },
        ],
        tag: {
          type: 'Emoji',
          name: ':blobcat:',
          icon: {
            type: 'Image',
            mediaType: 'image/png',
            url: 'https://files.social.example/emoji/blobcat.png',
          },
        },
      });
      const post = parse(create(note)).posts[0]!;
      expect(post.summary).to.equal('spoilers :blobcat:');
      expect(post.sensitive).to.equal(true);
      expect(plainText(post)).to.equal('It was example.com/lo… :blobcat:');
      expect(post.language).to.equal(undefined);
      expect(post.emoji).to.deep.equal({
        blobcat: 'https://files.social.example/emoji/blobcat.png',
      });
      expect(post.attachments).to.deep.equal([
        {
          kind: 'image',
          url: 'https://files.social.example/a.jpg',
          mimeType: 'image/jpeg',
          alt: 'A cat on a keyboard',
          width: 600,
          height: 400,
          blurhash: 'UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*',
          focus: { x: -0.5, y: 0.3 },
        },
        {
          kind: 'video',
          url: 'https://files.social.example/b.mp4',
          mimeType: 'video/mp4',
          duration: 90,
          width: 1280,
          height: 720,
        },
        { kind: 'audio', url: 'https://files.social.example/c.ogg', mimeType: 'audio/ogg' },
      ]);
    });

    it('reads a reply, with the replied-to author when inline', () => {
      const post = parse(mastodonNote({ inReplyTo: 'https://other.example/users/bob/statuses/7' }))
        .posts[0]!;
      expect(post.inReplyTo).to.deep.equal({
        id: 'https://other.example/users/bob/statuses/7',
        url: 'https://other.example/users/bob/statuses/7',
      });
      const inline = parse(
        mastodonNote({
          inReplyTo: {
            id: 'https://other.example/n/7',
            type: 'Note',
            attributedTo: {
              id: 'https://other.example/users/bob',
              type: 'Person',
              preferredUsername: 'bob',
            },
          },
        }),
      ).posts[0]!;
      expect(inline.inReplyTo?.author?.handle).to.equal('@bob@other.example');
    });

    it('reads a Question as a poll', () => {
      const question = mastodonNote({
        type: 'Question',
        content: '<p>Tea or coffee?</p>',
        contentMap: undefined,
        endTime: '2026-03-02T10:00:00Z',
        votersCount: 7,
        oneOf: [
          { type: 'Note', name: 'Tea', replies: { type: 'Collection', totalItems: 4 } },
          {
            type: 'Note',
            nameMap: { en: 'Coffee' },
            replies: { type: 'Collection', totalItems: 3 },
          },
          { type: 'Note' },
        ],
      });
      const post = parse(create(question)).posts[0]!;
      expect(plainText(post)).to.equal('Tea or coffee?');
      expect(post.poll).to.deep.equal({
        options: [
          { title: 'Tea', votes: 4 },
          { title: 'Coffee', votes: 3 },
        ],
        multiple: false,
        expiresAt: new Date('2026-03-02T10:00:00Z'),
        voters: 7,
      });
      const closed = parse(
        mastodonNote({
          type: 'Question',
          closed: '2026-03-02T10:00:00Z',
          anyOf: [{ name: 'A' }, { name: 'B' }],
        }),
      ).posts[0]!;
      expect(closed.poll).to.deep.include({ multiple: true, closed: true });
    });

    it('reads an Article with its headline, and its summary as an excerpt', () => {
      const article = {
        id: 'https://blog.example/2026/03/notes',
        type: 'Article',
        name: 'Notes on <tea>',
        summary: 'What I learned',
        content: '<p>Steep for three minutes.</p>',
        url: [
          {
            type: 'Link',
            mediaType: 'application/activity+json',
            href: 'https://blog.example/2026/03/notes.json',
          },
          { type: 'Link', mediaType: 'text/html', href: 'https://blog.example/2026/03/notes' },
        ],
        published: '2026-03-01T10:00:00Z',
        updated: '2026-03-03T10:00:00Z',
        attributedTo: [
          { type: 'Group', id: 'https://blog.example/', name: 'The blog' },
          { type: 'Person', id: 'https://blog.example/author/ada', name: 'Ada' },
        ],
      };
      const post = parse(article).posts[0]!;
      expect(post.url).to.equal('https://blog.example/2026/03/notes');
      expect(post.title).to.equal('Notes on <tea>');
      expect(post.html).to.equal('<p>Steep for three minutes.</p>');
      expect(plainText(post)).to.equal('Steep for three minutes.');
      expect(post.summary).to.equal(undefined);
      expect(post.author.name).to.equal('Ada');
      expect(post.updated?.toISOString()).to.equal('2026-03-03T10:00:00.000Z');
    });

    it('picks the contentMap entry that matches content, and the document language otherwise', () => {
      const post = parse(
        mastodonNote({
          content: '<p>Hallo</p>',
          contentMap: { en: '<p>Hello</p>', de: '<p>Hallo</p>' },
        }),
      ).posts[0]!;
      expect(post.language).to.equal('de');
      const byContext = parse({
        '@context': [AS, { '@language': 'ja' }],
        ...mastodonNote({ content: '<p>こんにちは</p>', contentMap: undefined }),
      }).posts[0]!;
      expect(byContext.language).to.equal('ja');
    });

    it('skips Tombstones, deletes and other activities with reasons', () => {
      const page = parse({
        type: 'OrderedCollectionPage',
        orderedItems: [
          { type: 'Tombstone', id: 'https://a.example/1', formerType: 'Note' },
          { type: 'Delete', actor: 'https://a.example/u', object: 'https://a.example/2' },
          { type: 'Create', object: { type: 'Tombstone' } },
          { type: 'Like', actor: 'https://a.example/u', object: 'https://a.example/3' },
          { type: 'Create', object: { type: 'Person', id: 'https://a.example/u' } },
          create(mastodonNote()),
        ],
      });
      expect(page.posts).to.have.length(1);
      expect(page.skipped.map(({ reason }) => reason)).to.deep.equal([
        'https://a.example/1 was deleted',
        'a Delete activity: the post was deleted',
        'Create of an item that was deleted',
        'a Like is not a post',
        'Create of a Person, which is not a post',
      ]);
    });
  });

  describe('actors', () => {
    it('reads a Mastodon-style Service with fields, emoji, counts and images', async () => {
      const actor = await activitystreams.parseActor!(
        JSON.stringify({
          '@context': [
            AS,
            'https://w3id.org/security/v1',
            { PropertyValue: 'schema:PropertyValue', discoverable: 'toot:discoverable' },
          ],
          id: 'https://social.example/users/newsbot',
          type: 'Service',
          preferredUsername: 'newsbot',
          name: 'News :robot:',
          summary: '<p>Automated headlines</p>',
          url: 'https://social.example/@newsbot',
          manuallyApprovesFollowers: false,
          discoverable: true,
          published: '2024-05-01T00:00:00Z',
          followers: { type: 'OrderedCollection', totalItems: 1200 },
          following: 'https://social.example/users/newsbot/following',
          icon: {
            type: 'Image',
            mediaType: 'image/png',
            url: 'https://files.social.example/avatar.png',
            name: 'A robot',
          },
          image: [
            {
              type: 'Image',
              url: { type: 'Link', href: 'https://files.social.example/header.png' },
            },
          ],
          attachment: [
            {
              type: 'PropertyValue',
              name: 'Source',
              value: '<a href="https://news.example" rel="me">news.example</a>',
            },
            { type: 'PropertyValue', name: 'Empty', value: '' },
            { type: 'Note', name: 'not a field', value: 'x' },
          ],
          tag: [
            {
              type: 'Emoji',
              name: ':robot:',
              icon: { type: 'Image', url: 'https://files.social.example/robot.png' },
            },
          ],
        }),
        {},
      );
      expect(actor).to.deep.equal({
        id: 'https://social.example/users/newsbot',
        handle: '@newsbot@social.example',
        name: 'News :robot:',
        url: 'https://social.example/@newsbot',
        avatar: 'https://files.social.example/avatar.png',
        avatarAlt: 'A robot',
        banner: 'https://files.social.example/header.png',
        bio: '<p>Automated headlines</p>',
        fields: [
          { name: 'Source', value: '<a href="https://news.example" rel="me">news.example</a>' },
        ],
        counts: { followers: 1200 },
        bot: true,
        locked: false,
        emoji: { robot: 'https://files.social.example/robot.png' },
        joined: new Date('2024-05-01T00:00:00Z'),
      });
    });

    it('refuses what is not an actor with a FormatError naming what it saw', async () => {
      for (const [body, message] of [
        [JSON.stringify(mastodonNote()), /got a Note/],
        ['[1,2]', /got a JSON array/],
        ['{"type":"Person"}', /with an id, got a Person/],
        ['<html>', /not JSON/],
      ] as const) {
        let error: unknown;
        try {
          await activitystreams.parseActor!(body, {});
        } catch (caught) {
          error = caught;
        }
        expect(error, body).to.be.instanceOf(FormatError);
        expect((error as Error).message, body).to.match(message);
      }
    });
  });

  describe('hostile and broken input', () => {
    it('throws a FormatError for documents it cannot read at all', () => {
      for (const [body, message] of [
        ['not json', /not JSON.*application\/activity\+json/],
        ['[]', /got a JSON array/],
        ['null', /got null/],
        ['{"hello":"world"}', /got an object with keys hello with no "type"/],
      ] as const) {
        expect(() => activitystreams.parseFeed(body, {}), body).to.throw(FormatError, message);
      }
    });

    it('turns wrong shapes and null fields into skipped entries or missing fields, never a TypeError', () => {
      const hostile: unknown[] = [
        null,
        7,
        [],
        { type: 42 },
        { type: ['Note'], id: {}, published: [], attributedTo: null },
        { type: 'Create', object: null },
        {
          type: 'Announce',
          object: {
            type: 'Announce',
            object: { type: 'Announce', object: { type: 'Announce', object: mastodonNote() } },
          },
        },
        mastodonNote({
          url: 'javascript:alert(1)',
          attributedTo: {
            id: 'https://social.example/users/ada',
            icon: 'javascript:alert(1)',
            url: 'data:text/html,x',
            image: null,
            attachment: 'x',
            followers: null,
          },
          attachment: [
            null,
            1,
            'javascript:alert(1)',
            { url: null },
            { url: [[['https://deep.example/x.png']]] },
          ],
          tag: [
            null,
            'x',
            { type: 'Emoji', name: ':x:', icon: 'javascript:alert(1)' },
            { type: 'Mention' },
            { type: 'Hashtag', name: null },
          ],
          contentMap: 'nope',
          summary: 42,
          inReplyTo: [null],
          replies: 'x',
          oneOf: 'x',
          sensitive: 'yes',
        }),
      ];
      const page = parse({ type: 'OrderedCollection', orderedItems: hostile });
      expect(page.posts).to.have.length(1);
      expect(page.skipped.map(({ index }) => index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
      for (const { reason } of page.skipped) expect(reason).to.be.a('string').and.not.equal('');
      expect(page.skipped[6]!.reason).to.equal('Announce of an Announce, which is not a post');
      const post = page.posts[0]!;
      // The hostile URLs are gone; the Note id stands in for the page link.
      expect(post.url).to.equal('https://social.example/users/ada/statuses/115000000000000001');
      expect(post.author).to.deep.equal({
        id: 'https://social.example/users/ada',
        url: 'https://social.example/users/ada',
      });
      expect(post.attachments).to.equal(undefined);
      expect(post.emoji).to.equal(undefined);
      expect(post.summary).to.equal(undefined);
      expect(post.sensitive).to.equal(false);
      expect(post.inReplyTo).to.equal(undefined);
    });
  });

  describe('detect', () => {
    it('trusts the ActivityPub content types', () => {
      expect(
        activitystreams.detect('', { contentType: 'application/activity+json' }),
      ).to.be.greaterThan(0.9);
      expect(
        activitystreams.detect('', { contentType: `application/ld+json; profile="${AS}"` }),
      ).to.be.greaterThan(0.9);
      expect(activitystreams.detect('{}', { contentType: 'application/ld+json' })).to.be.within(
        0.5,
        0.9,
      );
    });

    it('recognises the @context and the core types in the body', async () => {
      for (const name of [
        'w3c-as2.core-ex17',
        'w3c-ap.example-actor-person',
        'w3c-as2.vocabulary-ex6c',
      ]) {
        expect(
          activitystreams.detect(await loadText(`activitypub/${name}.json`), {}),
          name,
        ).to.be.greaterThan(0.9);
      }
      // No @context at all, only an OrderedCollection type.
      expect(
        activitystreams.detect(await loadText('activitypub/w3c-as2.vocabulary-ex184.json'), {}),
      ).to.be.within(0.5, 0.9);
    });

    it('leaves other documents alone', async () => {
      for (const body of [
        await loadText('mastodon/recorded.status.poll.json'),
        '{"version":"https://jsonfeed.org/version/1.1","items":[]}',
        '<rss version="2.0"></rss>',
        '',
      ]) {
        expect(
          activitystreams.detect(body, { contentType: 'application/json' }),
          body.slice(0, 40),
        ).to.equal(0);
      }
    });
  });
});
