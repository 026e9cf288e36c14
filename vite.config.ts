/**
 * Library build.
 * - `vite build`: ES modules for npm users, one file per source module (`dist/`), Lit external,
 *   so bundlers share one Lit and drop what a page does not use.
 * - `vite build --mode standalone`: one minified ES module that registers every element, for a
 *   page that loads it with `<script type="module">` from a CDN, and the chunks it loads on
 *   demand from next to itself (`dist/standalone/chunks/`).
 */
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

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: standalone ? 'dist/standalone' : 'dist',
      emptyOutDir: !standalone,
      sourcemap: true,
      minify: standalone,
      lib: standalone
        ? { entry: 'src/define/all.ts', formats: ['es'], fileName: () => 'social-elements.js' }
        : { entry: entries, formats: ['es'] },
      rolldownOptions: standalone
        ? {
            // What a page needs only sometimes (languages other than English, the format
            // readers, DOMPurify, the profile card behind hover cards) becomes chunks next to
            // the entry; `import()` resolves them against the entry's own URL, so the one
            // `<script type="module">` still works from any CDN with no build step.
            // Code the lazy chunks share with the entry (Lit, the URL allow-list) goes into
            // chunks of its own that the entry imports statically; the browser fetches them in
            // parallel, one round trip after the entry, as it does the bundler's runtime helper.
            preserveEntrySignatures: 'allow-extension',
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
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
