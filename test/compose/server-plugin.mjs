// @ts-check
/**
 * Local publishing endpoints under /test-compose/ for the composer's tests: a Micropub endpoint
 * (form and JSON, q=config, a media endpoint), a Mastodon-API server (statuses with
 * Idempotency-Key, media, instance limits) and a plain JSON API. Every request is recorded with
 * its headers and raw body, so tests can compare what was sent with the spec examples.
 *
 * Paths: /test-compose/micropub/<key>/<mode>, /test-compose/media/<key>/<mode>,
 * /test-compose/json/<key>/<mode>, /test-compose/mastodon/<key>/<mode>/api/…, and
 * /test-compose/log/<key> for what was recorded. `<key>` separates tests; `<mode>` picks the
 * answer: ok, 202, 400, 401, 403, 413, 422, 500, slow (ms=…), flaky (fails=…). The
 * fault-switched API under /test-compose/faulty/<key>/… is described at `handleFaulty`, the
 * gate that holds back the composer's lazily loaded parts at `handleGate`.
 */
import { readFileSync } from 'node:fs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/micropub/${name}`, import.meta.url), 'utf8');

/** Requests seen per key. */
const log = new Map();
/** Requests answered per key, for flaky endpoints. */
const counters = new Map();
/** Mastodon statuses created per Idempotency-Key, so a retried request returns the same status. */
const idempotent = new Map();
let nextId = 1000;

/** @param {Response} res @param {number} status @param {Record<string, string>} headers @param {string} [body] */
function send(res, status, headers, body = '') {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, {
    'cache-control': 'no-store',
    'access-control-expose-headers': 'Location',
    ...headers,
  });
  res.end(body);
}

/** @param {Response} res @param {number} status @param {unknown} value @param {Record<string, string>} [headers] */
function json(res, status, value, headers = {}) {
  send(
    res,
    status,
    { 'content-type': 'application/json; charset=utf-8', ...headers },
    JSON.stringify(value),
  );
}

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** @param {Request} req @returns {Promise<Buffer>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The names, file names and text values of a multipart body's parts, for the log. @param {Buffer} body */
function multipartFields(body, contentType = '') {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return [];
  const marker = `--${boundary[1] ?? boundary[2]}`;
  return body
    .toString('latin1')
    .split(marker)
    .slice(1, -1)
    .map((part) => {
      const [head = '', ...rest] = part.split('\r\n\r\n');
      const name = /name="([^"]*)"/.exec(head)?.[1];
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
      const value = rest.join('\r\n\r\n').replace(/\r\n$/, '');
      return filename === undefined
        ? { name, value: Buffer.from(value, 'latin1').toString('utf8') }
        : { name, filename, type, size: Buffer.byteLength(value, 'latin1') };
    });
}

/**
 * The composer's parts that load on demand (`composer-publish`, `composer-media`,
 * `composer-warning`, `composer-discovery`, `count`, its counting rules, and `draft`, the code
 * that keeps drafts), held back or failed on request, so tests can act before a part arrives:
 * part name → what happens to its module requests, and how many came.
 * @type {Map<string, { mode: 'hold' | 'fail'; requested: number; waiting: Array<() => void> }>}
 */
const gates = new Map();

/**
 * The lazily loaded part a request asks for, if any: `/src/components/composer/<part>.ts` (or
 * `.js`), `count` for `/src/compose/count.ts`, `draft` for `/src/compose/draft.ts`, `view`
 * for the post's template (`/src/components/post/view.ts`). @param {string} url
 */
function partOf(url) {
  return /\/(?:components\/composer\/(composer-[\w-]+)|compose\/(count|draft)|components\/post\/(view))\.(?:ts|js)(?:\?|$)/
    .exec(url)
    ?.slice(1)
    .find(Boolean);
}

/**
 * POST /test-compose/gate/<part>/hold (requests wait), …/fail (answered 503), …/open (the
 * waiting ones go on, later ones pass); GET …/state gives `{ requested }`.
 * @param {Response} res @param {string} part @param {string} command
 */
