// @ts-check
/**
 * Test endpoints under /test-net/ for the network layer: statuses, slow answers, flaky and
 * rate-limited servers, ETag / Last-Modified revalidation, Link headers, charsets, redirects and
 * CORS, served by the test runner's own server so `load()` is tested against real HTTP.
 *
 * The endpoints answer before the dev server's middleware sees the request: that middleware
 * serves its own 304s, strips Last-Modified and forces status 200 on plugin `serve` results,
 * which would hide exactly what these tests look at.
 */
import { createServer } from 'node:net';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const LAST_MODIFIED = 'Tue, 24 Nov 2026 10:00:00 GMT';

/** Requests seen per `key` query parameter, so a test can count tries and read the headers sent. */
const log = new Map();
/** Requests answered per `key`, for the endpoints that change their answer over time. */
const counters = new Map();

/** A port on 127.0.0.1 that nothing listens on: bound once by the OS, then released. */
const closedPort = new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    probe.close(() => resolve(port));
  });
});

/**
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
function send(res, status, headers, body = '') {
  if (res.destroyed || res.writableEnded) return;
  // no-store: the browser's own cache would otherwise revalidate by itself, and the log could not
  // tell its conditional headers from the ones load() sends.
  res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** @param {Response} res @param {unknown} value @param {Record<string, string>} [headers] */
function json(res, value, headers = {}) {
  send(
    res,
    200,
    { 'content-type': 'application/json; charset=utf-8', ...headers },
    JSON.stringify(value),
  );
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
 * @param {Request} req
 * @param {Response} res
 */
async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = url.searchParams;
  const key = query.get('key') ?? '';
  if (key && url.pathname !== '/test-net/log') {
    const entries = log.get(key) ?? [];
    entries.push({ method: req.method, url: url.pathname + url.search, headers: req.headers });
    log.set(key, entries);
  }

  switch (url.pathname) {
    case '/test-net/log':
      return json(res, log.get(key) ?? []);

    case '/test-net/ok':
      return json(res, { ok: true, path: url.pathname + url.search });

    case '/test-net/status': {
      const code = Number(query.get('code') ?? 500);
      return send(res, code, { 'content-type': 'text/plain' }, `status ${code}`);
    }

    case '/test-net/slow':
      await delay(Number(query.get('ms') ?? 1000));
      return json(res, { ok: true, slow: true });

    case '/test-net/slow-body': {
      // Headers straight away, the rest of the body only later: a timeout must cover the body.
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.write('{"ok":');
      await delay(Number(query.get('ms') ?? 1000));
      if (!res.destroyed) res.end('true}');
      return;
    }

    case '/test-net/flaky': {
      const attempt = count(key);
      const fails = Number(query.get('fails') ?? 2);
      if (attempt <= fails) {
        const code = Number(query.get('code') ?? 503);
        return send(res, code, { 'content-type': 'text/plain' }, `failure ${attempt}`);
      }
      return json(res, { ok: true, attempt });
    }

    case '/test-net/retry-after': {
      const attempt = count(key);
      if (attempt <= Number(query.get('fails') ?? 1)) {
        const seconds = Number(query.get('seconds') ?? query.get('date') ?? 1);
        const value = query.has('date')
          ? new Date(Date.now() + seconds * 1000).toUTCString()
          : String(seconds);
        const code = Number(query.get('code') ?? 429);
        return send(res, code, { 'retry-after': value, 'content-type': 'text/plain' }, 'wait');
      }
      return json(res, { ok: true, attempt });
    }

    case '/test-net/etag': {
      const etag = `"${query.get('version') ?? 'v1'}"`;
      if (req.headers['if-none-match'] === etag)
        return send(res, 304, { etag, 'x-checked': 'yes' });
      return json(res, { ok: true, etag }, { etag, link: '</test-net/etag?page=2>; rel="next"' });
    }

    case '/test-net/last-modified': {
      const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
      if (!Number.isNaN(since) && since >= Date.parse(LAST_MODIFIED)) return send(res, 304, {});
      return json(res, { ok: true }, { 'last-modified': LAST_MODIFIED });
    }

    case '/test-net/link':
      return json(
        res,
        { ok: true },
        {
          link: '</test-net/link?page=2>; rel="next", <https://other.example/feed?page=0>; rel="prev first"',
        },
      );

    case '/test-net/latin1':
      return send(
        res,
        200,
        { 'content-type': 'text/plain; charset=ISO-8859-1' },
        Buffer.from('Café naïve Zürich', 'latin1'),
      );

    case '/test-net/xml-latin1':
      return send(
        res,
        200,
        { 'content-type': 'application/rss+xml' },
        Buffer.from(
          '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café</title></rss>',
          'latin1',
        ),
      );

    case '/test-net/bom':
      return send(
        res,
        200,
        { 'content-type': 'text/plain; charset=ISO-8859-1' },
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße', 'utf8')]),
      );

    case '/test-net/redirect': {
      const to = query.get('to') ?? '/test-net/ok';
      return send(res, Number(query.get('code') ?? 302), { location: to });
    }

    case '/test-net/closed-port':
      return json(res, { port: await closedPort });

    case '/test-net/cors': {
      // Allows simple cross-origin reads but answers no preflight, as many static feed hosts do.
      if (req.method === 'OPTIONS') return send(res, 204, {});
      const cors =
        query.get('allow') === '0'
          ? {}
          : {
              'access-control-allow-origin': '*',
              'access-control-expose-headers': 'ETag, Link, Retry-After',
            };
      const etag = '"cors-v1"';
      if (req.headers['if-none-match'] === etag) return send(res, 304, { ...cors, etag });
      return json(res, { ok: true, cors: true }, { ...cors, etag });
    }

    default:
      return send(res, 404, { 'content-type': 'text/plain' }, `no test endpoint ${url.pathname}`);
  }
}

/**
 * A @web/dev-server plugin that answers /test-net/... itself and hands every other request to the
 * dev server unchanged. Add `netTestPlugin()` to the `plugins` of web-test-runner.config.mjs.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function netTestPlugin() {
  return {
    name: 'net-test-endpoints',
    serverStart({ server }) {
      if (!server) return;
      const devServer = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (req.url?.startsWith('/test-net/')) {
          handle(req, res).catch((error) => send(res, 500, {}, String(error)));
          return;
        }
        for (const listener of devServer) listener.call(server, req, res);
      });
    },
  };
}
