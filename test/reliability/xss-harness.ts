/**
 * The harness of the "XSS everywhere" tests (test/reliability/xss*.test.ts, split so that each
 * file stays within the runner's time per file): the whole XSS corpus (DOMPurify's 223 vectors
 * and H5SC's 139) in every text and HTML field, and a corpus of hostile URLs in every URL field,
 * of real source documents in every format, rendered by every element that shows remote data:
 * on the browser's own sanitizer engine, and again with DOMPurify forced where that is native.
 *
 * Held means: no payload ran (alert, confirm, prompt and print are hooked, payload calls to
 * `alert` are rewritten to a canary, and an uncaught error counts as a run), no element in any
 * shadow root carries an event handler attribute, a URL outside the allow-list, or is an active
 * element the templates never make, and every plain-text field shows its payload as text.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SocialComposer } from '../../src/components/composer/composer.js';
import type { SocialPost } from '../../src/components/post/post.js';
import type { SocialProfileCard } from '../../src/components/profile-card/profile-card.js';
import { parseActor, parseFeed } from '../../src/formats/index.js';
import { loadSanitizer, useSanitizerEngine } from '../../src/html/sanitize.js';
import { safeLink, safeMedia } from '../../src/html/url.js';
import type { Actor } from '../../src/model/actor.js';
import type { Post } from '../../src/model/post.js';
import { loadFixture } from '../helpers.js';
import { recordReliability } from './record.js';

declare global {
  interface Window {
    __xss?: string;
    __xssCanary?: () => void;
  }
}

export type EngineName = 'native' | 'dompurify';
/**
 * `default`: the engine the browser gets (native where it has one, DOMPurify elsewhere), for the
 * whole corpus through every field of every format. `dompurify`: DOMPurify forced where the
 * default is native, for every field that reaches the sanitizer (post content, quotes, bios,
 * profile field values) — text and URL fields never do, so they need no second pass.
 */
export type Pass = 'default' | 'dompurify';
const hasNativeSanitizer =
  typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function' &&
  typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function';

/** Posts per feed render: the feed windows longer lists, and every post must be in the DOM. */
const FEED_POSTS = 48;
/** Vectors per render of standalone posts and cards, side by side. */
const CHUNK = 48;

// ---- the corpora ---------------------------------------------------------------------------

