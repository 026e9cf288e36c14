// @ts-check
/**
 * The embeds the benchmark compares: how each is bundled, the markup that points it at the local
 * server, how the probe counts its rendered posts, and how many posts it can show at most.
 */

/**
 * @typedef {object} Embed
 * @property {string} name Short name used in tables and URLs.
 * @property {string} label What it is, for the README.
 * @property {'mastodon' | 'bluesky'} network Which API it reads.
 * @property {string} entry Module source bundled for it (as a site would ship it).
 * @property {(origin: string, limit: number) => string} body Markup that shows `limit` posts.
 * @property {string} count Expression (in the page) giving the number of posts in its DOM.
 * @property {number} max The most posts it shows from one profile (its own cap or the API's).
 * @property {string} [note] Why `max` is what it is.
 * @property {string} [head] Extra markup for the head (before the probe's module runs).
 */

import { AUTHOR } from './data.mjs';

const OURS_ENTRY = `import '../../../dist/define/social-feed.js';\n`;

/** Posts in a shadow root, or 0 until it exists. */
const shadowCount = (host, selector) =>
  `(document.querySelector('${host}')?.shadowRoot?.querySelectorAll('${selector}').length ?? 0)`;

/** @type {Embed[]} */
export const EMBEDS = [
  {
    name: 'social-feed (mastodon)',
    label: 'our `<social-feed format="mastodon">`, production build from `dist/`',
    network: 'mastodon',
    entry: OURS_ENTRY,
    body: (origin, limit) =>
      `<social-feed format="mastodon" limit="${limit}" src="${origin}/api/v1/accounts/${'109000000000000001'}/statuses"></social-feed>`,
    // Above 50 posts the feed windows its list: count what it has loaded once its window shows.
    count: `Math.max(${shadowCount('social-feed', 'social-post')}, ${shadowCount('social-feed', 'social-post')} > 0 ? window.__benchLoaded : 0)`,
    max: Infinity,
  },
  {
    name: 'emfed',
    label: '`emfed` 1.6 (Mastodon account feed, HTML strings + DOMPurify)',
    network: 'mastodon',
    entry: `import 'emfed/toots.css';\nimport 'emfed';\n`,
    body: (origin, limit) =>
      `<a class="mastodon-feed" href="${origin}/@ada" data-toot-account-id="109000000000000001" data-toot-limit="${limit}">Toots by @ada</a>`,
    count: `document.querySelectorAll('li.toot').length`,
    max: 40,
    note: 'one request with `limit`; Mastodon answers at most 40 statuses per request and emfed does not follow `Link: rel="next"`',
  },
  {
    name: 'mastodon-embed-timeline',
    label: '`@idotj/mastodon-embed-timeline` 4.8 (Mastodon profile timeline)',
    network: 'mastodon',
    entry:
      `import '@idotj/mastodon-embed-timeline/dist/mastodon-timeline.min.css';\n` +
      `import { Init } from '@idotj/mastodon-embed-timeline';\n` +
      `new Init(window.benchSettings);\n`,
    body: (origin, limit) =>
      `<script>window.benchSettings = { instanceUrl: ${JSON.stringify(origin)}, timelineType: 'profile', userId: '109000000000000001', profileName: '@ada', maxNbPostFetch: '${limit}', maxNbPostShow: '${limit}' };</script>` +
      `<div id="mt-container" class="mt-container"><div class="mt-body" role="feed"><div class="mt-loading-spinner"></div></div></div>`,
    count: `document.querySelectorAll('article.mt-post').length`,
    max: Infinity,
  },
  {
    name: 'social-feed (bluesky)',
    label: 'our `<social-feed format="bluesky">`, production build from `dist/`',
    network: 'bluesky',
    entry: OURS_ENTRY,
    body: (origin, limit) =>
      `<social-feed format="bluesky" limit="${limit}" src="${origin}/xrpc/app.bsky.feed.getAuthorFeed?actor=ada.bench.test"></social-feed>`,
    count: `Math.max(${shadowCount('social-feed', 'social-post')}, ${shadowCount('social-feed', 'social-post')} > 0 ? window.__benchLoaded : 0)`,
    max: Infinity,
  },
  {
    name: 'bluesky-profile-feed-embed',
    label: '`bluesky-profile-feed-embed` 1.0 (Svelte, server-rendered strings)',
    network: 'bluesky',
    entry: `import 'bluesky-profile-feed-embed/style.css';\nimport 'bluesky-profile-feed-embed/themes/light.css';\nimport 'bluesky-profile-feed-embed';\n`,
    body: (origin) =>
      `<bluesky-profile-feed actor="ada.bench.test" service-uri="${origin}"></bluesky-profile-feed>`,
    count: `document.querySelectorAll('.feed-post').length`,
    max: 30,
    note: 'asks `getAuthorFeed` for a fixed `limit: 30` and has no paging',
  },
  {
    name: 'bsky-embed',
    label: '`bsky-embed` 0.2 (Solid + Tailwind + `@atproto/api`)',
    network: 'bluesky',
    entry: `import 'bsky-embed/dist/bsky-embed.es.js';\n`,
    // Its API client is fixed to the public AppView: the shim sends those calls to the local server.
    head: `<script>(() => { const real = window.fetch; const from = 'https://api.bsky.app'; window.fetch = (input, init) => { const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url; return url.startsWith(from) ? real(location.origin + url.slice(from.length), init) : real(input, init); }; })();</script>`,
    body: (origin, limit) => `<bsky-embed username="ada.bench.test" limit="${limit}"></bsky-embed>`,
    count: shadowCount('bsky-embed', '[id^="post-"]'),
    max: 100,
    note: 'one `getAuthorFeed` request with `limit`, which the API caps at 100; more only behind its "Load more" button',
  },
];

/** @param {string} name */
export function slug(name) {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}

/**
 * Pages of one `<social-post src>` each (a status or post embed), for `bench/speed.mjs --embeds
 * social-post-mastodon,social-post-bluesky`: not in the side-by-side table, since the networks'
 * own post embeds are iframes of their sites, which a local server cannot stand in for. The post
 * is the first of the bench's list, which has an image; it counts once its text shows.
 * @type {Embed[]}
 */
export const POST_PAGES = [
  {
    name: 'social-post (mastodon)',
    label: 'our `<social-post src>` of a Mastodon status URL, production build from `dist/`',
    network: 'mastodon',
    entry: `import '../../../dist/define/social-post.js';\n`,
    body: (origin) => `<social-post src="${origin}/@ada/109500000000000000"></social-post>`,
    count: `(document.querySelector('social-post')?.shadowRoot?.querySelector('[part~="body"]') ? 1 : 0)`,
    max: 1,
  },
  {
    name: 'social-post (bluesky)',
    label: 'our `<social-post src>` of a Bluesky thread URL, production build from `dist/`',
    network: 'bluesky',
    entry: `import '../../../dist/define/social-post.js';\n`,
    body: (origin) =>
      `<social-post format="bluesky" src="${origin}/xrpc/app.bsky.feed.getPostThread?uri=${encodeURIComponent(`at://${AUTHOR.did}/app.bsky.feed.post/3lbench99999`)}&amp;depth=0"></social-post>`,
    count: `(document.querySelector('social-post')?.shadowRoot?.querySelector('[part~="body"]') ? 1 : 0)`,
    max: 1,
  },
];
