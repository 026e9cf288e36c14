#!/usr/bin/env node
// @ts-check
/**
 * Where an embed's page spends its time to 20 posts: `node bench/profile.mjs [embed …]` (embed
 * names as in the table, slugged: `social-feed-mastodon`, `emfed`, `mastodon-embed-timeline`,
 * `social-feed-bluesky`, `bluesky-profile-feed-embed`, `bsky-embed`). For each, over a few
 * loads: DOM nodes, layout and style time (CDP `Performance.getMetrics`), the renderer's trace
 * events, and the functions with the most self time in its CPU profile.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { buildEmbeds } from './build.mjs';
import { EMBEDS, slug } from './embeds.mjs';
import { startServer } from './server.mjs';
import { rendererPid, tracedLoad } from './trace.mjs';

const LOADS = 3;
const EVENTS = new Set([
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'ParseHTML',
]);

const names = process.argv.slice(2);
const chosen = EMBEDS.filter((embed) => names.length === 0 || names.includes(slug(embed.name)));
const bundles = await buildEmbeds();
const server = await startServer({ bundles });
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (const embed of chosen) {
    /** @type {Record<string, number>} */
    const totals = {};
    /** @type {Record<string, number>} */
    const self = {};
    for (let load = 0; load <= LOADS; load++) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      const { trace, firstPost } = await tracedLoad(page, server.origin, slug(embed.name), [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
      ]);
      const { metrics } = await cdp.send('Performance.getMetrics');
      await page.close();
      // The first load warms the browser (and its ICU data) up; it is not counted.
      if (load === 0) continue;
      const add = (/** @type {string} */ key, /** @type {number} */ value) =>
        (totals[key] = (totals[key] ?? 0) + value / LOADS);
      add('first post (ms)', firstPost);
      for (const metric of metrics) {
        if (metric.name === 'Nodes') add('DOM nodes', metric.value);
      }
      const pid = rendererPid(trace);
      /** @type {Map<number, any>} */
      const frames = new Map();
      for (const event of trace) {
        if (event.pid !== pid) continue;
        if (event.ph === 'X' && event.dur && EVENTS.has(event.name))
          add(`${event.name} (ms)`, event.dur / 1000);
        const profile = event.name === 'ProfileChunk' && event.args?.data?.cpuProfile;
        if (!profile) continue;
        for (const node of profile.nodes ?? []) frames.set(node.id, node.callFrame);
        (profile.samples ?? []).forEach((/** @type {number} */ id, /** @type {number} */ index) => {
          const frame = frames.get(id);
          if (!frame || frame.functionName.startsWith('(')) return;
          const file = (frame.url ?? '').split('/').pop() || 'native';
          const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
          self[key] = (self[key] ?? 0) + (event.args.data.timeDeltas?.[index] ?? 0) / 1000 / LOADS;
        });
      }
    }
    console.log(`\n${embed.name} (mean of ${LOADS} loads)`);
    for (const [key, value] of Object.entries(totals).sort((a, b) => b[1] - a[1]))
      console.log(`  ${key.padEnd(24)} ${value.toFixed(0)}`);
    console.log('  self time, top functions (ms):');
    for (const [key, value] of Object.entries(self)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15))
      console.log(`    ${value.toFixed(1).padStart(6)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
