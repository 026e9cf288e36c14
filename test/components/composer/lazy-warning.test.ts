/**
 * The content warning field of `<social-composer>`, loaded on demand: from the keyboard, and
 * before the first render of a restored draft that has a warning. A page of its own where the
 * part loads normally (its failure is in lazy-warning-failure.test.ts).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import { newKey, part, render, renderMastodon, words } from './lazy-support.js';

const toggle = (el: SocialComposer) => part(el, 'warning-toggle') as HTMLButtonElement;
const field = (el: SocialComposer) => part(el, 'warning') as HTMLInputElement | null;

describe('<social-composer> content warning field, loaded on demand', () => {
  afterEach(() => localStorage.clear());

  it('works from the keyboard: toggle, write the warning, toggle back to the text', async () => {
    const el = await render(newKey('warning'));
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    await sendKeys({ type: 'Spoilers' });
    await el.updateComplete;
    expect(el.draft.warning).to.equal('Spoilers');
    toggle(el).focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'textarea'));
    expect(el.draft.warning).to.equal('');
  });

  it('shows the warning of a restored draft on its first render, counted', async () => {
    const key = newKey('warning');
    localStorage.setItem(
      `social-composer:${key}`,
      JSON.stringify({ text: 'Hallo', warning: 'Wetter', audience: 'public', media: [] }),
    );
    const el = await renderMastodon(key);
    expect(field(el)!.value).to.equal('Wetter');
    expect(words(part(el, 'counter'))).to.equal(String(500 - 'Hallo'.length - 'Wetter'.length));
    await expect(el).to.be.accessible();
  });
});
