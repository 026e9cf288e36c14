import { expect } from '@open-wc/testing';
import { loadFixture } from '../helpers.js';
import { richText } from '../../src/html/rich-text.js';
import type { RichTextOptions } from '../../src/html/rich-text.js';
import type { Facet } from '../../src/model/post.js';

const REL = 'nofollow noopener noreferrer ugc';

interface BlueskyRecord {
  text: string;
  facets: {
    index: { byteStart: number; byteEnd: number };
    features: { $type: string; did?: string; uri?: string }[];
  }[];
}

/** A UTF-8 byte offset into `text` as a UTF-16 index, as a format converts Bluesky facets. */
function utf16Index(text: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(text).slice(0, byteOffset);
  return new TextDecoder().decode(bytes).length;
}

function render(text: string, options?: RichTextOptions): HTMLElement {
  const container = document.createElement('div');
  container.append(richText(text, options));
  return container;
}

/** Each link as [visible text, href]. */
function links(container: Element): [string, string | null][] {
  return [...container.querySelectorAll('a')].map((link) => [
    link.textContent!,
    link.getAttribute('href'),
  ]);
}

describe('richText()', () => {
  describe('with facets', () => {
    it('links the ✨/👨‍❤️‍👨 example at its UTF-16 ranges', async () => {
      const record = await loadFixture<BlueskyRecord>(
        'bluesky/docs.post-record.facets-mention-link-emoji.json',
      );
      const facets: Facet[] = record.facets.map(({ index, features }) => {
        const feature = features[0]!;
        const mention = feature.$type.endsWith('#mention');
        return {
          start: utf16Index(record.text, index.byteStart),
          end: utf16Index(record.text, index.byteEnd),
          kind: mention ? 'mention' : 'link',
          value: (mention ? feature.did : feature.uri)!,
        };
      });
      expect(facets.map(({ start, end }) => [start, end])).to.deep.equal([
        [21, 33],
        [60, 94],
      ]);
      const container = render(record.text, {
        facets,
        linkFor: (facet) => `https://bsky.app/profile/${facet.value}`,
      });
      expect(container.textContent).to.equal(record.text);
      expect(links(container)).to.deep.equal([
        ['@atproto.com', 'https://bsky.app/profile/did:plc:ewvi7nxzyoun6zhxrhs64oiz'],
        ['https://en.wikipedia.org/wiki/CBOR', 'https://en.wikipedia.org/wiki/CBOR'],
      ]);
      const [mention, link] = container.querySelectorAll('a');
      expect(mention!.className).to.equal('u-url mention');
      expect(link!.getAttribute('rel')).to.equal(REL);
      expect(link!.hasAttribute('target')).to.equal(false);
    });

    it('leaves a mention unlinked when its value is not a URL and no linkFor is given', () => {
      const text = 'hi @alice.example';
      const container = render(text, {
        facets: [{ start: 3, end: 17, kind: 'mention', value: 'did:plc:abc' }],
      });
      expect(container.querySelector('a')).to.equal(null);
      expect(container.textContent).to.equal(text);
    });

    it('links mentions that are actor URLs, and tags through linkFor', () => {
      const text = '@bob #cats';
      const container = render(text, {
        facets: [
          { start: 5, end: 10, kind: 'tag', value: 'cats' },
          { start: 0, end: 4, kind: 'mention', value: 'https://social.example/users/bob' },
        ],
        linkFor: (facet) =>
          facet.kind === 'tag' ? `https://social.example/tags/${facet.value}` : facet.value,
      });
      expect(links(container)).to.deep.equal([
        ['@bob', 'https://social.example/users/bob'],
        ['#cats', 'https://social.example/tags/cats'],
      ]);
      expect(container.querySelectorAll('a')[1]!.className).to.equal('mention hashtag');
    });

    it('skips bad facets without throwing and keeps every character', () => {
      const text = 'one 👨‍❤️‍👨 two three';
      const good: Facet = { start: 0, end: 3, kind: 'link', value: 'https://a.example/one' };
      const facets = [
        { start: 2, end: 6, kind: 'link', value: 'https://a.example/overlap' },
        { start: -1, end: 2, kind: 'link', value: 'https://a.example/negative' },
        { start: 5, end: 500, kind: 'link', value: 'https://a.example/past-the-end' },
        { start: 4, end: 5, kind: 'link', value: 'https://a.example/half-a-surrogate' },
        { start: 3, end: 3, kind: 'link', value: 'https://a.example/empty' },
        { start: 1.5, end: 3, kind: 'link', value: 'https://a.example/fraction' },
        { start: 0, end: 3, kind: 'quote', value: 'https://a.example/unknown-kind' },
        { start: 0, end: 3, kind: 'link' },
        null,
        'nonsense',
        good,
        { start: 0, end: 3, kind: 'link', value: 'https://a.example/second-at-the-same-place' },
      ] as unknown as Facet[];
      const container = render(text, { facets });
      expect(container.textContent).to.equal(text);
      expect(links(container)).to.deep.equal([['one', 'https://a.example/one']]);
    });

    it('keeps a link facet whose target is refused as plain text', () => {
      const container = render('click me', {
        facets: [{ start: 0, end: 5, kind: 'link', value: 'javascript:alert(1)' }],
      });
      expect(container.getHTML()).to.equal('click me');
    });

    it('survives a linkFor that throws', () => {
      const container = render('@a@b.example', {
        facets: [{ start: 0, end: 12, kind: 'mention', value: '@a@b.example' }],
        linkFor: () => {
          throw new Error('host bug');
        },
      });
      expect(container.getHTML()).to.equal('@a@b.example');
    });

    it('does not look for links of its own when the source sent facets, even none', () => {
      expect(render('see https://a.example', { facets: [] }).querySelector('a')).to.equal(null);
      expect(render('see https://a.example', { linkify: false }).querySelector('a')).to.equal(null);
    });
  });

  describe('linkify', () => {
    const cases: [string, string, [string, string][]][] = [
      [
        'stops at a full stop',
        'See https://a.example/x.',
        [['https://a.example/x', 'https://a.example/x']],
      ],
      [
        'stops at a comma and a question mark',
        'https://a.example/?q=1, or https://b.example/?',
        [
          ['https://a.example/?q=1', 'https://a.example/?q=1'],
          ['https://b.example/', 'https://b.example/'],
        ],
      ],
      [
        'keeps balanced parentheses and drops the one around it',
        '(see https://en.wikipedia.org/wiki/Foo_(bar))',
        [['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)']],
      ],
      [
        'drops a closing bracket it did not open',
        '[https://a.example/x]',
        [['https://a.example/x', 'https://a.example/x']],
      ],
      [
        'shows an IDN as written and links its ASCII form',
        'https://bücher.example/straße',
        [['https://bücher.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe']],
      ],
      ['links no script or data URLs', 'javascript:alert(1) data:text/html,x vbscript:x', []],
      ['needs a host', 'https:// and http://', []],
      [
        'finds no tag inside a URL',
        'https://a.example/#top',
        [['https://a.example/#top', 'https://a.example/#top']],
      ],
      [
        'links @user@host mentions to the Mastodon profile path',
        'Thanks @alice@social.example!',
        [['@alice@social.example', 'https://social.example/@alice']],
      ],
      ['does not take an e-mail address for a mention', 'mail bob@mail.example', []],
      ['does not link tags by default', '#cats and #dogs', []],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const container = render(text);
        expect(container.textContent).to.equal(text);
        expect(links(container)).to.deep.equal(expected);
        for (const link of container.querySelectorAll('a'))
          expect(link.getAttribute('rel')).to.equal(REL);
      });
    }

    it('finds tags with a letter in them, in any script', () => {
      const seen: string[] = [];
      render('#cats #1 C#sharp #日本語 #café_2 a#b', {
        linkFor: (facet) => {
          seen.push(`${facet.kind}:${facet.value}`);
          return undefined;
        },
      });
      expect(seen).to.deep.equal(['tag:cats', 'tag:日本語', 'tag:café_2']);
    });

    it('links tags and mentions through linkFor', () => {
      const container = render('#cats by @ann@x.example', {
        linkFor: (facet) =>
          facet.kind === 'tag'
            ? `https://x.example/tags/${facet.value}`
            : `https://x.example/profile?${facet.value}`,
      });
      expect(links(container)).to.deep.equal([
        ['#cats', 'https://x.example/tags/cats'],
        ['@ann@x.example', 'https://x.example/profile?@ann@x.example'],
      ]);
    });
  });

  describe('text', () => {
    it('keeps line breaks as <br>', () => {
      const container = render('one\ntwo\r\nthree\n\nfour');
      expect(container.getHTML()).to.equal('one<br>two<br>three<br><br>four');
    });

    it('keeps markup-looking text as text', () => {
      const text = '<img src=x onerror=alert(1)> & <b>bold</b>';
      const container = render(text);
      expect(container.textContent).to.equal(text);
      expect(container.children.length).to.equal(0);
    });

    it('turns known shortcodes into emoji images', () => {
      const container = render('hi :wave: :unknown:', {
        emoji: { wave: 'https://cdn.example/wave.png' },
      });
      const image = container.querySelector('img.emoji')!;
      expect(image.getAttribute('src')).to.equal('https://cdn.example/wave.png');
      expect(image.getAttribute('alt')).to.equal(':wave:');
      expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(container.textContent).to.equal('hi  :unknown:');
    });

    it('returns an empty fragment for no text', () => {
      expect(richText('').childNodes.length).to.equal(0);
      expect(richText(undefined as unknown as string).childNodes.length).to.equal(0);
    });
  });
});
