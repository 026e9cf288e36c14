#!/usr/bin/env node
// @ts-check
/**
 * `npm run conformance -- <folder>`: reads every file under a folder with the public format entry
 * (`src/formats/index.ts`, unbundled) in headless Chromium and prints what each became. Exits
 * non-zero only when something crashes: a reader throwing anything but `FormatError`, or the
 * harness itself failing. A document that is refused with a `FormatError` is a result, not a crash.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { startHarness } from './browser-harness.mjs';

/** Files that document a folder rather than being data. */
const NOT_DATA = /(^|\/)(SOURCES\.md|[\w-]*LICEN[CS]E[\w.-]*|README[\w.-]*)$/i;
const HEADERS_SUFFIX = '.headers.json';

const TYPES = /** @type {Record<string, string>} */ ({
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.html': 'text/html',
  '.htm': 'text/html',
});

/** @param {string} folder @returns {Promise<string[]>} */
async function walk(folder) {
  /** @type {string[]} */
  const files = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files.sort();
}

/**
 * The recorded response next to a body (`x.json` → `x.headers.json`): its request URL and its
 * headers, each flattened to one string as a `Headers` object would.
 * @param {string} file
 */
async function sideHeaders(file) {
  const candidate = file.replace(/\.[^./]+$/, '') + HEADERS_SUFFIX;
  if (candidate === file) return undefined;
  try {
    const recorded = JSON.parse(await readFile(candidate, 'utf8'));
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(recorded.headers ?? {})) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return {
      url: typeof recorded.request?.uri === 'string' ? recorded.request.uri : undefined,
      headers,
    };
  } catch {
    return undefined;
  }
}

/** @param {string} text @param {number} width */
function cell(text, width) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

async function main() {
  const argument = process.argv[2];
  if (!argument || argument === '--help') {
    console.error('usage: npm run conformance -- <folder>');
    return 2;
  }
  const folder = path.resolve(argument);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) {
    console.error(`conformance: ${folder} is not a folder`);
    return 2;
  }
  const all = await walk(folder);
  const data = all.filter((file) => !NOT_DATA.test(file) && !file.endsWith(HEADERS_SUFFIX));

  /** @type {Map<string, { file: string, type: string }>} */
  const served = new Map();
  const files = [];
  for (const [index, file] of data.entries()) {
    const relative = path.relative(folder, file).split(path.sep).join('/');
    const side = await sideHeaders(file);
    const type =
      side?.headers['content-type'] ?? TYPES[path.extname(file).toLowerCase()] ?? 'text/plain';
    const route = `/__files/${index}/${relative.split('/').map(encodeURIComponent).join('/')}`;
    served.set(route, { file, type });
    files.push({ path: relative, served: route, url: side?.url ?? route, headers: side?.headers });
  }

  const harness = await startHarness({
    route: async (url, _request, response) => {
      const entry = served.get(url.pathname);
      if (!entry) return false;
      response.setHeader('content-type', entry.type);
      response.end(await readFile(entry.file));
      return true;
    },
  });
  // Relative URLs above become absolute on the harness origin, where the files really are.
  for (const file of files) {
    file.served = harness.origin + file.served;
    if (file.url.startsWith('/')) file.url = harness.origin + file.url;
  }

  /** @type {any[]} */
  let results;
  try {
    results = await harness.page.evaluate(async (list) => {
      const module = await import('/scripts/conformance-page.js');
      return module.run(list);
    }, files);
  } finally {
    await harness.close();
  }

  const widths = { path: 52, format: 16, posts: 6, skipped: 8, actor: 28 };
  console.log(
    `${cell('file', widths.path)} ${cell('format', widths.format)} ${cell('posts', widths.posts)} ` +
      `${cell('skipped', widths.skipped)} ${cell('actor', widths.actor)} result`,
  );
  let pages = 0;
  let posts = 0;
  let skipped = 0;
  let actors = 0;
  let refused = 0;
  let crashes = harness.pageErrors.length;
  for (const result of results) {
    const feed = result.feed;
    const errors = [result.harnessError, result.feedError, result.actorError].filter(Boolean);
    const crashed = errors.some((error) => error.kind === 'crash');
    if (crashed) crashes++;
    if (feed) {
      pages++;
      posts += feed.posts;
      skipped += feed.skipped.length;
    }
    if (result.actor) actors++;
    if (!feed && !result.actor && !crashed) refused++;
    const outcome = crashed
      ? 'CRASH'
      : feed
        ? `ok${feed.next ? ', next' : ''}${feed.prev ? ', prev' : ''}`
        : result.actor
          ? 'profile'
          : 'refused';
    const format = feed?.format ?? result.format ?? (result.detectError ? '?' : '-');
    console.log(
      `${cell(result.path, widths.path)} ${cell(format, widths.format)} ${cell(feed ? feed.posts : '-', widths.posts)} ` +
        `${cell(feed ? feed.skipped.length : '-', widths.skipped)} ${cell(result.actor ?? feed?.actor ?? '-', widths.actor)} ${outcome}`,
    );
    if (result.encoding && !String(result.encoding).startsWith('utf-8'))
      console.log(`    decoded as ${result.encoding}`);
    for (const reason of (feed?.skipped ?? []).slice(0, 3)) console.log(`    skipped ${reason}`);
    if (feed && feed.skipped.length > 3)
      console.log(`    … and ${feed.skipped.length - 3} more skipped`);
    const sameError =
      result.feedError &&
      result.actorError &&
      result.feedError.message === result.actorError.message;
    for (const [label, error] of [
      ['harness', result.harnessError],
      [sameError ? 'feed and actor' : 'feed', result.feedError],
      ['actor', sameError ? undefined : result.actorError],
    ]) {
      if (!error) continue;
      console.log(
        `    ${label} ${error.kind === 'crash' ? 'CRASH' : 'error'}: ${error.name}: ${error.message}`,
      );
      if (error.cause) console.log(`      caused by ${error.cause}`);
      if (error.kind === 'crash' && error.stack) console.log(error.stack.replace(/^/gm, '      '));
    }
  }
  for (const error of harness.pageErrors) console.log(`page error: ${error.message}`);
  console.log(
    `\n${results.length} files: ${pages} read as feeds (${posts} posts, ${skipped} skipped), ` +
      `${actors} profiles, ${refused} refused with FormatError, ${crashes} crashes`,
  );
  return crashes > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('conformance harness failed:', error);
    process.exitCode = 1;
  },
);
