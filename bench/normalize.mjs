#!/usr/bin/env node
// @ts-check
/**
 * How much normalizing costs over the browser's own parse of the same text (`JSON.parse`, or
 * `DOMParser` for RSS, Atom and h-feed HTML), in headless Chromium on the unbundled sources, for
 * 10,000 posts in each of the seven formats. Reports the median ratio over alternating rounds and
 * its spread; the aim is 3× or less. Part of `npm run bench`; alone: `node bench/normalize.mjs`
 * with `--rounds N` (default 15) and `--count N` items per document (default 10000).
 */
import { pathToFileURL } from 'node:url';
import { startHarness } from '../scripts/browser-harness.mjs';
import { CHROME_PATH } from '../scripts/chromium.mjs';
import { documentOf, sourcePosts } from './data.mjs';

const TARGET = 3;

/** The documents `normalize.js` builds: the seven generated formats, then the fixture mixes. */
const DOCUMENTS = [
  'mastodon',
  'bluesky',
  'jsonfeed',
  'rss',
  'atom',
  'activitystreams',
  'microformats',
  'mastodon (fixtures)',
  'jsonfeed (fixtures)',
];

/** @param {string} name @param {number} fallback */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Serves the generated documents to the page: `/__bench/doc/<format>?count=N`.
 * @type {import('../scripts/browser-harness.mjs').Route}
 */
function serveDocuments(url, _request, response) {
  const match = /^\/__bench\/doc\/([a-z]+)$/.exec(url.pathname);
  if (!match) return false;
  const count = Number(url.searchParams.get('count')) || 10_000;
  const doc = documentOf(match[1], sourcePosts(count), 'https://media.bench.test');
  response.setHeader('content-type', doc.contentType);
  response.setHeader('x-document-url', doc.url);
  response.end(doc.body);
  return true;
}

/**
 * Runs the comparison and returns one row per document.
 * @param {{ rounds?: number, count?: number }} [options]
 * @returns {Promise<any[]>}
 */
export async function normalize({ rounds = 15, count = 10_000 } = {}) {
  const harness = await startHarness({ route: serveDocuments });
  try {
    const report = [];
    // One document per call, so no single call outlasts the DevTools protocol's timeout.
    for (const only of DOCUMENTS) {
      report.push(
        ...(await harness.page.evaluate(
          async (settings) => {
            const module = await import('/bench/normalize.js');
            return module.run(settings);
          },
          { rounds, count, warmup: 3, only },
        )),
      );
    }
    if (harness.pageErrors.length > 0) throw harness.pageErrors[0];
    return report;
  } finally {
    await harness.close();
  }
}

/** @param {any[]} report @param {number} count @param {number} rounds */
export function printNormalize(report, count, rounds) {
  console.log(
    `normalize vs the native parse of the same text, ${count} items per document, ${rounds} rounds after 3 warm-up (${CHROME_PATH})\n`,
  );
  for (const row of report) {
    const verdict = row.ratio <= TARGET ? 'within' : 'OVER';
    console.log(
      `${row.name.padEnd(20)} ${(row.bytes / 1e6).toFixed(1).padStart(5)} MB  ${row.baseline.padEnd(10)} ${row.jsonMs.toFixed(1).padStart(6)} ms  ` +
        `parseFeed ${row.parseMs.toFixed(1).padStart(6)} ms  ratio ${row.ratio.toFixed(2)}× ` +
        `(p10 ${row.ratioP10.toFixed(2)}, p90 ${row.ratioP90.toFixed(2)})  ${verdict} the ${TARGET}× aim; ` +
        `${row.posts} posts, ${row.skipped} skipped`,
    );
  }
}

async function main() {
  const rounds = option('rounds', 15);
  const count = option('count', 10_000);
  const report = await normalize({ rounds, count });
  if (report.length === 0) {
    console.error('bench: no documents to normalize');
    return 1;
  }
  printNormalize(report, count, rounds);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error('bench failed:', error);
      process.exitCode = 1;
    },
  );
}