async function loadText(path: string): Promise<string> {
  const response = await fetch(new URL(`/test/fixtures/${path}`, location.origin));
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

const purifyCorpus = await loadFixture<{ payload: string }[]>('xss/dompurify.expect.json');
const h5sc = [
  ...(await loadText('xss/h5sc.vectors.txt')).matchAll(
    /<div id="(\d+)">([\s\S]*?\/\/\["'`-->\]\]>\])<\/div>/g,
  ),
].map((match) => match[2]!);
/** Every HTML vector, its `alert` calls rewritten to the canary (the hooks catch the rest). */
const HTML_VECTORS = [...purifyCorpus.map((entry) => entry.payload), ...h5sc].map((payload) =>
  payload.replace(/\balert\b/g, '__xssCanary'),
);

/** Addresses no URL field may turn into an attribute. */
const URL_VECTORS = [
  'javascript:__xssCanary(1)',
  'JaVaScRiPt:__xssCanary(1)',
  ' javascript:__xssCanary(1)',
  'javascript://%0a__xssCanary(1)',
  'java\tscript:__xssCanary(1)',
  'java\nscript:__xssCanary(1)',
  'java\rscript:__xssCanary(1)',
  '\x01javascript:__xssCanary(1)',
  '\x00javascript:__xssCanary(1)',
  '\u200bjavascript:__xssCanary(1)',
  '\u180ejavascript:__xssCanary(1)',
  '\ufeffjavascript:__xssCanary(1)',
  'javascript\u0000:__xssCanary(1)',
  '&#106;avascript:__xssCanary(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xssCanary(1)',
  'javascript&colon;__xssCanary(1)',
  '%6A%61%76%61%73%63%72%69%70%74:__xssCanary(1)',
  'data:text/html,<script>__xssCanary(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzc0NhbmFyeSgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload="__xssCanary(1)">',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:__xssCanary(1)',
  'blob:https://evil.example/1b2c3d4e',
  'filesystem:https://evil.example/temporary/x',
  'file:///etc/passwd',
  'ftp://evil.example/x.png',
  'about:blank',
  'chrome://settings',
  'view-source:https://evil.example/',
  'jar:https://evil.example/x.jar!/',
  'intent://evil#Intent;end',
  'tel:+15555550123',
  '//evil.example/x.png',
  '\\\\evil.example\\x.png',
  '/\\evil.example/x.png',
  'https://evil.example/"onmouseover="__xssCanary(1)',
  "https://evil.example/'><script>__xssCanary(1)</script>",
  'https://evil.example/x.png" onerror="__xssCanary(1)',
  'https://evil.example/x.png?<svg/onload=__xssCanary(1)>',
  'javascript:/*https://ok.example/*/__xssCanary(1)',
  'https://ok.example/\njavascript:__xssCanary(1)',
  '',
  '   ',
];

// ---- source documents ----------------------------------------------------------------------

/** What one entry of a document carries: the payload for text and HTML fields, and its URLs. */
interface Entry {
  index: number;
  /** Put into HTML fields (post content, bios, profile field values). */
  content: string;
  /** Put into plain-text fields, behind a prefix that tells the fields apart. */
  text: string;
  /** Put into link fields. */
  link: string;
  /** Put into image and media fields. */
  image: string;
}

/** A document in one format, as a server sends it. */
interface Doc {
  body: string;
  type: string;
  url: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** XML refuses control characters outright: a feed carrying them is refused whole, not unsafe. */
const xmlSafe = (value: string) =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '');
const escapeXml = (value: string) => escapeHtml(xmlSafe(value));
const cdata = (value: string) => `<![CDATA[${xmlSafe(value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const utf8Length = (value: string) => new TextEncoder().encode(value).length;
const date = (index: number) => new Date(Date.UTC(2026, 10, 20, 12, 0, 0) - index * 60_000);

const mastodonStatus = await loadFixture<Record<string, unknown>>(
  'mastodon/recorded.status.link-card.json',
);
const mastodonPoll = await loadFixture<{ poll: Record<string, unknown> }>(
  'mastodon/recorded.status.poll.json',
);
const mastodonMedia = await loadFixture<{ media_attachments: Record<string, unknown>[] }>(
  'mastodon/recorded.status.media-alt-text.json',
);
const mastodonAccount = mastodonStatus['account'] as Record<string, unknown>;
const apActor = await loadFixture<Record<string, unknown>>(
  'activitypub/w3c-ap.example-actor-person.json',
);
const jsonFeed = await loadFixture<Record<string, unknown>>('jsonfeed/spec-1.1.microblog.json');
const blueskyProfile = await loadFixture<Record<string, unknown>>(
  'bluesky/snapshot.getProfile.json',
);

function mastodonAccountOf(entry: Entry, role: string): Record<string, unknown> {
  return {
    ...mastodonAccount,
    id: `${role}${entry.index}`,
    username: `handle${entry.index}`,
    acct: `handle:${entry.text}`,
    display_name: `${role}:${entry.text}`,
    url: entry.link,
    uri: entry.link,
    avatar: entry.image,
    avatar_static: entry.image,
    avatar_description: `avatar:${entry.text}`,
    header: entry.image,
    header_static: entry.image,
    note: entry.content,
    emojis: [{ shortcode: 'blob', url: entry.image, static_url: entry.image }],
    fields: [
      { name: `field:${entry.text}`, value: entry.content, verified_at: null },
      {
        name: 'site',
        value: `<a href="${escapeHtml(entry.link)}" rel="me">site</a>`,
        verified_at: '2026-01-01T00:00:00.000Z',
      },
    ],
  };
}

function mastodonStatusOf(entry: Entry): Record<string, unknown> {
  const created = date(entry.index).toISOString();
  const inner = {
    ...mastodonStatus,
    id: `${100000 + entry.index}`,
    created_at: created,
    url: entry.link,
    uri: entry.link,
    content: `${entry.content} :blob:`,
    spoiler_text: `cw:${entry.text}`,
    sensitive: false,
    account: mastodonAccountOf(entry, 'name'),
    emojis: [{ shortcode: 'blob', url: entry.image, static_url: entry.image }],
    media_attachments: [
      {
        ...mastodonMedia.media_attachments[0],
        id: `m${entry.index}`,
        url: entry.image,
        preview_url: entry.image,
        remote_url: entry.image,
        description: `alt:${entry.text}`,
      },
    ],
    card: {
      ...(mastodonStatus['card'] as object),
      url: entry.link,
      title: `card:${entry.text}`,
      description: `description:${entry.text}`,
      provider_name: `site:${entry.text}`,
      image: entry.image,
      image_description: `card image:${entry.text}`,
    },
    poll: {
      ...mastodonPoll.poll,
      options: [
        { title: `option:${entry.text}`, votes_count: 1 },
        { title: `other:${entry.text}`, votes_count: 2 },
      ],
    },
    quote: {
      state: 'accepted',
      quoted_status: {
        ...mastodonStatus,
        id: `${200000 + entry.index}`,
        created_at: created,
        url: entry.link,
        uri: entry.link,
        content: entry.content,
        account: mastodonAccountOf(entry, 'quote'),
        card: null,
      },
    },
  };
  // A boost of it, so the reposter's name and link are fields too.
  return {
    ...mastodonStatus,
    id: `${300000 + entry.index}`,
    created_at: created,
    content: '',
    account: mastodonAccountOf(entry, 'reposter'),
    card: null,
    reblog: inner,
  };
}

function blueskyAuthor(entry: Entry, role: string): Record<string, unknown> {
  return {
    did: `did:plc:${role}${entry.index}`,
    handle: `handle:${entry.text}`,
    displayName: `${role}:${entry.text}`,
    avatar: entry.image,
    labels: [],
  };
}

function blueskyPosts(entry: Entry): Record<string, unknown>[] {
  const at = date(entry.index).toISOString();
  const text = `${entry.text} ${entry.link}`;
  const start = utf8Length(`${entry.text} `);
  const record = {
    $type: 'app.bsky.feed.post',
    createdAt: at,
    text,
    facets: [
      {
        index: { byteStart: start, byteEnd: start + utf8Length(entry.link) },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: entry.link }],
      },
    ],
  };
  const post = (rkey: string, embed: Record<string, unknown>) => ({
    uri: `at://did:plc:name${entry.index}/app.bsky.feed.post/${rkey}${entry.index}`,
    cid: `cid${rkey}${entry.index}`,
    author: blueskyAuthor(entry, 'name'),
    record,
    embed,
    indexedAt: at,
    likeCount: 1,
    repostCount: 2,
    replyCount: 3,
    labels: [],
  });
  return [
    {
      post: post('a', {
        $type: 'app.bsky.embed.recordWithMedia#view',
        media: {
          $type: 'app.bsky.embed.images#view',
          images: [{ thumb: entry.image, fullsize: entry.image, alt: `alt:${entry.text}` }],
        },
        record: {
          record: {
            $type: 'app.bsky.embed.record#viewRecord',
            uri: `at://did:plc:quote${entry.index}/app.bsky.feed.post/q${entry.index}`,
            cid: `cidq${entry.index}`,
            author: blueskyAuthor(entry, 'quote'),
            value: { $type: 'app.bsky.feed.post', text: entry.text, createdAt: at },
            indexedAt: at,
          },
        },
      }),
      reason: {
        $type: 'app.bsky.feed.defs#reasonRepost',
        by: blueskyAuthor(entry, 'reposter'),
        indexedAt: at,
      },
    },
    {
      post: post('b', {
        $type: 'app.bsky.embed.external#view',
        external: {
          uri: entry.link,
          title: `card:${entry.text}`,
          description: `description:${entry.text}`,
          thumb: entry.image,
        },
      }),
    },
  ];
}

