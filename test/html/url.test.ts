import { expect } from '@open-wc/testing';
import { safeLink, safeMedia } from '../../src/html/url.js';

describe('URL allow-list', () => {
  it('keeps http, https and mailto links, made absolute', () => {
    expect(safeLink('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeLink('mailto:me@a.example')).to.equal('mailto:me@a.example');
    expect(safeLink('/profile', 'https://a.example/feed')).to.equal('https://a.example/profile');
  });

  it('refuses script, data and other schemes, and non-strings', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '\u180ejavascript:alert(1)',
      '\u200b javascript:alert(1)',
      'file:///etc/passwd',
      '',
      '   ',
      undefined,
      42,
      { toString: () => 'https://a.example' },
    ]) {
      expect(safeLink(value), String(value)).to.equal(undefined);
    }
  });

  it('allows only http(s) for media', () => {
    expect(safeMedia('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(safeMedia('mailto:me@a.example')).to.equal(undefined);
    expect(safeMedia('data:image/png;base64,AAAA')).to.equal(undefined);
  });

  it('refuses what cannot be parsed', () => {
    expect(safeLink('http://[not a host')).to.equal(undefined);
  });
});
