// @ts-check
/**
 * The benchmark's one local server (127.0.0.1): the bench pages, the bundles from `bench/.build`,
 * the images, and the Mastodon REST and Bluesky XRPC calls the embeds make, answered from
 * `data.mjs` with the paging and limits of the real APIs. Everything is gzipped, as a CDN and an
 * API server would send it, and `no-store`, so every sample is a first visit.
 */
import http from 'node:http';
import http2 from 'node:http2';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { OUT } from './build.mjs';
import {
  AUTHOR,
  blueskyFeedItem,
  blueskyProfile,
  images,
  mastodonAccount,
  mastodonStatus,
  sourcePosts,
} from './data.mjs';
import { EMBEDS, POST_PAGES, slug } from './embeds.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  png: 'image/png',
});

/** Mastodon's largest page, and Bluesky's (the APIs refuse or clamp anything above). */
const MASTODON_MAX = 40;
const BLUESKY_MAX = 100;

/**
 * @param {{ posts?: number, bundles?: Map<string, { dir: string, js: string[], css: string[], entry?: string }>,
 *   imageDelay?: number, root?: string, tls?: { key: string, cert: string } }} [options]
 *   `root`: where `/build/` is served from (`bench/.build` unless told). `tls`: serve HTTP/2 over
 *   TLS instead of HTTP/1.1, as a CDN would (the browser then multiplexes every request on one
 *   connection instead of six at a time); the browser must accept the certificate.
 */
