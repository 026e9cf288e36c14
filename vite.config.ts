/**
 * Library build.
 * - `vite build`: ES modules for npm users, one file per source module (`dist/`), Lit external,
 *   so bundlers share one Lit and drop what a page does not use.
 * - `vite build --mode standalone`: one self-contained, minified ES module that registers every
 *   element, for a page that loads it with `<script type="module">` from a CDN.
 */
import { defineConfig } from 'vite';

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
];

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    publicDir: false,
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
        ? { output: { codeSplitting: false } }
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^dompurify($|\/)/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
            },
          },
    },
  };
});
