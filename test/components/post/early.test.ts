import { expect, waitUntil } from '@open-wc/testing';
import type { SocialPost } from '../../../src/components/post/post.js';
import type { LoadFetch } from '../../../src/net/load.js';
import { recording } from '../../helpers.js';
import '../../../src/define/social-post.js';

// Its own file, so its page starts without the embed's code (`standalone-code.ts`): what a
// visitor's first `<social-post src>` on a page meets. The document is a Mastodon timeline
// (test/components/feed/server-plugin.mjs), whose first post the element shows.

const MASTODON = '/test-feed/api/v1/accounts/1/statuses';
let keys = 0;
const key = () => `post-early-${Date.now()}-${++keys}`;

async function log(id: string): Promise<{ url: string }[]> {
  return (await fetch(`/test-feed/log?key=${id}`)).json();
}

function postOf(id: string, fetchImpl?: LoadFetch, delay = 0): SocialPost {
  const post = document.createElement('social-post') as SocialPost;
  if (fetchImpl) post.fetch = fetchImpl;
  post.setAttribute('format', 'mastodon');
  post.setAttribute('src', `${MASTODON}?key=${id}${delay ? `&delay=${delay}` : ''}`);
  return post;
}

const shows = (post: SocialPost) => post.shadowRoot?.querySelector('[part~="body"]') != null;

describe('<social-post src> first request', () => {
  const plain = { id: key(), requests: recording(), atConnect: 0, afterTask: 0 };
  const proxied = { id: key(), requests: recording() };
  const leaving = { id: key(), requests: recording(), afterTask: 0, abortedOnRemove: false };
  const gone = { id: key(), requests: recording() };
  let plainPost: SocialPost;
  let proxiedPost: SocialPost;

  before(async () => {
    // Nothing awaited before the task ends: the embed's code is not here yet.
    plainPost = postOf(plain.id, plain.requests.fetch);
    document.body.append(plainPost);
    plain.atConnect = plain.requests.urls.length;

    // A page's script that runs right after adding the element sets its proxy.
    proxiedPost = postOf(proxied.id);
    document.body.append(proxiedPost);
    proxiedPost.fetch = proxied.requests.fetch;

    const leavingPost = postOf(leaving.id, leaving.requests.fetch, 2000);
    document.body.append(leavingPost);

    const gonePost = postOf(gone.id, gone.requests.fetch);
    document.body.append(gonePost);
    gonePost.remove();

    await new Promise((resolve) => setTimeout(resolve));
    plain.afterTask = plain.requests.urls.length;
    leaving.afterTask = leaving.requests.urls.length;
    leavingPost.remove();
    leaving.abortedOnRemove = leaving.requests.signals[0]?.aborted ?? false;
  });

  after(() => document.querySelectorAll('social-post').forEach((post) => post.remove()));

  it('sends its request one task after it connects, before its code is in, and shows that answer', async () => {
    expect(plain.atConnect).to.equal(0);
    expect(plain.afterTask).to.equal(1);
    await waitUntil(() => shows(plainPost), 'the post did not show', { timeout: 8000 });
    expect(plainPost.shadowRoot!.querySelector('[part~="body"]')!.textContent!.trim()).to.not.equal(
      '',
    );
    expect(plain.requests.urls).to.have.length(1);
    expect(await log(plain.id)).to.have.length(1);
  });

  it('asks for its code only once its request went out', () => {
    // A page's own server takes six requests at a time: behind the modules, the data would wait.
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const first = entries.find((entry) => entry.name.includes(`key=${plain.id}`));
    const code = entries.find((entry) =>
      entry.name.includes('/src/components/post/standalone-code.ts'),
    );
    expect(first, 'the request').to.not.equal(undefined);
    expect(code, 'the code').to.not.equal(undefined);
    expect(code!.startTime).to.be.at.least(first!.startTime);
  });

  it('sends its request through the `fetch` a page sets right after adding it', async () => {
    await waitUntil(() => shows(proxiedPost), 'the post did not show', { timeout: 8000 });
    expect(proxied.requests.urls).to.have.length(1);
    // Every request the server saw went through the page's fetch: none went out around it.
    expect(await log(proxied.id)).to.have.length(1);
  });

  it('aborts the request when the post leaves the page before reading it', () => {
    expect(leaving.afterTask).to.equal(1);
    expect(leaving.abortedOnRemove).to.equal(true);
  });

  it('sends nothing for a post that left the page in the task it came', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(gone.requests.urls).to.have.length(0);
    expect(await log(gone.id)).to.have.length(0);
  });

  it('sends one request when its code is in already', async () => {
    const id = key();
    const requests = recording();
    const post = postOf(id, requests.fetch);
    document.body.append(post);
    await waitUntil(() => shows(post), 'the post did not show', { timeout: 8000 });
    expect(requests.urls).to.have.length(1);
    expect(await log(id)).to.have.length(1);
  });
});
