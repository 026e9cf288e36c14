// @ts-check
/**
 * Fault-injection endpoints under /test-faults/, for the reliability tests: every way a server can
 * fail an element, reachable for every kind of document an element asks for.
 *
 *   GET|POST /test-faults/<target>/<mode>?key=K[&fails=N][&ms=M]
 *
 * `target` is what a healthy server would answer: `mastodon` (a statuses array, a feed source),
 * `jsonfeed` (a JSON Feed), `status` (one Mastodon status, a post embed), `account` (a Mastodon
 * account, a profile card), `actor` (an ActivityPub actor), `webfinger` (a JRD whose actor is
 * `/test-faults/actor/ok`), `micropub` (a Micropub endpoint: 201 with Location).
 *
 * `mode` is the fault: `ok`, `slow` (the answer after `ms`, default 1500), `hang` (never answers),
 * `404`, `500`, `503` (with Retry-After: 120), `429` (with Retry-After: 120), `redirect-loop`,
 * `wrong-type` (the right body served as image/png), `truncated` (Content-Length larger than what
 * is sent, then the socket is destroyed), `bad-utf8` (invalid UTF-8 inside the JSON strings),
 * `huge` (a 50 MB body, streamed with backpressure; `length=1` announces it in Content-Length),
 * `wrong-shape` (valid JSON of another shape), `html-error` (an HTML error page, status 200) and
 * `reset` (the connection is reset before any answer).
 *
 * The fault holds for requests of a `key` until the key is healed (`/test-faults/heal?key=K`),
 * or for the first `fails` requests when that is given; after that the healthy answer comes, so a
 * test can show that Retry recovers. `/test-faults/log?key=K` tells what the server saw: the
 * requests, the POST bodies, how many posts were accepted, and for `huge` how many bytes went out
 * and whether the client closed the connection before the end.
 *
 * Like the other test plugins, it answers before the dev server's middleware, so statuses,
 * headers and broken framing reach the browser as written here.
 */
import { readFileSync } from 'node:fs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const fixtures = new URL('../fixtures/', import.meta.url);
/** @param {string} name */
const fixture = (name) => readFileSync(new URL(name, fixtures), 'utf8');

const statuses = fixture('mastodon/recorded.account-statuses.page1.json');
const jsonFeed = fixture('jsonfeed/spec-1.1.microblog.json');
const status = fixture('mastodon/recorded.status.link-card.json');
const account = JSON.stringify(JSON.parse(statuses)[0].account);
const actor = fixture('activitypub/w3c-ap.example-actor-person.json');

/** What 50 MB is, in bytes; streamed in chunks so the server never holds it either. */
const HUGE_BYTES = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** Per key: how many requests were seen, whether it was healed, and what happened. */
const keys = new Map();

/**
 * @param {string} key
 * @returns {{ requests: Array<{ method: string, path: string, body?: string }>, healed: boolean, published: number, huge: Array<{ sent: number, closedEarly: boolean, finished: boolean }> }}
 */
