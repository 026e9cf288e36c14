import { expect } from '@open-wc/testing';
import {
  BLUESKY_BYTE_LIMIT,
  countGraphemes,
  countUtf8Bytes,
  mastodonCountableText,
  mastodonLength,
  measure,
} from '../../src/compose/count.js';

const family = '👨‍👩‍👧‍👦';

describe('length counting', () => {
  describe('graphemes', () => {
    const cases: Array<[string, string, number]> = [
      ['empty text', '', 0],
      ['plain ASCII', 'hello', 5],
      ['a letter with a combining accent', 'e\u0301', 1],
      ['stacked combining marks', 'Z\u0351\u036b\u0343', 1],
      ['an emoji family (ZWJ sequence)', family, 1],
      ['a flag (regional indicators)', '🇩🇪🇯🇵', 2],
      ['an emoji with a skin tone', '👍🏽', 1],
      ['Devanagari with a virama conjunct', 'क्षि', 1],
      ['Arabic with harakat', 'مَرْحَبًا', 5],
      ['a keycap sequence', '1️⃣', 1],
    ];
    for (const [what, text, expected] of cases) {
      it(`counts ${what} as ${expected}`, () => {
        expect(countGraphemes(text)).to.equal(expected);
      });
    }

    it('counts UTF-8 bytes', () => {
      expect(countUtf8Bytes('aé€😀')).to.equal(1 + 2 + 3 + 4);
      expect(countUtf8Bytes(family)).to.equal(25);
    });
  });

  describe('Mastodon', () => {
    const cases: Array<[string, string, number]> = [
      ['a long URL as 23', 'Read https://example.com/a/very/long/path?with=query&and=more', 5 + 23],
      ['a short URL as 23 too', 'https://a.io', 23],
      ['a URL without its closing full stop', 'See https://example.com/x.', 4 + 23 + 1],
      ['a URL with balanced parentheses', '(https://en.example.org/wiki/Foo_(bar))', 1 + 23 + 1],
      ['two URLs', 'http://a.example/1 and http://b.example/2', 23 + 5 + 23],
      ['a remote mention as its local part', '@ada@social.example hi', '@ada hi'.length],
      [
        'a remote mention with a sub-domain',
        'cc @kenji@mastodon.social.example!',
        'cc @kenji!'.length,
      ],
      ['a local mention as itself', '@ada hi', 7],
      ['an e-mail address as itself', 'mail ada@example.com', 20],
      ['emoji and combining marks as graphemes', `${family} cafe\u0301`, 1 + 1 + 4],
      ['a URL that is not http(s) as itself', 'ftp://files.example/x', 21],
    ];
    for (const [what, text, expected] of cases) {
      it(`counts ${what}`, () => {
        expect(mastodonLength(text)).to.equal(expected);
      });
    }

    it('replaces each URL by 23 characters in the countable text', () => {
      expect(mastodonCountableText('go https://example.com/long!')).to.equal(
        `go ${'x'.repeat(23)}!`,
      );
    });

    it('counts the content warning toward the limit of 500', () => {
      const length = measure('hello', { counting: 'mastodon', warning: 'spoilers' });
      expect(length).to.include({ used: 5 + 8, limit: 500, remaining: 487, over: false });
    });

    it("uses the instance's limit when given", () => {
      const text = 'a'.repeat(600);
      expect(measure(text, { counting: 'mastodon' }).over).to.equal(true);
      expect(measure(text, { counting: 'mastodon', limit: 1000 })).to.include({
        remaining: 400,
        over: false,
      });
    });

    it('is over by one at 501 characters', () => {
      expect(measure('a'.repeat(501), { counting: 'mastodon' })).to.include({
        remaining: -1,
        over: true,
      });
    });
  });

  describe('Bluesky', () => {
    it('allows 300 graphemes', () => {
      expect(measure('a'.repeat(300), { counting: 'bluesky' })).to.include({
        used: 300,
        limit: 300,
        over: false,
      });
      expect(measure('a'.repeat(301), { counting: 'bluesky' }).over).to.equal(true);
    });

    it('does not count the content warning', () => {
      expect(measure('hi', { counting: 'bluesky', warning: 'long warning' }).used).to.equal(2);
    });

    it('is over 3000 bytes even under 300 graphemes', () => {
      const fits = measure(family.repeat(120), { counting: 'bluesky' });
      expect(fits).to.include({ used: 120, bytes: 3000, over: false });
      const over = measure(family.repeat(121), { counting: 'bluesky' });
      expect(over).to.include({ used: 121, remaining: 179, over: true });
      expect(over.bytes).to.be.greaterThan(BLUESKY_BYTE_LIMIT);
    });
  });

  describe('plain', () => {
    it('counts graphemes with no limit by default', () => {
      const length = measure(`${family}e\u0301`, { counting: 'plain' });
      expect(length).to.include({ used: 2, limit: Infinity, over: false });
    });

    it('takes a limit (maxlength)', () => {
      expect(measure('abcdef', { counting: 'plain', limit: 5 })).to.include({
        remaining: -1,
        over: true,
      });
    });
  });
});
