// @ts-check
/**
 * Checks the CDN file (after `npm run build`): `examples/cdn/index.html` loads
 * `dist/standalone/social-elements.js` with a plain `<script type="module">`, no build step, from
 * a static 127.0.0.1 server in headless Chromium. Every element upgrades, the feed shows the posts
 * of a local JSON Feed and an RSS feed, the post and the profile card show, the page asks for
 * nothing outside the server and logs no error. Exits non-zero and says what failed.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STANDALONE = join(ROOT, 'dist/standalone/social-elements.js');
const TAGS = ['social-feed', 'social-source', 'social-post', 'social-profile-card'];

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.xml': 'application/rss+xml',
  '.svg': 'image/svg+xml',
};

if (!existsSync(STANDALONE)) {
  console.error('dist/standalone/social-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

// A plain static server over the repository: what any web host does, nothing more.
const server = http.createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const path = normalize(join(ROOT, pathname));
  if (!path.startsWith(ROOT) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_ARGS,
});
/** @type {string[]} */
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
      problems.push(`asked for something outside the page's server: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(`${origin}/examples/cdn/index.html`, { waitUntil: 'load' });

  // What a reader sees, read through the shadow roots once every source has had its say.
  const seen = await page.evaluate(async (tags) => {
    /** @param {Node} node @returns {string} */
    const text = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      const element = node.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (node) : null;
      if (element && ['STYLE', 'SCRIPT'].includes(element.tagName)) return '';
      const root = element?.shadowRoot ?? node;
      return [...root.childNodes].map(text).join(' ').replace(/\s+/g, ' ');
    };
    const feed = /** @type {Element} */ (document.querySelector('social-feed'));
    const posts = () => [...(feed.shadowRoot?.querySelectorAll('social-post') ?? [])];
    const post = /** @type {Element} */ (document.querySelector('main > social-post'));
    const card = /** @type {Element} */ (document.querySelector('social-profile-card'));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (
        posts().length >= 4 &&
        text(post).includes('one set of elements') &&
        text(card).includes('Ada Lindqvist')
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      undefinedTags: tags.filter((tag) => !customElements.get(tag)),
      notUpgraded: [...document.querySelectorAll(tags.join(','))]
        .filter((element) => !element.matches(':defined'))
        .map((element) => element.localName),
      feedPosts: posts().map(text),
      post: text(post),
      card: text(card),
    };
  }, TAGS);

  if (seen.undefinedTags.length) problems.push(`not defined: ${seen.undefinedTags.join(', ')}`);
  if (seen.notUpgraded.length) problems.push(`not upgraded: ${seen.notUpgraded.join(', ')}`);
  if (seen.feedPosts.length !== 4)
    problems.push(`the feed shows ${seen.feedPosts.length} posts, not 4`);
  const feedText = seen.feedPosts.join('\n');
  for (const words of ['Shipped the new onboarding checklist', 'one very wet tent']) {
    if (!feedText.includes(words)) problems.push(`the feed does not show "${words}"`);
  }
  if (!seen.post.includes('one set of elements')) problems.push('the post does not show its text');
  if (!seen.card.includes('Ada Lindqvist'))
    problems.push('the profile card does not show the name');

  if (problems.length) {
    console.error(`CDN check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `CDN check: ${TAGS.length} elements upgraded from dist/standalone/social-elements.js; ` +
        `the feed shows ${seen.feedPosts.length} posts from 2 sources, the post and the profile ` +
        `card render; no console errors, nothing fetched outside 127.0.0.1.`,
    );
  }
} finally {
  await browser.close().catch(() => {});
  await new Promise((resolve) => server.close(() => resolve(undefined)));
}
