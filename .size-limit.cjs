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
// its static chunks (Lit, the strings, the load errors, Vite's preload helper) and leaves or
// inlines the `import()`ed ones; the figures match the files on disk within 1 %.
//
// Limits are the measured figures plus about 5 %; lower them when a change shrinks an entry,
// and raise one only with a reason in the commit.
//
// The budgets (first render: feed ≤ 20 kB, all.js ≤ 32 kB, other elements ≤ 14 kB).
// Measured 2026-11-26, session 7, as ES module output (`node scripts/size-report.mjs <entry>` lists
// the bytes per module without a build). Every element carries Lit (6.3 kB around an empty
// element) and the shared core: theme, locale, strings, token defaults (3.4 kB more with an
// element's English strings; session 7 moved the preset code into the lazy preset sheets):
// - social-feed.js 17.7 kB: met. The feed renders its frame and loading skeleton from Lit, its
//   own module and styles, the theme and the strings, and sends each source's first request as it
//   connects (net/early.ts and the reader guess, for the request ~300 ms sooner); its view (post
//   list, toggles, errors, Load more, keyboard navigation, the first screen's timing),
//   `<social-post>` with its common parts, the network and formats and the timeline come in one
//   chunk beside the data (components/feed/code.ts); filters and the virtualizer on demand.
// - social-profile-card.js 13.2 kB: met. The view, rich text, error state and fetching load on
//   demand and are awaited before the render that needs them.
// - social-post.js 12.9 kB: met. Lit, the element's module, its outer box styles, theme and
//   strings, and for `src` the URL mapping, the early request and the reader table (1.1 kB, since
//   session 6: the request and the reader go out at once, beside the embed's code, instead of
//   after it; a `src` post's first post came 0.77–0.83× as soon over HTTP/2 with 40 ms round
//   trips); the post's template (view), rich text, the sanitizer, media, lightbox, poll, quote,
//   card, context lines, hover card and `src` loading are parts, requested beside the data and
//   awaited before the first paint that needs them.
// - social-composer.js 16.4 kB: not met, and not reachable by moving code out. Its first render
//   is what an idle composer paints and what typing needs (form, label, textarea, counter,
//   Publish, the audience and language selects); the draft code (since session 7, unless a draft
//   is kept), the submit checks and publishing, failure and "posted" states, CW field, counting
//   rules, media, discovery and their strings load right after the first render. With every
//   method but the render and the update cycle stubbed out it would still be 14.2 kB: what is
//   left is the idle paint itself (template 1.3 kB, styles 1.0 kB gzip) and its properties.
//   bench/README.md says what would meet it.
// - all.js 31.1 kB: met; it registers all four elements up front, so it carries the composer's
//   first render too.
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
      // ES module output, as we ship (the CDN file's chunks read `import.meta.url`).
      modifyEsbuildConfig: (config) => ({
        ...config,
        format: 'esm',
        plugins: [...(config.plugins ?? []), staticGraphOnly],
      }),
      limit: first,
      ...extra,
    },
    {
      name: `${name}: everything, lazy chunks included`,
      path,
      gzip: true,
      modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
      limit: all,
      ...extra,
    },
  ];
}

module.exports = [
  ...entry('social-elements/all.js', 'dist/define/all.js', ['32 kB', '154 kB']),
  ...entry('social-elements/social-feed.js (feed, source, post)', 'dist/define/social-feed.js', [
    '18.6 kB',
    '135 kB',
  ]),
  ...entry('social-elements/social-post.js', 'dist/define/social-post.js', ['13.6 kB', '113 kB']),
  ...entry('social-elements/social-profile-card.js', 'dist/define/social-profile-card.js', [
    '13.8 kB',
    '92.2 kB',
  ]),
  ...entry('social-elements/social-composer.js', 'dist/define/social-composer.js', [
    '17.2 kB',
    '60.4 kB',
  ]),
  ...entry('social-elements/social-source.js', 'dist/define/social-source.js', [
    '6.9 kB',
    '6.9 kB',
  ]),
  ...entry('social-elements (import { SocialPost })', 'dist/index.js', ['13.6 kB', '113 kB'], {
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
    // 35 → 37 kB in session 6: built as an app build, its entry carries Vite's preload helper and
    // the lists of each lazy chunk's own imports (+1.3 kB), so a chunk's imports load beside it,
    // not one level later (a feed's first post from the CDN file 668 → 499 ms).
    // 36.3 kB in session 7 (34.6 kB measured).
    ['36.3 kB', '151 kB'],
  ),
];
