// @ts-check
/**
 * The posts every embed in the benchmark shows: one deterministic list of posts (same text,
 * author, timestamps and local images), shaped as Mastodon statuses and as Bluesky feed items the
 * way the real APIs answer (shapes follow the recorded fixtures in `test/fixtures/mastodon` and
 * `test/fixtures/bluesky`), plus the PNG images they point at.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export const AUTHOR = {
  name: 'Ada Lovelace',
  username: 'ada',
  accountId: '109000000000000001',
  did: 'did:plc:benchadaqzvw2hxk4mrt7eyp',
  handle: 'ada.bench.test',
  bio: 'Writes about engines, notes and numbers.',
};

/** A recorded blurhash (test/fixtures/mastodon/recorded.status.media-alt-text.json). */
const BLURHASH = 'UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*';
const START = Date.UTC(2026, 10, 20, 12, 0, 0);
const MEDIA = { width: 640, height: 360 };

const WORDS = (
  'the engine weaves algebraic patterns just as a loom weaves flowers and leaves numbers notes ' +
  'cards operations variables analysis machine memory mill store punched sequence result table ' +
  'bernoulli series method general symbols science music harmony compose elaborate pieces degree'
).split(' ');

/** A small, seeded generator (mulberry32) so every run shows the same posts. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {{ index: number, text: string, link?: string, created: string,
 *   image?: { path: string, alt: string } }} SourcePost
 */

/** The source list: post 0 is the newest. @param {number} count @returns {SourcePost[]} */
export function sourcePosts(count) {
  const next = random(20261126);
  const posts = [];
  for (let index = 0; index < count; index++) {
    const length = 8 + Math.floor(next() * 30);
    const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    /** @type {SourcePost} */
    const post = {
      index,
      text: `${words.join(' ')}. (post ${index + 1})`,
      created: new Date(START - index * 37 * 60_000).toISOString(),
    };
    if (index % 5 === 2) post.link = `https://example.org/notes/${index + 1}`;
    if (index % 3 === 0) {
      post.image = {
        path: `/img/media-${index % 6}.png`,
        alt: `Diagram ${index % 6}: a ${['red', 'green', 'blue', 'amber', 'teal', 'violet'][index % 6]} card`,
      };
    }
    posts.push(post);
  }
  return posts;
}

/**
 * A well-formed CIDv1 (base32, sha2-256) for `seed`: Bluesky clients parse the CIDs they get.
 * @param {number} codec 0x71 dag-cbor (records), 0x55 raw (blobs) @param {string} seed
 */
