// @ts-check
/**
 * Test endpoints for `<social-profile-card>`: a WebFinger endpoint (/test-profile/.well-known/…),
 * ActivityPub actors that negotiate on `Accept` (the W3C example actor as activity+json, an
 * h-card page as HTML), one that refuses unsigned requests, Mastodon accounts from the recorded
 * fixtures (by id and through `/api/v1/accounts/lookup`), a suspended account, 404s and slow
 * answers. Every request is logged per `key` query parameter, readable at /test-profile/log.
 *
 * Like the other test plugins, the endpoints answer before the dev server's middleware, so
 * status codes and headers reach the browser as written here.
 */
import { readFileSync } from 'node:fs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const fixtures = new URL('../../fixtures/', import.meta.url);
/** @param {string} name */
const fixture = (name) => readFileSync(new URL(name, fixtures), 'utf8');

/** The W3C ActivityPub spec's example actor. */
const actorDocument = fixture('activitypub/w3c-ap.example-actor-person.json');
/** A recorded Mastodon account (the author of the recorded timeline, MIT). */
const account = JSON.parse(fixture('mastodon/recorded.account-statuses.page1.json'))[0].account;

/**
 * The same account as Mastodon answers once it is suspended: the id and names stay, the rest
 * is blanked and `suspended` is set (the shape of GET /api/v1/accounts/:id for such an account).
 */
const suspendedAccount = {
  ...account,
  id: '117020565966271999',
  username: 'gone',
  acct: 'gone',
  url: 'http://localhost:3000/@gone',
  display_name: '',
  note: '',
  avatar: 'http://localhost:3000/avatars/original/missing.png',
  avatar_static: 'http://localhost:3000/avatars/original/missing.png',
  header: 'http://localhost:3000/headers/original/missing.png',
  header_static: 'http://localhost:3000/headers/original/missing.png',
  followers_count: 0,
  following_count: 0,
  statuses_count: 0,
  last_status_at: null,
  fields: [],
  emojis: [],
  suspended: true,
};

/** A profile page with the representative h-card (its url is the page, with rel=me links). */
const hcardPage = (/** @type {string} */ origin) => `<!doctype html>
<html lang="en">
<head><title>Kenzo Ishii</title><link rel="me" href="https://code.example/kenzo"></head>
<body>
<div class="h-card">
  <img class="u-photo" src="${origin}/test/fixtures/posts/avatar-ada.svg" alt="Kenzo smiling">
  <a class="p-name u-url u-uid" href="${origin}/test-profile/users/alice">Kenzo Ishii</a>
  <p class="p-note">Writes examples for specifications.</p>
</div>
</body>
</html>`;

/** Accounts the WebFinger endpoint knows, and where their actor lives. */
const ACCOUNTS = new Set(['alice', 'john', 'gone', 'slow']);

const log = new Map();

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

const json = { 'content-type': 'application/json; charset=utf-8' };

