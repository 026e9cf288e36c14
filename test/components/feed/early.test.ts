import { expect, waitUntil } from '@open-wc/testing';
import type { SocialFeed } from '../../../src/components/feed/feed.js';
import type { SocialSource } from '../../../src/components/feed/source.js';
import type { LoadFetch } from '../../../src/net/load.js';
import { recording } from '../../helpers.js';
import '../../../src/define/social-feed.js';
import '../../../src/define/social-source.js';

// Its own file, so its page starts without the feed's reading code: what a visitor's first feed
// on a page meets. Only feeds that connect before that code is in send early, so the `before`
// hook connects them all at once. The endpoints are test/components/feed/server-plugin.mjs's.

const MASTODON = '/test-feed/api/v1/accounts/1/statuses';
let keys = 0;
const key = () => `early-${Date.now()}-${++keys}`;

async function log(id: string): Promise<{ url: string; headers: Record<string, string> }[]> {
  return (await fetch(`/test-feed/log?key=${id}`)).json();
}

/** Requests for a source's first page (later pages name where they start). */
const firstPages = (urls: string[]) => urls.filter((url) => !url.includes('max_id='));

const shown = (el: SocialFeed) => el.shadowRoot?.querySelectorAll('social-post').length ?? 0;

function feedOf(src: string, fetchImpl?: LoadFetch): SocialFeed {
  const feed = document.createElement('social-feed') as SocialFeed;
  if (fetchImpl) feed.fetch = fetchImpl;
  if (src) feed.setAttribute('src', src);
  return feed;
}

