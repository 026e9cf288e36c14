import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialFeed } from '../../../src/components/feed/feed.js';
import '../../../src/define/social-feed.js';
import type { SocialLoadEvent } from '../../../src/events/load.js';
import type { Post } from '../../../src/model/post.js';
import { manyPosts, nextEvent, samplePosts } from '../../helpers.js';

type ShownPost = HTMLElement & { post: Post; updateComplete: Promise<boolean> };

const feedOf = (el: SocialFeed) => el.shadowRoot!.querySelector<HTMLElement>('[part~="feed"]')!;
const shown = (el: SocialFeed) => [
  ...feedOf(el).querySelectorAll<ShownPost>(':scope > social-post'),
];

/** Resolves with the posts of the first commit that puts any in the feed's list. */
function firstPostsCommitted(el: SocialFeed): Promise<ShownPost[]> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const posts = shown(el);
      if (posts.length === 0) return;
      observer.disconnect();
      resolve(posts);
    });
    observer.observe(feedOf(el), { childList: true });
  });
}

const tops = (posts: HTMLElement[]) => posts.map((post) => post.getBoundingClientRect().top);

describe('<social-feed> first screen', function () {
  this.timeout(20000);
  let samples: Post[];

  before(async () => {
    samples = await samplePosts();
  });

  it('paints the first screen of posts first, then adds the rest below them without moving them', async () => {
    const el = await fixture<SocialFeed>(html`<social-feed label="Friends"></social-feed>`);
    const posts = manyPosts(samples, 30, { ownWords: true });
    const committed = firstPostsCommitted(el);
    el.posts = posts;
    const first = await committed;
    // Enough to fill the window, far fewer than all: the rest waits for the next frame.
    expect(first.length).to.be.within(3, 29);
    first.forEach((post, index) => {
      expect(post.post).to.equal(posts[index]);
      expect(post.getAttribute('aria-posinset')).to.equal(String(index + 1));
      // The total is the whole list's from the start.
      expect(post.getAttribute('aria-setsize')).to.equal('30');
    });
    await Promise.all(first.map((post) => post.updateComplete));
    // They reach past the bottom of the window: what comes next lands out of view.
    const feedTop = feedOf(el).getBoundingClientRect().top;
    expect(first.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(
      Math.min(window.innerHeight, feedTop + window.innerHeight),
    );
    const before = tops(first);

    // `updateComplete` waits for the rest.
    await el.updateComplete;
    const all = shown(el);
    expect(all.map((post) => post.post)).to.deep.equal(posts);
    all.forEach((post, index) => {
      expect(post.getAttribute('aria-posinset')).to.equal(String(index + 1));
      expect(post.getAttribute('aria-setsize')).to.equal('30');
    });
    // The same elements, where they were.
    expect(all.slice(0, first.length)).to.deep.equal(first);
    await Promise.all(all.map((post) => post.updateComplete));
    expect(tops(first)).to.deep.equal(before);
    await expect(el).to.be.accessible();

    // Page Down walks on from the first screen into the rest.
    const last = first.at(-1)!;
    last.focus();
    await sendKeys({ press: 'PageDown' });
    const next = el.shadowRoot!.activeElement;
    expect(next?.getAttribute('aria-posinset')).to.equal(String(first.length + 1));
  });

  it('has every post of a page in the feed when it fires social-load', async () => {
    const el = await fixture<SocialFeed>(
      html`<social-feed
        limit="30"
        src=${`/test-feed/jsonfeed?size=30&count=30&key=first-screen-${Date.now()}`}
      ></social-feed>`,
    );
    const loaded = await nextEvent(el, 'social-load');
    expect((loaded as SocialLoadEvent).count).to.equal(30);
    const posts = shown(el);
    expect(posts).to.have.length(30);
    expect(posts.at(-1)!.getAttribute('aria-posinset')).to.equal('30');
  });

  it('asks an infinite feed for its next page only once all of the first page is in', async () => {
    const id = `first-screen-infinite-${Date.now()}`;
    // Posts so tight that the first screen's estimate leaves the window unfilled: the end of the
    // feed would come into view before the rest of the page is in.
    const el = await fixture<SocialFeed>(
      html`<social-feed
        infinite
        style="--social-post-padding: 0; --social-post-avatar-size: 1rem"
        src=${`/test-feed/jsonfeed?size=20&count=60&key=${id}`}
      ></social-feed>`,
    );
    await nextEvent(el, 'social-load');
    expect(shown(el)).to.have.length(20);
    // The twenty posts reach far below the window: nothing asks for more.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const requests = (await (await fetch(`/test-feed/log?key=${id}`)).json()) as unknown[];
    expect(requests).to.have.length(1);
    expect(shown(el)).to.have.length(20);
  });

  it('renders a short list whole in its first frame', async () => {
    const el = await fixture<SocialFeed>(html`<social-feed label="Friends"></social-feed>`);
    const committed = firstPostsCommitted(el);
    el.posts = manyPosts(samples, 3, { ownWords: true });
    expect(await committed).to.have.length(3);
  });
});