function activityNote(entry: Entry): Record<string, unknown> {
  return {
    type: 'Note',
    id: `https://ap.example/notes/${entry.index}`,
    url: entry.link,
    published: date(entry.index).toISOString(),
    content: entry.content,
    summary: `cw:${entry.text}`,
    attributedTo: {
      type: 'Person',
      id: `https://ap.example/users/${entry.index}`,
      name: `name:${entry.text}`,
      preferredUsername: `handle:${entry.text}`,
      url: entry.link,
      icon: { type: 'Image', url: entry.image },
    },
    attachment: [
      { type: 'Document', mediaType: 'image/png', url: entry.image, name: `alt:${entry.text}` },
    ],
    tag: [{ type: 'Emoji', name: ':blob:', icon: { type: 'Image', url: entry.image } }],
  };
}

function jsonFeedItems(entry: Entry): Record<string, unknown>[] {
  const common = {
    url: entry.link,
    external_url: entry.link,
    title: `title:${entry.text}`,
    summary: `summary:${entry.text}`,
    image: entry.image,
    banner_image: entry.image,
    date_published: date(entry.index).toISOString(),
    authors: [{ name: `name:${entry.text}`, url: entry.link, avatar: entry.image }],
    attachments: [{ url: entry.image, mime_type: 'image/png', title: `alt:${entry.text}` }],
  };
  return [
    { ...common, id: `html-${entry.index}`, content_html: entry.content },
    { ...common, id: `text-${entry.index}`, content_text: entry.text, title: undefined },
  ];
}

function rssItem(entry: Entry): string {
  return `<item>
  <title>${escapeXml(`title:${entry.text}`)}</title>
  <link>${escapeXml(entry.link)}</link>
  <guid isPermaLink="false">rss-${entry.index}</guid>
  <pubDate>${date(entry.index).toUTCString()}</pubDate>
  <dc:creator>${escapeXml(`name:${entry.text}`)}</dc:creator>
  <description>${cdata(entry.content)}</description>
  <enclosure url="${escapeXml(entry.image)}" type="image/png" length="1"/>
  <media:content url="${escapeXml(entry.image)}" medium="image" type="image/png">
    <media:description>${escapeXml(`alt:${entry.text}`)}</media:description>
  </media:content>
</item>`;
}

function atomEntry(entry: Entry): string {
  return `<entry>
  <title type="text">${escapeXml(`title:${entry.text}`)}</title>
  <link rel="alternate" href="${escapeXml(entry.link)}"/>
  <link rel="enclosure" href="${escapeXml(entry.image)}" type="image/png"/>
  <id>urn:uuid:atom-${entry.index}</id>
  <updated>${date(entry.index).toISOString()}</updated>
  <author><name>${escapeXml(`name:${entry.text}`)}</name><uri>${escapeXml(entry.link)}</uri></author>
  <summary type="text">${escapeXml(`summary:${entry.text}`)}</summary>
  <content type="html">${escapeXml(entry.content)}</content>
</entry>`;
}

/** Raw markup, as a hostile page would have it: the payload is part of the page's own HTML. */
function hEntry(entry: Entry): string {
  return `<article class="h-entry">
  <h2 class="p-name">title:${entry.text}</h2>
  <a class="u-url" href="${escapeHtml(entry.link)}">permalink</a>
  <time class="dt-published" datetime="${date(entry.index).toISOString()}">then</time>
  <div class="p-author h-card">
    <img class="u-photo" src="${escapeHtml(entry.image)}" alt="${escapeHtml(`avatar:${entry.text}`)}">
    <a class="p-name u-url" href="${escapeHtml(entry.link)}">name:${entry.text}</a>
  </div>
  <div class="e-content">${entry.content}</div>
  <img class="u-photo" src="${escapeHtml(entry.image)}" alt="${escapeHtml(`alt:${entry.text}`)}">
</article>`;
}

function hCard(entry: Entry): string {
  return `<div class="h-card">
  <img class="u-photo" src="${escapeHtml(entry.image)}" alt="">
  <a class="p-name u-url" href="${escapeHtml(entry.link)}">name:${entry.text}</a>
  <span class="p-nickname">handle:${entry.text}</span>
  <div class="p-note">${entry.content}</div>
  <a class="u-url" rel="me" href="${escapeHtml(entry.link)}">elsewhere</a>
</div>`;
}

