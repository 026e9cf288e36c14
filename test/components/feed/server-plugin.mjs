// @ts-check
/**
 * Test endpoints under /test-feed/ for `<social-feed>`: a paginated Mastodon account timeline
 * replayed from the recorded fixtures (with their Link headers pointed back at this server), a
 * paginated JSON Feed with `next_url` (as long as `count` asks, for long feeds), an RSS feed, and sources that are slow, fail with a status,
 * send garbage, or fail once and then recover. Every request is logged per `key` query parameter.
 *
 * Like test/net/server-plugin.mjs, the endpoints answer before the dev server's middleware, so
 * status codes and headers reach the browser as written here.
 */
import { readFileSync } from 'node:fs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const fixtures = new URL('../../fixtures/mastodon/', import.meta.url);
/** @param {string} name */
const fixture = (name) => readFileSync(new URL(name, fixtures), 'utf8');

/** The recorded account timeline: two pages of five, the next link of the second, and newer posts. */
const mastodon = {
  page1: fixture('recorded.account-statuses.page1.json'),
  page2: fixture('recorded.account-statuses.page2.json'),
  link1: JSON.parse(fixture('recorded.account-statuses.page1.headers.json')).headers.link[0],
  link2: JSON.parse(fixture('recorded.account-statuses.page2.headers.json')).headers.link[0],
  /** Posted after page 1's newest status: what a refresh finds. */
  newer: [
    JSON.parse(fixture('recorded.status.link-card.json')),
    JSON.parse(fixture('recorded.status.content-warning.json')),
  ],
};
const RECORDED_BASE = 'http://localhost:3000/api/v1/accounts/117020565966271181/statuses';
const MASTODON_PATH = '/test-feed/api/v1/accounts/1/statuses';
const PAGE2_MAX_ID = '117020580489281910';
const END_MAX_ID = '117020580452511285';
const NEWEST_ID = '117020580518794573';

/**
 * Six blog entries for the JSON Feed, dated between the Mastodon statuses (which were posted on
 * 2026-08-01 between 13:52:33.097 and 13:52:34.108) so that merging has to interleave them.
 */
const BLOG_TIMES = ['34.050', '33.700', '33.600', '33.300', '32.900', '32.500'];
/** Three RSS items; RSS dates have whole seconds. */
const RSS_TIMES = ['34', '33', '31'];

/** Requests seen per `key`, and answers given per `key` for the endpoints that change over time. */
const log = new Map();
const counters = new Map();

/**
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} [body]
 */
function send(res, status, headers, body = '') {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** @param {string} key */
function count(key) {
  const next = (counters.get(key) ?? 0) + 1;
  counters.set(key, next);
  return next;
}

/**
 * The recorded Link header, pointed at this server and carrying the test's own query parameters
 * (key, delay), as a real server echoes the query it was asked with.
 * @param {string} link @param {string} origin @param {URLSearchParams} query
 */
function rewriteLink(link, origin, query) {
  return link.replace(/<([^>]+)>/g, (_, target) => {
    const url = new URL(target.replace(RECORDED_BASE, `${origin}${MASTODON_PATH}`));
    for (const name of ['key', 'delay']) {
      const value = query.get(name);
      if (value) url.searchParams.set(name, value);
    }
    return `<${url.href}>`;
  });
}

/** @param {URLSearchParams} query @param {string} origin */
function jsonFeedPage(query, origin) {
  const page = Math.max(1, Number(query.get('page') ?? 1));
  const size = Math.max(1, Number(query.get('size') ?? 2));
  const items = BLOG_TIMES.map((seconds, index) => ({
    id: `blog-${index + 1}`,
    url: `https://blog.example/notes/${index + 1}`,
    content_text: `Blog note ${index + 1}`,
    date_published: `2026-08-01T13:52:${seconds}Z`,
  }));
  // `count` asks for a longer blog (a long feed): older notes, one a minute before the sixth.
  const count = Math.min(1000, Math.max(items.length, Number(query.get('count') ?? 0)));
  for (let index = items.length; index < count; index++) {
    items.push({
      id: `blog-${index + 1}`,
      url: `https://blog.example/notes/${index + 1}`,
      content_text: `Blog note ${index + 1}`,
      date_published: new Date(Date.UTC(2026, 7, 1, 13, 52 - (index - 5))).toISOString(),
    });
  }
  const slice = items.slice((page - 1) * size, page * size);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'A test blog',
    home_page_url: 'https://blog.example/',
    authors: [{ name: 'Blog Author', url: 'https://blog.example/' }],
    items: slice,
  };
  if (page * size < items.length) {
    const next = new URL(`${origin}/test-feed/jsonfeed`);
    for (const [name, value] of query) next.searchParams.set(name, value);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('size', String(size));
    Object.assign(feed, { next_url: next.href });
  }
  return JSON.stringify(feed);
}

