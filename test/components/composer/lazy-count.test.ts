/**
 * The counting rules of `<social-composer>` (`compose/count.ts`), loaded on demand: a restored
 * draft is counted right on its first render, and typing is counted by the network's rules. A
 * page of its own where the rules load normally (their failure is in lazy-count-failure.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import * as support from './lazy-support.js';
import { newKey, part, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') => support.gate('count', command);
const link = 'https://example.com/a/really/long/link/that/counts/as/23';

async function render(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <social-composer format="mastodon" draft-key=${key}></social-composer>
  </div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

describe('<social-composer> counting rules, loaded on demand', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('counts a restored draft by the network’s rules on its first render', async () => {
    const key = newKey('count');
    localStorage.setItem(
      `social-composer:${key}`,
      JSON.stringify({ text: `see ${link}`, warning: '', audience: 'public', media: [] }),
    );
    const el = await render(key);
    expect(words(part(el, 'counter'))).to.equal(String(500 - 4 - 23));
    expect(el.shadowRoot!.querySelector('#length')!.textContent).to.equal(
      `${500 - 4 - 23} characters left`,
    );
  });

  it('counts what is typed from the keyboard', async () => {
    const el = await render(newKey('count'));
    (part(el, 'textarea') as HTMLTextAreaElement).focus();
    await sendKeys({ type: '👍🏽 ok' });
    await el.updateComplete;
    expect(words(part(el, 'counter'))).to.equal(String(500 - 4));
  });
});
