#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: every benchmark in one go — the embeds side by side (tachometer + bytes), our
 * feed with 10,000 posts, normalizing per format, and the demo page's layout shift — then a table
 * on stdout and everything in `bench/results.json`. Installs `bench/`'s own dependencies first
 * when they are missing. Options: `--samples N` page loads per embed page (default 12),
 * `--rounds N` normalizing rounds (default 9), `--count N` posts for scaling and normalizing
 * (default 10000), `--scroll-seconds N` (default 180), `--only compare,scaling,normalize,cls`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const DRIVER = process.env.CHROMEDRIVER_FILEPATH || '/usr/bin/chromedriver';

/** @param {string} name @param {number} fallback */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** tachometer drives Chromium through chromedriver: Debian's, copied in by the npm package. */
function ensureDependencies() {
  if (
    existsSync(`${BENCH}node_modules/tachometer`) &&
    existsSync(`${BENCH}node_modules/chromedriver/lib/chromedriver/chromedriver`)
  )
    return;
  if (!existsSync(DRIVER)) {
    throw new Error(
      `bench: ${DRIVER} is missing. Install Debian's driver for Chromium first: apt-get install -y chromium-driver (or set CHROMEDRIVER_FILEPATH).`,
    );
  }
  console.log('bench: installing bench/ dependencies (npm ci --prefix bench)…');
  const result = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, CHROMEDRIVER_FILEPATH: DRIVER },
  });
  if (result.status !== 0) throw new Error('bench: npm ci --prefix bench failed');
}

function machine() {
  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ??
    os.cpus()[0]?.model;
  let chromium;
  try {
    chromium = execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = 'unknown';
  }
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number | undefined} ms */
const ms = (ms) => (ms === undefined || Number.isNaN(ms) ? '—' : `${Math.round(ms)} ms`);
/** @param {number | undefined} value @param {number | undefined} ours */
const ratio = (value, ours) =>
  value === undefined ||
  ours === undefined ||
  Number.isNaN(value) ||
  Number.isNaN(ours) ||
  ours === 0
    ? ''
    : ` (${(value / ours).toFixed(2)}×)`;

