import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import { SocialFeed } from '../../../src/components/feed/feed.js';
import { SocialSource } from '../../../src/components/feed/source.js';
import '../../../src/define/social-feed.js';
import type { SocialErrorEvent } from '../../../src/events/error.js';
import type { SocialLoadEvent } from '../../../src/events/load.js';
import { parseFeed } from '../../../src/formats/index.js';
import { feedStrings } from '../../../src/i18n/tables/feed.js';
import { loadLocale } from '../../../src/i18n/strings.js';
import { LoadError } from '../../../src/net/errors.js';
import type { Post } from '../../../src/model/post.js';
import { manyPosts, nextEvent, samplePosts } from '../../helpers.js';

const MASTODON = '/test-feed/api/v1/accounts/1/statuses';
let keys = 0;
/** A fresh key per source, so the test server's per-key counters and logs start empty. */
const key = () => `feed-${Date.now()}-${++keys}`;

const part = (el: SocialFeed, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: SocialFeed, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const shown = (el: SocialFeed) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement & { post: Post }>('social-post'),
];
const focused = (el: SocialFeed) => el.shadowRoot!.activeElement as HTMLElement | null;
const times = (el: SocialFeed) => shown(el).map((post) => post.post.published.getTime());

/** `waitUntil` with room for a loaded two-core machine: events after render can lag there. */
function waitFor(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

/** Resolves once no source is loading and the feed has rendered. */
async function settled(el: SocialFeed, timeout = 8000): Promise<void> {
  // The first render waits for the page language's strings (an import for all but English).
  await el.updateComplete;
  // Loading starts once the element has read its sources, a task after it first renders.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await waitUntil(
    () => part(el, 'feed')?.getAttribute('aria-busy') !== 'true' && !part(el, 'skeleton'),
    'the feed did not settle',
    { timeout },
  );
  await el.updateComplete;
}

async function log(id: string): Promise<{ url: string }[]> {
  return (await fetch(`/test-feed/log?key=${id}`)).json();
}

async function fixtureText(path: string): Promise<string> {
  return (await fetch(`/test/fixtures/${path}`)).text();
}

/** Real posts of every kind, read from the recorded Mastodon fixtures. */
async function variedPosts(): Promise<Post[]> {
  const read = async (file: string) =>
    (await parseFeed(await fixtureText(`mastodon/${file}`), { format: 'mastodon' })).posts;
  const single = async (file: string) => {
    const body = `[${await fixtureText(`mastodon/${file}`)}]`;
    return (await parseFeed(body, { format: 'mastodon' })).posts;
  };
  const posts = [
    ...(await read('recorded.home-timeline.json')),
    ...(await single('recorded.status.media-alt-text.json')),
    ...(await single('recorded.status.reblog.json')),
    ...(await single('recorded.status.reply.json')),
  ];
  return posts.sort((a, b) => b.published.getTime() - a.published.getTime());
}

function threeSources(id: string, extra = '') {
  return html`<social-feed label="Everyone" limit="4" ${extra}>
    <social-source label="Friends" src=${`${MASTODON}?key=${id}`}></social-source>
    <social-source label="Blog" src=${`/test-feed/jsonfeed?size=2&key=${id}`}></social-source>
    <social-source label="Podcast" src=${`/test-feed/rss?key=${id}`}></social-source>
  </social-feed>`;
}

