// @ts-check
/**
 * What an entry weighs and where the bytes come from, straight from `src/` (no build, so several
 * people can measure at once): the gzip size of its first render (static imports only, DOMPurify
 * left out, as the first size-limit line of each entry) and of everything it can load, then the
 * minified bytes per module of the first render, largest first.
 *
 *   node scripts/size-report.mjs src/define/social-feed.ts [--top 30] [--all]
 *
 * `--all` lists the modules of the everything-bundle instead. Figures agree with `npm run size`
 * within a few per cent (the build and esbuild minify slightly differently); size-limit stays
 * the budget.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyCss } from './minify-css-literals.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, all: { type: 'boolean', default: false } },
});
const entry = positionals[0];
if (!entry) {
  console.error('usage: node scripts/size-report.mjs <entry.ts> [--top N] [--all]');
  process.exit(2);
}

const CSS_LITERAL = /(?<![\w.$/-])css`([^`$\\]*)`/g;

/** @type {esbuild.Plugin} */
const cssLiterals = {
  name: 'css-literals',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      return {
        loader: 'ts',
        contents: code.replace(CSS_LITERAL, (_all, body) => `css\`${minifyCss(body, args.path)}\``),
      };
    });
  },
};

/** @type {esbuild.Plugin} */
const staticGraphOnly = {
  name: 'static-graph-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** @param {boolean} firstRender */
async function bundle(firstRender) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: firstRender ? ['dompurify'] : [],
    plugins: firstRender ? [cssLiterals, staticGraphOnly] : [cssLiterals],
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { gzip: gzipSync(code, { level: 9 }).length, minified: code.length, inputs };
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const first = await bundle(true);
const everything = await bundle(false);
console.log(`${entry}`);
console.log(`  first render: ${kB(first.gzip)} gzip (${kB(first.minified)} minified)`);
console.log(`  everything:   ${kB(everything.gzip)} gzip (${kB(everything.minified)} minified)`);
const rows = Object.entries((values.all ? everything : first).inputs)
  .map(
    ([path, { bytesInOutput }]) =>
      /** @type {const} */ ([path.replace(/^.*node_modules\//, ''), bytesInOutput]),
  )
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1]);
console.log(`\n  minified bytes per module (${values.all ? 'everything' : 'first render'}):`);
for (const [path, bytes] of rows.slice(0, Number(values.top))) {
  console.log(`  ${String(bytes).padStart(7)}  ${path}`);
}