function handleGate(res, part, command) {
  const gate = gates.get(part);
  if (command === 'state') return json(res, 200, { requested: gate?.requested ?? 0 });
  if (command === 'open') {
    gates.delete(part);
    for (const go of gate?.waiting ?? []) go();
    return json(res, 200, { released: gate?.waiting.length ?? 0 });
  }
  if (command === 'hold' || command === 'fail') {
    gates.set(part, { mode: command, requested: 0, waiting: gate?.waiting ?? [] });
    return json(res, 200, {});
  }
  return send(res, 400, {}, `unknown gate command ${command}`);
}

/** @param {string} key */
function count(key) {
  const next = (counters.get(key) ?? 0) + 1;
  counters.set(key, next);
  return next;
}

/**
 * An error answer for a mode, or undefined for success. Micropub answers carry Micropub's error
 * codes; Mastodon answers carry its `{ "error": "…" }` with a human-readable message.
 * @param {string} mode @param {'micropub' | 'mastodon'} style @param {URLSearchParams} query @param {string} key
 * @returns {Promise<[number, Record<string, string>, string] | undefined>}
 */
async function failure(mode, style, query, key) {
  const body = (value) => JSON.stringify(value);
  const type = { 'content-type': 'application/json' };
  if (mode === 'slow') await delay(Number(query.get('ms') ?? 2000));
  if (mode === 'flaky' && count(`flaky:${key}`) <= Number(query.get('fails') ?? 1)) {
    return [503, { 'content-type': 'text/html' }, '<h1>Service Unavailable</h1>'];
  }
  switch (mode) {
    case '400':
      return [
        400,
        type,
        style === 'micropub'
          ? fixture('error.invalid_request.body.json')
          : body({ error: 'Bad request' }),
      ];
    case '401':
      return style === 'micropub'
        ? [
            401,
            type,
            body({
              error: 'unauthorized',
              error_description: 'No access token was provided in the request',
            }),
          ]
        : [401, type, body({ error: 'The access token is invalid' })];
    case '403':
      return style === 'micropub'
        ? [403, type, body({ error: 'insufficient_scope', scope: 'create' })]
        : [403, type, body({ error: 'This action is outside the authorized scopes' })];
    case '413':
      return [413, { 'content-type': 'text/plain' }, 'Payload Too Large'];
    case '422':
      return [422, type, body({ error: "Validation failed: Text can't be blank" })];
    case '429':
      return [429, { ...type, 'retry-after': '30' }, body({ error: 'Too many requests' })];
    case '500':
      return [500, { 'content-type': 'text/html' }, '<h1>Internal Server Error</h1>'];
    default:
      return undefined;
  }
}