/** @param {Request} req @param {Response} res */
async function handle(req, res) {
  const origin = `http://${req.headers.host}`;
  const url = new URL(req.url ?? '/', origin);
  const query = url.searchParams;
  const key = query.get('key');
  if (key) {
    const seen = log.get(key) ?? [];
    seen.push({ path: url.pathname + url.search, accept: req.headers.accept ?? '' });
    log.set(key, seen);
  }
  const wait = Number(query.get('delay') ?? 0);
  if (wait > 0) await delay(Math.min(wait, 10_000));
  const path = url.pathname;

  if (path === '/test-profile/log') {
    return send(res, 200, json, JSON.stringify(log.get(query.get('of')) ?? []));
  }
  if (path === '/test-profile/.well-known/webfinger') {
    const resource = query.get('resource') ?? '';
    const match = /^acct:([^@]+)@(.+)$/.exec(resource);
    if (!match) return send(res, 400, json, JSON.stringify({ error: 'resource must be acct:' }));
    const [, user, host] = match;
    if (user === 'slow') await delay(3000);
    if (user === 'broken') return send(res, 200, json, '{"subject": "acct:broken@x", "links": []}');
    if (!ACCOUNTS.has(user ?? '')) return send(res, 404, {}, '');
    return send(
      res,
      200,
      { 'content-type': 'application/jrd+json; charset=utf-8', 'access-control-allow-origin': '*' },
      JSON.stringify({
        subject: `acct:${user}@${host}`,
        aliases: [`${origin}/test-profile/@${user}`],
        links: [
          {
            rel: 'http://webfinger.net/rel/profile-page',
            type: 'text/html',
            href: `${origin}/test-profile/@${user}`,
          },
          {
            rel: 'self',
            type: 'application/activity+json',
            href: `${origin}/test-profile/users/${user}`,
          },
        ],
      }),
    );
  }
  if (path === '/test-profile/users/alice' || path === '/test-profile/@alice') {
    const accept = req.headers.accept ?? '';
    // Content negotiation as fediverse servers do it: the actor for ActivityPub clients, the page for people.
    const wantsActor = /application\/(activity|ld)\+json/.test(accept.split(',')[0] ?? '');
    return wantsActor
      ? send(
          res,
          200,
          { 'content-type': 'application/activity+json; charset=utf-8', vary: 'Accept' },
          actorDocument,
        )
      : send(
          res,
          200,
          { 'content-type': 'text/html; charset=utf-8', vary: 'Accept' },
          hcardPage(origin),
        );
  }
  if (path === '/test-profile/kenzo.html') {
    return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, hcardPage(origin));
  }
  if (/^\/test-profile\/users\/(john|gone|slow)$/.test(path)) {
    // Servers in "secure mode" answer unsigned actor requests with 401: the Mastodon API is the way in.
    return send(res, 401, json, JSON.stringify({ error: 'Request not signed' }));
  }
  if (path === '/api/v1/accounts/lookup') {
    const acct = query.get('acct');
    if (acct === 'john') return send(res, 200, json, JSON.stringify(account));
    if (acct === 'gone') return send(res, 200, json, JSON.stringify(suspendedAccount));
    if (acct === 'slow') {
      await delay(3000);
      return send(res, 200, json, JSON.stringify(account));
    }
    return send(res, 404, json, JSON.stringify({ error: 'Record not found' }));
  }
  if (path === '/test-profile/api/v1/accounts/1')
    return send(res, 200, json, JSON.stringify(account));
  if (path === '/test-profile/api/v1/accounts/2') {
    return send(res, 200, json, JSON.stringify(suspendedAccount));
  }
  if (path === '/test-profile/api/v1/accounts/flaky') {
    // Fails for the first request of each key, then answers: what Retry is for.
    const seen = log.get(key)?.length ?? 1;
    return seen <= 1
      ? send(res, 404, json, JSON.stringify({ error: 'Record not found' }))
      : send(res, 200, json, JSON.stringify(account));
  }
  if (path.startsWith('/test-profile/api/v1/accounts/')) {
    return send(res, 404, json, JSON.stringify({ error: 'Record not found' }));
  }
  if (path === '/test-profile/not-a-profile') {
    return send(res, 200, json, JSON.stringify({ hello: 'world' }));
  }
  return send(res, 404, { 'content-type': 'text/plain' }, `no test endpoint ${path}`);
}

/**
 * A @web/dev-server plugin that answers /test-profile/... and /api/v1/accounts/lookup itself
 * and hands every other request to the dev server unchanged. Add `profileTestPlugin()` to the
 * `plugins` of web-test-runner.config.mjs.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function profileTestPlugin() {
  return {
    name: 'profile-test-endpoints',
    serverStart({ server }) {
      if (!server) return;
      const devServer = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (
          req.url?.startsWith('/test-profile/') ||
          req.url?.startsWith('/api/v1/accounts/lookup')
        ) {
          handle(req, res).catch((error) => send(res, 500, {}, String(error)));
          return;
        }
        for (const listener of devServer) listener.call(server, req, res);
      });
    },
  };
}
