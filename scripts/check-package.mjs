// @ts-check
/**
 * Checks what `npm pack` would publish (after `npm run build`): everything a user needs, nothing
 * they do not. Every `exports` target is in the tarball, the docs and editor data ship, no tests,
 * stories, demo or sources do, and every source map resolves: each built file names a `.map`
 * that ships, and each map carries the text of its sources (the TypeScript is not shipped).
 * Exits non-zero with a list of problems.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
/** @type {Set<string>} */
const files = new Set(packed.files.map((/** @type {{ path: string }} */ file) => file.path));
/** @type {string[]} */
const problems = [];

// What a user needs, by name.
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'dist/standalone/social-elements.js',
  'dist/standalone/social-elements.js.map',
];
for (const file of required) {
  if (!files.has(file)) problems.push(`missing: ${file}`);
}

// Every file an `exports` condition points at (a `*` pattern must match at least one file).
/** @param {unknown} target @param {string} key */
function checkTarget(target, key) {
  if (typeof target === 'string') {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const pattern = new RegExp(
        `^${path
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      );
      if (![...files].some((file) => pattern.test(file))) {
        problems.push(`exports["${key}"] matches no packed file: ${target}`);
      }
    } else if (!files.has(path)) {
      problems.push(`exports["${key}"] points at a file that is not packed: ${target}`);
    }
  } else if (target && typeof target === 'object') {
    for (const value of Object.values(target)) checkTarget(value, key);
  }
}
for (const [key, target] of Object.entries(pkg.exports)) checkTarget(target, key);
for (const field of ['main', 'module', 'types']) {
  if (pkg[field]) checkTarget(pkg[field], field);
}

// Shipping the themes another part of the project writes: whatever is in themes/ is packed.
if (existsSync(join(ROOT, 'themes')) && ![...files].some((file) => file.startsWith('themes/'))) {
  problems.push('missing: themes/ (the theme files exist but are not packed)');
}

// What a user does not need.
const forbidden = [
  [
    /^(src|test|stories|demo|examples|scripts|bench|\.storybook|\.ci|storybook-static|coverage)\//,
    'development folder',
  ],
  [/(^|\/)node_modules\/(?!@lit-labs\/)/, 'a dependency copied into the tarball'],
  [/\.(test|stories)\.[cm]?[jt]sx?$/, 'test or story'],
  [/\.d\.ts\.map$/, 'declaration map (its TypeScript sources do not ship)'],
  [/\.tsbuildinfo$|(^|\/)tsconfig[^/]*\.json$|\.config\.[cm]?[jt]s$/, 'build configuration'],
  [/^(?!dist\/).*\.ts$/, 'TypeScript source outside dist'],
];
for (const file of files) {
  for (const [pattern, why] of forbidden) {
    if (/** @type {RegExp} */ (pattern).test(file))
      problems.push(`should not ship (${why}): ${file}`);
  }
}

// Source maps: every built module with code names a map that ships, and every map carries its
// sources' text, so a debugger shows the original code from the tarball alone.
let maps = 0;
for (const file of files) {
  if (!/\.js$/.test(file) || !file.startsWith('dist/')) continue;
  const code = readFileSync(join(ROOT, file), 'utf8');
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!url) {
    // Nothing to map: a module of only imports and re-exports, or the bundler's own helpers
    // (dist/_virtual/, the standalone file's runtime and module preload chunks), which have no
    // original source.
    const statements = code.replace(/^\s*(import|export)\b[^;]*;\s*$/gm, '').trim();
    const helper =
      /^dist\/(_virtual\/|standalone\/chunks\/(rolldown-runtime|preload-helper)-)/.test(file);
    if (statements && !helper) {
      problems.push(`no source map comment: ${file}`);
    }
    continue;
  }
  const mapPath = join(file, '..', url).replace(/\\/g, '/');
  if (!files.has(mapPath)) {
    problems.push(`${file} names a map that does not ship: ${mapPath}`);
    continue;
  }
  const map = JSON.parse(readFileSync(join(ROOT, mapPath), 'utf8'));
  /** @type {(string | null)[]} */
  const contents = map.sourcesContent ?? [];
  map.sources.forEach((/** @type {string} */ source, /** @type {number} */ index) => {
    if (typeof contents[index] !== 'string') {
      problems.push(`${mapPath}: no text for its source ${source}`);
    }
  });
  maps++;
}

if (problems.length) {
  console.error(
    `npm pack: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `npm pack: ${files.size} files, ${(packed.size / 1024).toFixed(0)} kB packed, ` +
    `${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked; every export target ships, ` +
    `${maps} source maps resolve with their sources' text.`,
);