/** A Mastodon status for what was posted. @param {any} params @param {string} origin */
function status(params, origin) {
  const id = String(nextId++);
  return {
    id,
    created_at: new Date().toISOString(),
    in_reply_to_id: null,
    sensitive: Boolean(params.spoiler_text),
    spoiler_text: params.spoiler_text ?? '',
    visibility: params.visibility ?? 'public',
    language: params.language ?? null,
    uri: `${origin}/users/ada/statuses/${id}`,
    url: `${origin}/@ada/${id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    content: `<p>${String(params.status ?? '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')}</p>`,
    reblog: null,
    account: {
      id: '1',
      username: 'ada',
      acct: 'ada',
      display_name: 'Ada',
      url: `${origin}/@ada`,
      avatar: `${origin}/avatars/ada.png`,
      note: '',
      created_at: '2020-01-01T00:00:00.000Z',
    },
    media_attachments: (params.media_ids ?? []).map((/** @type {string} */ mediaId) => ({
      id: mediaId,
      type: 'image',
      url: `${origin}/media/${mediaId}.png`,
      preview_url: `${origin}/media/${mediaId}.small.png`,
      description: null,
    })),
    mentions: [],
    tags: [],
    emojis: [],
  };
}

/**
 * The fault-switched JSON API (`/test-compose/faulty/<key>/post`) for the composer's model tests.
 * It honours `Idempotency-Key` as Mastodon does, records what it created, and answers each POST
 * by the next planned outcome: `ok`, `slow` (100 ms), `500`, `503` (Retry-After), `cut` (created,
 * then the connection drops in the middle of the 201's body), `hold` (kept waiting until
 * released), `reset` (nothing created) and `lost` (created): the last two answer 502 with an
 * `x-fault` header, which the test's `fetch` seam turns into the rejection a dropped connection
 * gives — a real reset would be resent by the browser on a reused connection, unpredictably.
 * `/control` sets the plan or releases held requests; `/state` tells what was created and what
 * is held.
 */
const faulty = new Map();

/** @param {string} key */
function faultState(key) {
  let state = faulty.get(key);
  if (!state) {
    state = {
      /** @type {string[]} */ plan: [],
      /** @type {Array<{ body: any, release: () => void }>} */ held: [],
      /** @type {Array<{ id: string, idempotencyKey?: string, body: any }>} */ created: [],
      /** @type {Map<string, any>} */ byKey: new Map(),
      requests: 0,
    };
    faulty.set(key, state);
  }
  return state;
}

/** Answers with headers and half a body, then drops the connection. @param {Response} res */
function dropMidAnswer(res) {
  // Chunked, so the browser knows the answer was cut short (a short Content-Length is forgiven).
  res.writeHead(201, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  res.write('{"id":', () => setTimeout(() => res.socket?.destroy(), 20));
}

/** @param {Request} req @param {Response} res @param {string} key @param {string} mode @param {Buffer} raw */
async function handleFaulty(req, res, key, mode, raw) {
  const state = faultState(key);
  if (mode === 'control') {
    const command = JSON.parse(raw.toString('utf8') || '{}');
    if (Array.isArray(command.plan)) state.plan = [...command.plan];
    if (command.release) for (const held of state.held.splice(0)) held.release();
    return json(res, 200, { ok: true });
  }
  if (mode === 'state') {
    return json(res, 200, {
      requests: state.requests,
      plan: state.plan,
      held: state.held.map((held) => held.body),
      created: state.created,
    });
  }
  if (req.method !== 'POST') return send(res, 405, {});
  state.requests++;
  const body = JSON.parse(raw.toString('utf8') || '{}');
  const outcome = state.plan.shift() ?? 'ok';
  if (outcome === 'hold') {
    await new Promise((resolve) => state.held.push({ body, release: () => resolve(undefined) }));
  }
  if (outcome === 'slow') await delay(100);
  if (outcome === '500') return send(res, 500, { 'content-type': 'text/html' }, '<h1>Oops</h1>');
  if (outcome === '503') {
    return send(res, 503, { 'content-type': 'text/html', 'retry-after': '1' }, '<h1>Busy</h1>');
  }
  if (outcome === 'reset') return send(res, 502, { 'x-fault': 'reset' });
  const header = req.headers['idempotency-key'];
  const idempotencyKey = typeof header === 'string' ? header : undefined;
  let post = idempotencyKey ? state.byKey.get(idempotencyKey) : undefined;
  if (!post) {
    const id = `post-${nextId++}`;
    post = { id, url: `https://blog.example/${id}`, published: new Date().toISOString() };
    state.created.push({ id, idempotencyKey, body });
    if (idempotencyKey) state.byKey.set(idempotencyKey, post);
  }
  if (outcome === 'lost') return send(res, 502, { 'x-fault': 'lost' });
  if (outcome === 'cut') return dropMidAnswer(res);
  return json(res, 201, post, { location: post.url });
}

