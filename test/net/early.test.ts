import { expect } from '@open-wc/testing';
import { sendEarly } from '../../src/net/early.js';
import { DEFAULT_ACCEPT, load } from '../../src/net/load.js';
import type { LoadFetch } from '../../src/net/load.js';
import { clearLoadCache } from '../../src/net/cache.js';
import { isAbortError } from '../../src/net/errors.js';

import { newKey, requests } from './log.js';

// Every endpoint here is served by test/net/server-plugin.mjs on the test runner's own server.

/** A `fetch` that records what it was asked and passes it on. */
function recordingFetch(): { calls: { url: string; init: RequestInit }[]; fetch: LoadFetch } {
  const calls: { url: string; init: RequestInit }[] = [];
  return {
    calls,
    fetch: (url, init) => {
      calls.push({ url, init });
      return fetch(url, init);
    },
  };
}

describe('sendEarly', () => {
  beforeEach(() => clearLoadCache());

  it('sends at once the request load() would send, and load() reads it without a second one', async () => {
    const key = newKey();
    const url = `/test-net/ok?key=${key}`;
    const early = sendEarly(url, { headers: { 'x-source': 'blog' } })!;
    // On its way before anything awaited: the server sees it even if load() never runs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await requests(key);
    expect(before).to.have.length(1);
    expect(before[0]!.headers.accept).to.equal(DEFAULT_ACCEPT);
    expect(before[0]!.headers['x-source']).to.equal('blog');

    expect(early.matches(url, { 'x-source': 'blog' }, undefined)).to.equal(true);
    const result = await load(url, { headers: { 'x-source': 'blog' }, fetch: early.fetch });
    expect(JSON.parse(result.body)).to.deep.equal({ ok: true, path: `/test-net/ok?key=${key}` });
    expect(await requests(key)).to.have.length(1);
    // Taken: it answers no second load.
    expect(early.matches(url, { 'x-source': 'blog' }, undefined)).to.equal(false);
  });

  it('does not stand in for a request that changed since: other headers, URL or fetch', () => {
    const { fetch: own } = recordingFetch();
    const early = sendEarly('/test-net/ok?key=x', {
      headers: { authorization: 'Bearer a' },
      fetch: own,
    })!;
    expect(early.matches('/test-net/ok?key=x', { authorization: 'Bearer a' }, own)).to.equal(true);
    expect(
      early.matches(`${location.origin}/test-net/ok?key=x`, { authorization: 'Bearer a' }, own),
    ).to.equal(true);
    expect(early.matches('/test-net/ok?key=x', { authorization: 'Bearer b' }, own)).to.equal(false);
    expect(early.matches('/test-net/ok?key=x', undefined, own)).to.equal(false);
    expect(early.matches('/test-net/ok?key=y', { authorization: 'Bearer a' }, own)).to.equal(false);
    expect(early.matches('/test-net/ok?key=x', { authorization: 'Bearer a' }, undefined)).to.equal(
      false,
    );
    early.cancel();
    expect(early.matches('/test-net/ok?key=x', { authorization: 'Bearer a' }, own)).to.equal(false);
  });

  it('sends through the fetch it is given, with the same init load() gives it', async () => {
    const key = newKey();
    const url = `/test-net/ok?key=${key}`;
    const early = recordingFetch();
    const later = recordingFetch();
    sendEarly(url, { fetch: early.fetch, headers: { 'x-a': '1' } })!.cancel();
    await load(url, { fetch: later.fetch, headers: { 'x-a': '1' } }).catch(() => undefined);
    const [sent] = early.calls;
    const [loaded] = later.calls;
    expect(sent!.url).to.equal(loaded!.url);
    expect(sent!.init.credentials).to.equal(loaded!.init.credentials);
    expect(sent!.init.redirect).to.equal(loaded!.init.redirect);
    expect([...new Headers(sent!.init.headers)]).to.deep.equal([
      ...new Headers(loaded!.init.headers),
    ]);
  });

  it('lets a retry go out as usual after the early request failed', async () => {
    const key = newKey();
    const url = `/test-net/flaky?key=${key}&fails=1`;
    const early = sendEarly(url)!;
    const result = await load(url, { fetch: early.fetch, retryDelay: 1, maxRetryDelay: 2 });
    expect(JSON.parse(result.body)).to.deep.equal({ ok: true, attempt: 2 });
    expect(await requests(key)).to.have.length(2);
  });

  it('comes under load()’s signal once taken: aborting the load aborts the request', async () => {
    const url = `/test-net/slow?ms=3000&key=${newKey()}`;
    const signals: AbortSignal[] = [];
    const early = sendEarly(url, {
      fetch: (input, init) => {
        signals.push(init.signal!);
        return fetch(input, init);
      },
    })!;
    const aborting = new AbortController();
    const started = Date.now();
    const taken = load(url, { fetch: early.fetch, signal: aborting.signal });
    setTimeout(() => aborting.abort(), 50);
    expect(isAbortError(await taken.catch((error: unknown) => error))).to.equal(true);
    expect(Date.now() - started).to.be.below(2500);
    // The one request there was is aborted, not left running for nobody.
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('aborts the request when cancelled before anyone took it', async () => {
    const seen: AbortSignal[] = [];
    const early = sendEarly('/test-net/slow?ms=3000', {
      fetch: (url, init) => {
        seen.push(init.signal!);
        return fetch(url, init);
      },
    })!;
    expect(seen[0]!.aborted).to.equal(false);
    early.cancel();
    expect(seen[0]!.aborted).to.equal(true);
  });

  it('is undefined for a URL or headers that do not parse (load() reports them)', () => {
    expect(sendEarly('http://[bad')).to.equal(undefined);
    expect(sendEarly('/test-net/ok', { headers: { 'bad name': 'x' } })).to.equal(undefined);
  });
});