/** The comparison as a Markdown table: medians, each with its ratio to our feed on the same network. */
export function compareTable(/** @type {any} */ compare) {
  const lines = [
    '| embed | JS gzip | JS unpacked | first post | 20 posts | 100 posts | posts it can show |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const embed of compare.embeds) {
    const ours = compare.embeds.find(
      (/** @type {any} */ candidate) =>
        candidate.network === embed.network && candidate.name.startsWith('social-feed'),
    );
    const t = embed.timing;
    const o = ours.timing;
    lines.push(
      `| ${embed.name} | ${kb(embed.bytes.jsGzip)}${ratio(embed.bytes.jsGzip, ours.bytes.jsGzip)} | ` +
        `${kb(embed.bytes.jsRaw)}${ratio(embed.bytes.jsRaw, ours.bytes.jsRaw)} | ` +
        `${ms(t.first?.median)}${ratio(t.first?.median, o.first?.median)} | ` +
        `${ms(t['20']?.median)}${ratio(t['20']?.median, o['20']?.median)} | ` +
        `${t['100'] ? ms(t['100'].median) + ratio(t['100'].median, o['100']?.median) : `— (max ${embed.max})`} | ` +
        `${embed.max ?? 'all (pages on)'} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const only = (
    process.argv.includes('--only')
      ? process.argv[process.argv.indexOf('--only') + 1]
      : 'compare,scaling,normalize,cls'
  ).split(',');
  const samples = option('samples', 12);
  const rounds = option('rounds', 9);
  const count = option('count', 10_000);
  const scrollSeconds = option('scroll-seconds', 180);
  // The bench measures the production build: a fresh clone has none yet.
  if (!existsSync(new URL('../dist/define/social-feed.js', import.meta.url))) {
    console.log('bench: no dist/ yet: npm run build…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: `${BENCH}..` });
    if (build.status !== 0) throw new Error('bench: npm run build failed');
  }
  if (only.includes('compare')) ensureDependencies();
  // A partial run (`--only`) updates its parts of the last results and keeps the others.
  const file = `${BENCH}results.json`;
  /** @type {Record<string, any>} */
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.machine = machine();
  // Saved after each part, so a part that fails keeps what the others measured.
  // Each part merges into the file as it is then, so two partial runs at once keep both parts.
  const save = () => {
    const latest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    for (const part of only) if (results[part]) latest[part] = results[part];
    latest.machine = results.machine;
    return writeFile(file, `${JSON.stringify(latest, null, 2)}\n`);
  };
  console.log(
    `bench: ${results.machine.cpu}, ${results.machine.nproc} CPUs, ${results.machine.chromium}, load ${results.machine.loadAverageAtStart.join(' ')}`,
  );

  if (only.includes('compare')) {
    const { compare } = await import('./compare.mjs');
    results.compare = await compare({ samples });
    await save();
    console.log(
      `\nEmbeds side by side (median of ${samples} cold page loads; ratio to our feed on the same network)\n`,
    );
    console.log(compareTable(results.compare));
    if (results.compare.unknownRequests.length > 0) {
      console.log(
        `\nrequests the local server did not answer: ${results.compare.unknownRequests.join(', ')}`,
      );
    }
  }
  if (only.includes('scaling')) {
    const { scaling } = await import('./scaling.mjs');
    const run = await scaling({ count, maxSeconds: scrollSeconds });
    results.scaling = run;
    await save();
    const { reading, whole } = run.scroll;
    console.log(`\nScaling: ${count} posts in one <social-feed>`);
    console.log(
      `  parseFeed ${ms(run.parseMs)} for ${(run.documentBytes / 1e6).toFixed(1)} MB; first posts on screen ${ms(run.showMs)} after setting .posts`,
    );
    console.log(
      `  DOM: ${run.dom.atTop.elements} elements (${run.dom.atTop.posts} <social-post>) at the top, ${run.dom.atEnd.elements} (${run.dom.atEnd.posts}) at the end`,
    );
    console.log(
      `  JS heap after GC: ${kb(run.heap.emptyFeed)} empty feed, ${kb(run.heap.postsParsed)} posts parsed, ${kb(run.heap.postsShown)} shown, ${kb(run.heap.afterScroll)} after scrolling`,
    );
    console.log(
      `  reading scroll (60 px/frame): median ${reading.medianMs.toFixed(1)} ms, p95 ${reading.p95Ms.toFixed(1)} ms, ${reading.over50ms}/${reading.frames} frames over 50 ms`,
    );
    console.log(
      `  whole feed (10 viewports/frame): median ${whole.medianMs.toFixed(1)} ms, p95 ${whole.p95Ms.toFixed(1)} ms, ${whole.over50ms}/${whole.frames} frames over 50 ms, reached post ${whole.reachedPost} of ${count} in ${whole.seconds.toFixed(0)} s, at most ${whole.maxPostsInDom} posts in the DOM`,
    );
  }
  if (only.includes('normalize')) {
    const { normalize, printNormalize } = await import('./normalize.mjs');
    results.normalize = await normalize({ rounds, count });
    await save();
    console.log('');
    printNormalize(results.normalize, count, rounds);
  }
  if (only.includes('cls')) {
    const { cls } = await import('./cls.mjs');
    results.cls = await cls();
    await save();
    console.log(
      `\nDemo page layout shift while images load: ${results.cls.clsWhileImagesLoad.toFixed(4)} (aim 0); before the images, as content arrives: ${results.cls.clsBeforeImages.toFixed(4)}`,
    );
    for (const shift of results.cls.shiftsWhileImagesLoad) {
      console.log(
        `  ${shift.value.toFixed(4)} at ${Math.round(shift.time)} ms: ${shift.sources.map((/** @type {any} */ source) => source.node).join('; ')}`,
      );
    }
  }
  console.log(`\nbench: wrote ${file}`);
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
