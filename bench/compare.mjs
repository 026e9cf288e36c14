// @ts-check
/**
 * The side-by-side run: every embed of `embeds.mjs` against the same local server, timed by
 * tachometer in one run (first post, 20 posts, 100 posts), then the JS each page transferred,
 * read from Resource Timing with puppeteer-core (tachometer cannot see bytes).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { BENCH, OUT, buildEmbeds } from './build.mjs';
import { EMBEDS, slug } from './embeds.mjs';
import { startServer } from './server.mjs';
import { median, quantile } from './stats.mjs';

/** @param {string} text */
function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((cells) => cells.some(Boolean));
}

/**
 * @param {{ samples: number, log?: (line: string) => void }} options
 */
export async function compare({ samples, log = console.log }) {
  log('bench: bundling every embed with the same Vite build…');
  const bundles = await buildEmbeds();
  const server = await startServer({ bundles });
  try {
    const browser = {
      name: 'chrome',
      headless: true,
      binary: CHROME_PATH,
      addArguments: CHROME_ARGS,
    };
    const benchmarks = [];
    for (const embed of EMBEDS) {
      const page = `${server.origin}/page?embed=${slug(embed.name)}`;
      benchmarks.push({
        name: `${embed.name} · 20`,
        url: `${page}&limit=20&marks=1,20`,
        browser,
        measurement: [
          { name: 'first', mode: 'performance', entryName: 'first-post' },
          { name: '20', mode: 'performance', entryName: 'posts-20' },
        ],
      });
      if (embed.max >= 100) {
        benchmarks.push({
          name: `${embed.name} · 100`,
          url: `${page}&limit=100&marks=100`,
          browser,
          measurement: [{ name: '100', mode: 'performance', entryName: 'posts-100' }],
        });
      }
    }
    const config = `${OUT}/tachometer.json`;
    await writeFile(
      config,
      JSON.stringify({ sampleSize: samples, timeout: 0, benchmarks }, null, 2),
    );
    log(`bench: tachometer, ${benchmarks.length} pages × ${samples} samples (round-robin)…`);
    const raw = `${OUT}/tachometer-raw.csv`;
    await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          `${BENCH}node_modules/tachometer/bin/tach.js`,
          '--config',
          config,
          '--csv-file-raw',
          raw,
          '--json-file',
          `${OUT}/tachometer.json.out`,
        ],
        { cwd: BENCH, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0
          ? resolve(undefined)
          : reject(new Error(`tachometer exited with ${code}\n${output.slice(-4000)}`)),
      );
    });
    const [header, ...rows] = parseCsv(await readFile(raw, 'utf8'));
    /** @type {Record<string, Record<string, { median: number, p10: number, p90: number, n: number }>>} */
    const timing = {};
    header.forEach((column, index) => {
      // tachometer names a column "<benchmark> [<measurement>]", or just "<benchmark>" when
      // the page has one measurement: ours are named after their post count.
      const match =
        /^(.*) · \d+ \[(.*)\]$/.exec(column.trim()) ?? /^(.*) · (\d+)$/.exec(column.trim());
      if (!match) return;
      const values = rows.map((row) => Number(row[index])).filter((value) => value > 0);
      (timing[match[1]] ??= {})[match[2]] = {
        median: median(values),
        p10: quantile(values, 0.1),
        p90: quantile(values, 0.9),
        n: values.length,
      };
    });

    log('bench: JS bytes per embed (puppeteer-core, Resource Timing)…');
    const bytes = await measureBytes(server.origin);
    return {
      samples,
      unknownRequests: [...new Set(server.unknown)].filter((line) => !line.includes('favicon')),
      embeds: EMBEDS.map((embed) => ({
        name: embed.name,
        label: embed.label,
        network: embed.network,
        max: Number.isFinite(embed.max) ? embed.max : null,
        note: embed.note ?? null,
        timing: timing[embed.name] ?? {},
        bytes: bytes.get(embed.name),
      })),
    };
  } finally {
    await server.close();
  }
}

/**
 * Loads each embed's 20-post page once and sums the scripts it fetched: gzip bytes on the wire
 * (`encodedBodySize`) and their size unpacked (`decodedBodySize`), CSS beside them.
 * @param {string} origin
 */
async function measureBytes(origin) {
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
  /** @type {Map<string, { jsGzip: number, jsRaw: number, jsFiles: number, cssGzip: number, cssRaw: number, files: { name: string, gzip: number, raw: number }[] }>} */
  const result = new Map();
  try {
    for (const embed of EMBEDS) {
      const page = await browser.newPage();
      await page.goto(`${origin}/page?embed=${slug(embed.name)}&limit=20&marks=1,20`);
      await page.waitForFunction(() => performance.getEntriesByName('bench-done').length > 0, {
        timeout: 30_000,
      });
      // Let lazy chunks that follow the first render arrive too.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const entries = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => /** @type {PerformanceResourceTiming} */ (entry))
          .map((entry) => ({
            name: new URL(entry.name).pathname,
            gzip: entry.encodedBodySize,
            raw: entry.decodedBodySize,
          })),
      );
      const js = entries.filter((entry) => entry.name.endsWith('.js'));
      const css = entries.filter((entry) => entry.name.endsWith('.css'));
      const sum = (
        /** @type {{ gzip: number, raw: number }[]} */ list,
        /** @type {'gzip' | 'raw'} */ key,
      ) => list.reduce((total, entry) => total + entry[key], 0);
      result.set(embed.name, {
        jsGzip: sum(js, 'gzip'),
        jsRaw: sum(js, 'raw'),
        jsFiles: js.length,
        cssGzip: sum(css, 'gzip'),
        cssRaw: sum(css, 'raw'),
        files: js.map((entry) => ({ ...entry, name: entry.name.replace(/^\/build\//, '') })),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}
