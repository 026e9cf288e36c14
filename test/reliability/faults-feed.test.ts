import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/social-feed.js';
import type { SocialErrorEvent } from '../../src/events/error.js';
import type { Post } from '../../src/model/post.js';
import {
  timeoutFor,
  faultUrl,
  firstOutcome,
  newKey,
  textOf,
  until,
  type FaultDriver,
  describeFaults,
} from './faults.js';

// Every fault of test/faults/server-plugin.mjs against one source of a <social-feed> that has
// two: the faulty one (a Mastodon statuses array, or a JSON Feed) and a healthy one beside it.

type PostElement = HTMLElement & { post: Post };

const posts = (el: HTMLElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll<PostElement>('social-post')].filter(
    (post) => post.post.source?.label === label,
  );

const fromFaulty = (event: Event) => (event as SocialErrorEvent).source?.label === 'Faulty';

function feed(faulty: 'mastodon' | 'jsonfeed', healthy: 'mastodon' | 'jsonfeed'): FaultDriver {
  return {
    column: `social-feed (${faulty === 'mastodon' ? 'Mastodon' : 'JSON Feed'} source)`,
    async mount(mode, key, lang) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('social-feed');
      el.timeout = timeoutFor(mode);
      el.label = 'Everyone';
      for (const [label, src] of [
        ['Faulty', faultUrl(faulty, mode, key)],
        ['Healthy', faultUrl(healthy, 'ok', newKey('healthy'))],
      ] as const) {
        const source = document.createElement('social-source');
        source.label = label;
        source.src = src;
        el.append(source);
      }
      const outcome = firstOutcome(el, fromFaulty);
      wrapper.append(el);
      return { el, outcome };
    },
    next: (el) => firstOutcome(el, fromFaulty),
    errorBlock: (el) => el.shadowRoot!.querySelector('[part~="error"]'),
    retryButton: (el) =>
      el.shadowRoot!.querySelector<HTMLElement>('[part~="error"] [part~="retry"]'),
    content: (el) =>
      posts(el, 'Faulty')
        .map((post) => textOf(post.shadowRoot?.querySelector('[part~="body"]')))
        .join(' '),
    othersShown: (el) => posts(el, 'Healthy').length > 0,
  };
}

for (const driver of [feed('mastodon', 'jsonfeed'), feed('jsonfeed', 'mastodon')])
  describeFaults(driver);

describe('faults: <social-feed> error state', () => {
  it('is accessible, with the healthy source shown', async () => {
    const driver = feed('mastodon', 'jsonfeed');
    const { el, outcome } = await driver.mount('huge', newKey('feed-a11y'), 'en');
    expect((await outcome).type).to.equal('error');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => driver.othersShown!(el), 'the healthy source');
    await expect(el).to.be.accessible();
  });
});
