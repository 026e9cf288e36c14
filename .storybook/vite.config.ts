/**
 * Storybook's own Vite config: empty on purpose, so the library build's settings and plugins
 * (`vite.config.ts` at the root: library entries, CSS-literal minification) stay out of the
 * showroom. `main.ts` adds what Storybook needs in `viteFinal`.
 */
import { defineConfig } from 'vite';

export default defineConfig({});
