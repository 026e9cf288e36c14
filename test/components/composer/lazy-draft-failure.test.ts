/**
 * When the code that keeps drafts cannot load (the test server fails its module request), a
 * draft kept under the composer's `draft-key` stays in storage untouched for the next visit and
 * the person is told; with nothing kept, the composer says drafts are not kept, and still works.
 * A page of its own, so nothing loaded the code before.
 */
import { expect } from '@open-wc/testing';
import * as support from './lazy-support.js';
import { connect, newKey, part, saveDraft, stored, typeNow, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('draft', command);

describe('<social-composer> when its draft code cannot load', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('leaves a kept draft untouched when the code cannot load, and says so', async () => {
    const key = newKey('draft');
    const kept = saveDraft(key, 'kept');
    await gate('fail');
    const el = await connect(key);
    await el.updateComplete;
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    typeNow(el, 'new words');
    await el.updateComplete;
    expect(stored(key), 'the kept draft is not overwritten').to.equal(kept);
    await expect(el).to.be.accessible();
  });

  it('says drafts are not kept when the code cannot load and nothing was kept', async () => {
    await gate('fail');
    const key = newKey('draft');
    const el = await connect(key);
    await el.updateComplete;
    expect(part(el, 'textarea')).to.not.equal(null);
    expect(words(part(el, 'status'))).to.equal(
      'This browser is not keeping drafts: keep this page open until you have posted.',
    );
    typeNow(el, 'still typing');
    await el.updateComplete;
    expect(el.value).to.equal('still typing');
    await expect(el).to.be.accessible();
  });
});