interface FeedFormat {
  name: string;
  /** Posts each entry becomes. */
  perEntry: number;
  /** Whether one hostile entry can break the markup of the others: parse those one by one. */
  markup: boolean;
  document(entries: Entry[]): Doc;
}

const FEED_FORMATS: FeedFormat[] = [
  {
    name: 'Mastodon statuses',
    perEntry: 1,
    markup: false,
    document: (entries) => ({
      body: JSON.stringify(entries.map(mastodonStatusOf)),
      type: 'application/json',
      url: 'https://mastodon.example/api/v1/accounts/1/statuses',
    }),
  },
  {
    name: 'Bluesky author feed',
    perEntry: 2,
    markup: false,
    document: (entries) => ({
      body: JSON.stringify({ feed: entries.flatMap(blueskyPosts) }),
      type: 'application/json',
      url: 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=x.example',
    }),
  },
  {
    name: 'ActivityPub outbox',
    perEntry: 1,
    markup: false,
    document: (entries) => ({
      body: JSON.stringify({
        '@context': 'https://www.w3.org/ns/activitystreams',
        type: 'OrderedCollectionPage',
        id: 'https://ap.example/outbox?page=1',
        orderedItems: entries.map((entry) => ({
          type: 'Create',
          id: `https://ap.example/activities/${entry.index}`,
          actor: `https://ap.example/users/${entry.index}`,
          published: date(entry.index).toISOString(),
          object: activityNote(entry),
        })),
      }),
      type: 'application/activity+json',
      url: 'https://ap.example/outbox?page=1',
    }),
  },
  {
    name: 'JSON Feed',
    perEntry: 2,
    markup: false,
    document: (entries) => ({
      body: JSON.stringify({ ...jsonFeed, items: entries.flatMap(jsonFeedItems) }),
      type: 'application/feed+json',
      url: 'https://blog.example/feed.json',
    }),
  },
  {
    name: 'RSS',
    perEntry: 1,
    markup: true,
    document: (entries) => ({
      body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Blog</title><link>https://blog.example/</link><description>d</description>
${entries.map(rssItem).join('\n')}
</channel></rss>`,
      type: 'application/rss+xml',
      url: 'https://blog.example/feed.rss',
    }),
  },
  {
    name: 'Atom',
    perEntry: 1,
    markup: true,
    document: (entries) => ({
      body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>urn:uuid:feed</id>
<updated>2026-11-20T12:00:00Z</updated>
${entries.map(atomEntry).join('\n')}
</feed>`,
      type: 'application/atom+xml',
      url: 'https://blog.example/feed.atom',
    }),
  },
  {
    name: 'h-feed',
    perEntry: 1,
    markup: true,
    document: (entries) => ({
      body: `<!doctype html><html><body><main class="h-feed">${entries.map(hEntry).join('\n')}</main></body></html>`,
      type: 'text/html',
      url: 'https://blog.example/',
    }),
  },
];

interface ProfileFormat {
  name: string;
  document(entry: Entry): Doc;
}

const PROFILE_FORMATS: ProfileFormat[] = [
  {
    name: 'Mastodon account',
    document: (entry) => ({
      body: JSON.stringify(mastodonAccountOf(entry, 'name')),
      type: 'application/json',
      url: `https://mastodon.example/api/v1/accounts/${entry.index}`,
    }),
  },
  {
    name: 'ActivityPub actor',
    document: (entry) => ({
      body: JSON.stringify({
        ...apActor,
        id: `https://ap.example/users/${entry.index}`,
        name: `name:${entry.text}`,
        preferredUsername: `handle:${entry.text}`,
        summary: entry.content,
        url: entry.link,
        icon: { type: 'Image', url: entry.image },
        image: { type: 'Image', url: entry.image },
        attachment: [
          { type: 'PropertyValue', name: `field:${entry.text}`, value: entry.content },
          {
            type: 'PropertyValue',
            name: 'site',
            value: `<a href="${escapeHtml(entry.link)}">site</a>`,
          },
        ],
        tag: [{ type: 'Emoji', name: ':blob:', icon: { type: 'Image', url: entry.image } }],
      }),
      type: 'application/activity+json',
      url: `https://ap.example/users/${entry.index}`,
    }),
  },
  {
    name: 'Bluesky profile',
    document: (entry) => ({
      body: JSON.stringify({
        ...blueskyProfile,
        did: `did:plc:name${entry.index}`,
        handle: `handle:${entry.text}`,
        displayName: `name:${entry.text}`,
        description: `${entry.text} ${entry.link}`,
        avatar: entry.image,
        banner: entry.image,
      }),
      type: 'application/json',
      url: `https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=x${entry.index}`,
    }),
  },
  {
    name: 'h-card',
    document: (entry) => ({
      body: `<!doctype html><html><body>${hCard(entry)}</body></html>`,
      type: 'text/html',
      url: `https://person.example/${entry.index}`,
    }),
  },
];

// ---- entries for the two corpora -----------------------------------------------------------

const OK_LINK = 'https://ok.example/';

function htmlEntry(vector: string, index: number): Entry {
  return {
    index,
    content: vector,
    text: vector,
    link: `${OK_LINK}${index}`,
    image: `${OK_LINK}${index}.png`,
  };
}

