// Size budgets per public entry, gzip (the performance issue's unit), Lit and every other
// dependency bundled in. `npm run size` builds first. Each entry has two lines:
//
// - "first render": the entry's static import graph, what a page downloads before the element
//   can render, on a browser with a native HTML sanitizer. Every `import()` is left out (the
//   esbuild plugin below marks dynamic imports external; `ignore` does the same for DOMPurify):
//   DOMPurify (only where `Element.setHTML` is missing), the reader of the detected format,
//   languages other than English, the profile card behind a hover card, the Mastodon reader the
//   composer reads the server's answer with, the virtualizer's layout.
// - "everything": the same entry with every lazy chunk inlined (what @size-limit/esbuild does
//   with `import()` by default: one bundle, DOMPurify included), so nothing hides in a lazy
//   chunk. As one file it gzips a little better than the chunks a browser fetches one by one.
//
// The standalone file is measured the same way: esbuild re-bundles dist/standalone, follows
// its one static chunk (chunks/util-*.js) and leaves or inlines the `import()`ed ones; the
// figures match the files on disk within 1 %.
//
// Limits are the measured figures plus about 5 %; lower them when a change shrinks an entry,
// and raise one only with a reason in the commit.
//
// The budgets (first render: feed ≤ 20 kB, all.js ≤ 32 kB, other elements ≤ 14 kB).
// Measured 2026-11-26 after the on-demand work (`node scripts/size-report.mjs <entry>` lists the
// bytes per module without a build):
// - social-feed.js 18.4 kB: met. The feed renders its frame and loading state from Lit, its own
//   module and styles, the theme and the strings; `<social-post>`, the network and formats, the
//   timeline, filters and the virtualizer load on demand, started when the feed connects so they
//   arrive alongside the data (and the detected reader while the page downloads).
// - social-profile-card.js 13.5 kB: met. The view, rich text, error state and fetching load on
//   demand and are awaited before the render that needs them.
// - social-post.js 17.8 kB: not met. Lit ≈ 6 kB, the post's template and class ≈ 4 kB, its base
//   styles ≈ 1.5 kB, rich text ≈ 1 kB, theme, strings and formatting ≈ 3 kB; media, lightbox,
//   poll, quote, link card, context lines, the sanitizer, the hover card and `src` loading are
//   lazy parts.
// - social-composer.js 18.9 kB: not met. The composer's own module is 19 kB minified (template,
//   counting, drafts kept synchronous so a reload loses nothing); publishing, media upload and
//   discovery load on demand.
// - all.js 38.9 kB: not met; it registers all four elements up front by design.
'use strict';

/** Leaves every `import()` out of the bundle: what loads before the first render. */
const staticGraphOnly = {
  name: 'static-graph-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The two lines of one entry: its first render and everything it can load. */
function entry(name, path, [first, all], extra = {}) {
  return [
    {
      name: `${name}: first render`,
      path,
      gzip: true,
      ignore: ['dompurify'],
      modifyEsbuildConfig: (config) => ({
        ...config,
        plugins: [...(config.plugins ?? []), staticGraphOnly],
      }),
      limit: first,
      ...extra,
    },
    { name: `${name}: everything, lazy chunks included`, path, gzip: true, limit: all, ...extra },
  ];
}

module.exports = [
  ...entry('social-elements/all.js', 'dist/define/all.js', ['40.8 kB', '146.4 kB']),
  ...entry('social-elements/social-feed.js (feed, source, post)', 'dist/define/social-feed.js', [
    '19.3 kB',
    '128.0 kB',
  ]),
  ...entry('social-elements/social-post.js', 'dist/define/social-post.js', ['18.7 kB', '109.6 kB']),
  ...entry('social-elements/social-profile-card.js', 'dist/define/social-profile-card.js', [
    '14 kB',
    '92.2 kB',
  ]),
  ...entry('social-elements/social-composer.js', 'dist/define/social-composer.js', [
    '19.9 kB',
    '58.6 kB',
  ]),
  ...entry('social-elements/social-source.js', 'dist/define/social-source.js', [
    '6.9 kB',
    '6.9 kB',
  ]),
  ...entry('social-elements (import { SocialPost })', 'dist/index.js', ['18.5 kB', '108.9 kB'], {
    import: '{ SocialPost }',
  }),
  ...entry(
    'social-elements/formats.js (data layer, no elements)',
    'dist/formats/index.js',
    ['4.4 kB', '29.2 kB'],
    { import: '{ parseFeed, parseActor, detectFormat, registerFormat }' },
  ),
  ...entry(
    'standalone CDN file (dist/standalone/social-elements.js)',
    'dist/standalone/social-elements.js',
    ['42.5 kB', '144.8 kB'],
  ),
];