export async function startServer(options = {}) {
  const total = options.posts ?? 240;
  const source = sourcePosts(total);
  const pictures = images();
  /** @type {string[]} */
  const unknown = [];
  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();
  let origin = '';
  /** @type {{ account: any, statuses: any[], profile: any, feed: any[] } | undefined} */
  let data;
  const shaped = () => {
    if (!data) {
      const account = mastodonAccount(origin);
      data = {
        account,
        statuses: source.map((post) => mastodonStatus(post, origin, account)),
        profile: blueskyProfile(origin),
        feed: source.map((post) => blueskyFeedItem(post, origin)),
      };
    }
    return data;
  };

  /**
   * @param {http.IncomingMessage} request @param {http.ServerResponse} response
   * @param {string | Buffer} body @param {string} type @param {Record<string, string>} [headers]
   */
  const send = (request, response, body, type, headers = {}) => {
    response.setHeader('content-type', type);
    response.setHeader('cache-control', 'no-store');
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-expose-headers', 'link');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const compressible = !type.startsWith('image/');
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('content-encoding', 'gzip');
      response.setHeader('vary', 'accept-encoding');
      response.end(gzipSync(bytes));
      return;
    }
    response.end(bytes);
  };
  /** @param {http.IncomingMessage} request @param {http.ServerResponse} response @param {unknown} value @param {Record<string, string>} [headers] */
  const json = (request, response, value, headers) =>
    send(request, response, JSON.stringify(value), TYPES.json, headers);

  /** @param {URL} url @param {http.IncomingMessage} request @param {http.ServerResponse} response */
  async function route(url, request, response) {
    const path = url.pathname;
    const { account, statuses, profile, feed } = shaped();

    if (path === '/page') return page(url, request, response);

    if (path.startsWith('/build/')) {
      const file = path.slice('/build/'.length);
      if (file.includes('..')) return notFound(response);
      const body = await readFile(`${options.root ?? OUT}/${file}`).catch(() => undefined);
      if (!body) return notFound(response);
      const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
      // Compress once per file: the cost of gzip is the CDN's, not the page's.
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        let gz = gzipCache.get(file);
        if (!gz) gzipCache.set(file, (gz = gzipSync(body, { level: 9 })));
        response.setHeader('content-type', type);
        response.setHeader('cache-control', 'no-store');
        response.setHeader('content-encoding', 'gzip');
        response.end(gz);
        return;
      }
      return send(request, response, body, type);
    }

    const picture = pictures.get(path);
    if (picture) {
      if (options.imageDelay) await new Promise((done) => setTimeout(done, options.imageDelay));
      return send(request, response, picture, TYPES.png);
    }

    // ——— Mastodon REST ———
    if (path === '/api/v1/accounts/lookup') return json(request, response, account);
    if (path === `/api/v1/accounts/${AUTHOR.accountId}`) return json(request, response, account);
    if (path === `/api/v1/accounts/${AUTHOR.accountId}/statuses`) {
      if (url.searchParams.get('pinned') === 'true') return json(request, response, []);
      const limit = Math.min(MASTODON_MAX, Number(url.searchParams.get('limit')) || 20);
      const maxId = url.searchParams.get('max_id');
      const start = maxId ? statuses.findIndex((status) => BigInt(status.id) < BigInt(maxId)) : 0;
      const pageItems = start < 0 ? [] : statuses.slice(start, start + limit);
      /** @type {Record<string, string>} */
      const headers = {};
      if (pageItems.length > 0) {
        const base = `${origin}${path}?limit=${limit}`;
        const links = [];
        if (start + limit < statuses.length)
          links.push(`<${base}&max_id=${pageItems.at(-1).id}>; rel="next"`);
        links.push(`<${base}&min_id=${pageItems[0].id}>; rel="prev"`);
        headers.link = links.join(', ');
      }
      return json(request, response, pageItems, headers);
    }
    const status = /^\/api\/v1\/statuses\/(\d+)$/.exec(path);
    if (status) {
      const found = statuses.find((candidate) => candidate.id === status[1]);
      return found ? json(request, response, found) : notFound(response);
    }
    if (path === '/api/v1/custom_emojis') return json(request, response, []);
    if (path === '/api/v1/instance' || path === '/api/v2/instance') {
      return json(request, response, {
        uri: new URL(origin).host,
        domain: new URL(origin).host,
        title: 'bench',
        version: '4.5.0',
        configuration: { statuses: { max_characters: 500 } },
      });
    }

    // ——— Bluesky XRPC ———
    if (path === '/xrpc/com.atproto.identity.resolveHandle')
      return json(request, response, { did: AUTHOR.did });
    if (path === '/xrpc/app.bsky.actor.getProfile') return json(request, response, profile);
    if (path === '/xrpc/app.bsky.feed.getPostThread') {
      const found = feed.find((item) => item.post.uri === url.searchParams.get('uri'));
      if (!found) return notFound(response);
      const thread = { $type: 'app.bsky.feed.defs#threadViewPost', post: found.post, replies: [] };
      return json(request, response, { thread });
    }
    if (path === '/xrpc/app.bsky.feed.getAuthorFeed') {
      const limit = Math.min(BLUESKY_MAX, Number(url.searchParams.get('limit')) || 50);
      const start = Number(url.searchParams.get('cursor')) || 0;
      const items = feed.slice(start, start + limit);
      const end = start + items.length;
      return json(request, response, {
        feed: items,
        ...(end < feed.length ? { cursor: String(end) } : {}),
      });
    }

    unknown.push(`${request.method} ${path}${url.search}`);
    return notFound(response);
  }

  /** @param {http.ServerResponse} response */
  function notFound(response) {
    response.statusCode = 404;
    response.setHeader('cache-control', 'no-store');
    response.end('not found');
  }

  /**
   * `/page?embed=<slug>&limit=N&marks=1,20`: one embed showing `limit` posts, with the probe that
   * marks `posts-N` (and `first-post`) when N of its posts are rendered.
   * @param {URL} url @param {http.IncomingMessage} request @param {http.ServerResponse} response
   */
  function page(url, request, response) {
    const embed = [...EMBEDS, ...POST_PAGES].find(
      (candidate) => slug(candidate.name) === url.searchParams.get('embed'),
    );
    const bundle = embed && options.bundles?.get(embed.name);
    if (!embed || !bundle) return notFound(response);
    const limit = Number(url.searchParams.get('limit')) || 20;
    const marks = (url.searchParams.get('marks') ?? '1')
      .split(',')
      .map(Number)
      .filter((mark) => mark > 0);
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${embed.name}</title>
<script>${probe(embed.count, marks)}</script>
${embed.head ?? ''}
${bundle.css.map((file) => `<link rel="stylesheet" href="/build/${bundle.dir}/${file}">`).join('\n')}
<script type="module" src="/build/${bundle.dir}/${bundle.entry ?? 'embed.js'}"></script>
<style>body { margin: 0 auto; max-width: 600px; font-family: system-ui, sans-serif; }</style>
</head><body><main>
${embed.body(origin, limit)}
</main></body></html>`;
    send(request, response, html, TYPES.html);
  }

  /** @param {any} request @param {any} response */
  const handler = (request, response) => {
    const url = new URL(request.url ?? '/', origin || 'http://127.0.0.1');
    route(url, request, response).catch((error) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  };
  const server = options.tls
    ? http2.createSecureServer({ ...options.tls, allowHTTP1: true }, handler)
    : http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    unknown,
    /** @param {number} delay Milliseconds every image response waits. */
    setImageDelay(delay) {
      options.imageDelay = delay;
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * The probe, run before any embed: on every animation frame it counts the embed's posts in the
 * DOM (shadow roots included) and marks `first-post` and `posts-N` the first frame they are
 * there, so the mark is the start of the frame that paints them.
 * @param {string} count @param {number[]} marks
 */
function probe(count, marks) {
  return `(() => {
  window.__benchLoaded = 0;
  document.addEventListener('social-load', (event) => { window.__benchLoaded += event.count; });
  const marks = ${JSON.stringify(marks)};
  let next = 0;
  const tick = () => {
    const count = ${count};
    window.__benchCount = count;
    while (next < marks.length && count >= marks[next]) {
      performance.mark(marks[next] === 1 ? 'first-post' : 'posts-' + marks[next]);
      next++;
    }
    if (next < marks.length) requestAnimationFrame(tick);
    else performance.mark('bench-done');
  };
  requestAnimationFrame(tick);
})();`;
}