function urlEntry(url: string, index: number): Entry {
  const attribute = escapeHtml(url);
  return {
    index,
    content: `<p>url ${index} <a href="${attribute}">link</a> <img src="${attribute}" alt="picture ${index}"> <a href="${OK_LINK}">fine</a></p>`,
    text: `url ${index}`,
    link: url,
    image: url,
  };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

const CORPORA = [
  {
    name: 'HTML corpus',
    entries: HTML_VECTORS.map(htmlEntry),
  },
  { name: 'URL corpus', entries: URL_VECTORS.map(urlEntry) },
] as const;

/** A fetch that answers with the document, as its server would. */
function serve(doc: Doc): (input: string) => Promise<Response> {
  return async () => new Response(doc.body, { status: 200, headers: { 'content-type': doc.type } });
}

// ---- the checks ----------------------------------------------------------------------------

/** Elements the templates never make: none may come from data. */
const FORBIDDEN = new Set(
  (
    'script iframe frame frameset object embed applet form base meta style link portal ' +
    'noscript template math foreignobject'
  ).split(' '),
);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'cite',
  'data',
  'codebase',
  'background',
  'ping',
  'lowsrc',
  'dynsrc',
]);

function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Whether a URL attribute value is on the allow-list for its attribute. */
function allowedUrl(element: Element, name: string, value: string): boolean {
  if (name === 'href' && element.localName === 'a' && /^#[\w-]*$/.test(value)) return true;
  if (!['href', 'src', 'poster', 'cite'].includes(name)) return false;
  // Written out by the code, never bent by the parser: the scheme is the first thing.
  const scheme = /^(https?|mailto):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return false;
  if (name === 'href' || name === 'cite') return element.localName !== 'base';
  return scheme !== 'mailto';
}

/** Everything in the host's shadow tree that breaks the promise, as readable lines. */
function problems(host: Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(host.shadowRoot ?? host)) {
    const where = `<${element.localName}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}>`;
    if (FORBIDDEN.has(element.localName)) found.push(`${where} from data`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) found.push(`${where} ${name}="${value.slice(0, 60)}"`);
      else if (URL_ATTRIBUTES.has(lower) && !allowedUrl(element, lower, value))
        found.push(`${where} ${name}="${value.slice(0, 80)}"`);
      else if (lower === 'style' && /url\(|expression|script|behavior|binding/i.test(value))
        found.push(`${where} style="${value.slice(0, 80)}"`);
    }
  }
  return found;
}

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');

/** Plain-text fields of a post that must show as the very text the model holds. */
function postTextProblems(element: SocialPost, post: Post): [checked: number, found: string[]] {
  const root = element.shadowRoot!;
  const found: string[] = [];
  let checked = 0;
  const expectText = (label: string, actual: string | null | undefined, wanted: string) => {
    checked++;
    if (!squash(actual).includes(squash(wanted)))
      found.push(`${label}: shows ${JSON.stringify(actual?.slice(0, 80))}`);
  };
  const textOf = (selector: string) => root.querySelector(selector)?.textContent;
  const name = post.author.name?.trim() || post.author.handle?.trim() || post.author.id;
  expectText('display name', textOf('[part~="name"]'), name);
  const handle = post.author.handle;
  if (handle && handle !== name) expectText('handle', textOf('[part~="handle"]'), handle);
  if (post.summary?.trim())
    expectText('content warning', textOf('[part~="summary"]'), post.summary.trim());
  if (post.title?.trim()) expectText('title', textOf('[part~="title"]'), post.title.trim());
  if (post.source?.label?.trim())
    expectText('source label', textOf('[part~="source"]'), post.source.label.trim());
  if (post.repostedBy?.name?.trim())
    expectText('reposter', textOf('.context .repost'), post.repostedBy.name.trim());
  if (post.card && safeLink(post.card.url)) {
    if (post.card.title?.trim()) expectText('card title', textOf('.card-title'), post.card.title);
    if (post.card.description?.trim())
      expectText('card description', textOf('.card-description'), post.card.description);
  }
  const titles = [...root.querySelectorAll('.option-title')].map((option) => option.textContent);
  (post.poll?.options ?? []).forEach((option, index) =>
    expectText(`poll option ${index}`, titles[index], option.title),
  );
  const images = (post.attachments ?? []).filter(
    (attachment) => attachment.kind === 'image' && safeMedia(attachment.url),
  );
  const thumbnails = root.querySelectorAll('[data-image-index] img');
  images.forEach((attachment, index) => {
    if (attachment.alt?.trim())
      expectText(
        `alt text ${index}`,
        thumbnails[index]?.getAttribute('alt'),
        attachment.alt.trim(),
      );
  });
  const quoteName = post.quote?.author.name?.trim();
  if (quoteName) expectText('quote author', textOf('.quote-name'), quoteName);
  if (!post.html && post.text?.trim())
    expectText('plain text body', textOf('[part~="body"]'), post.text.trim());
  return [checked, found];
}

function actorTextProblems(
  element: SocialProfileCard,
  actor: Actor,
): [checked: number, found: string[]] {
  const root = element.shadowRoot!;
  const found: string[] = [];
  let checked = 0;
  const expectText = (label: string, actual: string | null | undefined, wanted: string) => {
    checked++;
    if (!squash(actual).includes(squash(wanted)))
      found.push(`${label}: shows ${JSON.stringify(actual?.slice(0, 80))}`);
  };
  const name = actor.name?.trim() || actor.handle?.trim() || actor.id;
  expectText('display name', root.querySelector('[part~="name"]')?.textContent, name);
  const handle = actor.handle?.trim();
  if (handle && handle !== name)
    expectText('handle', root.querySelector('[part~="handle"]')?.textContent, handle);
  const names = [...root.querySelectorAll('[part~="field"] dt')].map((term) => term.textContent);
  (actor.fields ?? []).forEach((field, index) =>
    expectText(`field name ${index}`, names[index], field.name),
  );
  if (actor.bioFormat === 'text' && actor.bio?.trim())
    expectText('bio', root.querySelector('[part~="bio"]')?.textContent, actor.bio.trim());
  return [checked, found];
}

