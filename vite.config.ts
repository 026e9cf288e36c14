/**
 * Library build.
 * - `vite build`: ES modules for npm users, one file per source module (`dist/`), Lit external,
 *   so bundlers share one Lit and drop what a page does not use.
 * - `vite build --mode standalone`: one minified ES module that registers every element, for a
 *   page that loads it with `<script type="module">` from a CDN, and the chunks it loads on
 *   demand from next to itself (`dist/standalone/chunks/`).
 */
import { fileURLToPath } from 'node:url';
import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/** One entry per `exports` path in package.json. */
const entries = [
  'src/index.ts',
  'src/define/all.ts',
  'src/define/social-post.ts',
  'src/define/social-composer.ts',
  'src/define/social-feed.ts',
  'src/define/social-source.ts',
  'src/define/social-profile-card.ts',
  'src/formats/index.ts',
  'src/react/index.ts',
  // Types only: each builds to an empty module, so a plain `import` of the entry works too.
  'src/jsx/index.ts',
  'src/jsx/react.ts',
  'src/jsx/preact.ts',
  'src/jsx/solid.ts',
];

/** `from` and every module it imports statically, by module id. */
function staticClosure(from: string, info: (id: string) => ModuleInfo | null): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The CDN file's two larger lazy chunks: what a feed loads once it has something to read
 * (`components/feed/code.ts` and all it imports) and what a `<social-post src>` loads
 * (`components/post/standalone-code.ts`), each one file, less what the entry has already.
 * Left to itself the bundler makes a chunk of each module that two lazy chunks share: some
 * thirty files after a feed's data had arrived.
 */
function cdnGroups(): (id: string, ctx: ChunkingContext) => string | null {
  let groups: Map<string, string> | undefined;
  return (id, ctx) => {
    if (!groups) {
      const info = (of: string) => ctx.getModuleInfo(of);
      const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
      const entry = staticClosure(at('src/define/all.ts'), info);
      groups = new Map();
      for (const [name, module] of [
        ['feed', 'src/components/feed/code.ts'],
        ['post-embed', 'src/components/post/standalone-code.ts'],
      ] as const) {
        for (const member of staticClosure(at(module), info)) {
          if (!entry.has(member) && !groups.has(member)) groups.set(member, name);
        }
      }
    }
    return groups.get(id) ?? null;
  };
}

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    publicDir: false,
    // The CDN file's chunks load from next to it, wherever it is served from.
    ...(standalone ? { base: './' } : {}),
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: standalone ? 'dist/standalone' : 'dist',
      emptyOutDir: !standalone,
      sourcemap: true,
      minify: standalone,
      // The CDN file is built as an app build, not a library: only an app build's `import()`s
      // fetch a chunk's own imports beside it (Vite's preload helper), where a library's chunks
      // would be found one level at a time.
      ...(standalone ? { assetsDir: '' } : { lib: { entry: entries, formats: ['es'] as const } }),
      rolldownOptions: standalone
        ? {
            input: 'src/define/all.ts',
            // What a page needs only sometimes (languages other than English, the format
            // readers, DOMPurify, the profile card behind hover cards) becomes chunks next to
            // the entry; `import()` resolves them against the entry's own URL, so the one
            // `<script type="module">` still works from any CDN with no build step.
            // Code the lazy chunks share with the entry (Lit, the strings, the load errors) goes
            // into chunks of its own that the entry imports statically; the browser fetches them
            // in parallel, one round trip after the entry, as it does Vite's preload helper. A
            // feed's code and a `src` post's are one chunk each (`cdnGroups`).
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: 'social-elements.js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: {
                groups: [{ name: cdnGroups() }],
                includeDependenciesRecursively: false,
              },
              // Vite keeps the whitespace of an ES library build (for bundlers' sake); this file
              // goes to browsers as it is, so it is minified in full.
              minify: true,
            },
          }
        : {
            // React is the React wrappers' peer: the app's own copy, never a second one.
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^dompurify($|\/)/, /^react($|\/)/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
            },
          },
    },
  };
});
