// Its own file, so its page starts without the code a feed loads on demand (<social-post>, the
// windowing code): the first tests see that code arrive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialFeed } from '../../../src/components/feed/feed.js';
import '../../../src/define/social-feed.js';
import type { Post } from '../../../src/model/post.js';
import { manyPosts, nextEvent, samplePosts } from '../../helpers.js';

type PostElement = HTMLElement & { post: Post };

let keys = 0;
/** A fresh key per source, so the test server's per-key logs start empty. */
const key = () => `windowing-${Date.now()}-${++keys}`;

const feedOf = (el: SocialFeed) => el.shadowRoot!.querySelector<HTMLElement>('[part~="feed"]')!;
const shown = (el: SocialFeed) => [
  ...el.shadowRoot!.querySelectorAll<PostElement>('[part~="feed"] > social-post'),
];
const focused = (el: SocialFeed) => el.shadowRoot!.activeElement as PostElement | null;
/** The virtualizer contains the element it windows (and a plain list is not contained). */
const windowed = (el: SocialFeed) => feedOf(el).style.contain !== '';
const requested = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

function waitFor(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

/**
 * Checks on every animation frame, until `stop()`, the feed pattern's promise to assistive
 * technology: a feed that says it is not busy holds at least one article.
 */
function watchFeedFrames(el: SocialFeed): { stop(): Promise<string[]> } {
  const problems: string[] = [];
  let frames = 0;
  let running = true;
  const done = new Promise<void>((resolve) => {
    const check = () => {
      frames++;
      const feed = el.shadowRoot?.querySelector('[part~="feed"]');
      if (
        feed?.getAttribute('role') === 'feed' &&
        feed.getAttribute('aria-busy') !== 'true' &&
        !feed.querySelector(':scope > [role="article"]')
      ) {
        problems.push(`frame ${frames}: a ready feed without articles`);
      }
      if (running) requestAnimationFrame(check);
      else resolve();
    };
    requestAnimationFrame(check);
  });
  return {
    async stop() {
      running = false;
      await done;
      return problems;
    },
  };
}

describe('<social-feed> code on demand', function () {
  this.timeout(20000);
  let samples: Post[];

  before(async () => {
    // Room for every module this page loads, so the resource entries checked below are kept.
    performance.setResourceTimingBufferSize(5000);
    samples = await samplePosts();
  });
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  describe('the post element', () => {
    it('registers <social-post> when a feed connects, and never shows a post before it is defined', async () => {
      expect(customElements.get('social-post')).to.equal(undefined);
      const el = await fixture<SocialFeed>(html`<social-feed .posts=${samples}></social-feed>`);
      // The render that put posts in the feed waited for their code.
      expect(shown(el)).to.have.length(samples.length);
      expect(shown(el).every((post) => post.matches(':defined'))).to.equal(true);
      const { SocialPost } = await import('../../../src/components/post/post.js');
      expect(customElements.get('social-post')).to.equal(SocialPost);
      // A page that imports the post element as well registers nothing twice.
      await import('../../../src/define/social-post.js');
      expect(customElements.get('social-post')).to.equal(SocialPost);
      await expect(el).to.be.accessible();
    });

    it('has its posts rendered and upgraded when it announces a loaded page', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed src=${`/test-feed/jsonfeed?size=3&key=${key()}`}></social-feed>`,
      );
      await nextEvent(el, 'social-load');
      expect(shown(el)).to.have.length(3);
      expect(shown(el).every((post) => post.matches(':defined'))).to.equal(true);
      expect(shown(el)[0]!.post.text).to.equal('Blog note 1');
    });
  });

  describe('windowing', () => {
    it('loads the windowing code only once a feed grows long, and shows the list plainly until then', async () => {
      const short = await fixture<SocialFeed>(
        html`<social-feed .posts=${manyPosts(samples, 30)}></social-feed>`,
      );
      expect(shown(short)).to.have.length(30);
      expect(requested('@lit-labs/virtualizer/virtualize.js')).to.equal(false);

      // Past the threshold, the posts show at once while the code comes in, then get windowed.
      const el = await fixture<SocialFeed>(
        html`<social-feed .posts=${manyPosts(samples, 70)}></social-feed>`,
      );
      expect(windowed(el)).to.equal(false);
      expect(shown(el)).to.have.length(70);
      expect(shown(el)[69]!.getAttribute('aria-posinset')).to.equal('70');
      const reading = shown(el)[5]!;
      reading.focus();
      await waitFor(() => windowed(el) && shown(el).length > 0, 'the list was not windowed');
      // The virtualizer made new elements: focus is on the same post again.
      await waitFor(() => focused(el)?.post === reading.post, 'focus left the post');
      expect(focused(el)).to.not.equal(reading);
      expect(focused(el)!.getAttribute('aria-posinset')).to.equal('6');
      expect(requested('@lit-labs/virtualizer/virtualize.js')).to.equal(true);
      expect(shown(el).length).to.be.below(70);
      expect(shown(el)[0]!.getAttribute('aria-setsize')).to.equal('70');
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the same post when loading more makes the list windowed', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Blog" limit="30"
          ><social-source src=${`/test-feed/jsonfeed?count=90&size=30&key=${key()}`}></social-source
        ></social-feed>`,
      );
      await waitFor(() => shown(el).length === 30, 'the first page did not show');
      expect(windowed(el)).to.equal(false);
      const reading = shown(el)[19]!;
      const post = reading.post;
      reading.focus();

      await el.loadMore();
      await waitFor(() => windowed(el) && focused(el)?.post === post, 'focus left the post');
      expect(focused(el)!.getAttribute('aria-posinset')).to.equal('20');
      expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
      expect(focused(el)!.getAttribute('aria-setsize')).to.equal('-1');
      const tabbable = shown(el).filter((element) => element.getAttribute('tabindex') === '0');
      expect(tabbable).to.deep.equal([focused(el)]);
      shown(el).forEach((element) => {
        expect(element.getAttribute('aria-posinset')).to.equal(
          String(Number(element.dataset.index) + 1),
        );
      });

      // Page Down goes on from there, in order.
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '21', 'Page Down');
      expect(focused(el)!.post.text).to.equal('Blog note 21');
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'PageUp' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '19', 'Page Up');
      expect(focused(el)!.post.text).to.equal('Blog note 19');
    });

    it('moves to the next post when Page Down on the last one loads a page that windows the list', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Blog" limit="30"
          ><social-source src=${`/test-feed/jsonfeed?count=90&size=30&key=${key()}`}></social-source
        ></social-feed>`,
      );
      await waitFor(() => shown(el).length === 30, 'the first page did not show');
      shown(el)[29]!.focus();
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '31', 'Page Down');
      expect(windowed(el)).to.equal(true);
      expect(focused(el)!.post.text).to.equal('Blog note 31');
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '32', 'Page Down');
    });
  });

  describe('back to a plain list', () => {
    it('ends where its posts end once it is short again', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed .posts=${manyPosts(samples, 300)}></social-feed>`,
      );
      await waitFor(() => windowed(el) && shown(el).length > 0, 'the list was not windowed');
      el.posts = manyPosts(samples, 10);
      await el.updateComplete;
      expect(windowed(el)).to.equal(false);
      expect(shown(el)).to.have.length(10);
      // No size left over from the windowed list: what follows the feed comes right after it.
      const feed = feedOf(el).getBoundingClientRect();
      const last = shown(el)[9]!.getBoundingClientRect();
      expect(feed.bottom - last.bottom).to.be.below(50);
    });
  });

  describe('a feed that is ready holds articles', () => {
    it('on every frame while a long list is handed to the virtualizer', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed label="Many"></social-feed>`);
      const frames = watchFeedFrames(el);
      el.posts = manyPosts(samples, 500);
      await waitFor(() => shown(el).length > 0 && feedOf(el).getAttribute('aria-busy') === 'false');
      // A few frames more, while the virtualizer measures and settles.
      for (let frame = 0; frame < 10; frame++) await new Promise(requestAnimationFrame);
      expect(await frames.stop()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('on every frame while pages load and the list switches to windowing', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Blog" limit="25"
          ><social-source src=${`/test-feed/jsonfeed?count=100&size=25&key=${key()}`}></social-source
        ></social-feed>`,
      );
      const frames = watchFeedFrames(el);
      await waitFor(() => shown(el).length === 25, 'the first page did not show');
      await el.loadMore();
      await el.loadMore();
      await waitFor(() => windowed(el) && feedOf(el).getAttribute('aria-busy') === 'false');
      for (let frame = 0; frame < 10; frame++) await new Promise(requestAnimationFrame);
      expect(await frames.stop()).to.deep.equal([]);
      expect(shown(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
      await expect(el).to.be.accessible();
    });
  });
});
