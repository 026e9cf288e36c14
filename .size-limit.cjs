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
// The budgets (first render: feed ≤ 20 kB, all.js ≤ 32 kB, other elements ≤ 14 kB) are
// not met yet. Measured 2026-11-26, what the first render still needs and why:
// - social-feed.js 50.3 kB: <social-post> with its styles, media grid, sanitizer gate and rich
//   text ≈ 15 kB (every feed shows posts); the feed itself (timeline, merging, paging, filters,
//   keyboard, styles) ≈ 9 kB; Lit ≈ 6 kB; the virtualizer ≈ 6 kB (loading it on demand made the
//   10,000-post Page Down test race the swap from the plain to the windowed list, so it stays
//   static); format detection rules and the registry ≈ 4 kB (the readers themselves load on
//   demand); fetching, retry and error reporting ≈ 3 kB; English strings and the locale
//   machinery ≈ 2.5 kB; theme tokens ≈ 2 kB; the hover card trigger ≈ 1.5 kB.
// - all.js 73.9 kB: the feed's graph plus the profile card and the composer, all registered
//   up front by design (a page that wants less imports the element entries).
// - social-post.js 28.3 kB, social-profile-card.js 23.6 kB, social-composer.js 30.0 kB: Lit is
//   6 kB of the 14; each element's own template, styles and strings make the rest (the post:
//   styles ≈ 4.5 kB, media, lightbox, poll and quote in one module; the composer: counting,
//   drafts, media upload and publishing).
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
  ...entry('social-elements/all.js', 'dist/define/all.js', ['77.6 kB', '141.6 kB']),
  ...entry('social-elements/social-feed.js (feed, source, post)', 'dist/define/social-feed.js', [
    '52.8 kB',
    '124.1 kB',
  ]),
  ...entry('social-elements/social-post.js', 'dist/define/social-post.js', ['29.7 kB', '105.3 kB']),
  ...entry('social-elements/social-profile-card.js', 'dist/define/social-profile-card.js', [
    '24.8 kB',
    '90.1 kB',
  ]),
  ...entry('social-elements/social-composer.js', 'dist/define/social-composer.js', [
    '31.5 kB',
    '56.6 kB',
  ]),
  ...entry('social-elements/social-source.js', 'dist/define/social-source.js', [
    '6.9 kB',
    '6.9 kB',
  ]),
  ...entry('social-elements (import { SocialPost })', 'dist/index.js', ['29.4 kB', '105.2 kB'], {
    import: '{ SocialPost }',
  }),
  ...entry(
    'social-elements/formats.js (data layer, no elements)',
    'dist/formats/index.js',
    ['4.4 kB', '27.7 kB'],
    { import: '{ parseFeed, parseActor, detectFormat, registerFormat }' },
  ),
  ...entry(
    'standalone CDN file (dist/standalone/social-elements.js)',
    'dist/standalone/social-elements.js',
    ['79.0 kB', '138.2 kB'],
  ),
];
