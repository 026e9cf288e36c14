import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { asDate } from '../../src/formats/timestamp.js';
import {
  absoluteUrl,
  asArray,
  asNumber,
  asString,
  header,
  hostOf,
  htmlToText,
  isCanonicalUrl,
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

/** URLs assembled from the parts where parsers rewrite what they are given. */
const urls = fc
  .tuple(
    fc.constantFrom(
      'https://',
      'http://',
      'HTTPS://',
      'ftp://',
      '//',
      '',
      'javascript:',
      ' https://',
    ),
    fc.constantFrom(
      'a.example',
      'A.Example',
      'sub.a-b.example',
      'localhost',
      'a..b',
      'a.example.',
      'xn--bcher-kva.example',
      'xn--a.example',
      'bücher.example',
      '127.0.0.1',
      'a.0x1f',
      'a.1',
      'user@a.example',
      '-a-.example',
      'a--b.example',
      'a.x-.example',
      'a_b.example',
      '[::1]',
    ),
    fc.constantFrom(
      '',
      ':3000',
      ':80',
      ':443',
      ':8080',
      ':59999',
      ':65535',
      ':65536',
      ':0080',
      ':',
    ),
    fc.array(
      fc.constantFrom(
        '/',
        'notes',
        '.',
        '..',
        '.well-known',
        'a--b',
        '-',
        '#',
        '%2e',
        '%2E%2e',
        '%41',
        '%zz',
        '%',
        'a b',
        'a|b',
        'a^b',
        '{x}',
        "it's",
        '~user',
        '@ada',
        'a;b=c,d:e!$&()*+',
        'ä',
        '\\',
        '\t',
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom('', '?', '?a=1&b=/./c', "?q='x'", '?a b', '?x=%2e'),
    fc.constantFrom('', '#', '#top', '#a#b', '#a?b/c', '#a b'),
  )
  .map(([scheme, host, port, path, query, fragment]) =>
    `${scheme}${host}${port}${path.join('')}${query}${fragment}`.replace(
      /^(https?:\/\/[^/?#]*)(?=[^/?#])/i,
      '$1/',
    ),
  );

/** What `absoluteUrl` has always answered: the URL parser's own reading, http(s) only. */
function parsedUrl(value: string, base?: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    const url = /^https?:\/\//i.test(trimmed) ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('absoluteUrl and hostOf read URLs as the URL parser does', () => {
  it('without a base, and against one', () => {
    fc.assert(
      fc.property(
        urls,
        fc.constantFrom(undefined, 'https://feed.example/a/b', 'nonsense'),
        (url, base) => {
          expect(absoluteUrl(url, base), url).to.equal(parsedUrl(url, base));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('hosts, and what a URL left as written holds', () => {
    fc.assert(
      fc.property(urls, (url) => {
        let parsed: URL | undefined;
        try {
          parsed = new URL(url);
        } catch {
          parsed = undefined;
        }
        expect(hostOf(url), url).to.equal(parsed?.host || undefined);
        if (isCanonicalUrl(url)) {
          // The RSS reader takes a canonical URL's origin and path as the text before its query.
          expect(parsed?.href, url).to.equal(url);
          expect(parsed!.origin + parsed!.pathname, url).to.equal(url.split(/[?#]/)[0]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('hands what it cannot vouch for to the URL parser, which gives the same answer', () => {
    // The quick check sends any "/.", "%2e" or "--", a second "#" and the ports it does not know
    // to be kept the slow way; the answers must not change.
    const cases: [string, string][] = [
      ['https://a.example/x/./y', 'https://a.example/x/y'],
      ['https://a.example/x/%2E%2e/y', 'https://a.example/y'],
      ['https://a.example/.well-known/x', 'https://a.example/.well-known/x'],
      ['https://a.example/a--b', 'https://a.example/a--b'],
      ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
      ['http://a.example:80/x', 'http://a.example/x'],
      ['https://a.example:0443/x', 'https://a.example/x'],
      ['https://a.example/x#a#b', 'https://a.example/x#a#b'],
    ];
    for (const [url, resolved] of cases) {
      expect(isCanonicalUrl(url), url).to.equal(false);
      expect(absoluteUrl(url), url).to.equal(resolved);
      expect(absoluteUrl(url), url).to.equal(parsedUrl(url));
    }
    expect(isCanonicalUrl('https://a.example/a-b/c.d;e?x=/y&z=%41#top?w/')).to.equal(true);
  });

  it('keeps a plain permalink exactly as written', () => {
    const url = 'https://social.example:8443/@ada/109500000000000000?x=1#reply';
    expect(isCanonicalUrl(url)).to.equal(true);
    expect(absoluteUrl(url)).to.equal(url);
    expect(hostOf(url)).to.equal('social.example:8443');
  });
});

describe('asDate reads timestamps as Date does', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const timestamps = fc
    .tuple(
      fc.constantFrom('2024', '2023', '2000', '1900', '0999', '0099', '0000', '+02024', '20x4'),
      two(14),
      two(33),
      fc.constantFrom('T', 't', ' ', 'X'),
      two(25),
      two(61),
      two(61),
      fc.constantFrom('', '.', '.1', '.12', '.123', '.123456', '.1234567890', '.x'),
      fc.constantFrom(
        'Z',
        'z',
        '',
        '+00:00',
        '-00:00',
        '+05:30',
        '-23:59',
        '+24:00',
        '+14:60',
        '+0100',
        ' Z',
      ),
    )
    .map(
      ([year, month, day, separator, hour, minute, second, fraction, zone]) =>
        `${year}-${month}-${day}${separator}${hour}:${minute}:${second}${fraction}${zone}`,
    );

  it('for well-formed, out-of-range and malformed timestamps alike', () => {
    fc.assert(
      fc.property(timestamps, (value) => {
        const date = new Date(value);
        expect(asDate(value)?.getTime(), value).to.equal(
          Number.isNaN(date.getTime()) ? undefined : date.getTime(),
        );
      }),
      { numRuns: 4000 },
    );
  });

  it('reads the forms APIs write, offsets and leap days included', () => {
    expect(asDate('2024-02-29T23:30:00.5+02:00')!.toISOString()).to.equal(
      '2024-02-29T21:30:00.500Z',
    );
    expect(asDate('2026-11-20T12:00:00.123456Z')!.toISOString()).to.equal(
      '2026-11-20T12:00:00.123Z',
    );
    expect(asDate('2023-02-29T00:00:00Z')!.toISOString()).to.equal(
      new Date('2023-02-29T00:00:00Z').toISOString(),
    );
  });
});