function stateOf(key) {
  let state = keys.get(key);
  if (!state) {
    state = { requests: [], healed: false, published: 0, huge: [] };
    keys.set(key, state);
  }
  return state;
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
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

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The healthy answer for `target`: status, content type, body and extra headers.
 * @param {string} target
 * @param {string} origin
 * @returns {{ status: number, type: string, body: string, headers?: Record<string, string> }}
 */
function healthy(target, origin) {
  switch (target) {
    case 'mastodon':
      return { status: 200, type: JSON_TYPE, body: statuses };
    case 'jsonfeed':
      return { status: 200, type: 'application/feed+json; charset=utf-8', body: jsonFeed };
    case 'status':
      return { status: 200, type: JSON_TYPE, body: status };
    case 'account':
      return { status: 200, type: JSON_TYPE, body: account };
    case 'actor':
      return { status: 200, type: 'application/activity+json; charset=utf-8', body: actor };
    case 'webfinger':
      return {
        status: 200,
        type: 'application/jrd+json; charset=utf-8',
        body: JSON.stringify({
          subject: 'acct:alice@faults.example',
          properties: { 'http://schema.org/name': 'Alice of the fault tests' },
          links: [
            {
              rel: 'self',
              type: 'application/activity+json',
              href: `${origin}/test-faults/actor/ok`,
            },
          ],
        }),
      };
    case 'micropub': {
      const id = Math.random().toString(36).slice(2, 10);
      return {
        status: 201,
        type: JSON_TYPE,
        body: JSON.stringify({ url: `${origin}/notes/${id}`, note: 'Created by the fault tests' }),
        headers: { location: `${origin}/notes/${id}` },
      };
    }
    default:
      return { status: 404, type: 'text/plain', body: `no fault target ${target}` };
  }
}

/** @param {Request} req @returns {Promise<string>} */
function readRequestBody(req) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/**
 * Streams `HUGE_BYTES` of JSON-looking text, waiting for the socket to drain, and stops as soon
 * as the client goes away: the log then shows how little was sent.
 * @param {Request} req @param {Response} res @param {string} key @param {boolean} announce
 * @param {{ status: number, headers?: Record<string, string> }} good the healthy status and headers
 */
function sendHuge(req, res, key, announce, good) {
  const record = { sent: 0, closedEarly: false, finished: false };
  stateOf(key).huge.push(record);
  const head = Buffer.from('{"items":[');
  const tail = Buffer.from(']}');
  res.writeHead(good.status, {
    ...good.headers,
    'content-type': JSON_TYPE,
    'cache-control': 'no-store',
    ...(announce ? { 'content-length': String(HUGE_BYTES) } : {}),
  });
  res.on('close', () => {
    if (!record.finished) record.closedEarly = true;
  });
  const write = () => {
    if (res.destroyed) return;
    if (record.sent === 0) {
      res.write(head);
      record.sent += head.length;
    }
    while (record.sent < HUGE_BYTES - tail.length) {
      const size = Math.min(CHUNK.length, HUGE_BYTES - tail.length - record.sent);
      const ok = res.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size));
      record.sent += size;
      if (!ok) {
        res.once('drain', write);
        return;
      }
    }
    record.finished = true;
    res.end(tail);
    record.sent += tail.length;
  };
  write();
  void req;
}

/**
 * @param {Request} req
 * @param {Response} res
 */
