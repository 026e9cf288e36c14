#!/usr/bin/env node
// @ts-check
/**
 * Opens every story of the built Storybook (`storybook-static/`) in headless Chromium and fails
 * when one has WCAG 2.x A/AA violations (axe-core), a page error or a console error: the a11y
 * addon only reports in the UI, this makes CI enforce it.
 *
 * Usage: node scripts/check-stories.mjs [--only=text] [--globals=scheme:dark;direction:rtl]...
 *        [--jobs=2] [--serve[=port]]
 * Without `--globals` each story runs with the default globals and with dark + right-to-left.
 * `--serve` only serves storybook-static/ on 127.0.0.1 (for screenshots) until interrupted.
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) =>
  args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
const only = option('only')[0] ?? '';
const jobs = Math.max(1, Number(option('jobs')[0] ?? 2));
const globalSets = option('globals');
if (globalSets.length === 0) globalSets.push('', 'scheme:dark;direction:rtl');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the project promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How long one story may take to settle before it counts as hanging. */
const STORY_TIMEOUT = 60_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ico': 'image/x-icon',
};

/** A tiny static server for storybook-static/, on 127.0.0.1 only. */
async function serve(port = 0) {
  const server = http.createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT.replace(/[\\/]$/, '') + sep) && file !== ROOT) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type':
          TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        // Storybook's bundles have hashed names: caching them makes each story load quickly.
        'cache-control': path.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Runs in the story's page: waits until every custom element, in every shadow root, has finished
 * its update, twice in a row (an update can render further elements).
 */
function settleElements() {
  /** @param {Document | ShadowRoot} root @returns {Element[]} */
  const all = (root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      element,
      ...(element.shadowRoot ? all(element.shadowRoot) : []),
    ]);
  const pending = () =>
    all(document)
      .filter((element) => element.localName.includes('-') && 'updateComplete' in element)
      .map(
        (element) => /** @type {{ updateComplete: Promise<unknown> }} */ (element).updateComplete,
      );
  const settled = Promise.all(pending())
    .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    .then(() => Promise.all(pending()))
    .then(() => '');
  // An element whose update waits on a load that never ends (a loading story) stops the wait.
  const late = new Promise((resolve) =>
    setTimeout(() => resolve('the elements never finished updating (10 s)'), 10_000),
  );
  return Promise.race([settled, late]);
}

/**
 * Checks one story with one set of globals on `page`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin
 * @param {{ id: string; title: string; name: string }} story
 * @param {string} globals
 * @param {string} axeSource
 * @returns {Promise<string[]>} the problems found
 */
async function checkStory(page, origin, story, globals, axeSource) {
  /** @type {string[]} */
  const problems = [];
  const onConsole = (/** @type {import('puppeteer-core').ConsoleMessage} */ message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    // The browser asks for a favicon on its own; Storybook's iframe has none.
    if (where.endsWith('/favicon.ico')) return;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  };
  const onError = (/** @type {unknown} */ error) =>
    problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`);
  const onFailed = (/** @type {import('puppeteer-core').HTTPRequest} */ request) => {
    // Requests a story cancels on purpose (an element aborting a fetch it no longer needs).
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  try {
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${
      globals ? `&globals=${globals}` : ''
    }`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') ||
        document.body.classList.contains('sb-show-errordisplay'),
      { timeout: STORY_TIMEOUT },
    );
    const failure = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'the story failed to render')
        : '',
    );
    if (failure) {
      problems.push(`render error: ${failure.trim()}`);
      return problems;
    }
    // A story that stays loading on purpose never settles: axe then checks the loading state.
    await page.evaluate(settleElements);
    // Requests that fail (the internet is out of reach) are reported above; one that is merely
    // slow on a busy machine only delays the check.
    await page.waitForNetworkIdle({ idleTime: 250, timeout: 15_000 }).catch(() => undefined);
    await page.evaluate(settleElements);
    // A story may opt out of axe (`parameters.a11y.test: 'off'`) or only report ('todo').
    const mode = await page.evaluate(() => {
      const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
      const render = preview?.currentRender;
      return String(render?.story?.parameters?.a11y?.test ?? 'error');
    });
    if (mode === 'off') return problems;
    if (!(await page.evaluate(() => 'axe' in window)))
      await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const axe = /** @type {any} */ (window).axe;
      const result = await axe.run(
        { include: [['#storybook-root']] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map(
        (/** @type {any} */ violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
            .slice(0, 5)
            .map(
              (/** @type {any} */ node) =>
                `        at ${JSON.stringify(node.target)}: ${String(node.failureSummary)
                  .split('\n')
                  .slice(1)
                  .join(' ')
                  .trim()}`,
            )
            .join('\n')}`,
      );
    }, WCAG_TAGS);
    const label = mode === 'todo' ? 'a11y (todo, not failing)' : 'a11y';
    for (const violation of violations) problems.push(`${label}: ${violation}`);
    return problems;
  } catch (error) {
    problems.push(`check failed: ${error instanceof Error ? error.message : String(error)}`);
    return problems;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
  }
}

const port = option('serve')[0] ?? (args.includes('--serve') ? '6007' : undefined);
if (port !== undefined) {
  const { origin } = await serve(Number(port));
  console.log(`storybook-static/ on ${origin}/ (Ctrl+C to stop)`);
} else {
  const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  /** @type {{ id: string; title: string; name: string; type: string }[]} */
  const entries = Object.values(index.entries);
  const stories = entries.filter(
    (entry) => entry.type === 'story' && `${entry.title} ${entry.name} ${entry.id}`.includes(only),
  );
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const axeSource = await readFile(axePath, 'utf8');

  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  /** @type {{ story: string; globals: string; problems: string[] }[]} */
  const failures = [];
  let checked = 0;
  let todo = 0;
  try {
    const queue = stories.flatMap((story) => globalSets.map((globals) => ({ story, globals })));
    const worker = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { story, globals } = job;
        let problems = await checkStory(page, server.origin, story, globals, axeSource);
        // A timeout on a busy machine is not a finding: try such a story once more.
        if (problems.some((problem) => problem.startsWith('check failed:')))
          problems = await checkStory(page, server.origin, story, globals, axeSource);
        checked += 1;
        const failing = problems.filter((problem) => !problem.startsWith('a11y (todo'));
        todo += problems.length - failing.length;
        const name = `${story.title} › ${story.name}`;
        if (failing.length) failures.push({ story: name, globals, problems });
        console.log(
          `${failing.length ? '✗' : '✓'} ${name}${globals ? ` [${globals}]` : ''}${
            problems.length ? `\n    ${problems.join('\n    ')}` : ''
          }`,
        );
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const sets = globalSets.map((globals) => globals || 'default').join(', ');
  console.log(
    `\n${stories.length} stories × ${globalSets.length} globals (${sets}): ${checked} checked, ` +
      `${failures.length} failing${todo ? `, ${todo} known a11y issues marked todo` : ''}`,
  );
  if (failures.length) process.exitCode = 1;
  if (stories.length === 0) {
    console.error('no stories found: run `npm run build-storybook` first');
    process.exitCode = 1;
  }
}
