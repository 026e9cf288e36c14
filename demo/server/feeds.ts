/**
 * Local feed endpoints for the demo and the stories: the demo's sample people and posts served as
 * a Mastodon-API account timeline (with `Link` pagination), a JSON Feed (with `next_url`), an RSS
 * feed, a single Mastodon status, and a source that always fails. Nothing here reaches the internet.
 */
import type { Plugin } from 'vite';
import {
  blogPost,
  longPost,
  people,
  rtlPost,
  samplePost,
  warningPost,
} from '../data/sample-posts.js';

/** Where the endpoints live, on the demo's own origin. */
export const DEMO_FEEDS = '/demo-feeds';
const MASTODON_PATH = `${DEMO_FEEDS}/api/v1/accounts/109/statuses`;
const STATUS_PATH = `${DEMO_FEEDS}/api/v1/statuses/`;

export interface DemoResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Entry {
  id: string;
  minutesAgo: number;
  text: string;
  language: string;
  summary?: string;
}

/** The colleagues' statuses (Ada and Kenji), newest first; ids count down like Mastodon's. */
const COLLEAGUES: (Entry & { who: 'ada' | 'kenji' })[] = [
  { id: '113456789012345690', who: 'ada', minutesAgo: 2, language: 'en', text: samplePost.text! },
  {
    id: '113456789012345689',
    who: 'kenji',
    minutesAgo: 25,
    language: 'en',
    text: 'Pairing on the accessibility audit this afternoon. Screen readers first, then the keyboard paths.',
  },
  {
    id: '113456789012345688',
    who: 'ada',
    minutesAgo: 70,
    language: 'en',
    text: warningPost.text!,
    summary: warningPost.summary!,
  },
  { id: '113456789012345687', who: 'kenji', minutesAgo: 180, language: 'en', text: longPost.text! },
  {
    id: '113456789012345686',
    who: 'ada',
    minutesAgo: 420,
    language: 'en',
    text: 'Reminder: the design review moved to Thursday, same room.',
  },
  {
    id: '113456789012345685',
    who: 'kenji',
    minutesAgo: 900,
    language: 'ja',
    text: '今日はチームで新しいフィードのデザインを検討しました。',
  },
  {
    id: '113456789012345684',
    who: 'ada',
    minutesAgo: 1500,
    language: 'en',
    text: 'Shipped the release notes first, code second. It worked.',
  },
  {
    id: '113456789012345683',
    who: 'kenji',
    minutesAgo: 2900,
    language: 'en',
    text: 'Found a bug that only shows up in right-to-left layouts. Logical properties fixed it.',
  },
];

/** A friend's microblog (Noor), as a JSON Feed. */
const FRIENDS: Entry[] = [
  { id: 'noor-5', minutesAgo: 12, language: 'ar', text: rtlPost.text! },
  {
    id: 'noor-4',
    minutesAgo: 140,
    language: 'en',
    text: 'Tea, a long walk by the river and no screens. A good Saturday.',
  },
  {
    id: 'noor-3',
    minutesAgo: 600,
    language: 'ar',
    text: 'شكرًا لكل من حضر ورشة العمل أمس، كانت الأسئلة رائعة.',
  },
  {
    id: 'noor-2',
    minutesAgo: 2000,
    language: 'en',
    text: 'Trying a new bread recipe. Results tomorrow.',
  },
  {
    id: 'noor-1',
    minutesAgo: 4000,
    language: 'en',
    text: 'Hello from my new little corner of the web.',
  },
];