describe('<social-feed>', function () {
  this.timeout(20000);
  let samples: Post[];

  before(async () => {
    samples = await samplePosts();
  });
  // The virtualizer's benign "ResizeObserver loop" notice would otherwise fail the test it lands in.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  describe('registration', () => {
    it('defines social-feed and social-source', () => {
      expect(customElements.get('social-feed')).to.equal(SocialFeed);
      expect(customElements.get('social-source')).to.equal(SocialSource);
    });

    it('renders nothing for a <social-source>, whose headers are a property only', async () => {
      const source = await fixture<SocialSource>(
        html`<social-source src="/feed.json" label="Blog"></social-source>`,
      );
      source.headers = { authorization: 'Bearer secret' };
      await source.updateComplete;
      expect(source.getBoundingClientRect().height).to.equal(0);
      expect(source.hasAttribute('headers')).to.equal(false);
    });
  });

  describe('the feed pattern with .posts', () => {
    it('renders each post as a focusable article with its position, the total and a name', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Friends" .posts=${samples}></social-feed>`,
      );
      const feed = part(el, 'feed')!;
      expect(feed.getAttribute('role')).to.equal('feed');
      expect(feed.getAttribute('aria-busy')).to.equal('false');
      const heading = el.shadowRoot!.getElementById(feed.getAttribute('aria-labelledby')!)!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Friends');
      const posts = shown(el);
      expect(posts).to.have.length(samples.length);
      posts.forEach((post, index) => {
        expect(post.getAttribute('role')).to.equal('article');
        expect(post.getAttribute('aria-posinset')).to.equal(String(index + 1));
        expect(post.getAttribute('aria-setsize')).to.equal(String(samples.length));
        expect(post.getAttribute('tabindex')).to.equal(index === 0 ? '0' : '-1');
        expect(post.getAttribute('aria-label')).to.contain(samples[index]!.author.name!);
      });
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for its heading and a generic name without a label', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed heading-level="3" .posts=${samples}></social-feed>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(part(el, 'heading')!.textContent).to.equal('Posts');
    });

    it('passes no-hovercards down to every post', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed no-hovercards .posts=${samples}></social-feed>`,
      );
      expect(shown(el).every((post) => post.hasAttribute('no-hovercards'))).to.equal(true);
    });
  });

  describe('progressive enhancement', () => {
    it('shows light-DOM fallback content until posts render, then hides it', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed><a href="https://social.example/@me">Read my posts</a></social-feed>`,
      );
      const link = el.querySelector('a')!;
      expect(link.assignedSlot).to.not.equal(null);
      expect(link.getClientRects().length).to.be.greaterThan(0);
      el.posts = samples;
      await el.updateComplete;
      expect(link.assignedSlot).to.equal(null);
      expect(link.getClientRects().length).to.equal(0);
    });
  });

  describe('loading', () => {
    it('reserves space with skeletons and is busy while the first page loads', async () => {
      const id = key();
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Slow"
          ><social-source src=${`/test-feed/jsonfeed?delay=1500&key=${id}`}></social-source
        ></social-feed>`,
      );
      await waitFor(() => part(el, 'skeleton'), 'no skeleton');
      expect(part(el, 'feed')!.getAttribute('aria-busy')).to.equal('true');
      const skeletons = parts(el, 'skeleton');
      expect(skeletons).to.have.length(3);
      expect(skeletons[0]!.getBoundingClientRect().height).to.be.greaterThan(80);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(shown(el).length).to.be.greaterThan(0);
    });
  });

  describe('merging several sources', () => {
    it('shows one newest-first timeline and pages without ever inserting above what is shown', async () => {
      const id = key();
      const loads: SocialLoadEvent[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div>${threeSources(id)}</div>`);
      wrapper.addEventListener('social-load', (event) => loads.push(event));
      const el = wrapper.querySelector('social-feed')!;
      await settled(el);

      expect(shown(el)).to.have.length(4);
      expect(shown(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
      let previous = shown(el).map((post) => post.post);
      let pages = 0;
      while (part(el, 'load-more') && pages < 10) {
        part(el, 'load-more')!.click();
        await waitFor(() => part(el, 'load-more')?.getAttribute('aria-disabled') !== 'true');
        await settled(el);
        const now = shown(el).map((post) => post.post);
        expect(now.slice(0, previous.length)).to.deep.equal(previous);
        previous = now;
        pages++;
      }
      // 10 statuses in two pages of 5, 6 blog notes in pages of 2, 3 podcast episodes.
      expect(shown(el)).to.have.length(19);
      const order = times(el);
      expect(order).to.deep.equal([...order].sort((a, b) => b - a));
      expect(shown(el).every((post) => post.getAttribute('aria-setsize') === '19')).to.equal(true);
      const labels = new Set(shown(el).map((post) => post.post.source?.label));
      expect([...labels].sort()).to.deep.equal(['Blog', 'Friends', 'Podcast']);
      expect(new Set(loads.map((event) => event.source?.label))).to.have.keys(
        'Friends',
        'Blog',
        'Podcast',
      );
      // The page size went to the Mastodon API, which takes one.
      const requests = await log(id);
      const first = requests.find((request) => request.url.startsWith(MASTODON))!;
      expect(new URL(first.url, location.origin).searchParams.get('limit')).to.equal('4');
      await expect(el).to.be.accessible();
    });

    it('announces how many posts "Load more" added and keeps focus on the button', async () => {
      const el = await fixture<SocialFeed>(threeSources(key()));
      await settled(el);
      const button = part(el, 'load-more')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitFor(() => /more posts loaded/.test(status.textContent!));
      expect(focused(el)).to.equal(button);
      expect(status.textContent).to.equal('4 more posts loaded');
      // Page Up from the button goes to the first post it added.
      await sendKeys({ press: 'PageUp' });
      await waitFor(() => focused(el)?.localName === 'social-post');
      expect(focused(el)!.getAttribute('aria-posinset')).to.equal('5');
    });
  });

  describe('failure', () => {
    it('shows each failing source apart while the others render', async () => {
      const id = key();
      const errors: SocialErrorEvent[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div>
        <social-feed label="Everyone">
          <social-source label="Friends" src=${`${MASTODON}?key=${id}`}></social-source>
          <social-source label="Broken" src=${`/test-feed/error?code=404&key=${id}`}></social-source>
          <social-source label="Garbage" src=${`/test-feed/garbage?key=${id}`}></social-source>
        </social-feed>
      </div>`);
      wrapper.addEventListener('social-error', (event) => errors.push(event));
      const el = wrapper.querySelector('social-feed')!;
      await settled(el);
      expect(shown(el).length).to.be.greaterThan(0);
      expect(shown(el).every((post) => post.post.source?.label === 'Friends')).to.equal(true);
      const blocks = parts(el, 'error');
      expect(blocks).to.have.length(2);
      expect(blocks[0]!.textContent).to.contain('Could not load Broken.');
      expect(blocks[0]!.textContent).to.contain('The server answered with error 404.');
      expect(blocks[1]!.textContent).to.contain('Could not load Garbage.');
      expect(blocks[1]!.textContent).to.contain('The server sent something this page cannot read.');
      // The cause from the network and format layers is there for the site owner.
      expect(blocks[1]!.querySelector('[part~="error-details"]')!.textContent).to.contain(
        'Could not read the document',
      );
      const retries = blocks.map((block) =>
        block.querySelector('[part~="retry"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(retries).to.deep.equal(['Try again Broken', 'Try again Garbage']);
      await expect(el).to.be.accessible();
      await waitFor(() => errors.length === 2);
      const error = errors.find((event) => event.source?.label === 'Broken')!;
      expect(error.error).to.be.instanceOf(LoadError);
      expect((error.error as LoadError).status).to.equal(404);
    });

    it('fails a source that does not answer in time without holding the others', async () => {
      const id = key();
      const el = await fixture<SocialFeed>(html`<social-feed timeout="150">
        <social-source label="Podcast" src=${`/test-feed/rss?key=${id}`}></social-source>
        <social-source label="Slow" src=${`/test-feed/jsonfeed?delay=3000&key=${id}`}></social-source>
      </social-feed>`);
      const error = await nextEvent(el, 'social-error');
      expect((error.error as LoadError).kind).to.equal('timeout');
      await settled(el);
      expect(shown(el)).to.have.length(3);
      expect(part(el, 'error')!.textContent).to.contain('The server took too long to answer.');
    });

    it('loads a failed source again with Retry, and moves focus to its posts', async () => {
      const id = key();
      const el = await fixture<SocialFeed>(html`<social-feed>
        <social-source label="Podcast" src=${`/test-feed/rss?key=${id}`}></social-source>
        <social-source label="Blog" src=${`/test-feed/flaky?fails=1&size=2&key=${id}`}></social-source>
      </social-feed>`);
      await settled(el);
      expect(parts(el, 'error')).to.have.length(1);
      const loaded = nextEvent(el, 'social-load');
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      const event = await loaded;
      expect(event.source?.label).to.equal('Blog');
      await settled(el);
      await waitFor(() => focused(el)?.localName === 'social-post');
      expect(parts(el, 'error')).to.have.length(0);
      expect(part(el, 'new-posts')).to.equal(null);
      expect((focused(el) as HTMLElement & { post: Post }).post.source?.label).to.equal('Blog');
      const order = times(el);
      expect(order).to.deep.equal([...order].sort((a, b) => b - a));
    });

    it('shows the error state, replaceable through the error slot, when every source fails', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed label="Broken">
        <social-source label="A" src="/test-feed/garbage?kind=json"></social-source>
      </social-feed>`);
      await settled(el);
      expect(part(el, 'error')!.textContent).to.contain('Could not load A.');
      await expect(el).to.be.accessible();

      const custom = await fixture<SocialFeed>(html`<social-feed>
        <social-source src="/test-feed/garbage"></social-source>
        <p slot="error">Our feed is resting.</p>
      </social-feed>`);
      await settled(custom);
      const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="error"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Our feed is resting.');
    });
  });

  describe('empty', () => {
    it('says there are no posts, or shows the empty slot', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed src=${`${MASTODON}?max_id=117020580452511285`}></social-feed>`,
      );
      await settled(el);
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts yet.');
      expect(part(el, 'load-more')).to.equal(null);
      await expect(el).to.be.accessible();

      const custom = await fixture<SocialFeed>(
        html`<social-feed .posts=${[]}><p slot="empty">Nothing here.</p></social-feed>`,
      );
      const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Nothing here.');
    });
  });

  describe('filters', () => {
    let varied: Post[];
    before(async () => {
      const recorded = await variedPosts();
      // The recorded reply continues its author's own thread; a reply to someone else is hidden.
      const model = recorded[0]!;
      const reply: Post = {
        ...model,
        id: 'reply-to-other',
        url: 'https://social.example/@ada/reply-to-other',
        inReplyTo: { id: '1', author: { id: 'someone-else' } },
      };
      varied = [reply, ...recorded];
    });

    const cases: { filter: string; keeps: (post: Post) => boolean }[] = [
      { filter: 'media-only', keeps: (post) => (post.attachments?.length ?? 0) > 0 },
      { filter: 'no-reposts', keeps: (post) => !post.repostedBy },
      {
        filter: 'no-replies',
        keeps: (post) => !post.inReplyTo || post.inReplyTo.author?.id === post.author.id,
      },
      { filter: 'no-sensitive', keeps: (post) => !post.sensitive && !post.summary },
    ];
    for (const { filter, keeps } of cases) {
      it(`filter="${filter}" shows exactly the matching posts`, async () => {
        const el = await fixture<SocialFeed>(
          html`<social-feed filter=${filter} .posts=${varied}></social-feed>`,
        );
        const expected = varied.filter(keeps);
        expect(expected.length).to.be.greaterThan(0);
        expect(expected.length).to.be.lessThan(varied.length);
        expect(shown(el).map((post) => post.post)).to.deep.equal(expected);
        expect(shown(el)[0]!.getAttribute('aria-setsize')).to.equal(String(expected.length));
        await expect(el).to.be.accessible();
      });
    }

    it('says so when the filters hide every post', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed filter="no-sensitive media-only" .posts=${varied}></social-feed>`,
      );
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts match the filters.');
    });

    it('offers the source labels as toggles and filters by them', async () => {
      const el = await fixture<SocialFeed>(threeSources(key()));
      await settled(el);
      const toggles = parts(el, 'filter');
      expect(toggles.map((toggle) => toggle.textContent!.replace('✓', '').trim())).to.deep.equal([
        'Friends',
        'Blog',
        'Podcast',
      ]);
      expect(part(el, 'filters')!.getAttribute('role')).to.equal('group');
      expect(toggles.every((toggle) => toggle.getAttribute('aria-pressed') === 'true')).to.equal(
        true,
      );
      toggles[0]!.click();
      await el.updateComplete;
      expect(el.sources).to.deep.equal(['Blog', 'Podcast']);
      expect(el.getAttribute('sources')).to.equal('Blog, Podcast');
      expect(parts(el, 'filter')[0]!.getAttribute('aria-pressed')).to.equal('false');
      await settled(el);
      expect(shown(el).length).to.be.greaterThan(0);
      expect(shown(el).some((post) => post.post.source?.label === 'Friends')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('reads the sources attribute as a comma-separated list of labels', async () => {
      const el = await fixture<SocialFeed>(threeSources(key(), ''));
      el.setAttribute('sources', 'Podcast');
      await settled(el);
      expect(shown(el).every((post) => post.post.source?.label === 'Podcast')).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('moves between posts with Page Down / Page Up and leaves with Ctrl+End / Ctrl+Home', async () => {
      const el = await fixture<SocialFeed>(
        html`<social-feed label="Friends" .posts=${manyPosts(samples, 5)}>
          <a slot="footer" href="#after">After the feed</a>
        </social-feed>`,
      );
      shown(el)[0]!.focus();
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '2');
      expect(shown(el)[1]!.getAttribute('tabindex')).to.equal('0');
      expect(shown(el)[0]!.getAttribute('tabindex')).to.equal('-1');
      await sendKeys({ press: 'PageDown' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '3');
      await sendKeys({ press: 'PageUp' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '2');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(focused(el)).to.equal(part(el, 'end'));
      shown(el)[2]!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      expect(focused(el)).to.equal(part(el, 'heading'));
      // Tab comes back to the post the reader was on (the roving tabindex).
      expect(shown(el)[2]!.getAttribute('tabindex')).to.equal('0');
    });
  });

  describe('refresh', () => {
    it('shows "N new posts" without moving what the reader is on, then inserts them on request', async () => {
      const id = key();
      const el = await fixture<SocialFeed>(
        html`<social-feed refresh="1" src=${`${MASTODON}?key=${id}`}></social-feed>`,
      );
      await settled(el);
      expect(shown(el)).to.have.length(10);
      const reading = shown(el)[2]!;
      reading.focus();
      const first = shown(el)[0]!.post;
      const event = await nextEvent(el, 'social-new-posts');
      expect(event.count).to.equal(2);
      await el.updateComplete;
      expect(focused(el)).to.equal(reading);
      expect(reading.getAttribute('aria-posinset')).to.equal('3');
      expect(shown(el)[0]!.post).to.equal(first);
      const button = part(el, 'new-posts')!;
      expect(button.textContent!.trim()).to.contain('Show 2 new posts');
      await expect(el).to.be.accessible();
      button.click();
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '1');
      expect(shown(el)).to.have.length(12);
      expect(focused(el)!.getAttribute('aria-setsize')).to.equal('12');
      expect(part(el, 'new-posts')).to.equal(null);
      el.refresh = 0;
    });
  });

  describe('insertPost', () => {
    it('puts the post at the top at once and announces it politely', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed .posts=${samples}></social-feed>`);
      const mine: Post = {
        ...samples[0]!,
        id: 'mine',
        url: 'https://social.example/@me/1',
        text: 'Just posted',
      };
      el.insertPost(mine);
      await el.updateComplete;
      expect(shown(el)[0]!.post).to.equal(mine);
      expect(shown(el)).to.have.length(samples.length + 1);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitFor(() => status.textContent === 'New post added at the top');
    });
  });

  describe('infinite scroll', () => {
    it('loads pages as the end comes into view, with a skip link past the feed', async () => {
      const el = await fixture<SocialFeed>(threeSources(key(), ''));
      el.infinite = true;
      // Scrolling to the end of the feed brings each next page in.
      await waitUntil(
        () => {
          part(el, 'end')!.scrollIntoView();
          return shown(el).length === 19;
        },
        'did not load every page',
        { timeout: 10000, interval: 100 },
      );
      const skip = part(el, 'skip-link')!;
      expect(skip.textContent).to.equal('Skip past the feed');
      skip.click();
      expect(focused(el)).to.equal(part(el, 'end'));
      await expect(el).to.be.accessible();
    });
  });

  describe('a long feed', () => {
    it('keeps a bounded DOM with 10,000 posts while Page Down walks them in order', async () => {
      // How fast is the benchmark's business (npm run bench), not a timed assertion's.
      const posts = manyPosts(samples, 10_000);
      const el = await fixture<SocialFeed>(html`<social-feed label="Many"></social-feed>`);
      el.posts = posts;
      await el.updateComplete;
      await waitFor(() => shown(el).length > 0);
      expect(shown(el).length).to.be.at.most(60);

      shown(el)[0]!.focus();
      for (let step = 1; step <= 30; step++) {
        await sendKeys({ press: 'PageDown' });
        await waitFor(
          () => focused(el)?.getAttribute('aria-posinset') === String(step + 1),
          `Page Down ${step} did not reach post ${step + 1}`,
        );
        expect(focused(el)!.getAttribute('aria-setsize')).to.equal('10000');
        expect(shown(el).length).to.be.at.most(60);
      }
      expect((focused(el) as HTMLElement & { post: Post }).post.text).to.equal('Post number 31');
      await sendKeys({ press: 'PageUp' });
      await waitFor(() => focused(el)?.getAttribute('aria-posinset') === '30');
    });
  });

  describe('localization', () => {
    it('speaks the language of the closest [lang]', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de">${threeSources(key())}</div>`);
      const el = wrapper.querySelector('social-feed')!;
      await settled(el);
      expect(part(el, 'load-more')!.textContent!.trim()).to.equal('Weitere Beiträge laden');
      expect(part(el, 'filters')!.getAttribute('aria-label')).to.equal('Quellen');
    });

    it('has complete tables with plural forms in English, German, Japanese and Arabic', async () => {
      // Languages other than English load on first use; an element waits for them itself.
      await Promise.all(['de', 'ja', 'ar'].map((locale) => loadLocale(locale)));
      const keysOf = (locale: string) => Object.keys(feedStrings(locale)).sort();
      for (const locale of ['de', 'ja', 'ar']) expect(keysOf(locale)).to.deep.equal(keysOf('en'));
      expect(feedStrings('en').showNewPosts(1)).to.equal('Show 1 new post');
      expect(feedStrings('en').showNewPosts(3)).to.equal('Show 3 new posts');
      expect(feedStrings('de').morePostsLoaded(1)).to.equal('1 weiterer Beitrag geladen');
      expect(feedStrings('ja').newPostsAvailable(5)).to.equal('新しい投稿が5件あります');
      expect(feedStrings('ar').showNewPosts(2)).to.equal('عرض منشورَين جديدَين');
      const arabic = new Intl.NumberFormat('ar');
      expect(feedStrings('ar').showNewPosts(3)).to.equal(`عرض ${arabic.format(3)} منشورات جديدة`);
      expect(feedStrings('ar').showNewPosts(11)).to.equal(`عرض ${arabic.format(11)} منشورًا جديدًا`);
    });
  });
});
