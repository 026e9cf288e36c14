/**
 * The feed's view (its post list and what shows once posts are in) is a part loaded beside the
 * data; failed (offline), the feed says so with a Retry that loads it again. This file runs in a
 * page of its own, so the part is first loaded here, through the test server's gate (the held
 * part is view-held.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SocialFeed } from '../../../src/components/feed/feed.js';
import '../../../src/define/social-feed.js';
import type { Post } from '../../../src/model/post.js';
import { samplePosts } from '../../helpers.js';
import { gate, moment, part, shown } from './view-support.js';

const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('social-feed: its view loads as a part', () => {
  afterEach(() => gate('open'));

  it('offline, says the posts could not load, without a skeleton, and Retry shows them', async () => {
    await gate('fail');
    const posts: Post[] = await samplePosts();
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <social-feed label="Friends" .posts=${posts}></social-feed>
    </div>`);
    const el = wrapper.querySelector<SocialFeed>('social-feed')!;
    await waitUntil(() => part(el, 'retry'), 'no error state', { timeout: 5000 });

    expect(words(part(el, 'error'))).to.contain('Could not load Friends.');
    expect(part(el, 'skeleton')).to.equal(null);
    expect(shown(el)).to.have.length(0);
    // No empty list that claims to be a feed, and no "No posts yet".
    expect(part(el, 'feed')!.hasAttribute('role')).to.equal(false);
    expect(part(el, 'empty')).to.equal(null);
    await expect(el).to.be.accessible();

    // Still offline: Retry asks again (Firefox does not ask again for a module that failed on
    // this page) and the message stays.
    const firefox = navigator.userAgent.includes('Firefox');
    const before = await gate('state');
    part(el, 'retry')!.focus();
    part(el, 'retry')!.click();
    if (!firefox) {
      await waitUntil(async () => (await gate('state')) > before, 'Retry did not ask again');
    }
    await moment();
    expect(part(el, 'retry')).to.not.equal(null);
    expect(shown(el)).to.have.length(0);

    await gate('open');
    part(el, 'retry')!.focus();
    part(el, 'retry')!.click();
    if (firefox) {
      // Firefox keeps a module that failed to load failed for the page (see README, Reliability):
      // the message and its Retry stay until a reload, never an empty list.
      await moment();
      expect(part(el, 'retry')).to.not.equal(null);
      expect(shown(el)).to.have.length(0);
      return;
    }
    await waitUntil(() => shown(el).length === posts.length, 'Retry did not show the posts', {
      timeout: 5000,
    });
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'feed')!.getAttribute('role')).to.equal('feed');
    // The button went with the message: focus moved into the feed, not to the page.
    expect(el.shadowRoot!.activeElement).to.equal(shown(el)[0]);
    await expect(el).to.be.accessible();
  });
});
