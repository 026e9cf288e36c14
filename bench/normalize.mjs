#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how much normalizing costs over plain `JSON.parse`, in headless Chromium on the
 * unbundled sources. Reports the median ratio over alternating rounds and its spread; the aim is
 * 3× or less. Options: `--rounds N` (default 15), `--count N` items per document (default 10000).
 */
import { startHarness } from '../scripts/browser-harness.mjs';
import { CHROME_PATH } from '../scripts/chromium.mjs';

const TARGET = 3;

/** @param {string} name @param {number} fallback */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main() {
  const rounds = option('rounds', 15);
  const count = option('count', 10_000);
  const harness = await startHarness();
  /** @type {any[]} */
  let report;
  try {
    report = await harness.page.evaluate(
      async (settings) => {
        const module = await import('/bench/normalize.js');
        return module.run(settings);
      },
      { rounds, count, warmup: 3 },
    );
  } finally {
    await harness.close();
  }
  if (report.length === 0) {
    console.error(
      'bench: no fixtures found under test/fixtures/mastodon or test/fixtures/jsonfeed',
    );
    return 1;
  }
  console.log(
    `normalize vs JSON.parse, ${count} items per document, ${rounds} rounds after 3 warm-up (${CHROME_PATH})\n`,
  );
  for (const row of report) {
    const verdict = row.ratio <= TARGET ? 'within' : 'OVER';
    console.log(
      `${row.name.padEnd(9)} ${(row.bytes / 1e6).toFixed(1)} MB  JSON.parse ${row.jsonMs.toFixed(1)} ms  ` +
        `parseFeed ${row.parseMs.toFixed(1)} ms  ratio ${row.ratio.toFixed(2)}× ` +
        `(p10 ${row.ratioP10.toFixed(2)}, p90 ${row.ratioP90.toFixed(2)}, min ${row.ratioMin.toFixed(2)}, ` +
        `max ${row.ratioMax.toFixed(2)})  ${verdict} the ${TARGET}× aim`,
    );
    console.log(
      `          ${row.posts} posts, ${row.skipped} skipped; built from ${row.sources.join(', ')}`,
    );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('bench failed:', error);
    process.exitCode = 1;
  },
);
