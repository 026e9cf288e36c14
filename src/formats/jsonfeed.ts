/** Reads JSON Feed 1.0 and 1.1 documents (blogs, microblogs, podcasts) into the model. */
import type { Actor } from '../model/actor.js';
import type { Page } from '../model/page.js';
import type { Attachment, AttachmentKind, Post } from '../model/post.js';
import { detectJsonFeed } from './detect.js';
import type { Format, FormatContext } from './types.js';
import { asDate, strictIsoDate } from './timestamp.js';
import { FormatError } from './types.js';
import type { JsonObject } from './util.js';
import {
  absoluteUrl,
  asNumber,
  asString,
  describeJson,
  isObject,
  parseJson,
  wellFormed,
} from './util.js';

const NAME = 'jsonfeed';

/** One item cannot become a post: the reason goes to `Page.skipped`. */
class SkipItem extends Error {}

/** What the whole feed says, for the items that leave it out. */
interface FeedDefaults {
  /** Resolves relative URLs in the feed. */
  base: string | undefined;
  /** The site itself, standing in for an author the feed does not name. */
  site: Actor;
  /** `authors` (1.1) or `author` (1.0) of the feed. */
  authors: readonly unknown[];
  /** The actor of `authors`, read once for all the items that leave their author out. */
  author?: Actor;
  language: string | undefined;
}

function readJson(body: string): unknown {
  if (typeof body !== 'string') {
    throw new FormatError(`expected JSON Feed text, got ${describeJson(body)}`, { format: NAME });
  }
  try {
    return parseJson(body);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    throw new FormatError(
      `could not read the JSON Feed: the document is not valid JSON (${problem}); it may have been cut off during download, or the URL does not serve a JSON Feed`,
      { format: NAME, cause: error },
    );
  }
}

/**
 * RFC 3339 allows a space or a lowercase "t" between date and time, a lowercase "z" and more than
 * three fraction digits; `Date` only promises the ISO 8601 subset, so those are normalized first.
 */
function readDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Most feeds write the strict form, which none of the rewriting below would change.
  const strict = strictIsoDate(trimmed);
  if (strict) return strict;
  const normalized = trimmed
    .replace(/^(\d{4}-\d{2}-\d{2})[ t](?=\d)/, '$1T')
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/z$/, 'Z');
  return asDate(normalized);
}

/** The spec says `id` is a string, but feeds write numbers and worse: any value becomes one. */
function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return undefined;
}

/** No authors: shared, since most items name none and the list is only read. */
const NO_AUTHORS: readonly unknown[] = [];

/** `authors` (1.1) wins over `author` (1.0) wherever a feed or an item carries both. */
function authorsOf(value: JsonObject): readonly unknown[] {
  if (Array.isArray(value.authors) && value.authors.some(isObject)) return value.authors;
  return isObject(value.author) ? [value.author] : NO_AUTHORS;
}

/** An author object as an `Actor`; one without a name is the site, under its title and home page. */
function authorActor(author: JsonObject | undefined, feed: FeedDefaults): Actor {
  const name = author ? asString(author.name) : undefined;
  const url = author ? absoluteUrl(author.url, feed.base) : undefined;
  const avatar = author ? absoluteUrl(author.avatar, feed.base) : undefined;
  if (!name) {
    return {
      ...feed.site,
      ...(url ? { id: url, url } : {}),
      ...(avatar ? { avatar } : {}),
    };
  }
  // Named authors without a page are told apart within their feed by name.
  const actor: Actor = {
    id: url ?? `${feed.site.id}#${encodeURIComponent(wellFormed(name))}`,
    name,
  };
  if (url) actor.url = url;
  if (avatar) actor.avatar = avatar;
  return actor;
}

function kindOf(mimeType: string | undefined): AttachmentKind {
  const type = mimeType?.toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return 'unknown';
}

/** The item's images and attachments, or undefined when it has none (most items). */
function readAttachments(item: JsonObject, base: string | undefined): Attachment[] | undefined {
  const image = absoluteUrl(item.image, base);
  const banner = absoluteUrl(item.banner_image, base);
  const list = item.attachments;
  if (!image && !banner && !Array.isArray(list)) return undefined;
  const attachments: Attachment[] = [];
  // The item's main image and banner are often the same file (a site icon): show it once.
  if (image) attachments.push({ kind: 'image', url: image });
  if (banner && banner !== image) attachments.push({ kind: 'image', url: banner });
  if (!Array.isArray(list)) return attachments;
  // Most items have no list at all: only a list pays for the set.
  const seen = new Set<string>(attachments.map((attachment) => attachment.url));
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const url = absoluteUrl(entry.url, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const mimeType = asString(entry.mime_type);
    const attachment: Attachment = { kind: kindOf(mimeType), url };
    if (mimeType) attachment.mimeType = mimeType;
    const duration = asNumber(entry.duration_in_seconds);
    if (duration !== undefined && duration >= 0) attachment.duration = duration;
    // The attachment's title ("MP3 version") is the only words about it the feed gives.
    const title = asString(entry.title);
    if (title) attachment.alt = title;
    attachments.push(attachment);
  }
  return attachments;
}

