// Size budgets per public entry, brotli-compressed, with everything the entry pulls in (Lit
// included): what a page actually ships. `npm run size` builds first.
module.exports = [
  {
    name: 'social-elements/all.js (every element, with Lit)',
    path: 'dist/define/all.js',
    limit: '10 kB',
  },
  {
    name: 'social-elements/social-post.js (with Lit)',
    path: 'dist/define/social-post.js',
    limit: '9.5 kB',
  },
  {
    name: 'social-elements (import { SocialPost }, with Lit)',
    path: 'dist/index.js',
    import: '{ SocialPost }',
    limit: '9.5 kB',
  },
  {
    name: 'standalone CDN file (dist/standalone/social-elements.js)',
    path: 'dist/standalone/social-elements.js',
    limit: '10 kB',
  },
  {
    name: 'social-elements/formats.js (data layer, no elements)',
    path: 'dist/formats/index.js',
    import: '{ parseFeed, parseActor, detectFormat, registerFormat }',
    ignore: ['dompurify'],
    limit: '25 kB',
  },
];