function rssFeed() {
  const items = RSS_TIMES.map(
    (seconds, index) => `
    <item>
      <title>Podcast episode ${index + 1}</title>
      <link>https://podcast.example/episodes/${index + 1}</link>
      <guid>https://podcast.example/episodes/${index + 1}</guid>
      <description>Episode ${index + 1} notes</description>
      <pubDate>Sat, 01 Aug 2026 13:52:${seconds} GMT</pubDate>
    </item>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>A test podcast</title>
    <link>https://podcast.example/</link>
    <description>Episodes</description>${items}
  </channel>
</rss>`;
}

/**
 * @param {Request} req
 * @param {Response} res
 */
async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const origin = `http://${req.headers.host}`;
  const query = url.searchParams;
  const key = query.get('key') ?? '';
  if (key && url.pathname !== '/test-feed/log') {
    const entries = log.get(key) ?? [];
    entries.push({ url: url.pathname + url.search, headers: req.headers });
    log.set(key, entries);
  }
  const wait = Number(query.get('delay') ?? 0);
  if (wait > 0) await delay(wait);

  switch (url.pathname) {
    case '/test-feed/log':
      return send(
        res,
        200,
        { 'content-type': 'application/json' },
        JSON.stringify(log.get(key) ?? []),
      );

    case MASTODON_PATH: {
      const json = { 'content-type': 'application/json; charset=utf-8' };
      if (query.has('min_id')) {
        const link = `<${origin}${MASTODON_PATH}?min_id=${mastodon.newer[0].id}${key ? `&key=${key}` : ''}>; rel="prev"`;
        const body = query.get('min_id') === NEWEST_ID ? mastodon.newer : [];
        return send(res, 200, { ...json, link }, JSON.stringify(body));
      }
      const maxId = query.get('max_id');
      if (!maxId)
        return send(
          res,
          200,
          { ...json, link: rewriteLink(mastodon.link1, origin, query) },
          mastodon.page1,
        );
      if (maxId === PAGE2_MAX_ID)
        return send(
          res,
          200,
          { ...json, link: rewriteLink(mastodon.link2, origin, query) },
          mastodon.page2,
        );
      if (maxId === END_MAX_ID) return send(res, 200, json, '[]');
      return send(res, 404, json, '{"error":"Record not found"}');
    }

    case '/test-feed/jsonfeed':
      return send(
        res,
        200,
        { 'content-type': 'application/feed+json' },
        jsonFeedPage(query, origin),
      );

    case '/test-feed/rss':
      return send(res, 200, { 'content-type': 'application/rss+xml; charset=utf-8' }, rssFeed());

    case '/test-feed/error': {
      const code = Number(query.get('code') ?? 500);
      return send(res, code, { 'content-type': 'text/plain' }, `status ${code}`);
    }

    case '/test-feed/garbage':
      return query.get('kind') === 'json'
        ? send(res, 200, { 'content-type': 'application/json' }, '{"error":"Record not found"}')
        : send(res, 200, { 'content-type': 'text/plain' }, '\u0000\u0001 this is not a feed }{');

    case '/test-feed/flaky': {
      // Garbage (which `load` does not retry) for the first `fails` answers, then a good feed.
      if (count(key) <= Number(query.get('fails') ?? 1))
        return send(res, 200, { 'content-type': 'text/plain' }, 'not yet }{');
      return send(
        res,
        200,
        { 'content-type': 'application/feed+json' },
        jsonFeedPage(query, origin),
      );
    }

    default:
      return send(res, 404, { 'content-type': 'text/plain' }, `no test endpoint ${url.pathname}`);
  }
}

/**
 * A @web/dev-server plugin that answers /test-feed/... itself and hands every other request to
 * the dev server unchanged. Add `feedTestPlugin()` to the `plugins` of web-test-runner.config.mjs.
 * @returns {import('@web/dev-server-core').Plugin}
 */
/**
 * Module requests of the feed's lazily loaded view held back or failed on request, so tests can
 * act before it arrives (offline, say): `hold` (requests wait), `fail` (answered 503), `open`
 * (the waiting ones go on, later ones pass).
 * @type {{ mode: 'hold' | 'fail' | 'open'; requested: number; waiting: Array<() => void> }}
 */
const viewGate = { mode: 'open', requested: 0, waiting: [] };

/** Whether a request is for the view part's module (not its styles). */
const isViewModule = (/** @type {string} */ url) =>
  /\/components\/feed\/view\.(?:ts|js)(?:\?|$)/.test(url);

/**
 * POST /test-feed/gate/view/<hold|fail|open>; GET /test-feed/gate/view/state gives `{ requested }`.
 * @param {Request} req @param {Response} res
 */
function handleGate(req, res) {
  const command = req.url?.split('?')[0]?.split('/').at(-1);
  if (command === 'hold' || command === 'fail') viewGate.mode = command;
  if (command === 'open') {
    viewGate.mode = 'open';
    for (const pass of viewGate.waiting.splice(0)) pass();
  }
  send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(viewGate.requested));
}

export function feedTestPlugin() {
  return {
    name: 'feed-test-endpoints',
    serverStart({ server }) {
      if (!server) return;
      const devServer = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (req.url?.startsWith('/test-feed/gate/view/')) return handleGate(req, res);
        if (req.url?.startsWith('/test-feed/')) {
          handle(req, res).catch((error) => send(res, 500, {}, String(error)));
          return;
        }
        const pass = () => {
          for (const listener of devServer) listener.call(server, req, res);
        };
        if (!isViewModule(req.url ?? '')) return pass();
        // Asked for again on every page (no copy from the browser's cache), so a gate holds it.
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (header, value) =>
          setHeader(header, header.toLowerCase() === 'cache-control' ? 'no-store' : value);
        viewGate.requested++;
        if (viewGate.mode === 'fail') send(res, 503, { 'content-type': 'text/plain' }, 'gated');
        else if (viewGate.mode === 'hold') viewGate.waiting.push(pass);
        else pass();
      });
    },
  };
}