// ---- the canary ----------------------------------------------------------------------------

function installCanary(): () => void {
  const saved = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    print: window.print,
  };
  const hit = (how: string) => () => {
    window.__xss ??= how;
    return null as never;
  };
  window.alert = hit('alert');
  window.confirm = hit('confirm');
  window.prompt = hit('prompt');
  window.print = hit('print');
  window.__xssCanary = hit('canary');
  const onError = (event: ErrorEvent) => {
    // The browser's own layout notice, not script from a payload.
    if (/ResizeObserver loop/.test(event.message)) return;
    window.__xss ??= `error: ${event.message}`;
  };
  window.addEventListener('error', onError);
  return () => {
    Object.assign(window, saved);
    delete window.__xssCanary;
    window.removeEventListener('error', onError);
  };
}

/** A moment for whatever a payload would do on load, error or focus. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

async function until(check: () => boolean, what: string, ms = 6000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ---- figures -------------------------------------------------------------------------------

/** Cases per row (corpus → field set) and column (element and engine), recorded after each test. */
async function record(
  corpus: string,
  fields: string,
  element: string,
  engine: EngineName,
  cases: number,
  held: boolean,
  detail?: string,
): Promise<void> {
  await recordReliability({
    area: 'xss',
    name: `${corpus} → ${fields}`,
    element: `${element} (${engine})`,
    cases,
    held,
    ...(detail ? { detail } : {}),
  });
}

// ---- the tests -----------------------------------------------------------------------------

const container = document.createElement('div');
container.lang = 'en';
document.body.append(container);