/** @param {Request} req @param {Response} res */
async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = url.searchParams;
  const [, , kind = '', key = '', mode = 'ok', ...rest] = url.pathname.split('/');
  const origin = `http://${req.headers.host}`;
  if (req.method === 'OPTIONS') {
    return send(res, 204, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
      'access-control-allow-methods': 'GET, POST, PUT',
    });
  }
  if (kind === 'log') return json(res, 200, log.get(key) ?? []);
  if (kind === 'gate') return handleGate(res, key, mode);

  const raw = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  const entry = {
    method: req.method,
    path: url.pathname + url.search,
    headers: req.headers,
    body: contentType.startsWith('multipart/') ? '' : raw.toString('utf8'),
    parts: contentType.startsWith('multipart/') ? multipartFields(raw, contentType) : undefined,
  };
  const entries = log.get(key) ?? [];
  entries.push(entry);
  log.set(key, entries);

  if (kind === 'faulty') return handleFaulty(req, res, key, mode, raw);

  if (kind === 'micropub' || kind === 'json') {
    if (req.method === 'GET' && query.get('q') === 'config') {
      const config = JSON.parse(fixture('query.config.body.json'));
      config['media-endpoint'] = `${origin}/test-compose/media/${key}/ok`;
      return json(res, 200, config);
    }
    const failed = await failure(mode, 'micropub', query, key);
    if (failed) return send(res, ...failed);
    const number = nextId++;
    const location = `https://aaronpk.example/post/${number}`;
    if (kind === 'json') {
      return json(
        res,
        201,
        { id: `post-${number}`, url: location, published: '2026-11-25T12:00:00Z' },
        { location },
      );
    }
    return send(res, mode === '202' ? 202 : 201, { location });
  }

  if (kind === 'media') {
    const failed = await failure(mode, 'micropub', query, key);
    if (failed) return send(res, ...failed);
    return send(res, 201, {
      location: `https://media.example.com/file/${(nextId++).toString(16)}.jpg`,
    });
  }

  if (kind === 'mastodon') {
    const api = `/${rest.join('/')}`;
    if (req.method === 'GET' && api === '/api/v2/instance') {
      return json(res, 200, {
        domain: 'social.example',
        configuration: {
          statuses: { max_characters: Number(query.get('max') ?? 1000), max_media_attachments: 4 },
          media_attachments: {
            supported_mime_types: [
              'image/jpeg',
              'image/png',
              'image/gif',
              'image/webp',
              'video/mp4',
            ],
            image_size_limit: 16777216,
            video_size_limit: 103809024,
          },
        },
      });
    }
    if (req.method === 'POST' && api === '/api/v2/media') {
      const description = entry.parts?.find((part) => part.name === 'description');
      const id = String(nextId++);
      return json(res, 200, {
        id,
        type: 'image',
        url: `${origin}/media/${id}.png`,
        preview_url: `${origin}/media/${id}.small.png`,
        description: description && 'value' in description ? description.value : null,
      });
    }
    if (req.method === 'PUT' && api.startsWith('/api/v1/media/')) {
      const params = JSON.parse(entry.body || '{}');
      return json(res, 200, {
        id: api.split('/').pop(),
        type: 'image',
        description: params.description,
      });
    }
    if (req.method === 'POST' && api === '/api/v1/statuses') {
      const failed = await failure(mode, 'mastodon', query, key);
      if (failed) return send(res, ...failed);
      const idempotencyKey = req.headers['idempotency-key'];
      const seen = typeof idempotencyKey === 'string' ? idempotent.get(idempotencyKey) : undefined;
      if (seen) return json(res, 200, seen);
      const created = status(JSON.parse(entry.body || '{}'), origin);
      if (typeof idempotencyKey === 'string') idempotent.set(idempotencyKey, created);
      return json(res, 200, created);
    }
  }
  return send(res, 404, { 'content-type': 'text/plain' }, `no test endpoint ${url.pathname}`);
}

/**
 * A @web/dev-server plugin that answers /test-compose/... itself and hands every other request
 * to the dev server unchanged. Add `composeTestPlugin()` to the `plugins` of
 * web-test-runner.config.mjs.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function composeTestPlugin() {
  return {
    name: 'compose-test-endpoints',
    serverStart({ server }) {
      if (!server) return;
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (req.url?.startsWith('/test-compose/')) {
          handle(req, res).catch((error) => send(res, 500, {}, String(error)));
          return;
        }
        const pass = () => {
          for (const listener of others) listener.call(server, req, res);
        };
        const name = partOf(req.url ?? '');
        // Every page asks the server for a part again (no copy from the browser's cache), so a
        // gate set in one test file holds whatever an earlier file loaded.
        if (name) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (header, value) =>
            setHeader(header, header.toLowerCase() === 'cache-control' ? 'no-store' : value);
        }
        const gate = name ? gates.get(name) : undefined;
        if (gate) {
          gate.requested++;
          if (gate.mode === 'fail') send(res, 503, { 'content-type': 'text/plain' }, 'gated');
          else gate.waiting.push(pass);
          return;
        }
        pass();
      });
    },
  };
}
