import { expect } from '@open-wc/testing';
import { cacheGet, cacheSet, clearLoadCache, loadCacheSize } from '../../src/net/cache.js';
import type { CachedResponse } from '../../src/net/cache.js';
import { decodeBody, parseContentType } from '../../src/net/decode.js';
import { formatDuration, httpError, reasonPhrase } from '../../src/net/errors.js';

function entry(overrides: Partial<CachedResponse> = {}): CachedResponse {
  return {
    url: 'https://feeds.example/a',
    status: 200,
    headers: new Headers(),
    bytes: new ArrayBuffer(4),
    etag: '"1"',
    lastModified: undefined,
    ...overrides,
  };
}

describe('revalidation cache', () => {
  beforeEach(() => clearLoadCache());

  it('keeps only responses it can revalidate, and not huge ones', () => {
    cacheSet('no-validator', entry({ etag: undefined }));
    cacheSet('huge', entry({ bytes: new ArrayBuffer(3 * 1024 * 1024) }));
    cacheSet('dated', entry({ etag: undefined, lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' }));
    expect(cacheGet('no-validator')).to.equal(undefined);
    expect(cacheGet('huge')).to.equal(undefined);
    expect(cacheGet('dated')?.lastModified).to.equal('Tue, 24 Nov 2026 10:00:00 GMT');
  });

  it('drops the least recently used past its bound', () => {
    for (let index = 0; index < 40; index++) cacheSet(`key ${index}`, entry());
    expect(loadCacheSize()).to.equal(32);
    expect(cacheGet('key 0')).to.equal(undefined);
    // Reading an entry makes it recent: it survives the next evictions.
    expect(cacheGet('key 8')).not.to.equal(undefined);
    for (let index = 40; index < 45; index++) cacheSet(`key ${index}`, entry());
    expect(cacheGet('key 8')).not.to.equal(undefined);
    expect(cacheGet('key 9')).to.equal(undefined);
  });

  it('forgets an entry whose new answer cannot be revalidated', () => {
    cacheSet('a', entry());
    cacheSet('a', entry({ etag: undefined }));
    expect(cacheGet('a')).to.equal(undefined);
  });
});

describe('decoding', () => {
  it('reads the media type and charset of a Content-Type', () => {
    expect(parseContentType('Application/RSS+XML; Charset="ISO-8859-1"')).to.deep.equal({
      type: 'application/rss+xml',
      charset: 'iso-8859-1',
    });
    expect(parseContentType('text/html')).to.deep.equal({ type: 'text/html', charset: undefined });
    expect(parseContentType('; charset=utf-8')).to.deep.equal({
      type: undefined,
      charset: 'utf-8',
    });
    expect(parseContentType(null)).to.deep.equal({ type: undefined, charset: undefined });
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    const bytes = new TextEncoder().encode('héllo').buffer as ArrayBuffer;
    expect(decodeBody(bytes, 'no-such-charset')).to.equal('héllo');
  });

  it('follows a UTF-16 byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]).buffer;
    expect(decodeBody(bytes, 'utf-8')).to.equal('hi');
    expect(decodeBody(new Uint8Array([0xfe, 0xff, 0x00, 0x68]).buffer, undefined)).to.equal('h');
  });
});

describe('error messages', () => {
  it('fills in a missing reason phrase, as HTTP/2 sends none', () => {
    expect(reasonPhrase(503)).to.equal('Service Unavailable');
    expect(reasonPhrase(503, 'Busy')).to.equal('Busy');
    expect(reasonPhrase(599)).to.equal('');
    expect(httpError('https://a.example/', 599, '').message).to.equal(
      'The server answered 599 for https://a.example/ — the server is having trouble: try again later.',
    );
  });

  it('gives advice for 406 and other statuses, and says when a server asks to come back', () => {
    expect(httpError('https://a.example/', 406, '').message).to.include(
      'no representation this library reads',
    );
    expect(httpError('https://a.example/', 418, '').message).to.include('what the server expects');
    const when = new Date(Date.UTC(2026, 10, 25, 13, 0, 0));
    expect(httpError('https://a.example/', 503, '', when).message).to.include(
      'It asks to be tried again after 2026-11-25T13:00:00.000Z.',
    );
  });

  it('writes durations as a person reads them', () => {
    expect(formatDuration(15_000)).to.equal('15 s');
    expect(formatDuration(1500)).to.equal('1.5 s');
    expect(formatDuration(200)).to.equal('200 ms');
    expect(formatDuration(1234)).to.equal('1234 ms');
  });
});
