// @ts-check
/**
 * Bundles each embed the way a site ships it: its package entry (ours: `dist/`, the production
 * build) through the same Vite build — minified, ES2022, `NODE_ENV=production` — into
 * `bench/.build/<name>/`, so no embed is measured with a handicap the others do not have.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { EMBEDS, slug } from './embeds.mjs';

export const BENCH = fileURLToPath(new URL('.', import.meta.url));
export const OUT = `${BENCH}.build`;

/**
 * Bundles one entry module into `<out>/<key>/` (`bench/.build/<key>/` unless told); returns the
 * files a page loads.
 * @param {string} key @param {string} source The entry's code (relative imports from `<out>/entries/`).
 * @param {string} [out] Where to build: another directory keeps a run beside `bench/.build` intact.
 * @param {{ exports?: boolean }} [options] `exports`: the page imports the entry's exports.
 */
export async function bundle(key, source, out = OUT, { exports = false } = {}) {
  await mkdir(`${out}/entries`, { recursive: true });
  const entry = `${out}/entries/${key}.js`;
  await writeFile(entry, source);
  const dir = `${out}/${key}`;
  await build({
    configFile: false,
    root: BENCH,
    logLevel: 'error',
    publicDir: false,
    // Chunks load relative to the module that imports them: bundles are served from /build/<name>/.
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      // An app build with the entry as input, not library mode: library mode keeps the
      // whitespace of ES output, and a site ships its embed minified.
      assetsDir: '',
      rolldownOptions: {
        input: entry,
        // What Vite's app build does with a page's entry (it exports nothing a page uses):
        // the bundler may then merge the code the entry shares with its lazy chunks into the
        // entry. ('strict', library mode's setting, split the entry's own static imports
        // into a dozen chunks wherever a lazy chunk shared them.) An entry whose exports the
        // page uses keeps them, and may gain more.
        preserveEntrySignatures: exports ? 'allow-extension' : false,
        output: {
          format: 'es',
          entryFileNames: 'embed.js',
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: 'embed[extname]',
        },
      },
    },
  });
  const files = await readdir(dir);
  return {
    dir: key,
    js: files.filter((file) => file.endsWith('.js')),
    css: files.filter((file) => file.endsWith('.css')),
  };
}

/**
 * Builds every embed's bundle (afresh); returns, per embed name, the JS and CSS files of its page.
 * @returns {Promise<Map<string, { dir: string, js: string[], css: string[] }>>}
 */
export async function buildEmbeds() {
  await rm(OUT, { recursive: true, force: true });
  /** @type {Map<string, { dir: string, js: string[], css: string[] }>} */
  const byEntry = new Map();
  /** @type {Map<string, { dir: string, js: string[], css: string[] }>} */
  const result = new Map();
  for (const embed of EMBEDS) {
    let built = byEntry.get(embed.entry);
    if (!built) {
      built = await bundle(slug(embed.name.replace(/ \(.*\)$/, '')), embed.entry);
      byEntry.set(embed.entry, built);
    }
    result.set(embed.name, built);
  }
  return result;
}
