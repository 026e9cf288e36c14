// @ts-check
/**
 * Pages under /test-csp/ served with a strict Content-Security-Policy header, for
 * test/reliability/csp.test.ts: the test runner's own page has inline scripts, so the elements
 * run under the policy in a page of their own, in an iframe of the test.
 *
 * - /test-csp/page.html?engine=native|dompurify — every element, with local data (test/csp/page.ts).
 * - /test-csp/control.html — deliberate violations (test/csp/control.ts), so a test that sees none
 *   on the real page is known to be able to see some.
 * - /test-csp/data/<fixture path> — a fixture from test/fixtures/ with every image URL pointed at a
 *   local image and every other http(s) origin at this server, so the page loads nothing from
 *   elsewhere (which `default-src 'self'` would block, rightly, but not because of the elements).
 * - /test-csp/account.json — the recorded Mastodon account (the author of the recorded timeline).
 *
 * Both pages load test/csp/listen.js first, a classic script that records violations from the
 * very start (a module would miss those reported while the page is parsed).
 */
import { readFileSync } from 'node:fs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** The policy the issue names, word for word. */
export const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'";

const fixtures = new URL('../fixtures/', import.meta.url);

/** @param {string} path */
const fixture = (path) => readFileSync(new URL(path, fixtures), 'utf8');

const TYPES = /** @type {Record<string, string>} */ ({
  json: 'application/json; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  html: 'text/html; charset=utf-8',
});

/** Image addresses (by their extension) become this local picture. */
const IMAGE_URL =
  /https?:\/\/[^\s"'<>)]+?[.@](?:png|jpe?g|gif|webp|avif)(?:\?[^\s"'<>)]*)?(?=["'<\s)])/gi;
const ORIGIN = /https?:\/\/([a-z0-9.-]+)(?::\d+)?(?=[/"'<\s?#])/gi;
/** Hosts of namespace and version URIs, which name a vocabulary and are never loaded. */
const NAMESPACES =
  /(?:^|\.)(?:w3\.org|w3id\.org|purl\.org|jsonfeed\.org|yahoo\.com|joinmastodon\.org)$/i;

/**
 * A fixture with its remote addresses made local.
 * @param {string} text @param {string} origin
 */
function localize(text, origin) {
  return text
    .replace(IMAGE_URL, `${origin}/test/fixtures/posts/media/landscape.svg`)
    .replace(ORIGIN, (whole, host) => (NAMESPACES.test(host) ? whole : origin));
}

/** @param {string} module @param {string} [extra] markup the policy must refuse */
function page(module, extra = '') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>social-elements under a strict CSP</title>
    <script src="/test/csp/listen.js"></script>
    <script type="module" src="${module}"></script>
  </head>
  <body>
    <main id="root"></main>
    ${extra}
  </body>
</html>
`;
}

/**
 * @param {Response} res @param {number} status @param {string} type @param {string} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** @param {Request} req @param {Response} res */
function handle(req, res) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const path = url.pathname;
  if (path === '/test-csp/page.html' || path === '/test-csp/control.html') {
    const html =
      path === '/test-csp/page.html'
        ? page('/test/csp/page.ts')
        : page('/test/csp/control.ts', '<script>window.__inlineScriptRan = true;</script>');
    return send(res, 200, TYPES.html, html, { 'content-security-policy': POLICY });
  }
  if (path === '/test-csp/account.json') {
    const statuses = JSON.parse(fixture('mastodon/recorded.account-statuses.page1.json'));
    return send(res, 200, TYPES.json, localize(JSON.stringify(statuses[0].account), url.origin));
  }
  const data = /^\/test-csp\/data\/([a-z0-9-]+\/[\w.-]+)$/i.exec(path);
  if (data && !data[1].includes('..')) {
    const extension = data[1].split('.').pop() ?? '';
    const type = TYPES[extension];
    if (type) return send(res, 200, type, localize(fixture(data[1]), url.origin));
  }
  return send(res, 404, 'text/plain', `no CSP test page ${path}`);
}

/**
 * A @web/dev-server plugin that answers /test-csp/... itself and hands every other request to
 * the dev server unchanged (so the page's modules are transformed as in any test).
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function cspTestPlugin() {
  return {
    name: 'csp-test-pages',
    serverStart({ server }) {
      if (!server) return;
      const devServer = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (/** @type {Request} */ req, /** @type {Response} */ res) => {
        if (req.url?.startsWith('/test-csp/')) {
          try {
            handle(req, res);
          } catch (error) {
            send(res, 500, 'text/plain', String(error));
          }
          return;
        }
        for (const listener of devServer) listener.call(server, req, res);
      });
    },
  };
}
