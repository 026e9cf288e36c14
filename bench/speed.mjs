#!/usr/bin/env node
// @ts-check
/**
 * Our feed's critical path to its first post, and builds of it against each other:
 * `node bench/speed.mjs [--samples N] [--waterfall] [--embeds a,b] [name=distDir …]`.
 * `--embeds` takes the compared embeds' slugs (default `social-feed-mastodon,social-feed-bluesky`)
 * and those of the lone-post pages, `social-post-mastodon` and `social-post-bluesky`
 * (`POST_PAGES` in `embeds.mjs`).
 *
 * Each `name=distDir` is a library build (`dist/` unless told; build another one with
 * `npx vite build` in a git worktree), bundled the way `compare.mjs` bundles ours into a directory
 * of its own (`bench/.speed/`, so a run beside `npm run bench` leaves `bench/.build` alone), or a
 * CDN build (`dist/standalone`), whose `social-elements.js` is served as it is, with its chunks,
 * as a page without a build step loads it. The
 * pages are the bench's own (`server.mjs`, `embeds.mjs`: 20 posts, one local server), loaded
 * round-robin over the builds and embeds, each in a fresh browser context. Per page it reports
 * the median first post and 20 posts, the API calls made before the first post, and with
 * `--waterfall` one load's requests: when each started and ended, and what started it (the
 * depth of the import chain that led to it: the page is 1). `--h2` serves everything over
 * HTTP/2 (TLS, a throwaway certificate) instead of HTTP/1.1's six connections per host;
 * `--latency MS` adds a network round trip of MS to every request (CDP network emulation).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { bundle } from './build.mjs';
import { EMBEDS, POST_PAGES, slug } from './embeds.mjs';
import { startServer } from './server.mjs';
import { median, quantile } from './stats.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const OUT = `${BENCH}.speed`;

const args = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const samples = Number(flag('samples')) || 8;
const waterfall = args.includes('--waterfall');
const h2 = args.includes('--h2');
const latency = Number(flag('latency')) || 0;
const wanted = (flag('embeds') ?? 'social-feed-mastodon,social-feed-bluesky').split(',');
const builds = args
  .filter((arg) => /^[\w-]+=/.test(arg))
  .map((arg) => {
    const [name, dir] = /** @type {[string, string]} */ (arg.split(/=(.*)/s));
    return { name, dir: path.resolve(dir) };
  });
if (builds.length === 0) builds.push({ name: 'dist', dir: path.resolve(BENCH, '../dist') });

const embeds = [...EMBEDS, ...POST_PAGES].filter((embed) => wanted.includes(slug(embed.name)));
/** Our element's entry in `dist/define/` for one of our pages; undefined for a peer's. */
const ours = (/** @type {import('./embeds.mjs').Embed} */ embed) =>
  /dist\/define\/(social-[\w-]+)\.js/.exec(embed.entry)?.[1];

await rm(OUT, { recursive: true, force: true });
/** With `--h2`: a throwaway self-signed certificate for 127.0.0.1 (the browser is told to accept it). */
let tls;
if (h2) {
  await mkdir(OUT, { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      `${OUT}/key.pem`,
      '-out',
      `${OUT}/cert.pem`,
    ],
    { stdio: 'ignore' },
  );
  tls = {
    key: await readFile(`${OUT}/key.pem`, 'utf8'),
    cert: await readFile(`${OUT}/cert.pem`, 'utf8'),
  };
}
/** @type {{ label: string, embed: import('./embeds.mjs').Embed, server: Awaited<ReturnType<typeof startServer>> }[]} */
const targets = [];
for (const build of builds) {
  /** @type {Map<string, { dir: string, js: string[], css: string[], entry?: string }>} */
  const bundles = new Map();
  const root = `${OUT}/${build.name}`;
  // A CDN build (`dist/standalone`): the file a page loads as it is, with its chunks.
  const cdn = existsSync(path.join(build.dir, 'social-elements.js'));
  for (const embed of embeds) {
    if (!ours(embed) && targets.some((target) => target.embed === embed)) continue;
    if (ours(embed) && cdn) {
      await cp(build.dir, `${root}/${slug(embed.name)}`, { recursive: true });
      const files = { js: ['social-elements.js'], css: [], entry: 'social-elements.js' };
      bundles.set(embed.name, { dir: slug(embed.name), ...files });
      continue;
    }
    const source = ours(embed)
      ? `import ${JSON.stringify(`${build.dir}/define/${ours(embed)}.js`)};\n`
      : embed.entry;
    bundles.set(embed.name, await bundle(slug(embed.name), source, root));
  }
  const server = await startServer({ bundles, root, ...(tls ? { tls } : {}) });
  for (const embed of embeds) {
    if (!bundles.has(embed.name)) continue;
    targets.push({
      label: ours(embed) ? `${embed.name} [${build.name}]` : embed.name,
      embed,
      server,
    });
  }
}

