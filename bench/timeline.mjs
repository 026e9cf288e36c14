#!/usr/bin/env node
// @ts-check
/**
 * What an embed's page does on its main thread, in order, until the first post: `node
 * bench/timeline.mjs [embed]` (slugged as in the table, default `social-feed-mastodon`). Two
 * warm-up loads, then one traced load: module evaluation, tasks, microtasks, timers, style and
 * layout over 0.3 ms, and each request sent or answered, in ms from navigation. `bench/profile.mjs`
 * says where the time goes in sum; this says what waits for what.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { buildEmbeds } from './build.mjs';
import { EMBEDS, slug } from './embeds.mjs';
import { startServer } from './server.mjs';
import { rendererPid, tracedLoad } from './trace.mjs';

const name = process.argv[2] ?? 'social-feed-mastodon';
if (!EMBEDS.some((embed) => slug(embed.name) === name)) {
  console.error(`unknown embed ${name}: ${EMBEDS.map((embed) => slug(embed.name)).join(', ')}`);
  process.exit(2);
}
const SHOWN = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'ParseHTML',
  'RunMicrotasks',
  'FireAnimationFrame',
  'Commit',
]);
const NETWORK = new Set(['ResourceSendRequest', 'ResourceReceiveResponse']);

const bundles = await buildEmbeds();
const server = await startServer({ bundles });
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (let load = 0; load < 3; load++) {
    const page = await browser.newPage();
    const { trace, firstPost } = await tracedLoad(page, server.origin, name, [
      'devtools.timeline',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'v8',
    ]);
    await page.close();
    // The first loads warm the browser (its caches, its ICU data) up.
    if (load < 2) continue;
    const start = trace.find((/** @type {any} */ event) => event.name === 'navigationStart')?.ts;
    const pid = rendererPid(trace);
    console.log(`${name}: first post at ${firstPost.toFixed(0)} ms`);
    const at = (/** @type {any} */ event) => (event.ts - start) / 1000;
    const rows = trace
      .filter(
        (/** @type {any} */ event) =>
          event.pid === pid &&
          event.ts >= start &&
          at(event) <= firstPost + 5 &&
          (NETWORK.has(event.name) || (SHOWN.has(event.name) && (event.dur ?? 0) >= 300)),
      )
      .sort((/** @type {any} */ a, /** @type {any} */ b) => a.ts - b.ts);
    for (const event of rows) {
      const data = event.args?.data ?? {};
      const what = data.url ? String(data.url).split('/').pop().slice(0, 50) : '';
      const took = event.dur ? (event.dur / 1000).toFixed(1) : '';
      console.log(
        `${at(event).toFixed(1).padStart(7)} ${took.padStart(5)}  ${event.name.padEnd(24)} ${what}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
