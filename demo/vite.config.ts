/**
 * The demo server (`npm start`): serves `demo/index.html` on 127.0.0.1 with the library's
 * TypeScript sources, and local sample data only, so the demo never reaches the internet.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { feedsDemo } from './server/feeds.js';
import { micropubDemo } from './server/micropub.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: 'public',
  plugins: [
    // Three sources in three formats (Mastodon API, JSON Feed, RSS) and one that fails.
    feedsDemo(),
    // A local Micropub endpoint that keeps posts in demo/.data/ and serves them as a JSON Feed.
    micropubDemo(),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
