import { expect } from '@open-wc/testing';
import { builtInFormat, loadOnce, preloadFormat } from '../../src/formats/loaders.js';
import { detectFormat, parseFeed } from '../../src/formats/index.js';

describe('format loaders', () => {
  describe('builtInFormat', () => {
    it('names the built-in format a name, any case or an alias gives', () => {
      expect(builtInFormat('mastodon')).to.equal('mastodon');
      expect(builtInFormat(' Atom ')).to.equal('atom');
      expect(builtInFormat('MF2')).to.equal('microformats');
      expect(builtInFormat('activitypub')).to.equal('activitystreams');
      expect(builtInFormat('json-feed')).to.equal('jsonfeed');
    });

    it('names nothing for other values, inherited keys included', () => {
      for (const value of ['auto', '', 'gemini', 'constructor', '__proto__', 'toString']) {
        expect(builtInFormat(value), value).to.equal(undefined);
      }
    });

    it('agrees with the registry on every alias', () => {
      for (const alias of ['as2', 'atproto', 'h-feed', 'microformats2', 'rss2', 'Json-Feed']) {
        expect(detectFormat('{}', { format: alias })).to.equal(builtInFormat(alias));
      }
    });
  });

  describe('preloadFormat', () => {
    it('resolves with the reader the registry then reads with', async () => {
      const reader = await preloadFormat('h-feed');
      expect(reader?.name).to.equal('microformats');
      const atom = await preloadFormat('ATOM');
      expect(atom?.name).to.equal('atom');
      const page = await parseFeed(
        '<div class="h-feed"><article class="h-entry"><p class="p-name">Hello</p><a class="u-url" href="/1"><time class="dt-published" datetime="2026-11-20T10:00:00Z">today</time></a></article></div>',
        { format: 'mf2', url: 'https://blog.example/' },
      );
      expect(page.format).to.equal('microformats');
      expect(page.posts.map((post) => post.url)).to.deep.equal(['https://blog.example/1']);
    });

    it('resolves with nothing for a name no built-in reader answers to', async () => {
      expect(await preloadFormat('auto')).to.equal(undefined);
      expect(await preloadFormat('my-format')).to.equal(undefined);
    });
  });

  describe('loadOnce', () => {
    it('loads once, forgets a failed load and tries again on the next call', async () => {
      let calls = 0;
      let failing = true;
      const load = loadOnce(() => {
        calls++;
        return failing
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : Promise.resolve('reader');
      });
      let failure: unknown;
      await load().catch((error: unknown) => (failure = error));
      expect(failure).to.be.instanceOf(TypeError);
      failing = false;
      expect(await load()).to.equal('reader');
      expect(await load()).to.equal('reader');
      expect(calls).to.equal(2);
    });
  });
});
