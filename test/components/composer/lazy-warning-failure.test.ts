/**
 * The content warning field of `<social-composer>` loads on demand, on the first toggle: when it
 * cannot load, the composer keeps everything and says so, and (where the browser fetches a failed
 * module again) the next toggle shows it. The test server fails or holds back the part's module
 * request; a page of its own, as Firefox keeps a failed module failed for the page.
 */
import { expect } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import * as support from './lazy-support.js';
import { moment, newKey, part, render, type, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') =>
  support.gate('composer-warning', command);
const toggle = (el: SocialComposer) => part(el, 'warning-toggle') as HTMLButtonElement;
const field = (el: SocialComposer) => part(el, 'warning') as HTMLInputElement | null;

describe('<social-composer> content warning field, loaded on demand', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('is not loaded for the first render, and when it cannot load keeps everything and says so', async () => {
    await gate('fail');
    const key = newKey('warning');
    const el = await render(key);
    // It loads after the first render, which did not wait for it: here, it failed.
    await type(el, 'kept text');
    toggle(el).click();
    await moment();
    await el.updateComplete;
    expect((await gate('state')).requested).to.be.greaterThan(0);
    expect(field(el)).to.equal(null);
    expect(toggle(el).getAttribute('aria-pressed'), 'the field closed again').to.equal('false');
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    expect(el.value).to.equal('kept text');
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('kept text');
    await expect(el).to.be.accessible();

    if (navigator.userAgent.includes('Firefox')) return; // a failed module stays failed there
    // The next try waits for the part, then shows the field with the keyboard in it.
    await gate('hold');
    toggle(el).click();
    await moment();
    expect(field(el), 'nothing shown before the part arrives').to.equal(null);
    const shown = el.updateComplete;
    await gate('open');
    await shown;
    expect(field(el)).to.not.equal(null);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect(words(part(el, 'error')), 'the message went with the problem').to.equal('');
    // Its styles came with it, adopted after the element's own.
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(field(el)!).inlineSize).to.equal(
      getComputedStyle(part(el, 'textarea')!).inlineSize,
    );
    expect(getComputedStyle(toggle(el)).backgroundColor, 'pressed').to.not.equal(
      'rgba(0, 0, 0, 0)',
    );
    await expect(el).to.be.accessible();
  });
});
