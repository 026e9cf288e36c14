import { expect } from '@open-wc/testing';
import { DEFAULT_ACCEPT, load } from '../../src/net/load.js';
import type { LoadFetch, LoadOptions } from '../../src/net/load.js';
import { clearLoadCache } from '../../src/net/cache.js';
import { BodyTooLarge, capResponse } from '../../src/net/body.js';
import { LoadError, isAbortError, parseError } from '../../src/net/errors.js';
import { FormatError } from '../../src/formats/types.js';

import { newKey, requests } from './log.js';

// Every endpoint here is served by test/net/server-plugin.mjs on the test runner's own server.

/** The same test server under the other loopback name: a different origin. */
function otherOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}`;
}

/** The error `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function loadError(url: string, options?: LoadOptions): Promise<LoadError> {
  const error = await rejection(load(url, options));
  expect(error).to.be.instanceOf(LoadError);
  return error as LoadError;
}

/** Retries without real waiting, recording each wait asked for. */
function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const fast: LoadOptions = { retryDelay: 1, maxRetryDelay: 4 };

describe('load', () => {
  beforeEach(() => clearLoadCache());

  describe('a good answer', () => {
    it('gives the body as text and bytes, with status, type, charset and final URL', async () => {
      const result = await load('/test-net/ok');
      expect(result.status).to.equal(200);
      expect(result.url).to.equal(new URL('/test-net/ok', location.href).href);
      expect(result.contentType).to.equal('application/json');
      expect(result.charset).to.equal('utf-8');
      expect(JSON.parse(result.body)).to.deep.equal({ ok: true, path: '/test-net/ok' });
      expect(new TextDecoder().decode(result.bytes)).to.equal(result.body);
      expect(result.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(result.notModified).to.equal(false);
      expect(result.links.size).to.equal(0);
    });

    it('asks for feed formats with an Accept header that needs no CORS preflight', async () => {
      const key = newKey();
      await load(`/test-net/ok?key=${key}`);
      const [request] = await requests(key);
      expect(request?.headers.accept).to.equal(DEFAULT_ACCEPT);
      for (const type of [
        'application/activity+json',
        'application/rss+xml',
        'application/atom+xml',
        'text/html',
      ]) {
        expect(DEFAULT_ACCEPT).to.include(type);
      }
      // The Fetch standard safelists Accept only up to 128 bytes and without these characters.
      expect(DEFAULT_ACCEPT.length).to.be.at.most(128);
      expect(DEFAULT_ACCEPT).not.to.match(/["():<>?@[\\\]{}]/);
    });

    it('sends extra headers and a custom Accept through the fetch seam', async () => {
      const key = newKey();
      const seen: RequestInit[] = [];
      const spy: LoadFetch = (input, init) => {
        seen.push(init);
        return fetch(input, init);
      };
      const result = await load(`/test-net/ok?key=${key}`, {
        fetch: spy,
        headers: { Authorization: 'Bearer secret' },
        accept: 'application/json',
      });
      expect(result.status).to.equal(200);
      expect(seen).to.have.length(1);
      const headers = new Headers(seen[0]?.headers);
      expect(headers.get('authorization')).to.equal('Bearer secret');
      expect(headers.get('accept')).to.equal('application/json');
      expect(seen[0]?.credentials).to.equal('same-origin');
      expect(seen[0]?.signal).to.be.instanceOf(AbortSignal);
      const [request] = await requests(key);
      expect(request?.headers.authorization).to.equal('Bearer secret');
    });

    it('follows redirects and reports where it ended', async () => {
      const result = await load('/test-net/redirect?to=/test-net/link');
      expect(result.url).to.equal(new URL('/test-net/link', location.href).href);
      expect(result.status).to.equal(200);
    });

    it('reads the Link header into absolute URLs against the final URL', async () => {
      const result = await load('/test-net/redirect?to=/test-net/link');
      expect(result.links.get('next')).to.equal(
        new URL('/test-net/link?page=2', location.href).href,
      );
      expect(result.links.get('prev')).to.equal('https://other.example/feed?page=0');
      expect(result.links.get('first')).to.equal('https://other.example/feed?page=0');
    });
  });

  describe('character encodings', () => {
    it('decodes with the charset of the Content-Type', async () => {
      const result = await load('/test-net/latin1');
      expect(result.charset).to.equal('iso-8859-1');
      expect(result.body).to.equal('Café naïve Zürich');
      expect(result.bytes.byteLength).to.equal(17);
    });

    it('leaves XML without a charset to its own declaration, through the bytes', async () => {
      const result = await load('/test-net/xml-latin1');
      expect(result.contentType).to.equal('application/rss+xml');
      expect(result.charset).to.equal(undefined);
      // Read as UTF-8 the é is broken; the XML reader decodes the bytes by the declaration.
      expect(result.body).not.to.include('Café');
      expect(new TextDecoder('iso-8859-1').decode(result.bytes)).to.include('<title>Café</title>');
    });

    it('lets a byte order mark win over the header, as browsers do', async () => {
      const result = await load('/test-net/bom');
      expect(result.body).to.equal('Grüße');
    });
  });

  describe('HTTP errors', () => {
    for (const [code, reason, advice] of [
      [400, 'Bad Request', 'check the src URL'],
      [401, 'Unauthorized', 'headers property'],
      [403, 'Forbidden', 'credentials'],
      [404, 'Not Found', 'check the src URL'],
      [410, 'Gone', 'check the src URL'],
    ] as const) {
      it(`fails at once on ${code}, saying what to do`, async () => {
        const key = newKey();
        const url = new URL(`/test-net/status?code=${code}&key=${key}`, location.href).href;
        const error = await loadError(url, fast);
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(code);
        expect(error.statusText).to.equal(reason);
        expect(error.url).to.equal(url);
        expect(error.message).to.include(`The server answered ${code} ${reason} for ${url}`);
        expect(error.message).to.include(advice);
        expect(await requests(key)).to.have.length(1);
      });
    }

    it('retries 408 Request Timeout', async () => {
      const key = newKey();
      const result = await load(`/test-net/flaky?key=${key}&fails=1&code=408`, fast);
      expect(result.status).to.equal(200);
      expect(await requests(key)).to.have.length(2);
    });

    it('retries a flaky server until it answers', async () => {
      const key = newKey();
      const result = await load(`/test-net/flaky?key=${key}&fails=2&code=503`, fast);
      expect(JSON.parse(result.body)).to.deep.equal({ ok: true, attempt: 3 });
      expect(await requests(key)).to.have.length(3);
    });

    it('gives up after the bounded number of retries', async () => {
      const key = newKey();
      const error = await loadError(`/test-net/status?code=500&key=${key}`, fast);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.message).to.include('try again later');
      expect(await requests(key)).to.have.length(3);

      const once = newKey();
      await loadError(`/test-net/status?code=502&key=${once}`, { ...fast, retries: 0 });
      expect(await requests(once)).to.have.length(1);
    });

    it('waits with exponential backoff and jitter, capped', async () => {
      const { waits, sleep } = recordingSleep();
      const key = newKey();
      await loadError(`/test-net/status?code=503&key=${key}`, {
        retries: 4,
        retryDelay: 100,
        maxRetryDelay: 300,
        random: () => 0.5,
        sleep,
      });
      // Half of 100·2ⁿ (capped at 300) is fixed, the other half scaled by the random number.
      expect(waits).to.deep.equal([75, 150, 225, 225]);
      expect(await requests(key)).to.have.length(5);
    });
  });

  describe('Retry-After', () => {
    it('waits the seconds a 429 asks for, then tries again', async () => {
      const key = newKey();
      const started = performance.now();
      const result = await load(`/test-net/retry-after?key=${key}&seconds=1`, fast);
      expect(result.status).to.equal(200);
      expect(performance.now() - started).to.be.at.least(950);
      expect(await requests(key)).to.have.length(2);
    });

    it('reads an HTTP-date', async () => {
      const { waits, sleep } = recordingSleep();
      const key = newKey();
      const result = await load(`/test-net/retry-after?key=${key}&date=2`, { ...fast, sleep });
      expect(result.status).to.equal(200);
      expect(waits).to.have.length(1);
      // The date has whole seconds: two seconds ahead, less the part of the second already gone.
      expect(waits[0]).to.be.within(500, 2000);
    });

    it('honours it on 503 too', async () => {
      const { waits, sleep } = recordingSleep();
      const key = newKey();
      await load(`/test-net/retry-after?key=${key}&code=503&seconds=3`, { ...fast, sleep });
      expect(waits[0]).to.be.within(2900, 3000);
    });

    it('does not wait longer than the cap: it fails at once and says when to come back', async () => {
      const key = newKey();
      const before = Date.now();
      const error = await loadError(`/test-net/retry-after?key=${key}&seconds=3600`, fast);
      expect(error.kind).to.equal('rate-limit');
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.be.instanceOf(Date);
      const wait = (error.retryAfter as Date).getTime() - before;
      expect(wait).to.be.within(3_599_000, 3_601_000);
      expect(error.message).to.include(
        `try again after ${(error.retryAfter as Date).toISOString()}`,
      );
      expect(await requests(key)).to.have.length(1);

      const date = newKey();
      const late = await loadError(`/test-net/retry-after?key=${date}&date=60`, {
        ...fast,
        maxRetryAfter: 5_000,
      });
      expect(late.kind).to.equal('rate-limit');
      expect(await requests(date)).to.have.length(1);
    });

    it('asks to load less often when a 429 says nothing about when', async () => {
      const key = newKey();
      const error = await loadError(`/test-net/flaky?key=${key}&fails=9&code=429`, fast);
      expect(error.kind).to.equal('rate-limit');
      expect(error.retryAfter).to.equal(undefined);
      expect(error.message).to.include('try again later, and load it less often');
      expect(await requests(key)).to.have.length(3);
    });

    it('reports the rate limit when the retries run out', async () => {
      const { sleep } = recordingSleep();
      const key = newKey();
      const error = await loadError(`/test-net/retry-after?key=${key}&fails=9&seconds=1`, {
        sleep,
      });
      expect(error.kind).to.equal('rate-limit');
      expect(error.message).to.include('is limiting requests (429 Too Many Requests)');
      expect(await requests(key)).to.have.length(3);
    });
  });

  describe('timeouts', () => {
    it('fails a slow answer with a typed timeout, not an abort', async () => {
      const started = performance.now();
      const url = new URL('/test-net/slow?ms=1500', location.href).href;
      const error = await loadError(url, { timeout: 200, retries: 0 });
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.include(`No answer from ${url} within 200 ms`);
      expect(isAbortError(error)).to.equal(false);
      expect((error.cause as DOMException).name).to.equal('TimeoutError');
      expect(performance.now() - started).to.be.below(1000);
    });

    it('waits as long as it takes with timeout 0', async () => {
      const result = await load('/test-net/slow?ms=300', { timeout: 0 });
      expect(JSON.parse(result.body)).to.deep.equal({ ok: true, slow: true });
    });

    it('counts the body in the time allowed', async () => {
      const error = await loadError('/test-net/slow-body?ms=1500', { timeout: 200, retries: 0 });
      expect(error.kind).to.equal('timeout');
    });

    it('gives each try its own time, and says how many there were', async () => {
      const key = newKey();
      const error = await loadError(`/test-net/slow?ms=1000&key=${key}`, {
        ...fast,
        timeout: 150,
        retries: 1,
      });
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.include('within 150 ms (2 tries)');
      expect(await requests(key)).to.have.length(2);
    });

    it('shows a whole number of seconds as seconds', async () => {
      const never: LoadFetch = () => new Promise<Response>(() => undefined);
      const error = await loadError('https://feeds.example/slow', {
        fetch: never,
        timeout: 1000,
        retries: 0,
      });
      // A fetch that ignores its signal cannot hang load: the timer still ends the try.
      expect(error.message).to.include('within 1 s.');
    });
  });

  describe('network failures', () => {
    it('classifies a refused connection as network, with the CORS advice', async () => {
      const { port } = (await (await fetch('/test-net/closed-port')).json()) as { port: number };
      const url = `http://127.0.0.1:${port}/feed.json`;
      const error = await loadError(url, { ...fast, retries: 1 });
      expect(error.kind).to.equal('network');
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(error.message).to.include(`Could not reach ${url}`);
      expect(error.message).to.include('Access-Control-Allow-Origin');
    });

    it('classifies a cross-origin answer without CORS headers as network', async () => {
      const error = await loadError(`${otherOrigin()}/test-net/cors?allow=0`, {
        ...fast,
        retries: 0,
      });
      expect(error.kind).to.equal('network');
    });

    it('retries network errors a bounded number of times', async () => {
      let calls = 0;
      const failing: LoadFetch = async () => {
        calls++;
        throw new TypeError('Failed to fetch');
      };
      const error = await loadError('https://feeds.example/a', { ...fast, fetch: failing });
      expect(error.kind).to.equal('network');
      expect(calls).to.equal(3);
    });

    it('refuses what is not a URL', async () => {
      const error = await loadError('http://[not a host', fast);
      expect(error.kind).to.equal('url');
      expect(error.message).to.include('check the src attribute');
    });
  });

  describe('abort', () => {
    it('rejects at once, without a request, when the signal is already aborted', async () => {
      const key = newKey();
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(load(`/test-net/ok?key=${key}`, { signal: controller.signal }));
      expect(error).to.equal(controller.signal.reason);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(isAbortError(error)).to.equal(true);
      expect(await requests(key)).to.have.length(0);
    });

    it('stops a request in flight with the signal’s reason', async () => {
      const controller = new AbortController();
      const reason = new DOMException('The reader left', 'AbortError');
      setTimeout(() => controller.abort(reason), 50);
      const started = performance.now();
      const error = await rejection(load('/test-net/slow?ms=2000', { signal: controller.signal }));
      expect(error).to.equal(reason);
      expect(performance.now() - started).to.be.below(1000);
    });

    it('stops the wait between tries', async () => {
      const key = newKey();
      const controller = new AbortController();
      const started = performance.now();
      const pending = load(`/test-net/flaky?key=${key}&fails=2`, {
        signal: controller.signal,
        retryDelay: 4000,
        random: () => 1,
      });
      setTimeout(() => controller.abort(), 300);
      const error = await rejection(pending);
      expect(isAbortError(error)).to.equal(true);
      expect(error).not.to.be.instanceOf(LoadError);
      expect(performance.now() - started).to.be.below(2000);
      expect(await requests(key)).to.have.length(1);
    });

    it('calls an abort that the caller did not ask for kind abort', async () => {
      const aborting: LoadFetch = async () => {
        throw new DOMException('Aborted by the proxy', 'AbortError');
      };
      const error = await loadError('https://feeds.example/a', { ...fast, fetch: aborting });
      expect(error.kind).to.equal('abort');
      expect(isAbortError(error)).to.equal(true);
      expect((error.cause as DOMException).message).to.equal('Aborted by the proxy');
    });
  });

  describe('revalidation', () => {
    it('sends If-None-Match and returns the kept body on 304', async () => {
      const key = newKey();
      const url = `/test-net/etag?key=${key}`;
      const first = await load(url);
      const second = await load(url);
      const [one, two] = await requests(key);
      expect(one?.headers['if-none-match']).to.equal(undefined);
      expect(two?.headers['if-none-match']).to.equal('"v1"');
      expect(second.notModified).to.equal(true);
      expect(second.status).to.equal(200);
      expect(second.body).to.equal(first.body);
      expect(second.contentType).to.equal('application/json');
      expect(second.links.get('next')).to.equal(
        new URL('/test-net/etag?page=2', location.href).href,
      );
      // Headers the 304 sent replace the kept ones.
      expect(second.headers.get('x-checked')).to.equal('yes');
      expect(second.bytes).not.to.equal(first.bytes);
    });

    it('sends If-Modified-Since for Last-Modified', async () => {
      const key = newKey();
      const url = `/test-net/last-modified?key=${key}`;
      await load(url);
      const second = await load(url);
      const [, two] = await requests(key);
      expect(two?.headers['if-modified-since']).to.equal('Tue, 24 Nov 2026 10:00:00 GMT');
      expect(second.notModified).to.equal(true);
      expect(JSON.parse(second.body)).to.deep.equal({ ok: true });
    });

    it('passes a 304 through when the caller sent its own validator', async () => {
      const result = await load(`/test-net/etag?key=${newKey()}`, {
        cache: 'no-store',
        headers: { 'If-None-Match': '"v1"' },
      });
      expect(result.status).to.equal(304);
      expect(result.notModified).to.equal(true);
      expect(result.body).to.equal('');
    });

    it('keeps the cache apart per Accept and per Authorization', async () => {
      const key = newKey();
      const url = `/test-net/etag?key=${key}`;
      await load(url);
      await load(url, { accept: 'application/json' });
      await load(url, { headers: { authorization: 'Bearer other' } });
      const logged = await requests(key);
      expect(logged.map((request) => request.headers['if-none-match'])).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('bypasses the cache with no-store, and forgets everything on clearLoadCache()', async () => {
      const key = newKey();
      const url = `/test-net/etag?key=${key}`;
      await load(url);
      const fresh = await load(url, { cache: 'no-store' });
      expect(fresh.notModified).to.equal(false);
      clearLoadCache();
      const again = await load(url);
      expect(again.notModified).to.equal(false);
      const logged = await requests(key);
      expect(logged.map((request) => request.headers['if-none-match'])).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('asks again plainly when a cross-origin host answers no preflight', async () => {
      const key = newKey();
      const url = `${otherOrigin()}/test-net/cors?key=${key}`;
      const first = await load(url);
      expect(JSON.parse(first.body)).to.deep.equal({ ok: true, cors: true });
      // The first, plain read went without a preflight: the default Accept is safelisted.
      expect((await requests(key)).map((request) => request.method)).to.deep.equal(['GET']);
      const second = await load(url);
      expect(second.notModified).to.equal(false);
      expect(JSON.parse(second.body)).to.deep.equal({ ok: true, cors: true });
      const third = await load(url);
      expect(third.status).to.equal(200);
      const gets = (await requests(key)).filter((request) => request.method === 'GET');
      expect(gets).to.have.length(3);
      expect(gets.map((request) => request.headers['if-none-match'])).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ]);
    });
  });

  describe('size cap', () => {
    // /test-faults/… (test/faults/server-plugin.mjs) streams 50 MB and logs when the client left.
    interface FaultLog {
      count: number;
      huge: Array<{ sent: number; closedEarly: boolean; finished: boolean }>;
    }
    async function faultLog(key: string): Promise<FaultLog> {
      return (await (await fetch(`/test-faults/log?key=${key}`)).json()) as FaultLog;
    }
    /** The server notices a closed socket a moment after the browser closes it. */
    async function settledHuge(key: string): Promise<FaultLog> {
      for (let tries = 0; tries < 50; tries++) {
        const log = await faultLog(key);
        if (log.huge.every((entry) => entry.closedEarly || entry.finished)) return log;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return faultLog(key);
    }

    it('stops reading a streamed body past the cap, without retrying, and lets the connection go', async () => {
      const key = newKey();
      const error = await loadError(`/test-faults/mastodon/huge?key=${key}`, { ...fast });
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.contain('larger than 5 MB');
      const log = await settledHuge(key);
      expect(log.count).to.equal(1);
      expect(log.huge[0]!.closedEarly).to.equal(true);
      expect(log.huge[0]!.finished).to.equal(false);
      // Far from 50 MB: the cap plus what was in flight (socket buffers).
      expect(log.huge[0]!.sent).to.be.below(20 * 1024 * 1024);
    });

    it('refuses a body whose Content-Length is over the cap before reading it', async () => {
      const key = newKey();
      const error = await loadError(`/test-faults/mastodon/huge?key=${key}&length=1`, {
        maxBytes: 1024 * 1024,
      });
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.contain('larger than 1 MB');
      const log = await settledHuge(key);
      expect(log.huge[0]!.closedEarly).to.equal(true);
    });

    it('takes a body up to the cap, and the cap is configurable', async () => {
      const ok = await load(`/test-faults/mastodon/ok?key=${newKey()}`, { maxBytes: 64 * 1024 });
      expect(JSON.parse(ok.body)).to.have.length(5);
      const small = await loadError(`/test-faults/mastodon/ok?key=${newKey()}`, {
        maxBytes: 1000,
      });
      expect(small.kind).to.equal('too-large');
      expect(small.message).to.contain('larger than 1000 bytes');
    });

    it('caps a Response read with text() or json(), keeping its own error', async () => {
      const big = capResponse(
        await fetch(`/test-faults/mastodon/huge?key=${newKey()}`),
        1024 * 1024,
      );
      const error = await rejection(big.text());
      expect(error).to.be.instanceOf(BodyTooLarge);
      expect((error as BodyTooLarge).limit).to.equal(1024 * 1024);
      const small = capResponse(
        await fetch(`/test-faults/mastodon/ok?key=${newKey()}`),
        1024 * 1024,
      );
      expect(small.url).to.contain('/test-faults/mastodon/ok');
      expect(await small.json()).to.have.length(5);
    });

    it('caps a body from a custom fetch that ignores the signal', async () => {
      let pulls = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls++;
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      });
      const error = await loadError('https://feeds.example/endless', {
        fetch: async () => new Response(endless, { status: 200 }),
        maxBytes: 256 * 1024,
      });
      expect(error.kind).to.equal('too-large');
      expect(pulls).to.be.below(10);
    });
  });

  describe('errors for callers', () => {
    it('wraps a format error with the URL', () => {
      const cause = new FormatError('expected a JSON Feed object, got an array', {
        format: 'jsonfeed',
      });
      const error = parseError('https://blog.example/feed.json', cause);
      expect(error.kind).to.equal('parse');
      expect(error.cause).to.equal(cause);
      expect(error.message).to.equal(
        'Could not read the document at https://blog.example/feed.json: expected a JSON Feed object, got an array',
      );
    });
  });
});
