import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/social-post.js';
import {
  TIMEOUT,
  timeoutFor,
  faultUrl,
  firstOutcome,
  textOf,
  type FaultDriver,
  describeFaults,
} from './faults.js';

// Every fault of test/faults/server-plugin.mjs against a standalone <social-post src>.

const post: FaultDriver = {
  column: 'social-post src',
  async mount(mode, key, lang) {
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
    const el = document.createElement('social-post');
    el.timeout = timeoutFor(mode);
    el.src = faultUrl('status', mode, key);
    el.append(
      Object.assign(document.createElement('a'), {
        href: '#original',
        textContent: 'See the original',
      }),
    );
    const outcome = firstOutcome(el);
    wrapper.append(el);
    return { el, outcome };
  },
  next: (el) => firstOutcome(el),
  errorBlock: (el) => el.shadowRoot!.querySelector('[part~="error"]'),
  retryButton: (el) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"] [part~="retry"]'),
  content: (el) => textOf(el.shadowRoot!.querySelector('[part~="body"]')),
};

describeFaults(post);

describe('faults: <social-post> error state', () => {
  it('keeps the fallback link next to the error, and the error state is accessible', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-post');
    el.timeout = TIMEOUT;
    el.src = faultUrl('status', '500', `post-a11y-${Date.now()}`);
    el.append(
      Object.assign(document.createElement('a'), {
        href: '#original',
        textContent: 'See the original',
      }),
    );
    const outcome = firstOutcome(el);
    wrapper.append(el);
    expect((await outcome).type).to.equal('error');
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part~="error"] slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
      'See the original',
    ]);
    await expect(el).to.be.accessible();
  });
});