const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: h2 ? [...CHROME_ARGS, '--ignore-certificate-errors'] : CHROME_ARGS,
});

/**
 * One cold load of a page: its marks, and every request with timing and initiator.
 * @param {(typeof targets)[number]} target
 */
async function load(target, { network = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  // Watching the network slows every request down: timed loads do not, the waterfall's one does.
  if (network || latency) await cdp.send('Network.enable');
  // A real network's round trip on every request (Chromium adds it to each response), so what
  // waits on what shows in the time, not only the machine's speed.
  if (latency) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  /** @type {Map<string, any>} What started each request, by URL (when the network is watched). */
  const initiators = new Map();
  cdp.on('Network.requestWillBeSent', (event) =>
    initiators.set(event.request.url, event.initiator),
  );
  // Main-thread tasks over 50 ms, to tell a page waiting on the network from one busy rendering.
  await page.evaluateOnNewDocument(() => {
    /** @type {any} */ (window).__benchLong = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        /** @type {any} */ (window).__benchLong.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  // A lone post's page has one post to show: it is done at the first.
  const wantedMarks = target.embed.max === 1 ? '1' : '1,20';
  const url = `${target.server.origin}/page?embed=${slug(target.embed.name)}&limit=20&marks=${wantedMarks}`;
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench-done').length > 0, {
    timeout: 30_000,
  });
  // Resource Timing, on the page's own clock (the marks'): when each request started and ended.
  const { marks, resources, long } = await page.evaluate(() => ({
    long: /** @type {[number, number][]} */ (/** @type {any} */ (window).__benchLong),
    marks: {
      first: performance.getEntriesByName('first-post')[0]?.startTime ?? NaN,
      twenty: performance.getEntriesByName('posts-20')[0]?.startTime ?? NaN,
    },
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd })),
  }));
  await context.close();
  /** What started a request: the script whose import or fetch asked for it. */
  const parent = (/** @type {string} */ at) => {
    const initiator = initiators.get(at);
    const from =
      initiator?.url ??
      initiator?.stack?.callFrames?.[0]?.url ??
      initiator?.stack?.parent?.callFrames?.[0]?.url;
    return from === 'about:client' ? undefined : from;
  };
  /** @type {Map<string, number>} */
  const depth = new Map();
  const levelOf = (/** @type {string} */ at, seen = new Set()) => {
    if (depth.has(at)) return /** @type {number} */ (depth.get(at));
    const from = parent(at);
    const level = !from || seen.has(at) ? 1 : 1 + levelOf(from, seen.add(at));
    depth.set(at, level);
    return level;
  };
  return {
    ...marks,
    long,
    requests: resources
      .filter((request) => request.url.startsWith(target.server.origin))
      .map((request) => {
        const address = new URL(request.url);
        const type = initiators.get(request.url)?.type;
        return {
          path: address.pathname.replace(/^\/build\/[^/]+\//, '') + address.search,
          start: request.start,
          end: request.end,
          depth: network ? levelOf(request.url) : NaN,
          // A dynamic import() has no initiating script in CDP's eyes ("about:client").
          from:
            (parent(request.url) ?? '').split('/').pop() || (type === 'script' ? 'import()' : type),
        };
      })
      .sort((a, b) => a.start - b.start),
  };
}

