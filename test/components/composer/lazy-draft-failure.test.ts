/**
 * When the code that keeps drafts cannot load (the test server fails its module request), a
 * draft kept under the composer's `draft-key` stays in storage untouched for the next visit and
 * the person is told; with nothing kept, the composer says drafts are not kept, and still works.
 * A page of its own, so nothing loaded the code before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import * as support from './lazy-support.js';
import { newKey, part, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('draft', command);
const stored = (key: string) => localStorage.getItem(`social-composer:${key}`);

/** A composer with `draft-key` `key`, connected without waiting for its update. */
async function connect(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement('social-composer');
  el.draftKey = key;
  wrapper.append(el);
  return el;
}

/** Types the way a person's input event reaches the composer, without waiting for updates. */
function typeNow(el: SocialComposer, text: string): void {
  const area = part(el, 'textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<social-composer> when its draft code cannot load', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('leaves a kept draft untouched when the code cannot load, and says so', async () => {
    const key = newKey('draft');
    const kept = JSON.stringify({ text: 'kept', warning: '', audience: 'public', media: [] });
    localStorage.setItem(`social-composer:${key}`, kept);
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
