/**
 * The code that keeps drafts loads before the first paint only when a draft is kept under the
 * composer's `draft-key`: an empty composer paints without it and saves what was written as it
 * arrives. The test server holds back the module request of `src/compose/draft.ts`; a page of
 * its own, so nothing loaded it before (lazy-draft-kept and lazy-draft-failure test the rest).
 */
import { expect } from '@open-wc/testing';
import * as support from './lazy-support.js';
import { connect, moment, newKey, part, stored, typeNow, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('draft', command);

describe('<social-composer> with nothing kept, before its draft code', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('paints an empty composer without it, and keeps what was written meanwhile', async () => {
    await gate('hold');
    const key = newKey('draft');
    const el = await connect(key);
    await moment();
    expect((await gate('state')).requested, 'the draft code was asked for').to.equal(1);
    expect(part(el, 'textarea'), 'painted while the draft code is held back').to.not.equal(null);
    typeNow(el, 'written before it came');
    await moment();
    expect(stored(key), 'nothing to save with yet').to.equal(null);
    const done = el.updateComplete;
    await gate('open');
    await done;
    expect(JSON.parse(stored(key)!)).to.include({ text: 'written before it came' });
    expect(words(part(el, 'status')), 'nothing was restored').to.equal('');
    typeNow(el, 'and after');
    await el.updateComplete;
    expect(JSON.parse(stored(key)!)).to.include({ text: 'and after' });
    await expect(el).to.be.accessible();
  });
});
