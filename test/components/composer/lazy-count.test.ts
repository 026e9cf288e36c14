/**
 * The counting rules of `<social-composer>` (`compose/count.ts`), loaded on demand: a restored
 * draft is counted right on its first render, and typing is counted by the network's rules. A
 * page of its own where the rules load normally (their failure is in lazy-count-failure.test.ts).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LONG_LINK, newKey, part, renderMastodon, words } from './lazy-support.js';

const link = LONG_LINK;

describe('<social-composer> counting rules, loaded on demand', () => {
  afterEach(() => localStorage.clear());

  it('counts a restored draft by the network’s rules on its first render', async () => {
    const key = newKey('count');
    localStorage.setItem(
      `social-composer:${key}`,
      JSON.stringify({ text: `see ${link}`, warning: '', audience: 'public', media: [] }),
    );
    const el = await renderMastodon(key);
    expect(words(part(el, 'counter'))).to.equal(String(500 - 4 - 23));
    expect(el.shadowRoot!.querySelector('#length')!.textContent).to.equal(
      `${500 - 4 - 23} characters left`,
    );
  });

  it('counts what is typed from the keyboard', async () => {
    const el = await renderMastodon(newKey('count'));
    (part(el, 'textarea') as HTMLTextAreaElement).focus();
    await sendKeys({ type: '👍🏽 ok' });
    await el.updateComplete;
    expect(words(part(el, 'counter'))).to.equal(String(500 - 4));
  });
});