describe('<social-feed> first request', () => {
  const plain = { id: key(), requests: recording(), atConnect: 0, afterTask: 0 };
  const leaving = { id: key(), requests: recording(), afterTask: 0, abortedOnRemove: false };
  const gone = { id: key(), requests: recording(), afterTask: 0 };
  const late = { id: key() };
  const proxied = { id: key(), requests: recording() };
  const beforeRender = { id: key(), rendered: undefined as boolean | undefined };
  let plainFeed: SocialFeed;
  let beforeRenderFeed: SocialFeed;
  let lateFeed: SocialFeed;
  let proxiedFeed: SocialFeed;

  before(async () => {
    // Nothing awaited before the task ends: neither the reading code nor the reader is here.
    plainFeed = feedOf(`${MASTODON}?key=${plain.id}`, plain.requests.fetch);
    document.body.append(plainFeed);
    plain.atConnect = plain.requests.urls.length;

    const leavingFeed = feedOf(`${MASTODON}?key=${leaving.id}&delay=2000`, leaving.requests.fetch);
    document.body.append(leavingFeed);

    const goneFeed = feedOf(`${MASTODON}?key=${gone.id}`, gone.requests.fetch);
    document.body.append(goneFeed);
    goneFeed.remove();

    lateFeed = feedOf('');
    const source = document.createElement('social-source') as SocialSource;
    source.setAttribute('src', `${MASTODON}?key=${late.id}`);
    lateFeed.append(source);
    document.body.append(lateFeed);

    // A page's script that runs right after the elements are defined sets its proxy.
    proxiedFeed = feedOf(`${MASTODON}?key=${proxied.id}`);
    document.body.append(proxiedFeed);
    proxiedFeed.fetch = proxied.requests.fetch;

    // Whether the feed had rendered (its loading skeleton) when its first request went out.
    beforeRenderFeed = feedOf(`${MASTODON}?key=${beforeRender.id}`, (url, init) => {
      beforeRender.rendered ??= beforeRenderFeed.hasUpdated;
      return fetch(url, init);
    });
    document.body.append(beforeRenderFeed);

    await new Promise((resolve) => setTimeout(resolve));
    plain.afterTask = plain.requests.urls.length;
    leaving.afterTask = leaving.requests.urls.length;
    gone.afterTask = gone.requests.urls.length;
    leavingFeed.remove();
    leaving.abortedOnRemove = leaving.requests.signals[0]?.aborted ?? false;
    // Set after the first request went out, as a page that fetches its token first would.
    source.headers = { authorization: 'Bearer late' };
  });

  after(() => document.querySelectorAll('social-feed').forEach((feed) => feed.remove()));

  it('sends it before the feed’s first render, which follows at once', async () => {
    expect(beforeRender.rendered, 'rendered before the request').to.equal(false);
    await beforeRenderFeed.updateComplete;
    expect(beforeRenderFeed.hasUpdated).to.equal(true);
    await waitUntil(() => shown(beforeRenderFeed) > 0, 'the posts of that request show');
  });

  it('sends a source’s first page one task after it connects, before its reading code is in, and reads that one', async () => {
    expect(plain.atConnect).to.equal(0);
    expect(plain.afterTask).to.equal(1);
    expect(plain.requests.urls[0]).to.include(`key=${plain.id}`);
    await waitUntil(() => shown(plainFeed) > 0, 'no posts showed', { timeout: 8000 });
    expect(firstPages(plain.requests.urls)).to.have.length(1);
    expect(firstPages((await log(plain.id)).map((request) => request.url))).to.have.length(1);
  });

  it('asks for its reading code, its view and the post code only once its first request went out', () => {
    // A page's own server takes six requests at a time: behind the modules, the data would wait.
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const first = entries.find((entry) => entry.name.includes(`key=${plain.id}`));
    const code = entries.filter((entry) =>
      /\/src\/components\/(feed\/(code|read|view)|post\/post)\.ts/.test(entry.name),
    );
    expect(first, 'the first request').to.not.equal(undefined);
    expect(code.map((entry) => new URL(entry.name).pathname)).to.have.members([
      '/src/components/feed/code.ts',
      '/src/components/feed/read.ts',
      '/src/components/feed/view.ts',
      '/src/components/post/post.ts',
    ]);
    for (const entry of code) expect(entry.startTime, entry.name).to.be.at.least(first!.startTime);
  });

  it('aborts the early request when the feed leaves the page before reading it', () => {
    expect(leaving.afterTask).to.equal(1);
    expect(leaving.abortedOnRemove).to.equal(true);
  });

  it('sends nothing for a feed that left the page in the task it came', async () => {
    expect(gone.afterTask).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gone.requests.urls).to.have.length(0);
    expect(await log(gone.id)).to.have.length(0);
  });

  it('sends the first page through the `fetch` a page sets right after the feed connects', async () => {
    await waitUntil(() => shown(proxiedFeed) > 0, 'no posts showed', { timeout: 8000 });
    expect(firstPages(proxied.requests.urls)).to.have.length(1);
    // Every request the server saw went through the page's fetch: none went out around it.
    expect(firstPages((await log(proxied.id)).map((request) => request.url))).to.have.length(1);
  });

  it('reads with the headers a source has when it reads, not those it had when it connected', async () => {
    await waitUntil(() => shown(lateFeed) > 0, 'no posts showed', { timeout: 8000 });
    const pages = (await log(late.id)).filter((request) => !request.url.includes('max_id='));
    expect(pages.at(-1)!.headers.authorization).to.equal('Bearer late');
  });

  it('sends nothing early once the reading code is in: the read sends it', async () => {
    await waitUntil(() => shown(plainFeed) > 0, 'no posts showed', { timeout: 8000 });
    const id = key();
    const requests = recording();
    const feed = feedOf(`${MASTODON}?key=${id}`, requests.fetch);
    document.body.append(feed);
    await waitUntil(() => shown(feed) > 0, 'no posts showed', { timeout: 8000 });
    // One request, the read's own: an early one beside it would be a second.
    expect(firstPages(requests.urls)).to.have.length(1);
    expect(firstPages((await log(id)).map((request) => request.url))).to.have.length(1);
  });
});
