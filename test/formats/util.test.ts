import { expect } from '@open-wc/testing';
import {
  asArray,
  asDate,
  asNumber,
  asString,
  header,
  htmlToText,
  wellFormed,
} from '../../src/formats/util.js';

describe('htmlToText', () => {
  const cases: [string, string, string][] = [
    ['paragraphs become blank lines', '<p>one</p>\n<p>two</p>', 'one\n\ntwo'],
    ['br becomes a line break', 'a<br>b<br/>c<br class="x">d', 'a\nb\nc\nd'],
    ['tags go, their text stays', '<a href="https://x.example"><span>#</span>tag</a>', '#tag'],
    ['a ">" inside an attribute is not the end of the tag', '<a title="x>y">link</a>', 'link'],
    [
      'script, style and comments vanish',
      '<script>alert(1)</script><style>p{}</style><!-- c -->ok',
      'ok',
    ],
    [
      'named and numeric references decode',
      '&lt;b&gt; &amp; &#x1F600; &#233; &hellip;',
      '<b> & 😀 é …',
    ],
    ['rare named references decode too', 'caf&eacute; &frac12;', 'café ½'],
    ['invalid numeric references become U+FFFD', '&#0; &#xD800;', '\ufffd \ufffd'],
    ['unknown references stay as written', '&zzunknown; &', '&zzunknown; &'],
    ['an unclosed paragraph still breaks', '<p>one<p>two', 'one\n\ntwo'],
    ['list items stand apart', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => expect(htmlToText(html)).to.equal(text));
  }
});

describe('readers of untrusted values', () => {
  it('asArray wraps one value, keeps a list and drops nullish', () => {
    expect(asArray('a')).to.deep.equal(['a']);
    expect(asArray(['a', 'b'])).to.deep.equal(['a', 'b']);
    expect(asArray(null)).to.deep.equal([]);
  });

  it('asString trims and refuses empty or non-strings', () => {
    expect(asString('  x ')).to.equal('x');
    expect(asString('   ')).to.equal(undefined);
    expect(asString(3)).to.equal(undefined);
  });

  it('asNumber accepts numeric strings and refuses the rest', () => {
    expect(asNumber('12')).to.equal(12);
    expect(asNumber(Infinity)).to.equal(undefined);
    expect(asNumber('twelve')).to.equal(undefined);
  });

  it('asDate refuses what is not a date', () => {
    expect(asDate('2024-01-01T00:00:00Z')!.toISOString()).to.equal('2024-01-01T00:00:00.000Z');
    expect(asDate('soon')).to.equal(undefined);
    expect(asDate({})).to.equal(undefined);
  });

  it('header reads Headers and plain records case-insensitively', () => {
    expect(header(new Headers({ Link: '<a>' }), 'link')).to.equal('<a>');
    expect(header({ 'Content-Type': 'text/html' }, 'content-type')).to.equal('text/html');
    expect(header(undefined, 'link')).to.equal(undefined);
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates (found by fuzzing: encodeURIComponent threw on a handle)', () => {
    expect(wellFormed('a\ud800b')).to.equal('a\ufffdb');
    expect(wellFormed('\udc00')).to.equal('\ufffd');
    expect(wellFormed('ok \ud83d\ude00')).to.equal('ok \ud83d\ude00');
    expect(() => encodeURIComponent(wellFormed('\u202e\u0000\ud800'))).not.to.throw();
  });
});