function cid(codec, seed) {
  const bytes = [0x01, codec, 0x12, 0x20, ...createHash('sha256').update(seed).digest()];
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = 'b';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** @param {string} origin */
export function mastodonAccount(origin) {
  return {
    id: AUTHOR.accountId,
    username: AUTHOR.username,
    acct: AUTHOR.username,
    display_name: AUTHOR.name,
    locked: false,
    bot: false,
    discoverable: true,
    indexable: true,
    group: false,
    created_at: '2024-01-01T00:00:00.000Z',
    note: `<p>${AUTHOR.bio}</p>`,
    url: `${origin}/@${AUTHOR.username}`,
    uri: `${origin}/users/${AUTHOR.username}`,
    avatar: `${origin}/img/avatar.png`,
    avatar_static: `${origin}/img/avatar.png`,
    header: `${origin}/img/media-0.png`,
    header_static: `${origin}/img/media-0.png`,
    followers_count: 1200,
    following_count: 180,
    statuses_count: 4000,
    last_status_at: '2026-11-20',
    hide_collections: false,
    noindex: false,
    emojis: [],
    roles: [],
    fields: [],
  };
}

/** @param {SourcePost} post @param {string} origin @param {ReturnType<typeof mastodonAccount>} account */
export function mastodonStatus(post, origin, account) {
  const id = (109500000000000000n - BigInt(post.index) * 1000n).toString();
  const link = post.link
    ? ` <a href="${post.link}" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">${post.link.slice(8)}</span><span class="invisible"></span></a>`
    : '';
  return {
    id,
    created_at: post.created,
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'en',
    uri: `${origin}/users/${AUTHOR.username}/statuses/${id}`,
    url: `${origin}/@${AUTHOR.username}/${id}`,
    replies_count: post.index % 4,
    reblogs_count: post.index % 7,
    favourites_count: (post.index * 3) % 11,
    quotes_count: 0,
    edited_at: null,
    favourited: false,
    reblogged: false,
    muted: false,
    bookmarked: false,
    pinned: false,
    content: `<p>${escapeHtml(post.text)}${link}</p>`,
    filtered: [],
    reblog: null,
    application: null,
    account,
    media_attachments: post.image
      ? [
          {
            id: `${id}7`,
            type: 'image',
            url: `${origin}${post.image.path}`,
            preview_url: `${origin}${post.image.path}`,
            remote_url: null,
            preview_remote_url: null,
            text_url: null,
            meta: {
              original: { ...MEDIA, size: `${MEDIA.width}x${MEDIA.height}`, aspect: 16 / 9 },
              small: { ...MEDIA, size: `${MEDIA.width}x${MEDIA.height}`, aspect: 16 / 9 },
              focus: { x: 0, y: 0 },
            },
            description: post.image.alt,
            blurhash: BLURHASH,
          },
        ]
      : [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
    quote: null,
  };
}

/** @param {string} origin */
export function blueskyProfile(origin) {
  return {
    did: AUTHOR.did,
    handle: AUTHOR.handle,
    displayName: AUTHOR.name,
    description: AUTHOR.bio,
    avatar: `${origin}/img/avatar.png`,
    banner: `${origin}/img/media-0.png`,
    followersCount: 1200,
    followsCount: 180,
    postsCount: 4000,
    associated: { lists: 0, feedgens: 0, starterPacks: 0, labeler: false },
    indexedAt: '2024-01-01T00:00:00.000Z',
    createdAt: '2024-01-01T00:00:00.000Z',
    viewer: { muted: false, blockedBy: false },
    labels: [],
  };
}

/** @param {SourcePost} post @param {string} origin */
export function blueskyFeedItem(post, origin) {
  const rkey = `3lbench${String(99999 - post.index).padStart(5, '0')}`;
  const text = post.link ? `${post.text} ${post.link.slice(8)}` : post.text;
  /** @type {Record<string, unknown>} */
  const record = { $type: 'app.bsky.feed.post', text, createdAt: post.created, langs: ['en'] };
  if (post.link) {
    const encoder = new TextEncoder();
    const byteStart = encoder.encode(`${post.text} `).length;
    record.facets = [
      {
        index: { byteStart, byteEnd: encoder.encode(text).length },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: post.link }],
      },
    ];
  }
  /** @type {Record<string, unknown>} */
  const view = {
    uri: `at://${AUTHOR.did}/app.bsky.feed.post/${rkey}`,
    cid: cid(0x71, `post ${post.index}`),
    author: {
      did: AUTHOR.did,
      handle: AUTHOR.handle,
      displayName: AUTHOR.name,
      avatar: `${origin}/img/avatar.png`,
      associated: {},
      viewer: { muted: false, blockedBy: false },
      labels: [],
      createdAt: '2024-01-01T00:00:00.000Z',
    },
    record,
    replyCount: post.index % 4,
    repostCount: post.index % 7,
    likeCount: (post.index * 3) % 11,
    quoteCount: 0,
    indexedAt: post.created,
    viewer: {},
    labels: [],
  };
  if (post.image) {
    record.embed = {
      $type: 'app.bsky.embed.images',
      images: [
        {
          alt: post.image.alt,
          image: {
            $type: 'blob',
            ref: { $link: cid(0x55, post.image.path) },
            mimeType: 'image/png',
            size: 4000,
          },
          aspectRatio: MEDIA,
        },
      ],
    };
    view.embed = {
      $type: 'app.bsky.embed.images#view',
      images: [
        {
          thumb: `${origin}${post.image.path}`,
          fullsize: `${origin}${post.image.path}`,
          alt: post.image.alt,
          aspectRatio: MEDIA,
        },
      ],
    };
  }
  return { post: view };
}

