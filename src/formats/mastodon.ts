/** Reads the Mastodon REST API (statuses, timelines, accounts) into the normalized model. */
import type { Actor, ProfileField } from '../model/actor.js';
import type { Page, Skipped } from '../model/page.js';
import type { Attachment, AttachmentKind, LinkCard, Poll, Post } from '../model/post.js';
import { detectMastodon } from './detect.js';
import { parseLinkHeader } from './link-header.js';
import { asDate } from './timestamp.js';
import { FormatError } from './types.js';
import type { Format, FormatContext } from './types.js';
import {
  absoluteUrl,
  asArray,
  asCount,
  asNumber,
  asString,
  header,
  hostOf,
  isObject,
  parseJson,
  parseMarkup,
  prune,
} from './util.js';
import type { JsonObject } from './util.js';

const NAME = 'mastodon';

/** Quotes of quotes (and boosts of quotes) nest; past this depth the rest is left out. */
const MAX_DEPTH = 3;

/** A string ID as Mastodon sends it; a number is accepted only while it is exact. */
function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return asString(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

function emojiMap(value: unknown, base?: string): Record<string, string> | undefined {
  const map: Record<string, string> = {};
  for (const emoji of asArray(value)) {
    if (!isObject(emoji)) continue;
    const shortcode = asString(emoji['shortcode'])?.replace(/^:|:$/g, '');
    const url = absoluteUrl(emoji['url'], base) ?? absoluteUrl(emoji['static_url'], base);
    if (shortcode && url) map[shortcode] = url;
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** `@user@host`: remote accounts carry the host in `acct`, local ones only on their profile URL. */
function handleOf(account: JsonObject, url: string | undefined, base?: string): string | undefined {
  const acct = asString(account['acct'])?.replace(/^@/, '') ?? asString(account['username']);
  if (!acct) return undefined;
  if (acct.includes('@')) return `@${acct}`;
  const host = hostOf(url) ?? hostOf(base);
  return host ? `@${acct}@${host}` : `@${acct}`;
}

/** The http(s) links in verified profile fields: Mastodon checked them for rel=me. */
function verifiedLinks(fields: ProfileField[]): string[] {
  const links: string[] = [];
  for (const field of fields) {
    if (!field.verifiedAt) continue;
    const doc = parseMarkup(field.value, 'text/html');
    for (const anchor of doc.querySelectorAll('a[href]')) {
      const href = absoluteUrl(anchor.getAttribute('href'));
      if (href && !links.includes(href)) links.push(href);
    }
  }
  return links;
}

function readActor(account: unknown, base?: string): Actor | undefined {
  if (!isObject(account)) return undefined;
  const id = readId(account['id']);
  if (!id) return undefined;
  const url = absoluteUrl(account['url'], base);
  const fields: ProfileField[] = [];
  for (const field of asArray(account['fields'])) {
    if (!isObject(field)) continue;
    const name = asString(field['name']);
    const value = asString(field['value']);
    if (!name || !value) continue;
    const verifiedAt = asDate(field['verified_at']);
    fields.push({ name, value, ...(verifiedAt ? { verifiedAt } : {}) });
  }
  const links = verifiedLinks(fields);
  const header = absoluteUrl(account['header'], base);
  const counts = {
    followers: asCount(account['followers_count']),
    following: asCount(account['following_count']),
    posts: asCount(account['statuses_count']),
  };
  const actor: Actor = {
    id,
    handle: handleOf(account, url, base),
    name: asString(account['display_name']),
    url,
    avatar: absoluteUrl(account['avatar'], base) ?? absoluteUrl(account['avatar_static'], base),
    avatarAlt: asString(account['avatar_description']),
    // Mastodon serves a grey placeholder when no header was uploaded: that is no banner at all.
    banner: header && !/\/headers\/original\/missing\.png$/.test(header) ? header : undefined,
    bio: asString(account['note']),
    fields: fields.length > 0 ? fields : undefined,
    counts: Object.values(counts).some((count) => count !== undefined) ? counts : undefined,
    bot: typeof account['bot'] === 'boolean' ? account['bot'] : undefined,
    locked: typeof account['locked'] === 'boolean' ? account['locked'] : undefined,
    links: links.length > 0 ? links : undefined,
    emoji: emojiMap(account['emojis'], base),
    joined: asDate(account['created_at']),
    suspended: account['suspended'] === true ? true : undefined,
  };
  return prune(actor);
}

const ATTACHMENT_KINDS = new Set<AttachmentKind>(['image', 'video', 'gifv', 'audio', 'unknown']);

function readAttachment(media: unknown, base?: string): Attachment | undefined {
  if (!isObject(media)) return undefined;
  const url = absoluteUrl(media['url'], base) ?? absoluteUrl(media['remote_url'], base);
  if (!url) return undefined;
  const type = asString(media['type']) as AttachmentKind | undefined;
  const meta = isObject(media['meta']) ? media['meta'] : {};
  const original = isObject(meta['original']) ? meta['original'] : {};
  const small = isObject(meta['small']) ? meta['small'] : {};
  const focus = isObject(meta['focus']) ? meta['focus'] : undefined;
  const focusX = asNumber(focus?.['x']);
  const focusY = asNumber(focus?.['y']);
  const clamp = (n: number) => Math.min(1, Math.max(-1, n));
  const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);
  const attachment: Attachment = {
    kind: type && ATTACHMENT_KINDS.has(type) ? type : 'unknown',
    url,
    preview: absoluteUrl(media['preview_url'], base),
    alt: asString(media['description']),
    // Audio has no frame; video and images give the original size, older servers only the preview's.
    width: positive(asNumber(original['width'])) ?? positive(asNumber(small['width'])),
    height: positive(asNumber(original['height'])) ?? positive(asNumber(small['height'])),
    duration: positive(asNumber(original['duration'])) ?? positive(asNumber(meta['duration'])),
    blurhash: asString(media['blurhash']),
    focus:
      focusX !== undefined && focusY !== undefined
        ? { x: clamp(focusX), y: clamp(focusY) }
        : undefined,
  };
  return prune(attachment);
}

function readCard(card: unknown, base?: string): LinkCard | undefined {
  if (!isObject(card)) return undefined;
  const url = absoluteUrl(card['url'], base);
  if (!url) return undefined;
  const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);
  return prune({
    url,
    title: asString(card['title']),
    description: asString(card['description']),
    image: absoluteUrl(card['image'], base),
    imageAlt: asString(card['image_description']),
    width: positive(asNumber(card['width'])),
    height: positive(asNumber(card['height'])),
    siteName: asString(card['provider_name']),
  });
}

function readPoll(poll: unknown): Poll | undefined {
  if (!isObject(poll)) return undefined;
  const options = [];
  for (const option of asArray(poll['options'])) {
    if (!isObject(option)) continue;
    const title = asString(option['title']);
    if (title) options.push(prune({ title, votes: asCount(option['votes_count']) }));
  }
  if (options.length === 0) return undefined;
  return prune({
    options,
    multiple: typeof poll['multiple'] === 'boolean' ? poll['multiple'] : undefined,
    expiresAt: asDate(poll['expires_at']),
    closed: typeof poll['expired'] === 'boolean' ? poll['expired'] : undefined,
    voters: asCount(poll['voters_count']) ?? asCount(poll['votes_count']),
  });
}

/** The `RE: <link>` paragraph Mastodon adds for clients that cannot show quotes. */
const QUOTE_FALLBACK =
  /<p\b[^>]*\bclass\s*=\s*"(?:[^"]*\s)?quote-inline(?:\s[^"]*)?"[^>]*>[\s\S]*?<\/p>/gi;

/** The quoted status: Mastodon 4.4+ wraps it in `{ state, quoted_status }`, some forks inline it. */
function quotedStatus(quote: unknown): unknown {
  if (!isObject(quote)) return undefined;
  if ('quoted_status' in quote) return quote['quoted_status'];
  return 'account' in quote && 'id' in quote ? quote : undefined;
}

/** One status as a post, or a reason it could not be read. */
/**
 * Accounts already read in this document, by ID and URL: a timeline repeats the same few authors, and
 * reading an account (URLs, fields, emoji) costs more than the status around it.
 */
type AccountCache = Map<string, Actor | undefined>;

function readAccount(
  account: unknown,
  base: string | undefined,
  cache: AccountCache,
): Actor | undefined {
  if (!isObject(account)) return undefined;
  // The ID with the profile URL: one server's account, even in a document built to confuse.
  const key = `${String(account['id'])} ${String(account['url'])}`;
  if (!cache.has(key)) cache.set(key, readActor(account, base));
  return cache.get(key);
}

function readStatus(
  status: unknown,
  base: string | undefined,
  accounts: AccountCache = new Map(),
  depth = 0,
): Post | string {
  if (!isObject(status)) return `expected a status object, got ${describe(status)}`;
  if (isObject(status['reblog']) && depth < MAX_DEPTH) {
    const reposted = readStatus(status['reblog'], base, accounts, depth + 1);
    if (typeof reposted === 'string') return `boost of an unreadable status: ${reposted}`;
    const booster = readAccount(status['account'], base, accounts);
    const repostedAt = asDate(status['created_at']);
    return {
      ...reposted,
      ...(booster ? { repostedBy: booster } : {}),
      ...(repostedAt ? { repostedAt } : {}),
    };
  }
  const id = readId(status['id']);
  if (!id) return 'status has no id';
  const author = readAccount(status['account'], base, accounts);
  if (!author) return `status ${id} has no readable account`;
  const published = asDate(status['created_at']);
  if (!published) return `status ${id} has no valid created_at date`;

  const quoted = depth < MAX_DEPTH ? quotedStatus(status['quote']) : undefined;
  const quote =
    quoted === undefined || quoted === null
      ? undefined
      : readStatus(quoted, base, accounts, depth + 1);
  const quotePost = typeof quote === 'object' ? quote : undefined;
  let html = asString(status['content']);
  if (html && quotePost) html = asString(html.replace(QUOTE_FALLBACK, ''));

  const mentions: Actor[] = [];
  for (const mention of asArray(status['mentions'])) {
    if (!isObject(mention)) continue;
    const mentionId = readId(mention['id']);
    if (!mentionId) continue;
    const url = absoluteUrl(mention['url'], base);
    mentions.push(prune({ id: mentionId, handle: handleOf(mention, url, base), url }));
  }

  const replyId = readId(status['in_reply_to_id']);
  const replyAccount = readId(status['in_reply_to_account_id']);
  let inReplyTo: Post['inReplyTo'];
  if (replyId || replyAccount) {
    const replyAuthor =
      replyAccount === author.id
        ? author
        : (mentions.find((mention) => mention.id === replyAccount) ??
          (replyAccount ? { id: replyAccount } : undefined));
    inReplyTo = prune({ id: replyId, author: replyAuthor });
  }

  const tags: string[] = [];
  for (const tag of asArray(status['tags'])) {
    const name = isObject(tag) ? asString(tag['name'])?.replace(/^#/, '') : undefined;
    if (name) tags.push(name);
  }
  const attachments = asArray(status['media_attachments'])
    .map((media) => readAttachment(media, base))
    .filter((media): media is Attachment => media !== undefined);
  const counts = prune({
    replies: asCount(status['replies_count']),
    reposts: asCount(status['reblogs_count']),
    likes: asCount(status['favourites_count']),
    quotes: asCount(status['quotes_count']),
  });
  const summary = asString(status['spoiler_text']);

  return prune<Post>({
    id,
    url: absoluteUrl(status['url'], base) ?? absoluteUrl(status['uri'], base),
    author,
    published,
    updated: asDate(status['edited_at']),
    html,
    summary,
    // A content warning hides media too, whatever `sensitive` says.
    sensitive: status['sensitive'] === true || summary !== undefined,
    language: asString(status['language']),
    attachments: attachments.length > 0 ? attachments : undefined,
    card: readCard(status['card'], base),
    poll: readPoll(status['poll']),
    emoji: emojiMap(status['emojis'], base),
    pinned: status['pinned'] === true ? true : undefined,
    quote: quotePost,
    inReplyTo,
    counts: Object.keys(counts).length > 0 ? counts : undefined,
    tags: tags.length > 0 ? tags : undefined,
    mentions: mentions.length > 0 ? mentions : undefined,
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 5);
    return keys.length > 0 ? `an object with keys ${keys.join(', ')}` : 'an empty object';
  }
  return `a ${typeof value}`;
}

function isStatus(value: JsonObject): boolean {
  return 'id' in value && 'account' in value && ('content' in value || 'reblog' in value);
}

function readBody(body: string, what: string): unknown {
  try {
    return parseJson(body);
  } catch (cause) {
    throw new FormatError(
      `expected ${what} as JSON, but the body is not JSON (${(cause as Error).message}); ` +
        'check that the URL points at the Mastodon API and not at a web page',
      { format: NAME, cause },
    );
  }
}

/** An `{ "error": "…" }` body: Mastodon's answer to a bad token, a missing account or a limit. */
function apiError(value: JsonObject, what: string): FormatError | undefined {
  const message = asString(value['error']);
  if (!message) return undefined;
  return new FormatError(
    `expected ${what}, got an object with keys ${Object.keys(value).slice(0, 5).join(', ')}: ` +
      `the server answered "${message}"; check the URL and whether the endpoint needs a token`,
    { format: NAME },
  );
}

/** The account whose statuses these are, when the URL is an account's statuses endpoint. */
function pageActor(posts: Post[], url: string | undefined): Actor | undefined {
  const match = url ? /\/api\/v1\/accounts\/([^/?#]+)\/statuses/.exec(url) : null;
  if (!match) return undefined;
  for (const post of posts) {
    for (const actor of [post.repostedBy, post.author]) {
      if (actor?.id === match[1]) return actor;
    }
  }
  return undefined;
}

function parseFeed(body: string, context: FormatContext): Page {
  const what = 'a JSON array of Mastodon statuses';
  const data = readBody(body, what);
  let entries: unknown[];
  if (Array.isArray(data)) entries = data;
  else if (isObject(data) && isStatus(data)) entries = [data];
  else {
    const error = isObject(data) ? apiError(data, what) : undefined;
    throw (
      error ??
      new FormatError(
        `expected ${what} or one status, got ${describe(data)}; ` +
          'point the source at an endpoint such as /api/v1/accounts/:id/statuses',
        { format: NAME },
      )
    );
  }

  const posts: Post[] = [];
  const skipped: Skipped[] = [];
  const accounts: AccountCache = new Map();
  entries.forEach((entry, index) => {
    try {
      const post = readStatus(entry, context.url, accounts);
      if (typeof post === 'string') skipped.push({ index, reason: post });
      else posts.push(post);
    } catch (error) {
      // A shape no check above foresaw: lose the entry, never the page.
      skipped.push({ index, reason: `could not be read: ${(error as Error).message}` });
    }
  });

  const links = parseLinkHeader(header(context.headers, 'link') ?? '', context.url);
  return prune<Page>({
    format: NAME,
    posts,
    next: links.get('next'),
    prev: links.get('prev') ?? links.get('previous'),
    actor: pageActor(posts, context.url),
    skipped,
  });
}

function parseActor(body: string, context: FormatContext): Actor {
  const what = 'a Mastodon account object';
  const data = readBody(body, what);
  if (!isObject(data)) {
    throw new FormatError(`expected ${what}, got ${describe(data)}; use /api/v1/accounts/:id`, {
      format: NAME,
    });
  }
  const error = apiError(data, what);
  if (error) throw error;
  const actor = readActor(data, context.url);
  if (!actor || !('username' in data || 'acct' in data)) {
    throw new FormatError(
      `expected ${what} with id and acct, got ${describe(data)}; use /api/v1/accounts/:id or /api/v1/accounts/lookup?acct=…`,
      { format: NAME },
    );
  }
  return actor;
}

export const mastodon: Format = { name: NAME, detect: detectMastodon, parseFeed, parseActor };
