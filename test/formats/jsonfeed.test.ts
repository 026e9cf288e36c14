import { expect } from '@open-wc/testing';
import { jsonfeed } from '../../src/formats/jsonfeed.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { Page } from '../../src/model/page.js';

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

async function read(path: string, url?: string): Promise<Page> {
  return jsonfeed.parseFeed(await fixtureText(`jsonfeed/${path}`), url ? { url } : {});
}

const parse = (data: unknown, url?: string): Page =>
  jsonfeed.parseFeed(JSON.stringify(data), url ? { url } : {}) as Page;

/** The same items with a date each, newest first, so the rest of what they say can be read. */
function dated(feed: Payload): Payload {
  feed.items.forEach((item: Payload, index: number) => {
    item.date_published = `2024-05-${String(20 - index).padStart(2, '0')}T10:00:00+02:00`;
  });
  return feed;
}

describe('JSON Feed format', () => {
  describe('microblog example, 1.0 and 1.1', () => {
    for (const version of ['1.0', '1.1']) {
      it(`reads version ${version} with its ${version === '1.0' ? 'author' : 'authors'}`, async () => {
        const page = await read(`spec-${version}.microblog.json`);
        expect(page.format).to.equal('jsonfeed');
        expect(page.skipped).to.deep.equal([]);
        expect(page.actor).to.deep.equal({
          id: 'https://example.org/',
          name: 'Brent Simmons’s Microblog',
          url: 'https://example.org/',
        });
        const [post] = page.posts;
        expect(post).to.deep.equal({
          id: '2347259',
          url: 'https://example.org/2347259',
          author: {
            id: 'http://example.org/',
            name: 'Brent Simmons',
            url: 'http://example.org/',
            avatar: 'https://example.org/avatar.png',
          },
          published: new Date('2016-02-09T21:22:00Z'),
          text: 'Cats are neat. \n\nhttps://example.org/cats',
        });
        expect(page.next).to.equal(undefined);
      });
    }
  });

  describe('podcast example, 1.0 and 1.1', () => {
    for (const version of ['1.0', '1.1']) {
      it(`reads version ${version}: both contents, the audio and no content warning`, async () => {
        const page = await read(`spec-${version}.podcast.json`);
        const [post] = page.posts;
        expect(post!.id).to.equal('http://therecord.co/chris-parrish');
        expect(post!.url).to.equal('http://therecord.co/chris-parrish');
        expect(post!.published.toISOString()).to.equal('2014-05-09T21:04:00.000Z');
        expect(post!.text).to.match(/^Chris has worked at Adobe and as a founder/);
        expect(post!.html).to.contain('<a href="http://adobe.com/">Adobe</a>');
        // A JSON Feed summary is an abstract, not a warning: it must not hide the episode.
        expect(post!.summary).to.equal(undefined);
        expect(post!.attachments).to.deep.equal([
          {
            kind: 'audio',
            url: 'http://therecord.co/downloads/The-Record-sp1e1-ChrisParrish.m4a',
            mimeType: 'audio/x-m4a',
            duration: 6629,
          },
        ]);
        // No author anywhere: the show itself speaks.
        expect(post!.author).to.deep.equal({
          id: 'http://therecord.co/',
          name: 'The Record',
          url: 'http://therecord.co/',
        });
      });
    }
  });

  describe('simple example, 1.0 and 1.1', () => {
    for (const version of ['1.0', '1.1']) {
      it(`skips version ${version} items that have no date, and says why`, async () => {
        const page = await read(`spec-${version}.simple.json`);
        expect(page.posts).to.deep.equal([]);
        expect(page.skipped).to.deep.equal([
          { index: 0, reason: 'the item 2 has no valid date_published or date_modified' },
          { index: 1, reason: 'the item 1 has no valid date_published or date_modified' },
        ]);
      });
    }

    it('reads content_text as text, and content_html as HTML whose text is derived on demand', async () => {
      const page = parse(dated(await fixtureJson('jsonfeed/spec-1.1.simple.json')));
      const [plain, rich] = page.posts;
      expect(plain!.text).to.equal('This is a second item.');
      expect(plain!.html).to.equal(undefined);
      expect(rich!.html).to.equal('<p>Hello, world!</p>');
      expect(plainText(rich!)).to.equal('Hello, world!');
      // The text of HTML is derived on demand, not while parsing.
      expect(rich!.text).to.equal(undefined);
      expect(rich!.url).to.equal('https://example.org/initial-post');
      expect(rich!.published.toISOString()).to.equal('2024-05-19T08:00:00.000Z');
    });
  });

  describe('authors', () => {
    it('skips the undated test items', async () => {
      const page = await read('rsparser.authors.json');
      expect(page.posts).to.deep.equal([]);
      expect(page.skipped.map((entry) => entry.index)).to.deep.equal([0, 1, 2, 3]);
    });

    it('prefers 1.1 authors over 1.0 author, and the item’s over the feed’s', async () => {
      const feed = dated(await fixtureJson('jsonfeed/rsparser.authors.json'));
      // The test items are empty, and an item with nothing to show is skipped: give each a line.
      for (const item of feed.items) item.content_text = `by ${item.id}`;
      const page = parse(feed);
      expect(page.posts.map((post) => [post.id, post.author.name])).to.deep.equal([
        ['Item without authors', 'Root Author 1'],
        ['Item with legacy author', 'Legacy Item Author'],
        ['Item with modern authors', 'Item Author 1'],
        ['Item with both', 'Item Author 1'],
      ]);
      // An empty content_html is no HTML at all.
      expect(page.posts[0]!.html).to.equal(undefined);
      expect(page.posts[0]!.text).to.equal('by Item without authors');
    });

    it('uses the feed’s title and home page for an author without a name', () => {
      const page = parse({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Site',
        home_page_url: 'https://site.example/',
        icon: '/icon.png',
        authors: [{ avatar: 'https://site.example/me.png' }],
        items: [{ id: 1, content_text: 'hi', date_published: '2024-01-01T00:00:00Z' }],
      });
      expect(page.posts[0]!.author).to.deep.equal({
        id: 'https://site.example/',
        name: 'Site',
        url: 'https://site.example/',
        avatar: 'https://site.example/me.png',
      });
      expect(page.actor!.avatar).to.equal('https://site.example/icon.png');
    });
  });

  describe('extensions and attachments', () => {
    it('ignores _ keys and reads attachments by MIME type', async () => {
      const page = await read('rsparser.jsonfeed-extension.json');
      expect(page.posts.map((post) => post.id)).to.deep.equal(['2', '1', '0']);
      const [second] = page.posts;
      expect(second!.published.toISOString()).to.equal('2021-03-05T11:04:04.000Z');
      expect(plainText(second!)).to.equal('Second item.');
      expect(second!.attachments).to.deep.equal([
        {
          kind: 'unknown',
          url: 'https://example.com/SomeFile2.app.zip',
          mimeType: 'application/zip',
        },
      ]);
      expect(JSON.stringify(page)).to.not.contain('contoso');
      expect(page.actor).to.deep.equal({
        id: 'JSON Extension test feed',
        name: 'JSON Extension test feed',
      });
      expect(page.posts[2]!.attachments).to.equal(undefined);
    });

    it('reads image, video and audio attachments with their titles and lengths', () => {
      const page = parse({
        version: 'https://jsonfeed.org/version/1.1',
        home_page_url: 'https://pod.example/show/',
        items: [
          {
            id: 'e1',
            title: 'Episode 1',
            date_published: '2024-01-01T00:00:00Z',
            image: 'cover.jpg',
            banner_image: 'banner.jpg',
            attachments: [
              {
                url: 'e1.mp3',
                mime_type: 'audio/mpeg',
                title: 'MP3 version',
                size_in_bytes: 1000,
                duration_in_seconds: '61.5',
              },
              { url: 'e1.mp4', mime_type: 'video/mp4' },
              { url: 'javascript:alert(1)', mime_type: 'image/png' },
              { mime_type: 'image/png' },
              null,
            ],
          },
        ],
      });
      expect(page.posts[0]!.attachments).to.deep.equal([
        { kind: 'image', url: 'https://pod.example/show/cover.jpg' },
        { kind: 'image', url: 'https://pod.example/show/banner.jpg' },
        {
          kind: 'audio',
          url: 'https://pod.example/show/e1.mp3',
          mimeType: 'audio/mpeg',
          duration: 61.5,
          alt: 'MP3 version',
        },
        { kind: 'video', url: 'https://pod.example/show/e1.mp4', mimeType: 'video/mp4' },
      ]);
      // An item with a title and no content keeps the title, and no invented text.
      expect(page.posts[0]!.title).to.equal('Episode 1');
      expect(page.posts[0]!.text).to.equal(undefined);
    });
  });

  describe('real feeds', () => {
    it('reads 3960.org (1.1 with author and authors, tags, language, images)', async () => {
      const page = await read('rsparser.3960.json');
      expect(page.skipped).to.deep.equal([]);
      expect(page.posts).to.have.length(20);
      expect(page.actor).to.deep.equal({
        id: 'https://journal.3960.org/',
        name: 'fboës - Der Blog | Startseite',
        url: 'https://journal.3960.org/',
        avatar: 'https://cdn.3960.org/favicon-192x192.png',
        bio: 'Programmierung, Luft- & Raumfahrt, Kurioses: Der Blog von und mit Frank Boës.',
      });
      const [first, second] = page.posts;
      expect(first!.id).to.equal('user/posts/2020-02-21-lecker-lecker/index.md');
      expect(first!.url).to.equal('https://journal.3960.org/posts/2020-02-21-lecker-lecker/');
      expect(first!.published.toISOString()).to.equal('2020-02-21T17:08:06.000Z');
      expect(first!.updated).to.equal(undefined);
      expect(first!.language).to.equal('de-DE');
      expect(first!.tags).to.deep.equal(['Lustiges']);
      expect(plainText(first!)).to.match(
        /^Da ist es zwar nicht ganz billig,\ndafür schmeckt's aber auch nicht\./,
      );
      expect(first!.html).to.contain('<blockquote>');
      // image and banner_image are the same file: shown once.
      expect(first!.attachments).to.deep.equal([
        { kind: 'image', url: 'https://cdn.3960.org/favicon-192x192.png' },
      ]);
      // The author's mailto: address is not a link the model keeps.
      expect(first!.author).to.deep.equal({
        id: 'https://journal.3960.org/#Frank%20Bo%C3%ABs',
        name: 'Frank Boës',
        avatar: 'https://www.gravatar.com/avatar/71fcf51cf2ae9acdd54182d3e367ceca',
      });
      expect(second!.updated!.toISOString()).to.equal('2020-02-11T07:51:21.000Z');
      expect(page.posts[12]!.card).to.deep.equal({
        url: 'https://bastianallgeier.com/notes/simplicity-part-2',
      });
      expect(page.posts[12]!.url).to.equal(
        'https://journal.3960.org/posts/2019-09-13-programmierung-zurueck-zur-werkbank/',
      );
    });

    it('reads pxlnv.com (1.0 with an http:// version) and its linked-list cards', async () => {
      const page = await read('rsparser.pxlnv.json');
      expect(page.skipped).to.deep.equal([]);
      expect(page.posts).to.have.length(20);
      const [first] = page.posts;
      expect(first!.author.name).to.equal('Nick Heer');
      expect(first!.url).to.equal('https://pxlnv.com/linklog/uber-losses-2017/');
      expect(first!.card).to.deep.equal({
        url: 'https://www.bloomberg.com/news/articles/2018-02-13/uber-sales-reach-7-5-billion-in-2017-despite-persistent-turmoil',
      });
      expect(plainText(first!)).to.match(/^Eric Newcomer, Bloomberg:/);
      expect(page.actor!.name).to.equal('Pixel Envy');
      expect(page.actor).to.not.have.property('bio');
      const times = page.posts.map((post) => post.published.getTime());
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });
  });

  describe('documents it cannot read', () => {
    it('names the JSON problem of a truncated download', async () => {
      const body = await fixtureText('jsonfeed/rsparser.allthis-partial.INVALID-truncated.json');
      let error: unknown;
      try {
        jsonfeed.parseFeed(body, {});
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(FormatError);
      expect((error as FormatError).format).to.equal('jsonfeed');
      expect((error as FormatError).message).to.match(/not valid JSON \(.+\)/);
      expect((error as FormatError).cause).to.be.instanceOf(SyntaxError);
    });

    for (const [body, seen] of [
      ['[]', 'an array of 0 entries'],
      ['{"version":"https://jsonfeed.org/version/1.1","title":"x"}', 'keys version, title'],
      ['{"items":{}}', 'keys items'],
      ['"feed"', 'a string'],
      ['null', 'null'],
    ]) {
      it(`says what it saw for ${body}`, () => {
        expect(() => jsonfeed.parseFeed(body!, {}))
          .to.throw(FormatError)
          .with.property('message')
          .that.contains(seen!);
      });
    }
  });

  describe('versions, ids, dates, URLs and paging', () => {
    const base = {
      title: 'Odd',
      items: [{ id: 'a', content_text: 'x', date_published: '2024-01-01T00:00:00Z' }],
    };
    for (const version of [
      undefined,
      'https://jsonfeed.org/version/1',
      'https://jsonfeed.org/version/1.1',
      'http://jsonfeed.org/version/1',
      '/1.1',
      1.1,
      'something else',
    ]) {
      it(`accepts the version ${JSON.stringify(version)} when the shape fits`, () => {
        expect(parse({ version, ...base }).posts).to.have.length(1);
      });
    }

    it('turns any id into a string, falling back to the url', () => {
      const item = { content_text: 'x', date_published: '2024-01-01T00:00:00Z' };
      const page = parse({
        home_page_url: 'https://a.example/',
        items: [
          { ...item, id: 42 },
          { ...item, id: { key: 1 } },
          { ...item, id: '', url: '/p/3' },
          { ...item, id: true },
          { ...item },
        ],
      });
      expect(page.posts.map((post) => post.id)).to.deep.equal([
        '42',
        '{"key":1}',
        'https://a.example/p/3',
        'true',
      ]);
      expect(page.skipped).to.deep.equal([{ index: 4, reason: 'the item has no id and no url' }]);
    });

    it('reads RFC 3339 dates with offsets, spaces and long fractions', () => {
      const items = [
        '2024-01-01T12:00:00+05:30',
        '2024-01-01 12:00:00Z',
        '2024-01-01t12:00:00.123456789z',
      ].map((date_published, index) => ({ id: index, content_text: 'x', date_published }));
      const page = parse({ items });
      expect(page.posts.map((post) => post.published.toISOString())).to.deep.equal([
        '2024-01-01T06:30:00.000Z',
        '2024-01-01T12:00:00.000Z',
        '2024-01-01T12:00:00.123Z',
      ]);
    });

    it('falls back to date_modified when date_published is missing', () => {
      const page = parse({
        items: [{ id: 1, content_text: 'x', date_modified: '2024-02-01T00:00:00Z' }],
      });
      expect(page.posts[0]!.published.toISOString()).to.equal('2024-02-01T00:00:00.000Z');
      expect(page.posts[0]!.updated).to.equal(undefined);
    });

    it('resolves relative URLs against home_page_url, then feed_url, then the document URL', () => {
      const item = {
        id: 1,
        url: 'posts/1',
        content_text: 'x',
        date_published: '2024-01-01T00:00:00Z',
      };
      expect(
        parse({
          home_page_url: 'https://home.example/blog/',
          feed_url: 'https://feed.example/f.json',
          items: [item],
        }).posts[0]!.url,
      ).to.equal('https://home.example/blog/posts/1');
      expect(
        parse({ feed_url: 'https://feed.example/f.json', items: [item] }).posts[0]!.url,
      ).to.equal('https://feed.example/posts/1');
      expect(parse({ items: [item] }, 'https://doc.example/x/feed.json').posts[0]!.url).to.equal(
        'https://doc.example/x/posts/1',
      );
      expect(parse({ items: [item] }).posts[0]!.url).to.equal(undefined);
      expect(parse({ items: [{ ...item, url: 'javascript:alert(1)' }] }).posts[0]!.url).to.equal(
        undefined,
      );
    });

    it('gives next_url as an absolute next page', () => {
      const page = parse(
        { ...base, next_url: 'feed.json?page=2' },
        'https://blog.example/feeds/feed.json',
      );
      expect(page.next).to.equal('https://blog.example/feeds/feed.json?page=2');
      expect(parse({ ...base, next_url: 'https://blog.example/page/2.json' }).next).to.equal(
        'https://blog.example/page/2.json',
      );
      expect(parse({ ...base, next_url: 'javascript:alert(1)' }).next).to.equal(undefined);
    });

    it('keeps the title apart from the HTML text, and reads a summary as an excerpt', () => {
      const page = parse({
        language: 'en',
        items: [
          {
            id: 1,
            title: 'A title',
            summary: 'An abstract',
            content_html: '<p>Body <b>text</b></p>',
            date_published: '2024-01-01T00:00:00Z',
          },
          {
            id: 2,
            title: 'Only a title',
            summary: 'and a summary',
            date_published: '2024-01-01T00:00:00Z',
          },
          { id: 3, date_published: '2024-01-01T00:00:00Z', language: 'fr' },
        ],
      });
      expect(page.posts[0]).to.include({
        html: '<p>Body <b>text</b></p>',
        language: 'en',
      });
      // Neither the summary nor the title stands in for the text of HTML content.
      expect(page.posts[0]!.text).to.equal(undefined);
      expect(plainText(page.posts[0]!)).to.equal('Body text');
      expect(page.posts[0]!.title).to.equal('A title');
      expect(page.posts[0]!.summary).to.equal(undefined);
      expect(page.posts[1]!.title).to.equal('Only a title');
      expect(page.posts[1]!.text).to.equal('and a summary');
      expect(page.skipped).to.deep.equal([
        { index: 2, reason: 'the item 3 has no content, title, attachment or url' },
      ]);
    });
  });

  describe('hostile input', () => {
    for (const body of [
      '',
      '   ',
      'null',
      '[1,2]',
      '{"items": null}',
      '{"items": [null, 1, "x", [], {}]}',
      '{"items": [{"id": null, "url": 5, "date_published": 5}]}',
      JSON.stringify({
        title: 5,
        home_page_url: ['x'],
        feed_url: {},
        icon: 7,
        author: 'someone',
        authors: 'many',
        language: 1,
        next_url: {},
        items: [
          {
            id: 'x',
            date_published: '2024-01-01T00:00:00Z',
            content_html: 5,
            content_text: {},
            title: [],
            tags: 'a,b',
            authors: [null, 'x'],
            author: [],
            attachments: { url: 'x' },
            image: {},
            external_url: 'data:x',
            language: {},
          },
          {
            id: 'y',
            date_published: '2024-01-01T00:00:00Z',
            tags: [1, null, ' a ', 'a'],
            content_text: 'y',
          },
        ],
      }),
      '{"items":[{"__proto__":{"id":"x"},"content_text":"x","date_published":"2024-01-01T00:00:00Z"}]}',
    ]) {
      it(`never throws a TypeError for ${body.slice(0, 60) || 'an empty body'}`, () => {
        try {
          const page = jsonfeed.parseFeed(body, {}) as Page;
          expect(page.posts).to.be.an('array');
          for (const entry of page.skipped)
            expect(entry.reason).to.be.a('string').and.not.equal('');
        } catch (error) {
          expect(error).to.be.instanceOf(FormatError);
        }
      });
    }

    it('keeps what is usable from wrongly typed fields', () => {
      const page = parse({
        items: [
          {
            id: 'y',
            date_published: '2024-01-01T00:00:00Z',
            tags: [1, null, ' a ', 'a'],
            content_text: 'y',
          },
        ],
      });
      expect(page.posts[0]!.tags).to.deep.equal(['a']);
    });
  });

  describe('detect', () => {
    it('is certain for the JSON Feed content type', () => {
      expect(jsonfeed.detect('', { contentType: 'application/feed+json; charset=utf-8' })).to.equal(
        1,
      );
      expect(
        jsonfeed.detect('', { headers: { 'Content-Type': 'application/feed+json' } }),
      ).to.equal(1);
    });

    it('recognises every fixture by its body', async () => {
      for (const path of [
        'spec-1.0.simple.json',
        'spec-1.1.podcast.json',
        'rsparser.pxlnv.json',
        'rsparser.3960.json',
        'rsparser.authors.json',
      ]) {
        expect(jsonfeed.detect(await fixtureText(`jsonfeed/${path}`), {}), path).to.be.at.least(
          0.95,
        );
      }
      // No version, but JSON Feed's own key names.
      const truncated = await fixtureText(
        'jsonfeed/rsparser.allthis-partial.INVALID-truncated.json',
      );
      expect(jsonfeed.detect(truncated, {})).to.equal(0.8);
      expect(jsonfeed.detect('{"title":"t","items":[]}', {})).to.equal(0.5);
    });

    it('does not claim other documents', () => {
      expect(jsonfeed.detect('<rss version="2.0"></rss>', {})).to.equal(0);
      expect(jsonfeed.detect('[{"id":"1","content":"<p>hi</p>"}]', {})).to.equal(0);
      expect(jsonfeed.detect('{"feed":[],"cursor":"x"}', {})).to.equal(0);
      expect(jsonfeed.detect(undefined as unknown as string, {})).to.equal(0);
    });
  });
});