// ——— Images ———

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG with diagonal bands of two colors, so it is a real picture of real size (not a 1×1 pixel).
 * @param {number} width @param {number} height @param {[number, number, number]} color
 */
export function png(width, height, color) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = Math.floor((x + y) / 24) % 2;
      const shade = band ? 1 : 0.8;
      row[1 + x * 3] = Math.round(color[0] * shade);
      row[2 + x * 3] = Math.round(color[1] * shade);
      row[3 + x * 3] = Math.round(color[2] * shade);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The images the posts point at, by path. @returns {Map<string, Buffer>} */
export function images() {
  /** @type {[number, number, number][]} */
  const colors = [
    [200, 60, 60],
    [60, 160, 90],
    [60, 90, 200],
    [220, 160, 40],
    [40, 160, 160],
    [140, 80, 200],
  ];
  const map = new Map();
  map.set('/img/avatar.png', png(96, 96, [90, 70, 140]));
  colors.forEach((color, index) =>
    map.set(`/img/media-${index}.png`, png(MEDIA.width, MEDIA.height, color)),
  );
  return map;
}

// ——— The same posts in the other formats (for the normalizing benchmark) ———

/** @param {string} text */
function escapeXml(text) {
  return escapeHtml(text).replaceAll('"', '&quot;');
}

/** @param {SourcePost} post */
function postHtml(post) {
  const link = post.link ? ` <a href="${post.link}">${post.link.slice(8)}</a>` : '';
  return `<p>${escapeHtml(post.text)}${link}</p>`;
}

const SITE = 'https://ada.bench.test';

/**
 * The source list as a document of `format`, with the content type a server sends it with.
 * @param {string} format mastodon, bluesky, jsonfeed, rss, atom, activitystreams or microformats
 * @param {SourcePost[]} posts @param {string} origin
 * @returns {{ body: string, contentType: string, url: string }}
 */
