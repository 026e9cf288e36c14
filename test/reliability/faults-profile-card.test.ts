import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/social-profile-card.js';
import type { SocialProfileCard } from '../../src/components/profile-card/profile-card.js';
import { profileCardStrings } from '../../src/i18n/tables/profile-card.js';
import {
  TIMEOUT,
  timeoutFor,
  faultUrl,
  firstOutcome,
  textOf,
  type FaultDriver,
  type Mode,
  describeFaults,
} from './faults.js';

// Every fault of test/faults/server-plugin.mjs against <social-profile-card>, pointed at a
// Mastodon account through `src`, and at a handle whose WebFinger answer is the faulty one.

const notFound = profileCardStrings('en').notFound;

function card(
  column: string,
  configure: (el: SocialProfileCard, mode: Mode, key: string) => void,
): FaultDriver {
  return {
    column,
    notFound,
    expected: { '404': { outcome: 'error', reason: 'not-found' } },
    async mount(mode, key, lang) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('social-profile-card');
      el.timeout = timeoutFor(mode);
      configure(el, mode, key);
      const outcome = firstOutcome(el);
      wrapper.append(el);
      return { el, outcome };
    },
    next: (el) => firstOutcome(el),
    errorBlock: (el) => el.shadowRoot!.querySelector('[part~="error"]'),
    retryButton: (el) =>
      el.shadowRoot!.querySelector<HTMLElement>('[part~="error"] [part~="retry"]'),
    content: (el) => textOf(el.shadowRoot!.querySelector('[part~="name"]')),
  };
}

const bySrc = card('social-profile-card src', (el, mode, key) => {
  el.src = faultUrl('account', mode, key);
});

const byHandle = card('social-profile-card handle', (el, mode, key) => {
  el.handle = '@alice@faults.example';
  el.webfingerUrl = () => faultUrl('webfinger', mode, key);
});
// The name comes from the actor, not from the (broken) WebFinger answer.
byHandle.showsFaultyText = false;

for (const driver of [bySrc, byHandle]) describeFaults(driver);

describe('faults: <social-profile-card> error state', () => {
  it('is accessible', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-profile-card');
    el.timeout = TIMEOUT;
    el.src = faultUrl('account', 'huge', `card-a11y-${Date.now()}`);
    const outcome = firstOutcome(el);
    wrapper.append(el);
    expect((await outcome).type).to.equal('error');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