/** Léa's blog, as RSS. */
const BLOG: (Entry & { title: string })[] = [
  {
    id: 'notes-on-feeds',
    minutesAgo: 300,
    language: 'fr',
    title: 'Notes sur les flux',
    text: blogPost.text!,
  },
  {
    id: 'small-web',
    minutesAgo: 3000,
    language: 'fr',
    title: 'Le petit web',
    text: 'Pourquoi je publie d’abord sur mon propre site, puis ailleurs.',
  },
  {
    id: 'first-post',
    minutesAgo: 9000,
    language: 'fr',
    title: 'Bonjour',
    text: 'Premier billet de ce nouveau blog.',
  },
];

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) =>
  text
    .split(/\n\n+/)
    .map((block) => `<p>${escape(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
const ago = (now: number, minutes: number) => new Date(now - minutes * 60_000);

function mastodonStatus(entry: (typeof COLLEAGUES)[number], origin: string, now: number) {
  const person = people[entry.who];
  const username = person.handle.split('@')[1]!;
  const host = new URL(person.url).host;
  return {
    id: entry.id,
    created_at: ago(now, entry.minutesAgo).toISOString(),
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: Boolean(entry.summary),
    spoiler_text: entry.summary ?? '',
    visibility: 'public',
    language: entry.language,
    uri: `${person.url.replace(`/@${username}`, '')}/users/${username}/statuses/${entry.id}`,
    url: `${person.url}/${entry.id}`,
    replies_count: 2,
    reblogs_count: 5,
    favourites_count: 12,
    edited_at: null,
    content: paragraphs(entry.text),
    reblog: null,
    account: {
      id: person.id,
      username,
      acct: `${username}@${host}`,
      display_name: person.name,
      url: person.url,
      avatar: `${origin}${person.avatar}`,
      avatar_static: `${origin}${person.avatar}`,
      bot: false,
      locked: false,
      emojis: [],
      fields: [],
    },
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  };
}

function mastodonPage(url: URL, now: number): DemoResponse {
  const limit = Math.min(40, Math.max(1, Number(url.searchParams.get('limit')) || 4));
  const maxId = url.searchParams.get('max_id');
  const start = maxId ? COLLEAGUES.findIndex((entry) => entry.id === maxId) + 1 : 0;
  const slice = COLLEAGUES.slice(start, start + limit);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  const last = slice.at(-1);
  if (last && start + limit < COLLEAGUES.length) {
    const next = new URL(`${url.origin}${MASTODON_PATH}`);
    next.searchParams.set('limit', String(limit));
    next.searchParams.set('max_id', last.id);
    headers.link = `<${next.href}>; rel="next"`;
  }
  return {
    status: 200,
    headers,
    body: JSON.stringify(slice.map((entry) => mastodonStatus(entry, url.origin, now))),
  };
}

function jsonFeed(url: URL, now: number): DemoResponse {
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const size = 2;
  const items = FRIENDS.slice((page - 1) * size, page * size).map((entry) => ({
    id: entry.id,
    url: `${people.noor.url}/post/${entry.id}`,
    content_text: entry.text,
    date_published: ago(now, entry.minutesAgo).toISOString(),
    language: entry.language,
  }));
  const feed: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${people.noor.name}`,
    home_page_url: people.noor.url,
    feed_url: `${url.origin}${DEMO_FEEDS}/friends.json`,
    authors: [
      {
        name: people.noor.name,
        url: people.noor.url,
        avatar: `${url.origin}${people.noor.avatar}`,
      },
    ],
    items,
  };
  if (page * size < FRIENDS.length)
    feed.next_url = `${url.origin}${DEMO_FEEDS}/friends.json?page=${page + 1}`;
  return {
    status: 200,
    headers: { 'content-type': 'application/feed+json' },
    body: JSON.stringify(feed),
  };
}

function rssFeed(url: URL, now: number): DemoResponse {
  const items = BLOG.map(
    (entry) => `
    <item>
      <title>${escape(entry.title)}</title>
      <link>${people.blog.url}${entry.id}</link>
      <guid>${people.blog.url}${entry.id}</guid>
      <description>${escape(entry.text)}</description>
      <pubDate>${ago(now, entry.minutesAgo).toUTCString()}</pubDate>
    </item>`,
  ).join('');
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escape(people.blog.name)}</title>
    <link>${people.blog.url}</link>
    <description>Notes</description>
    <language>fr</language>
    <image><url>${url.origin}${people.blog.avatar}</url><title>${escape(people.blog.name)}</title><link>${people.blog.url}</link></image>${items}
  </channel>
</rss>`;
  return { status: 200, headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body };
}

/**
 * The answer to one demo request, or undefined for a URL that is not a demo feed. Pure, so the
 * stories can serve the same data through a `fetch` seam.
 */
export function demoResponse(url: URL, now = Date.now()): DemoResponse | undefined {
  if (url.pathname === MASTODON_PATH) return mastodonPage(url, now);
  if (url.pathname.startsWith(STATUS_PATH)) {
    const entry = COLLEAGUES.find((item) => item.id === url.pathname.slice(STATUS_PATH.length));
    return entry
      ? {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(mastodonStatus(entry, url.origin, now)),
        }
      : {
          status: 404,
          headers: { 'content-type': 'application/json' },
          body: '{"error":"Record not found"}',
        };
  }
  if (url.pathname === `${DEMO_FEEDS}/friends.json`) return jsonFeed(url, now);
  if (url.pathname === `${DEMO_FEEDS}/blog.xml`) return rssFeed(url, now);
  if (url.pathname === `${DEMO_FEEDS}/broken.json`)
    return {
      status: 500,
      headers: { 'content-type': 'text/plain' },
      body: 'The demo server fails here on purpose.',
    };
  return undefined;
}

/** The demo data through the `fetch` seam of `<social-feed>`, for stories that have no server. */
export async function demoFetch(input: string): Promise<Response> {
  const answer = demoResponse(new URL(input, location.href));
  if (!answer) return new Response('Not a demo feed', { status: 404 });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** A Vite plugin that serves the demo feeds under /demo-feeds/ on the demo server. */
export function feedsDemo(): Plugin {
  return {
    name: 'social-elements-demo-feeds',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(DEMO_FEEDS)) return next();
        const answer = demoResponse(new URL(req.url, `http://${req.headers.host ?? 'localhost'}`));
        if (!answer) return next();
        res.writeHead(answer.status, { 'cache-control': 'no-store', ...answer.headers });
        res.end(answer.body);
      });
    },
  };
}