async function render<T extends HTMLElement>(elements: T[]): Promise<T[]> {
  container.replaceChildren(...elements);
  await Promise.all(
    elements.map(
      (element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
  return elements;
}

function makePost(post: Post): SocialPost {
  const element = document.createElement('social-post');
  element.post = post;
  return element;
}

/** Asserts the promise for every host, and the text of posts: one message per problem. */
function verdict(label: string, found: string[]): void {
  expect(window.__xss, `${label}: a payload ran`).to.equal(undefined);
  expect(found.slice(0, 12).join('\n'), `${label}: ${found.length} problems`).to.equal('');
}

function parseDoc(doc: Doc) {
  return parseFeed(doc.body, { url: doc.url, contentType: doc.type });
}

const rangeOf = (entries: Entry[]) => `${entries[0]!.index + 1}–${entries.at(-1)!.index + 1}`;

/** Waits until `elements` have loaded from `src` (each fires `social-load`); rejects on an error. */
function loads(elements: HTMLElement[]): Promise<number[]> {
  return Promise.all(
    elements.map(
      (element) =>
        new Promise<number>((resolve, reject) => {
          element.addEventListener('social-load', (event) => resolve(event.count));
          element.addEventListener('social-error', (event) => reject(event.error));
        }),
    ),
  );
}

/** The posts a feed has on screen, once every one has rendered. */
async function feedPosts(feed: HTMLElement, count?: number): Promise<SocialPost[]> {
  const root = feed.shadowRoot!;
  await until(
    () => root.querySelectorAll('social-post').length >= (count ?? 1),
    `${count ?? 'any'} posts on screen`,
  );
  const shown = [...root.querySelectorAll('social-post')];
  await Promise.all(shown.map((element) => element.updateComplete));
  return shown;
}

const engineOf = (pass: Pass): EngineName =>
  pass === 'default' && hasNativeSanitizer ? 'native' : 'dompurify';

/** The hooks and the engine for one suite. */
function setUp(pass: Pass): void {
  let restore: (() => void) | undefined;
  before(async function () {
    // Without a native sanitizer (Firefox ESR) the default pass is the DOMPurify pass already.
    if (pass === 'dompurify' && !hasNativeSanitizer) this.skip();
    useSanitizerEngine(pass === 'default' ? 'auto' : 'dompurify');
    await loadSanitizer();
  });
  after(async () => {
    container.replaceChildren();
    useSanitizerEngine('auto');
    await loadSanitizer();
  });
  beforeEach(() => {
    delete window.__xss;
    restore = installCanary();
  });
  afterEach(() => {
    restore?.();
    container.replaceChildren();
  });
}

/**
 * Every corpus in every format a feed reads, one post per vector: through `.posts` (the whole
 * corpus) and through `src` from a server (the first chunk of each corpus; the document takes
 * the same way through the formats as for `.posts`, so the rest would repeat it).
 */
export function feedSuite(pass: Pass, formats: readonly string[]): void {
  const engine = engineOf(pass);
  describe(`XSS everywhere in <social-feed>, ${pass} sanitizer (${engine} here)`, () => {
    setUp(pass);

    for (const corpus of CORPORA) {
      for (const format of FEED_FORMATS.filter((known) => formats.includes(known.name))) {
        describe(`${corpus.name} in every field of a ${format.name}`, () => {
          const parts = chunks(corpus.entries, Math.floor(FEED_POSTS / format.perEntry));
          parts.forEach((entries, part) => {
            it(`.posts, one post per vector (${rangeOf(entries)})`, async () => {
              const pages = format.markup
                ? await Promise.all(entries.map((entry) => parseDoc(format.document([entry]))))
                : [await parseDoc(format.document(entries))];
              const posts = pages.flatMap((page) => page.posts);
              expect(posts.length, 'posts read').to.be.greaterThan(0);
              const feed = document.createElement('social-feed');
              feed.posts = posts.map((post, index) => ({
                ...post,
                source: { id: 'hostile', label: `source:${entries[index % entries.length]!.text}` },
              }));
              await render([feed]);
              const shown = await feedPosts(feed, posts.length);
              await settle();
              const found = problems(feed);
              let checked = 0;
              for (const element of shown) {
                const [count, text] = postTextProblems(element, element.post!);
                checked += count;
                found.push(...text);
              }
              await record(
                corpus.name,
                `every field of a ${format.name}`,
                'social-feed',
                engine,
                entries.length,
                window.__xss === undefined && found.length === 0,
                `${checked} plain-text fields compared`,
              );
              verdict(`part ${part}`, found);
            });
          });

          it(`src, the document from its server (${rangeOf(parts[0]!)})`, async () => {
            const entries = parts[0]!;
            const doc = format.document(entries);
            const feed = document.createElement('social-feed');
            feed.fetch = serve(doc);
            feed.limit = FEED_POSTS;
            feed.label = 'Hostile';
            feed.src = doc.url;
            const loaded = loads([feed]);
            await render([feed]);
            const [count] = await loaded;
            const shown = await feedPosts(feed);
            await settle();
            const found = problems(feed);
            for (const element of shown) found.push(...postTextProblems(element, element.post!)[1]);
            await record(
              corpus.name,
              `every field of a ${format.name}, read from its server`,
              'social-feed',
              engine,
              entries.length,
              window.__xss === undefined && found.length === 0,
              `${count} posts read`,
            );
            verdict('src', found);
          });
        });
      }
    }
  });
}

/**
 * Every corpus through standalone posts and the composer (`posts`), or through profile cards
 * of every kind of profile document (`cards`).
 */
export function elementSuite(
  pass: Pass,
  group: 'posts' | 'cards',
  profileFormats: readonly string[] = PROFILE_FORMATS.map((format) => format.name),
): void {
  const engine = engineOf(pass);
  const title = group === 'posts' ? 'standalone posts' : 'profile cards';
  describe(`XSS everywhere in ${title}, ${pass} sanitizer (${engine} here)`, () => {
    setUp(pass);

    it('notices a payload that runs and attributes that should not be there (a control)', async () => {
      // Built node by node on purpose, bypassing the gate, to prove the checks can fail.
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      const image = document.createElement('img');
      image.setAttribute('onerror', '__xssCanary()');
      const failed = new Promise((resolve) => image.addEventListener('error', resolve));
      image.src = 'data:,not-an-image';
      const link = document.createElement('a');
      link.setAttribute('href', 'javascript:void 0');
      host.shadowRoot!.append(image, link);
      container.append(host);
      await failed;
      expect(window.__xss).to.equal('canary');
      expect(problems(host)).to.have.length(3);
      delete window.__xss;
    });

    for (const corpus of CORPORA) {
      const parts = chunks(corpus.entries, CHUNK);

      if (group === 'posts')
        describe(`${corpus.name} in every field of standalone posts`, () => {
          parts.forEach((entries, part) => {
            // Every format's fields reach <social-post> in the feed suites; here the post stands alone.
            it(`<social-post .post> from a Mastodon document (${rangeOf(entries)})`, async () => {
              const { posts } = await parseDoc(FEED_FORMATS[0]!.document(entries));
              const shown = await render(posts.map(makePost));
              await settle();
              const found = shown.flatMap(problems);
              for (const element of shown)
                found.push(...postTextProblems(element, element.post!)[1]);
              await record(
                corpus.name,
                'every field of a Mastodon status',
                'social-post',
                engine,
                entries.length,
                window.__xss === undefined && found.length === 0,
              );
              verdict(`part ${part}`, found);
            });
          });

          it(`<social-post src>, one Mastodon status per vector (${rangeOf(parts[0]!)})`, async () => {
            const elements = parts[0]!.map((entry) => {
              const element = document.createElement('social-post');
              const doc: Doc = {
                body: JSON.stringify(mastodonStatusOf(entry)),
                type: 'application/json',
                url: `https://mastodon.example/api/v1/statuses/${entry.index}`,
              };
              element.fetch = serve(doc);
              element.src = doc.url;
              return element;
            });
            const loaded = loads(elements);
            await render(elements);
            await loaded;
            await Promise.all(elements.map((element) => element.updateComplete));
            await settle();
            const found = elements.flatMap(problems);
            await record(
              corpus.name,
              'every field of a Mastodon status, embedded by URL',
              'social-post',
              engine,
              elements.length,
              window.__xss === undefined && found.length === 0,
            );
            verdict('src', found);
          });
        });

      const cardFormats = PROFILE_FORMATS.filter((format) => profileFormats.includes(format.name));
      for (const format of group === 'cards' ? cardFormats : []) {
        describe(`${corpus.name} in every field of a ${format.name}`, () => {
          parts.forEach((entries, part) => {
            it(`<social-profile-card .actor> (${rangeOf(entries)})`, async () => {
              const actors = await Promise.all(
                entries
                  .map((entry) => format.document(entry))
                  .map((doc) => parseActor(doc.body, { url: doc.url, contentType: doc.type })),
              );
              const cards = await render(
                actors.map((actor) => {
                  const element = document.createElement('social-profile-card');
                  element.actor = actor;
                  return element;
                }),
              );
              await settle();
              const found = cards.flatMap(problems);
              let checked = 0;
              cards.forEach((element, index) => {
                const [count, text] = actorTextProblems(element, actors[index]!);
                checked += count;
                found.push(...text);
              });
              await record(
                corpus.name,
                `every field of a ${format.name}`,
                'social-profile-card',
                engine,
                entries.length,
                window.__xss === undefined && found.length === 0,
                `${checked} plain-text fields compared`,
              );
              verdict(`part ${part}`, found);
            });
          });

          it(`<social-profile-card src> (${rangeOf(parts[0]!)})`, async () => {
            const cards = parts[0]!.map((entry) => {
              const doc = format.document(entry);
              const element = document.createElement('social-profile-card');
              element.fetch = serve(doc);
              element.src = doc.url;
              return element;
            });
            const loaded = loads(cards);
            await render(cards);
            await loaded;
            await Promise.all(cards.map((element) => element.updateComplete));
            await settle();
            const found = cards.flatMap(problems);
            await record(
              corpus.name,
              `every field of a ${format.name}, read from its server`,
              'social-profile-card',
              engine,
              cards.length,
              window.__xss === undefined && found.length === 0,
            );
            verdict('src', found);
          });
        });
      }
    }

    // The composer shows remote data only as text and links: no sanitizer is involved.
    if (group === 'posts' && pass === 'default')
      describe('remote data in <social-composer>', () => {
        /** A composer whose server answers `q=config` and publishing with the given answers. */
        function composer(config: object, publish: () => Response): SocialComposer {
          const element = document.createElement('social-composer');
          element.fetch = async (_input, init) =>
            !init.method || init.method === 'GET' ? Response.json(config) : publish();
          element.action = 'https://micropub.example/';
          return element;
        }

        async function publishAll(composers: SocialComposer[]): Promise<void> {
          for (const element of composers) {
            const area = element.shadowRoot!.querySelector('textarea')!;
            area.value = 'hello';
            area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          }
          await Promise.all(composers.map((element) => element.updateComplete));
          await Promise.all(composers.map((element) => element.submit()));
          await Promise.all(composers.map((element) => element.updateComplete));
          await settle();
        }

        chunks(HTML_VECTORS, 128).forEach((vectors, part) => {
          it(`shows syndication target names as text (${part * 128 + 1}–${part * 128 + vectors.length})`, async () => {
            const element = composer(
              {
                'syndicate-to': vectors.map((name, index) => ({
                  uid: `https://target.example/${index}`,
                  name,
                })),
              },
              () => new Response(null, { status: 201 }),
            );
            await render([element]);
            const root = element.shadowRoot!;
            await until(
              () => root.querySelectorAll('[part~="syndication"] label').length > 0,
              'targets',
            );
            const found = problems(element);
            const names = [...root.querySelectorAll('[part~="syndication"] label span')].map(
              (span) => span.textContent,
            );
            vectors.forEach((vector, index) => {
              // A blank name is no name: the target's address stands in for it.
              const name = vector.trim() ? vector : `https://target.example/${index}`;
              if (squash(names[index]) !== squash(name))
                found.push(`target ${index}: shows ${JSON.stringify(names[index]?.slice(0, 60))}`);
            });
            await record(
              'HTML corpus',
              'Micropub syndication target names',
              'social-composer',
              engine,
              vectors.length,
              window.__xss === undefined && found.length === 0,
            );
            verdict('syndication targets', found);
          });
        });

        chunks(HTML_VECTORS, CHUNK).forEach((vectors, part) => {
          it(`shows the server's error message as text (${part * CHUNK + 1}–${part * CHUNK + vectors.length})`, async () => {
            const composers = await render(
              vectors.map((message) =>
                composer({}, () =>
                  Response.json(
                    { error: 'invalid_request', error_description: message },
                    { status: 400 },
                  ),
                ),
              ),
            );
            await publishAll(composers);
            const found = composers.flatMap(problems);
            composers.forEach((element, index) => {
              const said = element.shadowRoot!.querySelector('.server-said q')?.textContent;
              if (!squash(said).includes(squash(vectors[index])))
                found.push(`message ${index}: shows ${JSON.stringify(said?.slice(0, 60))}`);
            });
            await record(
              'HTML corpus',
              'Micropub error descriptions',
              'social-composer',
              engine,
              vectors.length,
              window.__xss === undefined && found.length === 0,
            );
            verdict('server messages', found);
          });
        });

        it('links to the published post only through an allowed address', async () => {
          const composers = await render(
            URL_VECTORS.map((location) =>
              composer({}, () => new Response(null, { status: 201, headers: { location } })),
            ),
          );
          await publishAll(composers);
          const found = composers.flatMap(problems);
          const linked = composers.filter((element) =>
            element.shadowRoot!.querySelector('[part~="status"] a[href]'),
          ).length;
          await record(
            'URL corpus',
            'Location of the published post',
            'social-composer',
            engine,
            composers.length,
            window.__xss === undefined && found.length === 0,
            `${linked} allowed links shown`,
          );
          verdict('post links', found);
        });
      });
  });
}
