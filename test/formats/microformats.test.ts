import { expect } from '@open-wc/testing';
import {
  microformats,
  parseMicroformats,
  serializeChildren,
} from '../../src/formats/microformats.js';
import type { Mf2Document, Mf2Item } from '../../src/formats/microformats.js';
import { plainText } from '../../src/formats/text.js';
import { FormatError } from '../../src/formats/types.js';
import type { Actor } from '../../src/model/actor.js';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';
import { loadFixture } from '../helpers.js';

/** The microformats test suite resolves every relative URL against this page address. */
const SUITE_URL = 'http://example.com/';

async function loadText(path: string): Promise<string> {
  const response = await fetch(new URL(`/test/fixtures/${path}`, location.origin));
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

const feed = (html: string, url = 'https://site.example/notes/') =>
  microformats.parseFeed(html, { url, contentType: 'text/html' }) as Page;
const actor = (html: string, url = 'https://site.example/') =>
  microformats.parseActor!(html, { url, contentType: 'text/html' }) as Actor;

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('microformats', () => {
  describe('parsing matches the microformats2 test suite', () => {
    const cases = [
      'h-card.hcard',
      'h-card.impliedphoto',
      'h-card.nested',
      'h-entry.encoding',
      'h-entry.scriptstyletags',
      'h-entry.summarycontent',
      'h-entry.urlincontent',
      'h-feed.implied-title',
      'h-feed.simple',
    ];
    for (const name of cases) {
      it(name, async () => {
        const html = await loadText(`microformats2/${name}.html`);
        const expected = await loadFixture<Mf2Document>(`microformats2/${name}.json`);
        const parsed = parseMicroformats(html, SUITE_URL);
        expect(parsed.items).to.deep.equal(expected.items);
        expect(parsed.rels).to.deep.equal(expected.rels);
        expect(parsed['rel-urls']).to.deep.equal(expected['rel-urls']);
      });
    }
  });

  describe('parsing details', () => {
    const parse = (html: string) => parseMicroformats(html, 'https://page.example/a/b.html');
    const one = (html: string): Mf2Item => parse(html).items[0]!;

    it('reads p-* from value classes, abbr titles, data values and img alts', () => {
      const item = one(`<div class="h-card">
        <span class="p-name"><span class="value">Ada</span> (ignored) <span class="value">Lovelace</span></span>
        <abbr class="p-nickname" title="ada">A</abbr>
        <data class="p-note" value="Counts">Numbers</data>
        <img class="p-role" alt="Analyst" src="r.png">
        <span class="p-org"><span class="value-title" title="Analytical Engines"></span>AE</span>
        <span class="p-locality">  London <script>no()</script><img src="flag.png"> </span>
      </div>`);
      expect(item.properties).to.deep.include({
        name: ['AdaLovelace'],
        nickname: ['ada'],
        note: ['Counts'],
        role: ['Analyst'],
        org: ['Analytical Engines'],
        locality: ['London  https://page.example/a/flag.png'],
      });
    });

    it('reads u-* from href, src (with alt), poster, data and text, resolved against <base href>', () => {
      const doc = parseMicroformats(
        `<base href="/root/"><div class="h-entry">
          <a class="u-url" href="post">x</a>
          <img class="u-photo" src="p.jpg" alt="A photo">
          <img class="u-featured" src="https://cdn.example/f.jpg">
          <video class="u-video" poster="v.jpg"></video>
          <object class="u-audio" data="a.mp3"></object>
          <span class="u-uid">urn:uuid:1</span>
          <abbr class="u-syndication" title="/elsewhere">x</abbr>
        </div>`,
        'https://page.example/a/b.html',
      );
      expect(doc.items[0]!.properties).to.deep.include({
        url: ['https://page.example/root/post'],
        photo: [{ value: 'https://page.example/root/p.jpg', alt: 'A photo' }],
        featured: ['https://cdn.example/f.jpg'],
        video: ['https://page.example/root/v.jpg'],
        audio: ['https://page.example/root/a.mp3'],
        uid: ['urn:uuid:1'],
        syndication: ['https://page.example/elsewhere'],
      });
    });

    it('reads dt-* from datetime attributes, value classes and text', () => {
      const item = one(`<div class="h-event">
        <time class="dt-start" datetime="2024-05-01T10:00:00+02:00">May 1</time>
        <span class="dt-end"><span class="value">2024-05-01</span> at <span class="value">18:30</span><span class="value">+02:00</span></span>
        <span class="dt-published">2024-04-01 09:00</span>
        <abbr class="dt-updated" title="2024-04-02T00:00:00Z">yesterday</abbr>
      </div>`);
      expect(item.properties).to.deep.include({
        start: ['2024-05-01T10:00:00+02:00'],
        end: ['2024-05-01 18:30+02:00'],
        published: ['2024-04-01 09:00'],
        updated: ['2024-04-02T00:00:00Z'],
      });
    });

    it('keeps e-* markup as given (scripts included) and text without scripts', () => {
      const item = one(`<div class="h-entry"><div class="e-content">
        <p title='say "hi" &amp; <wave>'>A&nbsp;&lt;b&gt; <br><img src="i.png" alt=""><template><b>t</b></template></p>
        <!-- note --><script>if (a < b && c > d) run();</script><textarea>&lt;x&gt;</textarea>
      </div></div>`);
      const [content] = item.properties.content as [{ html: string; value: string }];
      expect(content.html).to.equal(
        '<p title="say &quot;hi&quot; &amp; &lt;wave&gt;">A&nbsp;&lt;b&gt; <br><img src="https://page.example/a/i.png" alt=""><template><b>t</b></template></p>\n        <!-- note --><script>if (a < b && c > d) run();</script><textarea>&lt;x&gt;</textarea>',
      );
      expect(content.value).to.equal('A\u00a0<b> \n        <x>');
    });

    it('resolves the URL attributes of e-* markup, but not inside template contents', () => {
      const item = one(
        '<div class="h-entry"><div class="e-content"><object data="m.swf" class="x"></object>' +
          '<template href="t"><a href="in-template">x</a></template>' +
          '<svg><a href="s" xlink:href="x"></a></svg><q cite="c">"hi"</q><a href=" rel ">y</a></div></div>',
      );
      const [content] = item.properties.content as [{ html: string; value: string }];
      expect(content.html).to.equal(
        '<object data="https://page.example/a/m.swf" class="x"></object>' +
          '<template href="https://page.example/a/t"><a href="in-template">x</a></template>' +
          '<svg><a href="https://page.example/a/s" xlink:href="x"></a></svg>' +
          '<q cite="https://page.example/a/c">"hi"</q><a href="https://page.example/a/rel">y</a>',
      );
      expect(content.value).to.equal('"hi"y');
    });

    it('puts microformats without a property class in children, and nested values in properties', () => {
      const item = one(`<article class="h-entry">
        <a class="p-author h-card" href="/ada">Ada</a>
        <div class="u-in-reply-to h-cite"><a class="u-url" href="/orig">orig</a><span class="p-name">Original</span></div>
        <div class="h-card"><span class="p-name">Someone</span></div>
        <p class="p-name">Hello</p>
      </article>`);
      expect(item.properties.author).to.deep.equal([
        {
          type: ['h-card'],
          properties: { name: ['Ada'], url: ['https://page.example/ada'] },
          value: 'Ada',
        },
      ]);
      expect((item.properties['in-reply-to']![0] as Mf2Item).value).to.equal(
        'https://page.example/orig',
      );
      expect(item.children).to.deep.equal([
        { type: ['h-card'], properties: { name: ['Someone'] } },
      ]);
    });

    it('collects rel links, and rel-urls with their text', () => {
      const doc = parse(`<link rel="me authorization_endpoint" href="https://auth.example/">
        <a rel="me" href="https://social.example/@ada" title="Mastodon">@ada</a>
        <a rel="next" href="?page=2">Older</a><a rel="" href="x">x</a>`);
      expect(doc.rels).to.deep.equal({
        me: ['https://auth.example/', 'https://social.example/@ada'],
        authorization_endpoint: ['https://auth.example/'],
        next: ['https://page.example/a/b.html?page=2'],
      });
      expect(doc['rel-urls']['https://social.example/@ada']).to.deep.equal({
        rels: ['me'],
        text: '@ada',
        title: 'Mastodon',
      });
    });

    it('serializes void, raw text and foreign elements as HTML does', () => {
      const doc = new DOMParser().parseFromString(
        '<div id="x"><svg viewBox="0 0 1 1"><use xlink:href="#a"></use></svg><hr><style>a > b {}</style></div>',
        'text/html',
      );
      expect(serializeChildren(doc.getElementById('x')!)).to.equal(
        '<svg viewBox="0 0 1 1"><use xlink:href="#a"></use></svg><hr><style>a > b {}</style>',
      );
    });
  });

  describe('h-feed and h-entry as posts', () => {
    it('reads the suite’s h-feed: entries, the feed author, and dt-updated as the date', async () => {
      const page = feed(await loadText('microformats2/h-feed.simple.html'), SUITE_URL);
      expect(page.format).to.equal('microformats');
      expect(page.actor).to.deep.equal({
        id: 'http://tantek.com/',
        name: 'Tantek',
        url: 'http://tantek.com/',
      });
      const [post] = page.posts as [Post];
      expect(page.posts).to.have.length(1);
      expect(post.id).to.equal('http://microformats.org/2012/06/25/microformats-org-at-7');
      expect(post.url).to.equal('http://microformats.org/2012/06/25/microformats-org-at-7');
      expect(post.author.name).to.equal('Tantek');
      expect(post.published.toISOString()).to.equal('2012-06-25T17:08:26.000Z');
      expect(post.html).to.match(/^<p class="p-summary">Last week the microformats.org community/);
      expect(plainText(post)).to.match(/^Last week the microformats.org community/);
      expect(plainText(post)).to.not.contain('<');
      // The p-summary is part of the content, not a content warning.
      expect(post.summary).to.equal(undefined);
    });

    it('credits the p-author h-card of a lone h-entry', async () => {
      const page = feed(await loadText('microformats2/h-entry.summarycontent.html'), SUITE_URL);
      expect(page.posts[0]!.author).to.deep.equal({
        id: 'http://tantek.com/',
        name: 'Tantek',
        url: 'http://tantek.com/',
      });
    });

    it('credits the site when the page names no author', async () => {
      const page = feed(await loadText('microformats2/h-feed.implied-title.html'), SUITE_URL);
      expect(page.posts[0]!.author).to.deep.equal({
        id: 'http://example.com',
        url: 'http://example.com',
      });
      expect(page.actor).to.equal(undefined);
    });

    it('skips entries without any date, with a reason', async () => {
      for (const name of ['h-entry.encoding', 'h-entry.scriptstyletags', 'h-entry.urlincontent']) {
        const page = feed(await loadText(`microformats2/${name}.html`), SUITE_URL);
        expect(page.posts, name).to.have.length(0);
        expect(page.skipped, name).to.deep.equal([
          {
            index: 0,
            reason: 'h-entry has no dt-published or dt-updated, so it cannot be placed in time',
          },
        ]);
      }
    });

    const page = `<!doctype html>
      <html lang="en"><head><link rel="next" href="/notes/?page=2"><base href="https://site.example/"></head>
      <body>
        <div class="h-card"><a class="u-url u-uid p-name" href="/">Ada Lovelace</a>
          <img class="u-photo" src="/ada.jpg" alt="Ada at her desk"></div>
        <main class="h-feed">
          <article class="h-entry" lang="fr">
            <a class="u-url u-uid" href="/notes/3"><time class="dt-published" datetime="2024-05-03T10:00:00+02:00">3 May</time></a>
            <div class="e-content"><p>Bonjour <a href="/tags/hello">#hello</a></p></div>
            <a class="p-category" href="/tags/hello">#hello</a>
            <a class="u-category h-card" href="https://grace.example/">Grace</a>
            <img class="u-photo" src="/p/3.jpg" alt="A croissant">
            <video class="u-video" src="/v/3.mp4"></video>
            <audio class="u-audio" src="/a/3.mp3"></audio>
            <a class="u-syndication" href="https://social.example/@ada/3">elsewhere</a>
            <a class="u-syndication" href="javascript:alert(1)">bad</a>
          </article>
          <article class="h-entry">
            <time class="dt-published">2024-05-02 09:00:00Z</time>
            <a class="u-in-reply-to" href="https://grace.example/posts/1">In reply to Grace</a>
            <p class="p-name">A reply without e-content</p>
          </article>
          <article class="h-entry">
            <time class="dt-published" datetime="2024-05-01T08:00:00Z">1 May</time>
            <a class="u-repost-of" href="https://grace.example/posts/0">reposted</a>
          </article>
          <article class="h-entry">
            <time class="dt-published" datetime="2024-04-30T08:00:00Z">30 Apr</time>
            <div class="e-content">Worth reading:</div>
            <div class="u-repost-of h-cite">
              <a class="p-author h-card" href="https://grace.example/">Grace</a>
              <a class="u-url" href="https://grace.example/posts/-1">link</a>
              <time class="dt-published" datetime="2024-04-29T00:00:00Z">29 Apr</time>
              <p class="p-content">Original words</p>
            </div>
          </article>
          <article class="h-entry"><p class="p-name">No date at all</p></article>
          <article class="h-entry"><time class="dt-published">last Tuesday</time></article>
          <div class="h-event"><span class="p-name">A party</span></div>
        </main>
      </body></html>`;

    it('reads what a reader sees in each entry', () => {
      const result = feed(page);
      expect(result.next).to.equal('https://site.example/notes/?page=2');
      expect(result.actor).to.include({ id: 'https://site.example/', name: 'Ada Lovelace' });
      const [note, reply, repost, quote] = result.posts as [Post, Post, Post, Post];
      expect(result.posts).to.have.length(4);

      expect(note).to.include({
        id: 'https://site.example/notes/3',
        url: 'https://site.example/notes/3',
        html: '<p>Bonjour <a href="https://site.example/tags/hello">#hello</a></p>',
        language: 'fr',
      });
      // The text of e-content HTML is derived on demand, not while parsing.
      expect(note.text).to.equal(undefined);
      expect(plainText(note)).to.equal('Bonjour #hello');
      expect(note.published.toISOString()).to.equal('2024-05-03T08:00:00.000Z');
      expect(note.author).to.deep.equal({
        id: 'https://site.example/',
        name: 'Ada Lovelace',
        url: 'https://site.example/',
        avatar: 'https://site.example/ada.jpg',
        avatarAlt: 'Ada at her desk',
      });
      expect(note.tags).to.deep.equal(['hello']);
      expect(note.mentions).to.deep.equal([
        { id: 'https://grace.example/', name: 'Grace', url: 'https://grace.example/' },
      ]);
      expect(note.attachments).to.deep.equal([
        { kind: 'image', url: 'https://site.example/p/3.jpg', alt: 'A croissant' },
        { kind: 'video', url: 'https://site.example/v/3.mp4' },
        { kind: 'audio', url: 'https://site.example/a/3.mp3' },
      ]);
      expect(note.syndication).to.deep.equal(['https://social.example/@ada/3']);

      expect(reply.text).to.equal('A reply without e-content');
      expect(reply.html).to.equal(undefined);
      expect(reply.inReplyTo).to.deep.equal({
        id: 'https://grace.example/posts/1',
        url: 'https://grace.example/posts/1',
      });
      expect(reply.language).to.equal('en');
      // Without uid or url, the id is still stable for the same entry.
      expect(reply.id).to.equal(feed(page).posts[1]!.id);

      // A bare repost is the reposted post itself, reposted by the page's author.
      expect(repost).to.include({
        id: 'https://grace.example/posts/0',
        url: 'https://grace.example/posts/0',
      });
      expect(repost.author).to.deep.equal({
        id: 'https://grace.example',
        url: 'https://grace.example',
      });
      expect(repost.repostedBy?.name).to.equal('Ada Lovelace');
      expect(repost.published.toISOString()).to.equal('2024-05-01T08:00:00.000Z');

      // A repost with words of its own wraps the cited post.
      expect(plainText(quote)).to.equal('Worth reading:');
      expect(quote.repostOf).to.include({
        url: 'https://grace.example/posts/-1',
        text: 'Original words',
      });
      expect(quote.repostOf?.author.name).to.equal('Grace');
      expect(quote.repostOf?.published.toISOString()).to.equal('2024-04-29T00:00:00.000Z');

      expect(result.skipped.map((skipped) => skipped.index)).to.deep.equal([4, 5, 6]);
      expect(result.skipped[0]!.reason).to.match(/no dt-published/);
      expect(result.skipped[1]!.reason).to.contain('"last Tuesday"');
      expect(result.skipped[2]!.reason).to.equal('h-event is not an h-entry');
    });

    it('finds rel="next" and rel="prev" on links and anchors', () => {
      const result = feed(`<div class="h-entry"><time class="dt-published">2024-01-01</time>x</div>
        <a rel="prev" href="/newer">Newer</a><a rel="next" href="javascript:void(0)">x</a>`);
      expect(result.prev).to.equal('https://site.example/newer');
      expect(result.next).to.equal(undefined);
    });

    it('says what it found when there are no entries', () => {
      const error = thrown(() => feed('<div class="h-card"><span class="p-name">Ada</span></div>'));
      expect(error).to.be.instanceOf(FormatError);
      expect((error as Error).message).to.match(/h-feed or h-entry .* found only h-card/);
      expect((thrown(() => feed('<p>Hello</p>')) as Error).message).to.contain('no microformats');
    });
  });

  describe('the representative h-card as a profile', () => {
    it('is the card whose url and uid are the page, with rel=me links', () => {
      const result = actor(`<link rel="me" href="https://social.example/@ada">
        <div class="h-card"><a class="p-name u-url" href="https://other.example/">Someone else</a></div>
        <div class="h-card"><a class="p-name u-url u-uid" href="/">Ada</a>
          <span class="p-nickname">ada</span><p class="e-note">Counts <b>things</b></p>
          <img class="u-photo" src="/ada.jpg" alt="Ada smiling"></div>`);
      expect(result).to.deep.equal({
        id: 'https://site.example/',
        handle: '@ada',
        name: 'Ada',
        url: 'https://site.example/',
        avatar: 'https://site.example/ada.jpg',
        avatarAlt: 'Ada smiling',
        bio: 'Counts <b>things</b>',
        links: ['https://social.example/@ada'],
      });
    });

    it('is else the card whose url is a rel=me link, else the only card', () => {
      const byRel = actor(`<a rel="me" href="https://ada.example/">me</a>
        <div class="h-card"><a class="p-name u-url" href="https://other.example/">Other</a></div>
        <div class="h-card"><a class="p-name u-url" href="https://ada.example/">Ada</a>
          <span class="p-note">Plain note</span></div>`);
      expect(byRel).to.include({ name: 'Ada', bio: 'Plain note' });
      const only = actor(`<div class="h-card"><img alt="Solo" src="/solo.png"></div>`);
      expect(only).to.include({
        name: 'Solo',
        avatar: 'https://site.example/solo.png',
        avatarAlt: 'Solo',
      });
    });

    it('refuses a page where no card speaks for it', () => {
      const error = thrown(() =>
        actor(`<div class="h-card"><a class="p-name u-url" href="https://a.example/">A</a></div>
          <div class="h-card"><a class="p-name u-url" href="https://b.example/">B</a></div>`),
      );
      expect(error).to.be.instanceOf(FormatError);
      expect((error as Error).message).to.contain('2 h-cards and none speaks for the page');
      expect((thrown(() => actor('<p>nothing</p>')) as Error).message).to.contain(
        'no microformats',
      );
    });
  });

  describe('detection', () => {
    it('scores HTML with h-feed or h-entry highly, other HTML low, and anything else zero', () => {
      const cases: [string, string | undefined, number][] = [
        ['<main class="h-feed">', 'text/html; charset=utf-8', 0.9],
        ['<!DOCTYPE html><article class="post h-entry">', undefined, 0.9],
        ["\ufeff<!-- hi --><html lang=en><div class='h-entry'>", undefined, 0.9],
        ['<html><div class="h-card">', undefined, 0.3],
        ['<html><p>hi</p>', undefined, 0.05],
        ['<div class="h-entry">', undefined, 0],
        ['{"items":[]}', 'application/json', 0],
        ['<rss><channel/></rss>', 'application/rss+xml', 0],
        ['<html class="xh-entry">', undefined, 0.05],
      ];
      for (const [body, contentType, score] of cases) {
        expect(microformats.detect(body, contentType ? { contentType } : {}), body).to.equal(score);
      }
      expect(microformats.detect(null as unknown as string, {})).to.equal(0);
    });
  });

  describe('hostile pages', () => {
    it('never throw anything but a FormatError', () => {
      const bodies = [
        '',
        '<div class="h-entry h-entry  h-"><a class="u-url" href="javascript:alert(1)">x</a><time class="dt-published">2024-01-01</time></div>',
        '<div class="h-entry"><span class="dt-published"><span class="value"></span></span></div>',
        `<div class="h-feed">${'<div>'.repeat(500)}<div class="h-entry"><time class="dt-published">2024-01-01</time></div>${'</div>'.repeat(500)}</div>`,
        '<div class="h-entry"><time class="dt-published">2024-01-01</time><img class="u-photo"><a class="u-in-reply-to h-cite"></a><span class="u-repost-of">not a url</span><span class="p-author">Just a name</span></div>',
        '<div class="h-entry"><time class="dt-published">2024-01-01</time><a class="u-author" href="https://someone.example/">x</a><span class="p-category h-card"></span><span class="p-category">#</span></div>',
        '<base href="javascript:alert(1)"><div class="h-entry"><time class="dt-published">2024-01-01</time><a class="u-url" href="x">x</a><div class="u-repost-of h-cite"><span class="p-name">x</span></div></div>',
        '<base href="http://[::1"><div class="h-card"><img src="a.png"></div><div class="h-entry"><time class="dt-published">2024-01-01</time></div>',
        '<div class="h-entry"><time class="dt-published">2024-01-01</time><div class="e-content"><img src="x" onerror="alert(1)"><script>alert(1)</script></div></div>',
        '<svg class="h-entry"><text class="dt-published">2024-01-01</text></svg>',
        42 as unknown as string,
      ];
      for (const body of bodies) {
        for (const run of [
          () => microformats.parseFeed(body, { url: 'https://hostile.example/' }),
          () => microformats.parseFeed(body, {}),
          () => microformats.parseActor!(body, {}),
          () => parseMicroformats(String(body)),
        ]) {
          try {
            const result = run() as Page | Actor;
            if ('posts' in result) {
              for (const post of result.posts) {
                if (post.url !== undefined) expect(post.url).to.match(/^https?:/);
                expect(post.author.id).to.be.a('string');
              }
            }
          } catch (error) {
            expect(error, String(body).slice(0, 80)).to.be.instanceOf(FormatError);
          }
        }
      }
    });
  });
});
