import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import fc from 'fast-check';
import { atom, decodeXml, parseFeedDate, rss } from '../../src/formats/rss.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';

/** A fixture's bytes as the test server sends them, decoded the way the net layer would. */
async function fetchFeed(name: string): Promise<string> {
  const response = await fetch(new URL(`/test/fixtures/rss-atom/${name}`, location.origin));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return decodeXml(await response.arrayBuffer(), response.headers.get('content-type') ?? undefined);
}

/**
 * A fixture's bytes straight from disk. The test server re-encodes every text file it serves as
 * UTF-8 (its transform step reads bodies as strings), so ISO-8859-1 bytes cannot arrive by fetch.
 */
async function rawBytes(name: string): Promise<ArrayBuffer> {
  const base64 = await readFile({ path: `../fixtures/rss-atom/${name}`, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`fixture ${name} is missing`);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)).buffer;
}

async function read(name: string, url = `https://feeds.example/${name}`): Promise<Page> {
  return rss.parseFeed(await fetchFeed(name), { url });
}

const parse = (body: string, url = 'https://feeds.example/feed.xml') =>
  rss.parseFeed(body, { url }) as Page;

function atomFeed(entries: string, head = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <title>A feed</title><id>urn:feed</id>${head}${entries}
</feed>`;
}

function rssFeed(items: string, head = ''): string {
  return `<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel><title>A channel</title><link>https://blog.example/</link>${head}${items}</channel>
</rss>`;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('RSS and Atom', () => {
  describe('every copied feed, as a reader sees it', () => {
    interface Expected {
      file: string;
      format: 'rss' | 'atom';
      posts: number;
      skipped?: number;
      actor: { name?: string; url?: string; avatar?: string; avatarAlt?: string };
      first?: Partial<Pick<Post, 'id' | 'url' | 'language'>> & {
        author: string | undefined;
        published: string;
        text: string;
        html?: string;
      };
    }
    const feeds: Expected[] = [
      {
        file: 'rsparser.DaringFireball.atom',
        format: 'atom',
        posts: 48,
        actor: { name: 'Daring Fireball', url: 'https://daringfireball.net/' },
        first: {
          id: 'tag:daringfireball.net,2017:/linked//6.33853',
          url: 'https://daringfireball.net/thetalkshow/2017/06/26/ep-195',
          author: 'John Gruber',
          published: '2017-06-27T00:54:17.000Z',
          text: 'New episode of America’s favorite 3-star podcast',
          html: '<p>New episode of America&#8217;s favorite',
          language: 'en',
        },
      },
      {
        file: 'rsparser.OneFootTsunami.atom',
        format: 'atom',
        posts: 25,
        actor: { name: 'One Foot Tsunami', url: 'http://onefoottsunami.com/' },
        first: {
          id: 'http://onefoottsunami.com/?p=14863',
          url: 'http://www.nytimes.com/2015/09/05/us/at-west-point-annual-pillow-fight-becomes-weaponized.html?mwrsm=Email&_r=1&pagewanted=all',
          author: 'Paul Kafasis',
          published: '2015-09-08T14:21:41.000Z',
          text: 'At West Point, freshman cadets',
          language: undefined,
        },
      },
      {
        file: 'rsparser.allthis.atom-is-rss.xml',
        format: 'rss',
        posts: 12,
        actor: { name: 'And now it’s all this', url: 'http://leancrew.com/all-this' },
        first: {
          url: 'http://leancrew.com/all-this/2017/11/last-thoughts-on-modifier-keys/',
          author: 'Dr. Drang',
          published: '2017-11-23T21:08:29.000Z',
          text: 'When I wrote the post about ordering Mac modifier keys',
          html: '<p>When I wrote the post about <a href="http://leancrew.com/all-this/2017/11/modifier-key-order/">',
          language: 'en-US',
        },
      },
      {
        file: 'rsparser.scriptingNews.rss',
        format: 'rss',
        posts: 50,
        actor: { name: 'Scripting News', url: 'http://scripting.com/' },
        first: {
          id: 'http://scripting.com/2017/06/26.html#a080605',
          url: 'http://scripting.com/2017/06/26.html#a080605',
          author: 'Scripting News',
          published: '2017-06-26T12:20:05.000Z',
          text: 'Good morning students and teachers! 🍏',
          language: 'en-US',
        },
      },
      {
        file: 'rsparser.theomnishow.rss',
        format: 'rss',
        posts: 4,
        actor: {
          name: 'The Omni Show',
          url: 'https://theomnishow.omnigroup.com/',
          avatar: 'https://theomnishow.omnigroup.com/assets/img/omnishow-cover-1x3000.jpg',
        },
        first: {
          url: 'https://theomnishow.omnigroup.com/episode/andrea-mcvittie-user-experience-designer/',
          author: 'The Omni Group',
          published: '2017-12-06T14:00:00.000Z',
          text: 'Full transcript and show notes at theomnishow.omnigroup.com',
          language: 'en-US',
        },
      },
      {
        file: 'rss-parser.guardian.rss',
        format: 'rss',
        posts: 55,
        actor: {
          name: 'The Guardian',
          url: 'https://www.theguardian.com/us',
          avatar:
            'https://assets.guim.co.uk/images/guardian-logo-rss.c45beb1bafa34b347ac333af2e6fe23f.png',
          avatarAlt: 'The Guardian',
        },
        first: {
          url: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
          author: 'David Smith in Washington',
          published: '2018-01-31T07:26:05.000Z',
          text: 'The president’s ‘new American moment’ speech',
          html: '<p>The president’s ‘new American moment’ speech',
          language: 'en-GB',
        },
      },
      {
        file: 'rss-parser.heise.atom',
        format: 'atom',
        posts: 15,
        actor: {
          name: 'heise developer neueste Meldungen',
          url: 'http://www.heise.de/developer/',
          avatar: 'http://www.heise.de/developer/icons/heise_developer_logo_weiss.gif',
        },
        first: {
          id: 'http://heise.de/-3088438',
          author: 'heise online',
          published: '2016-02-01T16:22:00.000Z',
          text: 'Die nun verfügbare Version 10 des Enterprise-Java-Servers',
          html: '<img src="http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg" alt="WildFly 10" />',
        },
      },
      {
        file: 'rss-parser.heraldsun.rss',
        format: 'rss',
        posts: 0,
        skipped: 2,
        actor: { name: 'RSS0.92 Example', url: 'http://www.oreilly.com/example/index.html' },
      },
      {
        file: 'rss-parser.incomplete-fields.atom',
        format: 'atom',
        posts: 0,
        skipped: 1,
        actor: {},
      },
      {
        file: 'rss-parser.instant-article.rss',
        format: 'rss',
        posts: 1,
        actor: { name: 'Instant Article Test', url: 'https://localhost:8000/' },
        first: {
          id: 'https://localhost:8000',
          url: 'https://localhost:8000/',
          author: 'tobi',
          published: '2016-05-04T06:53:45.000Z',
          text: 'Lorem ipsum',
          html: '<b>Lorem</b> ipsum',
          language: 'en',
        },
      },
      {
        file: 'rss-parser.missing-fields.atom',
        format: 'atom',
        posts: 0,
        skipped: 1,
        actor: {},
      },
    ];

    for (const expected of feeds) {
      it(`${expected.file}: ${expected.posts} posts`, async () => {
        const page = await read(expected.file);
        expect(page.format).to.equal(expected.format);
        expect(page.posts).to.have.length(expected.posts);
        expect(page.skipped).to.have.length(expected.skipped ?? 0);
        for (const [key, value] of Object.entries(expected.actor)) {
          expect(page.actor?.[key as keyof typeof expected.actor], key).to.equal(value);
        }
        for (const post of page.posts) {
          expect(post.id).to.be.a('string').and.not.equal('');
          expect(post.published).to.be.instanceOf(Date);
          expect(Number.isNaN(post.published.getTime()), post.id).to.equal(false);
          expect(post.author.id).to.be.a('string');
          expect(post.text ?? post.html, post.id).to.be.a('string');
        }
        const first = expected.first;
        if (!first) return;
        const [post] = page.posts as [Post];
        if (first.id) expect(post.id).to.equal(first.id);
        if (first.url) expect(post.url).to.equal(first.url);
        expect(post.author.name).to.equal(first.author);
        expect(post.published.toISOString()).to.equal(first.published);
        expect(plainText(post)).to.contain(first.text);
        if (first.html) {
          expect(post.html).to.contain(first.html);
          // The text of HTML is derived on demand by plainText, not while parsing.
          expect(post.text).to.equal(undefined);
        }
        if ('language' in first) expect(post.language).to.equal(first.language);
      });
    }

    it('rss-parser.uolNoticias.rss (raw ISO-8859-1 bytes): 15 posts in Portuguese', async () => {
      const page = rss.parseFeed(decodeXml(await rawBytes('rss-parser.uolNoticias.rss')), {
        url: 'https://rss.uol.example/ultnot.rss',
      }) as Page;
      expect(page.posts).to.have.length(15);
      expect(page.actor).to.include({
        name: 'UOL Noticias',
        bio: 'Últimas Notícias',
        avatar: 'http://rss.i.uol.com.br/uol_rss.gif',
        avatarAlt: 'UOL Noticias - Últimas Notícias',
      });
      const [first, second] = page.posts as [Post, Post];
      // "Seg, 24 Set 2018 19:42:40 -0300": Portuguese weekday and month names.
      expect(first.published.toISOString()).to.equal('2018-09-24T22:42:40.000Z');
      expect(plainText(first)).to.match(/^Líder na pesquisa Ibope de intenção de voto/);
      expect(first.html).to.contain("<img src='https://conteudo.imguol.com.br/");
      // The channel's <language> is empty: the language is unknown, not "".
      expect(first.language).to.equal(undefined);
      expect(first.author.name).to.equal('UOL Noticias');
      // An empty <description> leaves the title as the only text there is.
      expect(second.text).to.equal(
        'Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no Sebrae-SP',
      );
      expect(second.html).to.equal(undefined);
    });
  });

  describe('dates', () => {
    const cases: [string, string][] = [
      ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
      ['Wed, 06 Dec 2017 14:00:00 +0000', '2017-12-06T14:00:00.000Z'],
      ['Thu, 23 Nov 2017 21:08:29 -0500', '2017-11-24T02:08:29.000Z'],
      ['31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
      ['Wed 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
      ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
      ['Wed, 31 Jan 18 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
      ['Fri, 01 Jan 99 00:00:00 GMT', '1999-01-01T00:00:00.000Z'],
      ['Wed, 31 Jan 2018 07:26:05 EST', '2018-01-31T12:26:05.000Z'],
      ['Mon, 26 Jun 2017 15:41:00 PDT', '2017-06-26T22:41:00.000Z'],
      ['Mon, 26 Jun 2017 15:41:00 CEST', '2017-06-26T13:41:00.000Z'],
      ['Mon, 26 Jun 2017 15:41 +05:30', '2017-06-26T10:11:00.000Z'],
      ['Wed, 31 Jan 2018 07:26:05 GMT+0100', '2018-01-31T06:26:05.000Z'],
      ['Wed, 31 Jan 2018 07:26:05.250 UT', '2018-01-31T07:26:05.250Z'],
      ['Wed, 31 Jan 2018 07:26:05 +0000 (UTC)', '2018-01-31T07:26:05.000Z'],
      ['Wed, 31 Jan 2018 07:26:05 Z', '2018-01-31T07:26:05.000Z'],
      ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
      ['Mi, 31 Okt 2018 10:00:00 +0100', '2018-10-31T09:00:00.000Z'],
      ['jeu., 12 juil. 2018 08:00:00 +0200', '2018-07-12T06:00:00.000Z'],
      ['Jan 31, 2018 7:26 PM CST', '2018-02-01T01:26:00.000Z'],
      ['January 31, 2018 12:05 am', '2018-01-31T00:05:00.000Z'],
      ['31 January 2018', '2018-01-31T00:00:00.000Z'],
      ['  Wed,\n 31 Jan 2018\t07:26:05 GMT ', '2018-01-31T07:26:05.000Z'],
      ['2018-01-31T07:26:05Z', '2018-01-31T07:26:05.000Z'],
      ['2016-02-01T17:54:50+01:00', '2016-02-01T16:54:50.000Z'],
      ['2018-01-31T07:26:05.123456-05:00', '2018-01-31T12:26:05.123Z'],
      ['2012-06-25T17:08:26', '2012-06-25T17:08:26.000Z'],
      ['2012-06-25 17:08:26-0700', '2012-06-26T00:08:26.000Z'],
      ['2018-01-31t07:26:05z', '2018-01-31T07:26:05.000Z'],
      ['2018-01-31', '2018-01-31T00:00:00.000Z'],
    ];
    for (const [input, iso] of cases) {
      it(`reads ${JSON.stringify(input)}`, () => {
        expect(parseFeedDate(input)?.toISOString()).to.equal(iso);
      });
    }

    it('reads the common RFC 822 form as the general reading does, out-of-range fields included', () => {
      // "Wed, " takes the one-match path; "Wed," (no space) the token-by-token one.
      const two = (max: number) =>
        fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
      const rest = fc
        .tuple(
          fc.integer({ min: 0, max: 39 }),
          fc.constantFrom('Jan', 'feb', 'MAR', 'Dez', 'Okt', 'Foo', 'Est', 'May'),
          fc.constantFrom('2018', '1999', '0050', '9999'),
          two(25),
          two(61),
          two(61),
          fc.constantFrom(
            'GMT',
            'UT',
            'UTC',
            'Z',
            'gmt',
            'EST',
            '+0000',
            '-0530',
            '+1400',
            '+1500',
            '+0160',
          ),
        )
        .map(
          ([day, month, year, hour, minute, second, zone]) =>
            ` ${day} ${month} ${year} ${hour}:${minute}:${second} ${zone}`,
        );
      fc.assert(
        fc.property(rest, (date) => {
          expect(parseFeedDate(`Wed,${date}`)?.getTime(), date).to.equal(
            parseFeedDate(`Wed,${date.slice(1)}`)?.getTime(),
          );
        }),
        { numRuns: 3000 },
      );
    });

    it('refuses what is not a date rather than guessing', () => {
      for (const input of [
        '',
        'yesterday',
        'Jan 2018',
        '31 Feb 2018 10:00 GMT',
        '2018-13-01',
        '2018-02-30T10:00:00Z',
        'Wed, 31 Jan 2018 25:00:00 GMT',
        '12/01/2018',
        '31 Jan 2018 13:00 PM',
        'Wed, 31 Jan 2018 07:26:05 +9900',
        'x'.repeat(500),
        42,
        undefined,
        null,
        {},
      ]) {
        expect(parseFeedDate(input), String(input)).to.equal(undefined);
      }
    });

    it('reads dc:date when there is no pubDate, and skips undated items with a reason', () => {
      const page = parse(
        rssFeed(`
          <item><guid>a</guid><description>dated</description><dc:date>2016-05-04T06:53:45Z</dc:date></item>
          <item><guid>b</guid><description>undated</description></item>
          <item><guid>c</guid><description>nonsense</description><pubDate>someday</pubDate></item>`),
      );
      expect(page.posts.map((post) => post.id)).to.deep.equal(['a']);
      expect(page.posts[0]!.published.toISOString()).to.equal('2016-05-04T06:53:45.000Z');
      expect(page.skipped).to.have.length(2);
      expect(page.skipped[0]).to.deep.include({ index: 1 });
      expect(page.skipped[0]!.reason).to.match(/no <pubDate>/);
      expect(page.skipped[1]).to.deep.include({ index: 2 });
      expect(page.skipped[1]!.reason).to.contain('"someday"');
    });

    it('uses <updated> when an Atom entry has no <published>, and keeps both when they differ', async () => {
      const page = parse(
        atomFeed(`
          <entry><id>urn:1</id><updated>2017-06-27T00:54:20Z</updated><content>a</content></entry>
          <entry><id>urn:2</id><published>2017-06-27T00:54:17Z</published>
            <updated>2017-06-28T00:00:00+02:00</updated><content>b</content></entry>`),
      );
      const [first, second] = page.posts as [Post, Post];
      expect(first.published.toISOString()).to.equal('2017-06-27T00:54:20.000Z');
      expect(first.updated).to.equal(undefined);
      expect(second.updated?.toISOString()).to.equal('2017-06-27T22:00:00.000Z');
    });
  });

  describe('content', () => {
    it('prefers content:encoded over the description, which is only a summary', async () => {
      const [post] = (await read('rss-parser.instant-article.rss')).posts as [Post];
      // Entity-escaped HTML in content:encoded arrives as markup, not as "&lt;b&gt;".
      expect(post.html).to.equal('<b>Lorem</b> ipsum');
      expect(plainText(post)).to.equal('Lorem ipsum');
      expect(post.summary).to.equal(undefined);
    });

    it('reads HTML from CDATA and from entity-escaped text alike', async () => {
      const [cdata] = (await read('rsparser.allthis.atom-is-rss.xml')).posts as [Post];
      const [escaped] = (await read('rss-parser.guardian.rss')).posts as [Post];
      expect(cdata.html).to.match(/^<p>When I wrote the post about <a href=/);
      expect(cdata.html).to.contain('<sup id="fnref:preview">');
      expect(escaped.html).to.match(/^<p>The president’s/);
      expect(escaped.html).to.contain('<a href="https://www.theguardian.com/us-news/2018/jan/30/');
      expect(plainText(escaped)).to.not.contain('<');
    });

    it('reads Atom text, html (escaped or CDATA) and xhtml content', () => {
      const page = parse(
        atomFeed(`
          <entry><id>urn:text</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="text">1 &lt; 2 &amp; &lt;b&gt;not bold&lt;/b&gt;</content></entry>
          <entry><id>urn:html</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="html">&lt;p&gt;Hello &lt;em&gt;there&lt;/em&gt;&lt;/p&gt;</content></entry>
          <entry><id>urn:cdata</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="html"><![CDATA[<p>Hello <em>there</em></p>]]></content></entry>
          <entry><id>urn:xhtml</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p class="lead">Hello <b>world</b> &amp; <a href="/x">you</a></p><br/><img src="a.png" alt="An &quot;A&quot;"/></div></content></entry>
          <entry><id>urn:empty-xhtml</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"/></content><title>Only a title</title></entry>
          <entry><id>urn:binary</id><updated>2020-01-01T00:00:00Z</updated>
            <content type="image/png">iVBORw0KGgo=</content><summary>A picture</summary></entry>`),
      );
      const [text, html, cdata, xhtml, empty, binary] = page.posts as Post[];
      expect(text).to.include({ text: '1 < 2 & <b>not bold</b>' });
      expect(text!.html).to.equal(undefined);
      expect(html).to.include({ html: '<p>Hello <em>there</em></p>' });
      expect(html!.text).to.equal(undefined);
      expect(plainText(html!)).to.equal('Hello there');
      expect(cdata).to.include({ html: '<p>Hello <em>there</em></p>' });
      expect(plainText(cdata!)).to.equal('Hello there');
      // Serialized without the wrapper <div> and without namespace declarations.
      expect(xhtml!.html).to.equal(
        '<p class="lead">Hello <b>world</b> &amp; <a href="/x">you</a></p><br /><img src="a.png" alt="An &quot;A&quot;" />',
      );
      expect(plainText(xhtml!)).to.equal('Hello world & you');
      expect(empty).to.include({ text: 'Only a title' });
      expect(binary).to.include({ text: 'A picture' });
    });

    it('keeps Atom titles plain text, markup stripped, while a body stays HTML alone', () => {
      const page = parse(`<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:feed</id>
          <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <b>feed</b></div></title>
          <entry><id>urn:1</id><updated>2020-01-01T00:00:00Z</updated>
            <title type="html">Caf&amp;eacute; &lt;b&gt;Q&amp;amp;A&lt;/b&gt;</title></entry>
          <entry><id>urn:2</id><updated>2020-01-01T00:00:00Z</updated><title>Hidden</title>
            <content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
        </feed>`);
      expect(page.actor?.name).to.equal('The feed');
      const [titled, bodied] = page.posts as [Post, Post];
      // A title is plain text by definition: it is the text of a post that has nothing else.
      expect(titled.text).to.equal('Café Q&A');
      expect(bodied.html).to.equal('<p>Body</p>');
      expect(bodied.text).to.equal(undefined);
      expect(plainText(bodied)).to.equal('Body');
    });

    it('falls back to the summary when an Atom entry has no content, never as a content warning', () => {
      const [post] = parse(
        atomFeed(`<entry><id>urn:1</id><updated>2020-01-01T00:00:00Z</updated>
          <title>Title</title><summary type="html">&lt;i&gt;Short&lt;/i&gt;</summary></entry>`),
      ).posts as [Post];
      expect(post).to.include({ html: '<i>Short</i>' });
      expect(plainText(post)).to.equal('Short');
      expect(post.summary).to.equal(undefined);
    });

    it('keeps items without a title, and uses the title as text only when nothing else is there', async () => {
      const scripting = await read('rsparser.scriptingNews.rss');
      const [first, second] = scripting.posts as [Post, Post];
      expect(first.text).to.equal('Good morning students and teachers! 🍏');
      expect(first.html).to.equal(undefined);
      expect(plainText(second)).to.equal('This is the human side of Health care is socialist.');

      const daring = await read('rsparser.DaringFireball.atom');
      // The title is not folded into the content (the model has no title field yet).
      expect(plainText(daring.posts[0]!)).to.not.contain('The Talk Show');

      const page = parse(
        rssFeed(`<item><title>Just a &amp;amp; title</title><guid>t</guid>
        <pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item>`),
      );
      expect(page.posts[0]!.text).to.equal('Just a & title');
    });

    it('leaves relative links inside the HTML as the feed wrote them', async () => {
      const daring = await read('rsparser.DaringFireball.atom');
      const post = daring.posts.find((candidate) => candidate.html?.includes('dickbar-techcrunch'));
      expect(post?.html).to.contain('href="/misc/2017/06/dickbar-techcrunch.png"');
    });

    it('repairs HTML entities and bare ampersands that XML does not allow', () => {
      const page = parse(
        rssFeed(`<item><guid>e</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>
          <title>Caf&eacute; Q&A</title><description>Tom&nbsp;&amp;&nbsp;Jerry &hellip; &bogus;</description></item>`),
      );
      const [post] = page.posts as [Post];
      expect(plainText(post)).to.equal('Tom\u00a0&\u00a0Jerry … &bogus;');
    });
  });

  describe('people', () => {
    it('names the author from dc:creator, <author> or the channel', () => {
      const page = parse(
        rssFeed(
          `
          <item><guid>1</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>a</description>
            <dc:creator><![CDATA[  Dr. Drang  ]]></dc:creator></item>
          <item><guid>2</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>b</description>
            <author>lawyer@boyer.example (Lawyer Boyer)</author></item>
          <item><guid>3</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>c</description></item>`,
          '<image><url>/logo.png</url><title>Logo of A channel</title><link>https://blog.example/</link></image>',
        ),
      );
      const [creator, author, channel] = page.posts as [Post, Post, Post];
      expect(creator.author.name).to.equal('Dr. Drang');
      expect(author.author.name).to.equal('Lawyer Boyer');
      expect(channel.author).to.deep.equal(page.actor);
      expect(page.actor).to.include({
        name: 'A channel',
        url: 'https://blog.example/',
        avatar: 'https://feeds.example/logo.png',
        avatarAlt: 'Logo of A channel',
      });
    });

    it('takes the entry author, else the feed author, else the feed', () => {
      const page = parse(
        atomFeed(
          `<entry><id>urn:1</id><updated>2020-01-01T00:00:00Z</updated><content>a</content>
            <author><name>Ada</name><uri>/ada</uri></author></entry>
          <entry><id>urn:2</id><updated>2020-01-01T00:00:00Z</updated><content>b</content></entry>`,
          '<author><name>Grace</name></author><icon>/icon.png</icon><logo>/logo.png</logo><subtitle>About</subtitle>',
        ),
        'https://people.example/feed.atom',
      );
      const [ada, grace] = page.posts as [Post, Post];
      expect(ada.author).to.deep.equal({
        id: 'https://people.example/ada',
        name: 'Ada',
        url: 'https://people.example/ada',
      });
      expect(grace.author.name).to.equal('Grace');
      expect(page.actor).to.include({
        id: 'urn:feed',
        name: 'A feed',
        avatar: 'https://people.example/icon.png',
        banner: 'https://people.example/logo.png',
        bio: 'About',
      });

      const [anonymous] = parse(
        atomFeed(
          '<entry><id>urn:3</id><updated>2020-01-01T00:00:00Z</updated><author></author></entry>',
        ),
      ).posts as [Post];
      expect(anonymous.author.name).to.equal('A feed');
    });

    it('reads the feed as a profile', async () => {
      const actor = await rss.parseActor!(await fetchFeed('rss-parser.guardian.rss'), {});
      expect(actor).to.include({ name: 'The Guardian', url: 'https://www.theguardian.com/us' });
      const atomActor = await atom.parseActor!(await fetchFeed('rss-parser.heise.atom'), {});
      expect(atomActor.name).to.equal('heise developer neueste Meldungen');
      expect(() =>
        atom.parseActor!(atomFeed('').replace('<title>A feed</title>', ''), {}),
      ).to.throw(FormatError, /names no title or link/);
    });
  });

  describe('links and xml:base', () => {
    it('resolves links, enclosures and images against nested xml:base', () => {
      const page = parse(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/">
          <title>Based</title><id>urn:based</id><icon>img/icon.png</icon>
          <link rel="alternate" href="./"/>
          <entry xml:base="2020/">
            <id>urn:1</id><updated>2020-01-01T00:00:00Z</updated>
            <link href="first.html"/>
            <link rel="enclosure" type="audio/mpeg" length="123" title="The episode" href="/audio/1.mp3"/>
            <link rel="enclosure" href="javascript:alert(1)"/>
            <content type="html" xml:base="https://elsewhere.example/">&lt;a href="x"&gt;x&lt;/a&gt;</content>
          </entry>
        </feed>`,
        'https://fetched.example/feed.atom',
      );
      expect(page.actor).to.include({
        url: 'https://base.example/blog/',
        avatar: 'https://base.example/blog/img/icon.png',
      });
      const [post] = page.posts as [Post];
      // A <link> without rel is rel="alternate".
      expect(post.url).to.equal('https://base.example/blog/2020/first.html');
      expect(post.attachments).to.deep.equal([
        {
          kind: 'audio',
          url: 'https://base.example/audio/1.mp3',
          mimeType: 'audio/mpeg',
          alt: 'The episode',
        },
      ]);
      expect(post.html).to.equal('<a href="x">x</a>');
    });

    it('prefers the text/html alternate link', () => {
      const [post] = parse(
        atomFeed(`<entry><id>urn:1</id><updated>2020-01-01T00:00:00Z</updated><content>x</content>
          <link rel="alternate" type="application/json" href="https://a.example/1.json"/>
          <link rel="shorturl" href="https://a.example/s"/>
          <link rel="alternate" type="text/html" href="https://a.example/1"/></entry>`),
      ).posts as [Post];
      expect(post.url).to.equal('https://a.example/1');
    });

    it('finds the next and previous pages (RFC 5005) in Atom and in RSS', () => {
      const atomPage = parse(
        atomFeed(
          '',
          '<link rel="next" href="?page=3"/><link rel="previous" href="?page=1"/><link rel="self" href="?page=2"/>',
        ),
        'https://paged.example/feed?page=2',
      );
      expect(atomPage).to.include({
        next: 'https://paged.example/feed?page=3',
        prev: 'https://paged.example/feed?page=1',
      });
      const rssPage = parse(
        rssFeed('', '<atom:link rel="next" href="https://paged.example/rss/2"/>'),
      );
      expect(rssPage.next).to.equal('https://paged.example/rss/2');
      expect(rssPage.prev).to.equal(undefined);
      const archived = parse(atomFeed('', '<link rel="prev-archive" href="/2019.atom"/>'));
      expect(archived.next).to.equal('https://feeds.example/2019.atom');
      const last = parse(atomFeed(''));
      expect('next' in last).to.equal(false);
    });
  });

  describe('media', () => {
    it('reads podcast enclosures with their type and duration', async () => {
      const page = await read('rsparser.theomnishow.rss');
      expect(page.posts[0]!.attachments).to.deep.equal([
        {
          kind: 'audio',
          url: 'https://d2vstsfo8knv0p.cloudfront.net/audio/the-omni-show-004.mp3',
          mimeType: 'audio/mpeg',
          duration: 1729,
        },
      ]);
    });

    it('shows a picture given at several widths once, at its largest, with the smallest as preview', async () => {
      const page = await read('rss-parser.guardian.rss');
      const [attachment, ...rest] = page.posts[0]!.attachments ?? [];
      expect(rest).to.have.length(0);
      expect(attachment).to.include({ kind: 'image', width: 460 });
      expect(attachment!.url).to.contain('3000.jpg?w=460&q=55');
      expect(attachment!.preview).to.contain('3000.jpg?w=140&q=55');
      // media:credit is a photo credit, not a description of the picture.
      expect(attachment!.alt).to.equal(undefined);
      expect(page.posts[0]!.tags).to.include.members(['Donald Trump', 'US Congress']);
    });

    it('reads Media RSS groups, descriptions as alt text, sizes and thumbnails', () => {
      const page = parse(
        rssFeed(`
          <item><guid>m</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>media</description>
            <media:group>
              <media:content url="https://cdn.example/v-360.mp4" type="video/mp4" width="640" height="360" duration="12"/>
              <media:content url="https://cdn.example/v-720.mp4" type="video/mp4" width="1280" height="720" duration="12" isDefault="true"/>
              <media:thumbnail url="https://cdn.example/v.jpg" width="1280" height="720"/>
              <media:description>A cat jumps onto a shelf</media:description>
            </media:group>
            <media:content url="https://cdn.example/p.jpg" medium="image" width="800" height="600">
              <media:title type="html">&lt;b&gt;A&lt;/b&gt; red door</media:title>
            </media:content>
            <media:content url="javascript:alert(1)" medium="image"/>
            <media:content medium="image"/>
            <enclosure url="https://cdn.example/p.jpg" type="image/jpeg" length="1000"/>
          </item>
          <item><guid>t</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>thumb</description>
            <media:thumbnail url="https://cdn.example/t.png" width="10" height="-5"/></item>`),
      );
      const [media, thumbnail] = page.posts as [Post, Post];
      expect(media.attachments).to.deep.equal([
        { kind: 'image', url: 'https://cdn.example/p.jpg', mimeType: 'image/jpeg' },
        {
          kind: 'video',
          url: 'https://cdn.example/v-720.mp4',
          mimeType: 'video/mp4',
          duration: 12,
          preview: 'https://cdn.example/v.jpg',
          alt: 'A cat jumps onto a shelf',
          width: 1280,
          height: 720,
        },
      ]);
      expect(thumbnail.attachments).to.deep.equal([
        { kind: 'image', url: 'https://cdn.example/t.png', width: 10 },
      ]);
    });

    it('reads the size and alt text of media:content beside an enclosure of the same file', () => {
      const [post] = parse(
        rssFeed(`<item><guid>m</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>d</description>
          <media:content url="https://cdn.example/p.jpg" medium="image" width="800" height="600">
            <media:description>A red door</media:description></media:content></item>`),
      ).posts as [Post];
      expect(post.attachments).to.deep.equal([
        {
          kind: 'image',
          url: 'https://cdn.example/p.jpg',
          alt: 'A red door',
          width: 800,
          height: 600,
        },
      ]);
    });
  });

  describe('languages', () => {
    it('reads <language>, dc:language and xml:lang; an empty one means unknown', async () => {
      expect((await read('rss-parser.guardian.rss')).posts[0]!.language).to.equal('en-GB');
      // One Foot Tsunami declares xml:lang="" on the feed.
      expect((await read('rsparser.OneFootTsunami.atom')).posts[0]!.language).to.equal(undefined);
      // Daring Fireball sets xml:lang on each entry's content.
      expect((await read('rsparser.DaringFireball.atom')).posts[0]!.language).to.equal('en');
      const page = parse(
        rssFeed(
          `<item><guid>1</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate><description>Hallo</description>
            <dc:language>de_DE</dc:language></item>`,
          '<language>not a language!</language>',
        ),
      );
      expect(page.posts[0]!.language).to.equal('de-DE');
    });
  });

  describe('RSS 1.0 (RDF)', () => {
    it('reads items beside the channel, with dc:date and rdf:about', () => {
      const page = parse(`<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://rdf.example/"><title>RDF site</title><link>https://rdf.example/</link>
            <description>An old feed</description></channel>
          <image rdf:about="https://rdf.example/logo.png"><title>RDF logo</title><url>https://rdf.example/logo.png</url></image>
          <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link>
            <description>First &lt;b&gt;item&lt;/b&gt;</description><dc:date>2003-12-13T18:30:02Z</dc:date>
            <dc:creator>Rae</dc:creator></item>
        </rdf:RDF>`);
      expect(page.format).to.equal('rss');
      expect(page.actor).to.include({ name: 'RDF site', avatar: 'https://rdf.example/logo.png' });
      expect(page.posts).to.have.length(1);
      expect(page.posts[0]).to.include({ id: 'https://rdf.example/1' });
      expect(plainText(page.posts[0]!)).to.equal('First item');
      expect(page.posts[0]!.author.name).to.equal('Rae');
    });
  });

  describe('encodings', () => {
    const bytes = (...parts: (string | number[])[]) =>
      new Uint8Array(
        parts.flatMap((part) =>
          typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part,
        ),
      ).buffer;

    it('reads the undeclared ISO-8859-1 feed as windows-1252', async () => {
      const text = decodeXml(await rawBytes('rss-parser.uolNoticias.rss'));
      expect(text).to.contain('<description>Últimas Notícias</description>');
      expect(text).to.not.contain('\ufffd');
    });

    it('honours the declared ISO-8859-1 of the heraldsun feed', async () => {
      const response = await fetch('/test/fixtures/rss-atom/rss-parser.heraldsun.rss');
      const text = decodeXml(await response.arrayBuffer());
      expect(text).to.match(/^<\?xml version="1.0" encoding="ISO-8859-1" \?>/);
      expect((rss.parseFeed(text, {}) as Page).actor?.name).to.equal('RSS0.92 Example');
    });

    const cases: [string, ArrayBuffer, string | undefined, string][] = [
      ['UTF-8 by default', bytes('<a>', [0xc3, 0xa9], '</a>'), undefined, '<a>é</a>'],
      [
        'the XML declaration',
        bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>', [0xe9, 0x80], '</a>'),
        undefined,
        '<?xml version="1.0" encoding="ISO-8859-1"?><a>é€</a>',
      ],
      [
        'the content type over the declaration',
        bytes("<?xml version='1.0' encoding='utf-8'?><a>", [0xe9], '</a>'),
        'application/rss+xml; charset="iso-8859-15"',
        "<?xml version='1.0' encoding='utf-8'?><a>é</a>",
      ],
      [
        'a UTF-8 byte order mark',
        bytes([0xef, 0xbb, 0xbf], '<a>', [0xc3, 0xa9], '</a>'),
        'text/xml; charset=iso-8859-1',
        '<a>é</a>',
      ],
      [
        'a UTF-16 byte order mark',
        bytes([0xff, 0xfe], '<\0a\0>\0', [0xe9, 0], '<\0/\0a\0>\0'),
        undefined,
        '<a>é</a>',
      ],
      [
        'windows-1252 for undeclared invalid UTF-8',
        bytes('<a>', [0x93, 0x68, 0x69, 0x94], '</a>'),
        undefined,
        '<a>“hi”</a>',
      ],
      [
        'replacement characters when UTF-8 was declared',
        bytes('<a>', [0xe9], '</a>'),
        'text/xml; charset=utf-8',
        '<a>\ufffd</a>',
      ],
      [
        'the next clue after an unknown label',
        bytes('<?xml version="1.0" encoding="klingon"?><a>', [0xe9], '</a>'),
        'text/xml; charset=nope',
        '<?xml version="1.0" encoding="klingon"?><a>é</a>',
      ],
    ];
    for (const [name, input, contentType, expected] of cases) {
      it(`picks the encoding from ${name}`, () => {
        expect(decodeXml(input, contentType)).to.equal(expected);
      });
    }

    it('accepts a Uint8Array as well as an ArrayBuffer', () => {
      expect(decodeXml(new TextEncoder().encode('<a>ü</a>'))).to.equal('<a>ü</a>');
    });
  });

  describe('detection', () => {
    it('sniffs the root element: an RSS file named .atom is RSS', async () => {
      const body = await fetchFeed('rsparser.allthis.atom-is-rss.xml');
      const context = {
        url: 'https://leancrew.example/all-this/allthis.atom',
        contentType: 'application/atom+xml',
      };
      expect(atom.detect(body, context)).to.equal(0);
      expect(rss.detect(body, context)).to.be.greaterThan(0.9);
      // Even when told to read it as Atom, the root decides.
      const page = (await atom.parseFeed(body, context)) as Page;
      expect(page.format).to.equal('rss');
      expect(page.posts).to.have.length(12);
    });

    it('scores each copied feed for its own format only', async () => {
      for (const [file, format] of [
        ['rsparser.DaringFireball.atom', 'atom'],
        ['rss-parser.heise.atom', 'atom'],
        ['rss-parser.guardian.rss', 'rss'],
        ['rsparser.theomnishow.rss', 'rss'],
        ['rss-parser.heraldsun.rss', 'rss'],
      ] as const) {
        const body = await fetchFeed(file);
        const own = format === 'rss' ? rss : atom;
        const other = format === 'rss' ? atom : rss;
        expect(own.detect(body, { contentType: 'text/xml' }), file).to.equal(0.95);
        expect(own.detect(body, { contentType: `application/${format}+xml` }), file).to.equal(1);
        expect(other.detect(body, {}), file).to.equal(0);
      }
    });

    it('looks past comments, processing instructions and doctypes', () => {
      const body = `\ufeff<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.css"?>
        <!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="2.0"><channel/></rss>`;
      expect(rss.detect(body, {})).to.equal(0.95);
    });

    it('scores what is no feed as zero', () => {
      for (const body of ['{"items":[]}', '<!doctype html><html></html>', '', '<svg/>', 'rss']) {
        expect(rss.detect(body, { contentType: 'application/json' }), body).to.equal(0);
        expect(atom.detect(body, {}), body).to.equal(0);
      }
      expect(rss.detect('', { contentType: 'application/rss+xml' })).to.equal(0.3);
      expect(atom.detect('<feed><entry/></feed>', {})).to.equal(0.6);
      expect(rss.detect(undefined as unknown as string, {})).to.equal(0);
    });
  });

  describe('documents that cannot be read', () => {
    it('throws a FormatError that names the XML parser error', () => {
      const error = thrown(() =>
        rss.parseFeed('<?xml version="1.0"?>\n<rss><channel><title>Broken</channel></rss>', {}),
      );
      expect(error).to.be.instanceOf(FormatError);
      expect((error as FormatError).format).to.equal('rss');
      expect((error as FormatError).message).to.match(/XML is not well-formed \(.*\S.*\)/);
      // The parser's own words, whichever browser: a line number or the kind of mistake.
      expect((error as FormatError).message).to.match(/line|mismatch|tag|Opening and ending/i);
    });

    it('says what it got instead of a feed', () => {
      const cases: [string, RegExp][] = [
        ['<!DOCTYPE html><html><body>Not found</body></html>', /got an HTML page/],
        ['<opml version="2.0"><body/></opml>', /got <opml>/],
        [
          '<rss version="2.0"><title>no channel</title></rss>',
          /with a <channel>, got <rss> with children <title>/,
        ],
        ['{"version":"https://jsonfeed.org/version/1.1"}', /not well-formed/],
        ['', /not well-formed/],
      ];
      for (const [body, message] of cases) {
        const error = thrown(() => atom.parseFeed(body, {}));
        expect(error, body).to.be.instanceOf(FormatError);
        expect((error as Error).message, body).to.match(message);
      }
    });

    it('never throws anything but a FormatError on hostile input', async () => {
      const date = '<pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>';
      const bodies = [
        rssFeed(`<item>${date}<link>javascript:alert(1)</link><guid isPermaLink="true">javascript:x</guid>
          <description>&lt;img src=x onerror=alert(1)&gt;</description></item>`),
        rssFeed(`<item>${date}<enclosure/><enclosure url=""/><enclosure url="http://[::1"/><category/>
          <media:group/><media:content url="https://a.example/x" width="NaN" height="-1" duration="Infinity"/></item>`),
        rssFeed(`<item>${date}<itunes:duration xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">99:99:99:99</itunes:duration>
          <enclosure url="https://a.example/a.mp3" type="audio/mpeg"/></item>`),
        rssFeed(`<item>${'<x>'.repeat(2000)}${'</x>'.repeat(2000)}${date}</item>`),
        rssFeed(`<item><pubDate>${'9'.repeat(400)}</pubDate></item><item/>`),
        rssFeed('', '<atom:link rel="next" href="javascript:alert(1)"/><image/>'),
        atomFeed(`<entry xml:base="::::"><id/><updated>2020-01-01T00:00:00Z</updated><link/>
          <link rel="enclosure"/><content type="xhtml"/><author><uri>mailto:x@y</uri></author></entry>`),
        atomFeed('<entry><updated>not a date</updated></entry><entry/>'),
        '<feed xmlns="http://www.w3.org/2005/Atom"/>',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
        '<rss><channel><item><guid>x</guid><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item></channel></rss>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>',
        '<rss><channel><title>&#0;</title></channel></rss>',
        `<rss><channel>${Array.from({ length: 3000 }, (_, i) => `&n${i};`).join('')}</channel></rss>`,
        '\u0000\u0001',
        42 as unknown as string,
      ];
      for (const body of bodies) {
        for (const format of [rss, atom]) {
          try {
            const page = (await format.parseFeed(body, {
              url: 'https://hostile.example/',
            })) as Page;
            for (const post of page.posts) {
              for (const url of [post.url, ...(post.attachments ?? []).map((a) => a.url)]) {
                if (url !== undefined) expect(url).to.match(/^https?:/);
              }
            }
            if (page.next !== undefined) expect(page.next).to.match(/^https?:/);
          } catch (error) {
            expect(error, String(body).slice(0, 80)).to.be.instanceOf(FormatError);
          }
        }
      }
    });
  });
});
