/**
 * The feed's view (its post list and what shows once posts are in) is a part loaded beside the
 * data: held back, the loading skeleton stays until posts can show complete. This file runs in a
 * page of its own, so the part is first loaded here, through the test server's gate.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SocialFeed } from '../../../src/components/feed/feed.js';
import '../../../src/define/social-feed.js';
import type { SocialLoadEvent } from '../../../src/events/load.js';
import { gate, moment, part, shown } from './view-support.js';

const MASTODON = '/test-feed/api/v1/accounts/1/statuses';

describe('social-feed: its view loads as a part', () => {
  afterEach(() => gate('open'));

  it('held back, keeps the skeleton until the posts can show complete, then fires social-load', async () => {
    await gate('hold');
    const key = `view-${Date.now()}`;
    const loads: SocialLoadEvent[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <social-feed
        src="${MASTODON}?key=${key}"
        limit="5"
        @social-load=${(event: SocialLoadEvent) => loads.push(event)}
      ></social-feed>
    </div>`);
    const el = wrapper.querySelector<SocialFeed>('social-feed')!;
    await el.updateComplete;
    // The view was asked for with the data, as the feed connected.
    expect(await gate('state')).to.be.greaterThan(0);
    const skeletons = el.shadowRoot!.querySelectorAll('[part~="skeleton"]').length;
    expect(skeletons).to.equal(3);

    // The page arrives; without the view the feed keeps its skeleton, busy, and tells no one yet.
    await waitUntil(
      async () => ((await (await fetch(`/test-feed/log?key=${key}`)).json()) as []).length > 0,
      'the page was not requested',
    );
    await moment(600);
    expect(part(el, 'skeleton')).to.not.equal(null);
    expect(part(el, 'feed')!.getAttribute('aria-busy')).to.equal('true');
    expect(shown(el)).to.have.length(0);
    expect(loads).to.have.length(0);

    await gate('open');
    await waitUntil(() => loads.length > 0, 'no social-load', { timeout: 5000 });
    // When social-load fires, its posts are on screen.
    expect(shown(el)).to.have.length(5);
    expect(part(el, 'skeleton')).to.equal(null);
    expect(part(el, 'load-more')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