try {
  // One load each first, not counted: the browser warms up (ICU data, code caches of its own).
  for (const target of targets) await load(target);
  /** @type {Map<string, Awaited<ReturnType<typeof load>>[]>} */
  const results = new Map(targets.map((target) => [target.label, []]));
  for (let sample = 0; sample < samples; sample++) {
    for (const target of targets) results.get(target.label)?.push(await load(target));
  }
  const api = (/** @type {string} */ path) => /^\/(api|xrpc)\//.test(path);
  const ms = (/** @type {number[]} */ values) =>
    `${(median(values.filter((value) => !Number.isNaN(value))) ?? NaN).toFixed(0)}`.padStart(4);
  console.log(
    `\nmedian of ${samples} cold loads${latency ? ` (${latency} ms a round trip)` : ''}${h2 ? ' over HTTP/2' : ''}, 20 posts, ms from navigation: first post (p10–p90), 20 posts;` +
      `\n  the path to it: first API request sent → last API answer in before the first post, and` +
      `\n  main-thread tasks over 50 ms before it (their sum, and the one right before it)`,
  );
  for (const [label, loads] of results) {
    const path = loads.map((result) => {
      const before = result.requests.filter((request) => request.start < result.first);
      const calls = before.filter((request) => api(request.path));
      const long = result.long.filter(([start, duration]) => start + duration <= result.first + 1);
      return {
        apiStart: calls[0]?.start ?? NaN,
        apiEnd: Math.max(...calls.map((request) => request.end)),
        scripts: before.filter((request) => request.path.endsWith('.js')).length,
        calls: calls.map((request) => request.path.replace(/\?.*/, '')).join(' → '),
        longSum: long.reduce((sum, [, duration]) => sum + duration, 0),
        lastLong: long.at(-1)?.[1] ?? 0,
      };
    });
    const firsts = loads.map((result) => result.first);
    console.log(
      `${label}\n  first ${ms(firsts)} (${quantile(firsts, 0.1).toFixed(0)}–${quantile(firsts, 0.9).toFixed(0)})` +
        `  20 posts ${ms(loads.map((result) => result.twenty))}` +
        `  API ${ms(path.map((step) => step.apiStart))} → ${ms(path.map((step) => step.apiEnd))}` +
        `  long tasks ${ms(path.map((step) => step.longSum))}, last ${ms(path.map((step) => step.lastLong))}` +
        `\n  before the first post: ${path[0]?.scripts} scripts; API calls ${path[0]?.calls}`,
    );
  }
  // Builds against the first one, load by load: each sample of every page ran in the same
  // round, so the difference of a pair is less at the mercy of a machine whose load drifts.
  if (builds.length > 1) {
    console.log(
      `\nagainst ${builds[0]?.name}, first post: median of the paired differences (ratio of medians)`,
    );
    for (const embed of embeds.filter(ours)) {
      const of = (/** @type {string} */ build) => results.get(`${embed.name} [${build}]`) ?? [];
      const base = of(/** @type {string} */ (builds[0]?.name));
      for (const build of builds.slice(1)) {
        const other = of(build.name);
        const diffs = other.map((result, index) => result.first - (base[index]?.first ?? NaN));
        const ratio =
          median(other.map((result) => result.first)) / median(base.map((result) => result.first));
        console.log(
          `  ${embed.name} [${build.name}]: ${median(diffs) > 0 ? '+' : ''}${median(diffs).toFixed(0)} ms (${ratio.toFixed(2)}×), ` +
            `faster in ${diffs.filter((diff) => diff < 0).length} of ${diffs.length} rounds`,
        );
      }
    }
  }
  if (waterfall) {
    for (const label of results.keys()) {
      const target = /** @type {(typeof targets)[number]} */ (
        targets.find((candidate) => candidate.label === label)
      );
      const chosen = await load(target, { network: true });
      console.log(
        `\n${label} (one load, network watched: slower): first post ${chosen.first.toFixed(0)} ms, 20 posts ${(chosen.twenty ?? NaN).toFixed(0)} ms`,
      );
      for (const request of chosen.requests) {
        console.log(
          `  ${request.start.toFixed(0).padStart(5)} → ${request.end.toFixed(0).padStart(5)} ms  d${request.depth}  ${request.path.slice(0, 70).padEnd(70)}  ← ${request.from}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  for (const server of new Set(targets.map((target) => target.server))) await server.close();
}
