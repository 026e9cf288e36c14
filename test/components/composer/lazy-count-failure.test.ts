/**
 * The counting rules of `<social-composer>` (`compose/count.ts`) load on demand: an empty
 * composer shows its limit without them, and when they cannot load the composer still counts
 * (code points) and keeps everything. The test server fails the rules' module request; a page of
 * its own, as Firefox keeps a failed module failed for the page.
 */
import { expect } from '@open-wc/testing';
import * as support from './lazy-support.js';
import { LONG_LINK, moment, newKey, part, renderMastodon, type, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('count', command);
const link = LONG_LINK;

describe('<social-composer> counting rules, loaded on demand', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('shows the limit of an empty composer without them, and counts without them when they cannot load', async () => {
    await gate('fail');
    const key = newKey('count');
    const el = await renderMastodon(key);
    expect(words(part(el, 'counter'))).to.equal('500');
    expect(el.shadowRoot!.querySelector('#length')!.textContent).to.equal('500 characters left');
    // It loads after the first render, which did not wait for it: here, it failed.

    await type(el, `see ${link}`);
    expect((await gate('state')).requested).to.be.greaterThan(0);
    // Every character counts, link included: more than the server counts, never less.
    expect(words(part(el, 'counter'))).to.equal(String(500 - 4 - link.length));
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('see https://');
    expect(words(part(el, 'error'))).to.equal('');
    await expect(el).to.be.accessible();

    if (navigator.userAgent.includes('Firefox')) return; // a failed module stays failed there
    // Coming back to the composer tries again; the next key is counted by Mastodon's rules.
    await gate('open');
    (part(el, 'textarea') as HTMLTextAreaElement).focus();
    await moment();
    await type(el, `see ${link} `);
    expect(words(part(el, 'counter'))).to.equal(String(500 - 5 - 23));
    expect(el.length.used).to.equal(28);
  });
});
