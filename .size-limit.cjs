// Size budgets per public entry, brotli-compressed, with everything the entry can pull in (Lit
// included, and the chunks loaded on demand: DOMPurify only where the browser has no HTML
// sanitizer, the format readers only for `<social-post src>`): what a page can end up shipping.
// `npm run size` builds first. The budgets hold today's sizes with a little room; shrinking them
// is the performance issue's work, so raise one only with a reason in the commit.
module.exports = [
  {
    name: 'social-elements/all.js (every element, with Lit)',
    path: 'dist/define/all.js',
    limit: '105 kB',
  },
  {
    name: 'social-elements/social-feed.js (feed, source and post, with Lit)',
    path: 'dist/define/social-feed.js',
    limit: '90 kB',
  },
  {
    name: 'social-elements/social-post.js (with Lit)',
    path: 'dist/define/social-post.js',
    limit: '72 kB',
  },
  {
    name: 'social-elements/social-profile-card.js (with Lit)',
    path: 'dist/define/social-profile-card.js',
    limit: '60 kB',
  },
  {
    name: 'social-elements/social-composer.js (with Lit)',
    path: 'dist/define/social-composer.js',
    limit: '32 kB',
  },
  {
    name: 'social-elements (import { SocialPost }, with Lit)',
    path: 'dist/index.js',
    import: '{ SocialPost }',
    limit: '72 kB',
  },
  {
    name: 'standalone CDN file (dist/standalone/social-elements.js)',
    path: 'dist/standalone/social-elements.js',
    limit: '105 kB',
  },
  {
    name: 'social-elements/formats.js (data layer, no elements)',
    path: 'dist/formats/index.js',
    import: '{ parseFeed, parseActor, detectFormat, registerFormat }',
    ignore: ['dompurify'],
    limit: '24 kB',
  },
];