function readItem(item: unknown, feed: FeedDefaults): Post {
  if (!isObject(item)) throw new SkipItem(`expected an item object, got ${describeJson(item)}`);
  const url = absoluteUrl(item.url, feed.base);
  const externalUrl = absoluteUrl(item.external_url, feed.base);
  const id = readId(item.id) ?? url ?? externalUrl;
  if (id === undefined) throw new SkipItem('the item has no id and no url');
  const label = id.slice(0, 200);
  const published = readDate(item.date_published) ?? readDate(item.date_modified);
  if (!published) {
    throw new SkipItem(`the item ${label} has no valid date_published or date_modified`);
  }
  const itemAuthors = authorsOf(item);
  const author =
    itemAuthors.length > 0
      ? authorActor(itemAuthors.find(isObject), feed)
      : (feed.author ??= authorActor(feed.authors.find(isObject), feed));

  const post: Post = { id, author, published };
  const modified = readDate(item.date_modified);
  if (modified && modified.getTime() > published.getTime()) post.updated = modified;
  const permalink = url ?? externalUrl;
  if (permalink) post.url = permalink;

  const title = asString(item.title);
  if (title) post.title = title;
  const html = asString(item.content_html);
  const contentText = asString(item.content_text);
  if (html) post.html = html;
  // Only text the feed gave: HTML's text is derived on demand by `plainText(post)`. JSON Feed's
  // `summary` is an excerpt, not a content warning: it stands in for missing content.
  const text = contentText ?? (html ? undefined : asString(item.summary));
  if (text) post.text = text;

  const attachments = readAttachments(item, feed.base);
  if (attachments && attachments.length > 0) post.attachments = attachments;
  // A linked-list item points elsewhere: the external page becomes the post's link card.
  if (externalUrl && externalUrl !== post.url) post.card = { url: externalUrl };
  if (!post.title && !post.text && !post.html && !post.attachments && !post.card && !url) {
    throw new SkipItem(`the item ${label} has no content, title, attachment or url`);
  }

  if (Array.isArray(item.tags)) {
    const tags = new Set<string>();
    for (const tag of item.tags) {
      const value = asString(tag);
      if (value) tags.add(value);
    }
    if (tags.size > 0) post.tags = [...tags];
  }
  const language = asString(item.language) ?? feed.language;
  if (language) post.language = language;
  return post;
}

function parseFeed(body: string, context: FormatContext): Page {
  const data = readJson(body);
  if (!isObject(data) || !Array.isArray(data.items)) {
    throw new FormatError(
      `expected a JSON Feed: an object with an "items" array, got ${describeJson(data)}; check that the URL serves a JSON Feed (https://jsonfeed.org/version/1.1)`,
      { format: NAME },
    );
  }
  const documentUrl = absoluteUrl(context.url);
  const home = absoluteUrl(data.home_page_url, documentUrl);
  const feedUrl = absoluteUrl(data.feed_url, documentUrl);
  const title = asString(data.title);
  const site: Actor = { id: home ?? feedUrl ?? documentUrl ?? title ?? NAME };
  if (title) site.name = title;
  if (home) site.url = home;
  const base = home ?? feedUrl ?? documentUrl;
  const avatar = absoluteUrl(data.icon, base) ?? absoluteUrl(data.favicon, base);
  if (avatar) site.avatar = avatar;
  const description = asString(data.description);
  if (description) site.bio = description;

  const feed: FeedDefaults = {
    base,
    site,
    authors: authorsOf(data),
    language: asString(data.language),
  };
  const page: Page = { format: NAME, posts: [], skipped: [], actor: site };
  data.items.forEach((item, index) => {
    try {
      page.posts.push(readItem(item, feed));
    } catch (error) {
      const reason =
        error instanceof SkipItem
          ? error.message
          : `could not read the item: ${error instanceof Error ? error.message : String(error)}`;
      page.skipped.push({ index, reason });
    }
  });
  // next_url names another feed document, so it resolves against where this one was found.
  const next = absoluteUrl(data.next_url, documentUrl ?? feedUrl ?? home);
  if (next) page.next = next;
  return page;
}

/**
 * A feed as a profile: its first author (`authors[0]`, or 1.0's `author`), with the feed's home
 * page and icon standing in for what the author object leaves out, and its description as the bio.
 * A feed that names no author is the site itself, under its title.
 */
function parseActor(body: string, context: FormatContext): Actor {
  const data = readJson(body);
  if (
    !isObject(data) ||
    !(Array.isArray(data.items) || /jsonfeed\.org/.test(asString(data.version) ?? ''))
  ) {
    throw new FormatError(
      `expected a JSON Feed (an object with a "version" and an "items" array) to read its author from, got ${describeJson(data)}; point the profile at the feed document`,
      { format: NAME },
    );
  }
  const documentUrl = absoluteUrl(context.url);
  const home = absoluteUrl(data.home_page_url, documentUrl);
  const feedUrl = absoluteUrl(data.feed_url, documentUrl);
  const base = home ?? feedUrl ?? documentUrl;
  const author = authorsOf(data).find(isObject);
  const name = (author && asString(author.name)) ?? asString(data.title);
  const url = (author && absoluteUrl(author.url, base)) ?? home;
  const avatar =
    (author && absoluteUrl(author.avatar, base)) ??
    absoluteUrl(data.icon, base) ??
    absoluteUrl(data.favicon, base);
  const id = url ?? feedUrl ?? documentUrl ?? name;
  if (!id) {
    throw new FormatError(
      'the JSON Feed names no author, title, home page or feed URL, so there is no one to show; add "authors" or "home_page_url" to the feed',
      { format: NAME },
    );
  }
  const actor: Actor = { id };
  if (name) actor.name = name;
  if (url) actor.url = url;
  if (avatar) actor.avatar = avatar;
  const description = asString(data.description);
  // JSON Feed's description is plain text, never HTML.
  if (description) Object.assign(actor, { bio: description, bioFormat: 'text' });
  return actor;
}

export const jsonfeed: Format = { name: NAME, detect: detectJsonFeed, parseFeed, parseActor };