async function handle(req, res) {
  const origin = `http://${req.headers.host}`;
  const url = new URL(req.url ?? '/', origin);
  const query = url.searchParams;
  const key = query.get('key') ?? '';

  if (url.pathname === '/test-faults/log') {
    const state = stateOf(key);
    return send(
      res,
      200,
      { 'content-type': JSON_TYPE },
      JSON.stringify({ ...state, count: state.requests.length }),
    );
  }
  if (url.pathname === '/test-faults/heal') {
    stateOf(key).healed = true;
    return send(res, 200, { 'content-type': JSON_TYPE }, '{"healed":true}');
  }

  const match = /^\/test-faults\/([a-z]+)\/([a-z0-9-]+)$/.exec(url.pathname);
  if (!match) return send(res, 404, { 'content-type': 'text/plain' }, 'no such fault endpoint');
  const [, target = '', requested = ''] = match;

  const state = stateOf(key);
  const body = req.method === 'POST' ? await readRequestBody(req) : undefined;
  state.requests.push({
    method: req.method ?? 'GET',
    path: url.pathname + url.search,
    ...(body !== undefined ? { body } : {}),
  });
  const fails = query.has('fails') ? Number(query.get('fails')) : Infinity;
  const faulty = !state.healed && state.requests.length <= fails;
  const mode = faulty ? requested : 'ok';
  const good = healthy(target, origin);
  const goodHeaders = { 'content-type': good.type, ...good.headers };
  // A POST answered with success is a post the server took, whatever became of the answer.
  const accept = () => {
    if (req.method === 'POST' && good.status < 300) state.published += 1;
  };

  switch (mode) {
    case 'ok':
      accept();
      return send(res, good.status, goodHeaders, good.body);
    case 'slow':
      await delay(Number(query.get('ms') ?? 1500));
      // This server commits a post only when it can still answer: a client that gave up has
      // not published, so the tests can tell a retry from a double post.
      if (res.destroyed || req.socket.destroyed) return;
      accept();
      return send(res, good.status, goodHeaders, good.body);
    case 'hang':
      // Never answers; the socket goes when the client gives up (or the server stops).
      return;
    case '404':
      return send(res, 404, { 'content-type': JSON_TYPE }, '{"error":"Record not found"}');
    case '500':
      return send(res, 500, { 'content-type': 'text/plain' }, 'Internal Server Error');
    case '503':
      return send(
        res,
        503,
        { 'content-type': 'text/plain', 'retry-after': '120' },
        'Service Unavailable',
      );
    case '429':
      return send(
        res,
        429,
        { 'content-type': JSON_TYPE, 'retry-after': '120' },
        '{"error":"Too many requests"}',
      );
    case 'redirect-loop':
      return send(res, 302, { location: url.pathname + url.search });
    case 'wrong-type':
      accept();
      return send(res, good.status, { ...goodHeaders, 'content-type': 'image/png' }, good.body);
    case 'truncated': {
      accept();
      const bytes = Buffer.from(good.body);
      res.writeHead(good.status, {
        ...goodHeaders,
        'cache-control': 'no-store',
        'content-length': String(bytes.length + 4096),
      });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => res.destroy(), 20).unref();
      return;
    }
    case 'bad-utf8': {
      accept();
      // Invalid sequences inside string values: a lone continuation byte, an overlong form, 0xFF.
      // Only in values with a space (words people read), so keys and URLs stay intact.
      const broken = good.body.replace(
        /(:\s*)"((?:[^"\\]|\\.)*\s(?:[^"\\]|\\.)*)"/g,
        (_, colon, text) => `${colon}"${text}\u0000"`,
      );
      const bytes = Buffer.from(broken, 'utf8');
      const out = Buffer.alloc(bytes.length * 3);
      let length = 0;
      for (const byte of bytes) {
        if (byte === 0) {
          for (const bad of [0x80, 0xc0, 0xaf, 0xff]) out[length++] = bad;
        } else out[length++] = byte;
      }
      return send(res, good.status, goodHeaders, out.subarray(0, length));
    }
    case 'huge':
      accept();
      return sendHuge(req, res, key, query.get('length') === '1', good);
    case 'wrong-shape':
      accept();
      return send(
        res,
        good.status,
        goodHeaders,
        JSON.stringify({ data: [1, 2, 3], items: 'none', statuses: null, error: false }),
      );
    case 'html-error':
      return send(
        res,
        200,
        { 'content-type': 'text/html; charset=utf-8' },
        '<!doctype html><html lang="en"><head><title>Service error</title></head><body><h1>Something went wrong</h1><p>The page you asked for is having trouble. Reference #84c1.</p></body></html>',
      );
    case 'reset': {
      const socket = req.socket;
      // A TCP reset (RST) where Node has it, else a plain close without an answer.
      if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
      else socket.destroy();
      return;
    }
    default:
      return send(res, 404, { 'content-type': 'text/plain' }, `no fault mode ${mode}`);
  }
}

/**
 * A @web/dev-server plugin that answers /test-faults/... itself and hands every other request to
 * the dev server unchanged. Add `faultTestPlugin()` to the `plugins` of web-test-runner.config.mjs.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function faultTestPlugin() {
  return {
    name: 'fault-test-endpoints',
    serverStart({ server }) {
      if (!server) return;
      const devServer = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (req.url?.startsWith('/test-faults/')) {
          handle(req, res).catch((error) => send(res, 500, {}, String(error)));
          return;
        }
        for (const listener of devServer) listener.call(server, req, res);
      });
    },
  };
}