export function documentOf(format, posts, origin) {
  switch (format) {
    case 'mastodon': {
      const account = mastodonAccount(origin);
      return {
        body: JSON.stringify(posts.map((post) => mastodonStatus(post, origin, account))),
        contentType: 'application/json',
        url: `${origin}/api/v1/accounts/${AUTHOR.accountId}/statuses`,
      };
    }
    case 'bluesky':
      return {
        body: JSON.stringify({ feed: posts.map((post) => blueskyFeedItem(post, origin)) }),
        contentType: 'application/json',
        url: `${origin}/xrpc/app.bsky.feed.getAuthorFeed?actor=${AUTHOR.handle}`,
      };
    case 'jsonfeed':
      return {
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: AUTHOR.name,
          home_page_url: SITE,
          authors: [{ name: AUTHOR.name, url: SITE, avatar: `${origin}/img/avatar.png` }],
          items: posts.map((post) => ({
            id: `${SITE}/notes/${post.index}`,
            url: `${SITE}/notes/${post.index}`,
            content_html: postHtml(post),
            date_published: post.created,
            ...(post.image ? { image: `${origin}${post.image.path}` } : {}),
          })),
        }),
        contentType: 'application/feed+json',
        url: `${SITE}/feed.json`,
      };
    case 'rss':
      return {
        body:
          `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>` +
          `<title>${AUTHOR.name}</title><link>${SITE}/</link><description>${AUTHOR.bio}</description>` +
          posts
            .map(
              (post) =>
                `<item><guid>${SITE}/notes/${post.index}</guid><link>${SITE}/notes/${post.index}</link>` +
                `<pubDate>${new Date(post.created).toUTCString()}</pubDate>` +
                `<description>${escapeXml(postHtml(post))}</description>` +
                (post.image
                  ? `<media:content url="${origin}${post.image.path}" medium="image" width="640" height="360"><media:description>${escapeXml(post.image.alt)}</media:description></media:content>`
                  : '') +
                `</item>`,
            )
            .join('') +
          `</channel></rss>`,
        contentType: 'application/rss+xml',
        url: `${SITE}/feed.rss`,
      };
    case 'atom':
      return {
        body:
          `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
          `<title>${AUTHOR.name}</title><id>${SITE}/</id><updated>${posts[0]?.created ?? ''}</updated>` +
          `<link rel="alternate" href="${SITE}/"/><author><name>${AUTHOR.name}</name></author>` +
          posts
            .map(
              (post) =>
                `<entry><id>${SITE}/notes/${post.index}</id><link rel="alternate" href="${SITE}/notes/${post.index}"/>` +
                `<published>${post.created}</published><updated>${post.created}</updated>` +
                `<content type="html">${escapeXml(postHtml(post))}</content>` +
                (post.image
                  ? `<link rel="enclosure" type="image/png" href="${origin}${post.image.path}"/>`
                  : '') +
                `</entry>`,
            )
            .join('') +
          `</feed>`,
        contentType: 'application/atom+xml',
        url: `${SITE}/feed.atom`,
      };
    case 'activitystreams': {
      const actor = `${SITE}/users/ada`;
      return {
        body: JSON.stringify({
          '@context': 'https://www.w3.org/ns/activitystreams',
          id: `${actor}/outbox?page=true`,
          type: 'OrderedCollectionPage',
          partOf: `${actor}/outbox`,
          orderedItems: posts.map((post) => ({
            id: `${actor}/statuses/${post.index}/activity`,
            type: 'Create',
            actor,
            published: post.created,
            to: ['https://www.w3.org/ns/activitystreams#Public'],
            object: {
              id: `${actor}/statuses/${post.index}`,
              type: 'Note',
              attributedTo: actor,
              url: `${SITE}/@ada/${post.index}`,
              published: post.created,
              content: postHtml(post),
              to: ['https://www.w3.org/ns/activitystreams#Public'],
              attachment: post.image
                ? [
                    {
                      type: 'Document',
                      mediaType: 'image/png',
                      url: `${origin}${post.image.path}`,
                      name: post.image.alt,
                      width: 640,
                      height: 360,
                    },
                  ]
                : [],
            },
          })),
        }),
        contentType: 'application/activity+json',
        url: `${actor}/outbox?page=true`,
      };
    }
    case 'microformats':
      return {
        body:
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${AUTHOR.name}</title></head><body>` +
          `<main class="h-feed"><h1 class="p-name">${AUTHOR.name}</h1>` +
          posts
            .map(
              (post) =>
                `<article class="h-entry"><a class="p-author h-card" href="${SITE}/"><img class="u-photo" src="${origin}/img/avatar.png" alt="">${AUTHOR.name}</a>` +
                `<div class="e-content">${postHtml(post)}</div>` +
                (post.image
                  ? `<img class="u-photo" src="${origin}${post.image.path}" alt="${escapeXml(post.image.alt)}">`
                  : '') +
                `<a class="u-url" href="${SITE}/notes/${post.index}"><time class="dt-published" datetime="${post.created}">${post.created.slice(0, 10)}</time></a></article>`,
            )
            .join('') +
          `</main></body></html>`,
        contentType: 'text/html',
        url: `${SITE}/`,
      };
    default:
      throw new Error(`no generator for ${format}`);
  }
}

export const FORMATS = [
  'mastodon',
  'bluesky',
  'jsonfeed',
  'rss',
  'atom',
  'activitystreams',
  'microformats',
];
