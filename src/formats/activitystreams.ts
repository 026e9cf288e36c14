/** Reads ActivityStreams 2.0 / ActivityPub documents (outboxes, pages, notes, actors) into the model. */
import type { Actor, ProfileField } from '../model/actor.js';
import type { Page, Skipped } from '../model/page.js';
import type { Attachment, AttachmentKind, Poll, PollOption, Post } from '../model/post.js';
import { detectActivityStreams } from './detect.js';
import { readableText } from './text.js';
import { asDate } from './timestamp.js';
import { FormatError } from './types.js';
import type { Format, FormatContext } from './types.js';
import {
  absoluteUrl,
  asArray,
  asCount,
  asNumber,
  asString,
  hostOf,
  isObject,
  parseJson,
  prune,
} from './util.js';
import type { JsonObject } from './util.js';

const NAME = 'activitystreams';

const POST_TYPES = new Set([
  'Note',
  'Article',
  'Question',
  'Page',
  'Image',
  'Video',
  'Audio',
  'Event',
]);
/** Types whose `name` is a headline shown above the content, not a repeat of it. */
const TITLED_TYPES = new Set(['Article', 'Page', 'Event', 'Video', 'Audio', 'Image']);
/** Types whose `name` is a headline; on media objects it reads as a caption instead. */
const HEADLINED_TYPES = new Set(['Article', 'Page', 'Event']);
/** Types that carry their media in `url` itself. */
const MEDIA_TYPES = new Set(['Image', 'Video', 'Audio']);
const ACTOR_TYPES = new Set(['Person', 'Service', 'Application', 'Group', 'Organization']);
const COLLECTION_TYPES = new Set(['Collection', 'OrderedCollection']);
const PAGE_TYPES = new Set(['CollectionPage', 'OrderedCollectionPage']);
const PERSON = new Set(['Person']);
const EMOJI = new Set(['Emoji']);
const PROPERTY_VALUE = new Set(['PropertyValue']);
const TOMBSTONE = new Set(['Tombstone']);

interface Context {
  base: string | undefined;
  /** The document's default language (`@context: { "@language": … }`). */
  language: string | undefined;
}

function typesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  const type = value['type'];
  // Most objects have one type: a list of one without filtering a copy of it.
  if (typeof type === 'string') return [type];
  return asArray(type).filter((entry): entry is string => typeof entry === 'string');
}

/** Whether any type is one of `wanted`: asked several times per item, so it makes no lists. */
function hasType(value: unknown, wanted: Set<string>): boolean {
  if (!isObject(value)) return false;
  const type = value['type'];
  if (typeof type === 'string') return wanted.has(type);
  return (
    Array.isArray(type) && type.some((entry) => typeof entry === 'string' && wanted.has(entry))
  );
}

/** The first type the module knows about, for messages and branching. */
function mainType(value: unknown, known: Set<string>): string | undefined {
  const type = isObject(value) ? value['type'] : undefined;
  if (typeof type === 'string') return type;
  const types = typesOf(value);
  return types.find((entry) => known.has(entry)) ?? types[0];
}

/** The first of a value that may be one item or a list of them (`asArray(value)[0]`). */
function firstOf(value: unknown): unknown {
  if (Array.isArray(value)) return value[0];
  return value === null ? undefined : value;
}

/** The IRI of something given as a string, a Link (`href`) or an object (`id`). */
function iriOf(value: unknown, base: string | undefined): string | undefined {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return absoluteUrl(item, base);
    if (isObject(item)) {
      const iri = absoluteUrl(item['href'], base) ?? absoluteUrl(item['id'], base);
      if (iri) return iri;
    }
  }
  return undefined;
}

interface LinkCandidate {
  href: string;
  mediaType?: string;
}

/** Every http(s) target in a `url`/`href` value: strings, Link objects, nested lists. */
function linkCandidates(value: unknown, base: string | undefined, depth = 0): LinkCandidate[] {
  const found: LinkCandidate[] = [];
  for (const item of asArray(value)) {
    if (typeof item === 'string') {
      const href = absoluteUrl(item, base);
      if (href) found.push({ href });
    } else if (isObject(item) && depth < 2) {
      const mediaType = asString(item['mediaType']);
      const href = absoluteUrl(item['href'], base);
      if (href) found.push(mediaType ? { href, mediaType } : { href });
      else {
        for (const inner of linkCandidates(item['url'], base, depth + 1)) {
          found.push(mediaType && !inner.mediaType ? { ...inner, mediaType } : inner);
        }
      }
    }
  }
  return found;
}

/** The page a person opens: a text/html link when the list says, else the first link. */
function pageUrl(value: unknown, base: string | undefined): string | undefined {
  // The usual value, a plain URL, is its own only candidate.
  if (typeof value === 'string') return absoluteUrl(value, base);
  const links = linkCandidates(value, base);
  return (links.find((link) => link.mediaType?.startsWith('text/html')) ?? links[0])?.href;
}

interface ImageRef {
  url: string;
  alt?: string;
}

/** `icon` / `image`: a URL, an Image whose `url` is a string or Link, a Link, or a list of them. */
function imageOf(value: unknown, base: string | undefined): ImageRef | undefined {
  for (const item of asArray(value)) {
    const url =
      typeof item === 'string'
        ? absoluteUrl(item, base)
        : isObject(item)
          ? (linkCandidates(item['url'], base)[0]?.href ?? absoluteUrl(item['href'], base))
          : undefined;
    if (!url) continue;
    const alt = isObject(item) ? asString(item['name']) : undefined;
    return alt ? { url, alt } : { url };
  }
  return undefined;
}

interface Localized {
  readonly value?: string;
  readonly language?: string;
}

type LocalizedKey = 'content' | 'name' | 'summary';
/** The map beside each natural-language property, named once rather than per object read. */
const MAP_KEYS: Record<LocalizedKey, string> = {
  content: 'contentMap',
  name: 'nameMap',
  summary: 'summaryMap',
};
/** No value: shared, since it is only read. */
const NOTHING: Localized = {};

/**
 * `content` / `contentMap` and friends. The plain value wins; the language is the map key whose
 * text equals it, else the map's first key, else the document default.
 */
function localized(object: JsonObject, key: LocalizedKey, context: Context): Localized {
  const plain = asString(object[key]);
  const map = object[MAP_KEYS[key]];
  // Most objects carry no map: the plain value in the document's language.
  if (!isObject(map)) {
    if (plain === undefined) return NOTHING;
    return context.language === undefined
      ? { value: plain }
      : { value: plain, language: context.language };
  }
  const entries = Object.entries(map).filter(
    (entry): entry is [string, string] => asString(entry[1]) !== undefined,
  );
  const matching =
    plain === undefined ? undefined : entries.find(([, text]) => text.trim() === plain);
  const chosen = matching ?? entries[0];
  const language = asString(chosen?.[0]) ?? context.language;
  const value = plain ?? chosen?.[1].trim();
  return prune({ value, language: value === undefined ? undefined : language });
}

/**
 * Plain text from a short value that AS2 allows to carry HTML markup (`summary`, `name`): these are
 * plain text by definition, so they are derived here, unlike the body (see `plainText` in text.ts).
 */
function stripMarkup(value: string | undefined): string | undefined {
  return value === undefined ? undefined : readableText(value);
}

function totalItems(value: unknown): number | undefined {
  return isObject(value) ? asCount(value['totalItems']) : undefined;
}

/** Custom emoji from `tag: [{ type: "Emoji", name: ":blob:", icon }]`. */
function emojiOf(object: JsonObject, base: string | undefined): Record<string, string> | undefined {
  if (object['tag'] === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const tag of asArray(object['tag'])) {
    if (!hasType(tag, EMOJI) || !isObject(tag)) continue;
    const name = asString(tag['name'])?.replace(/^:|:$/g, '');
    const url = imageOf(tag['icon'], base)?.url;
    if (name && url) map[name] = url;
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** An actor given inline. Needs an `id` or a `url`; everything else is optional. */
function readActorObject(object: JsonObject, context: Context): Actor | undefined {
  const { base } = context;
  const id = asString(object['id']) ?? pageUrl(object['url'], base);
  if (!id) return undefined;
  const idUrl = absoluteUrl(id, base);
  const url = pageUrl(object['url'], base) ?? idUrl;
  const username = asString(object['preferredUsername'])?.replace(/^@/, '');
  const host = hostOf(idUrl) ?? hostOf(url);
  const avatar = imageOf(object['icon'], base);
  const fields: ProfileField[] = [];
  for (const attachment of asArray(object['attachment'])) {
    if (!isObject(attachment) || !hasType(attachment, PROPERTY_VALUE)) continue;
    const name = asString(attachment['name']);
    const value = asString(attachment['value']);
    if (name && value) fields.push({ name, value });
  }
  const counts = prune({
    followers: totalItems(object['followers']),
    following: totalItems(object['following']),
    posts: totalItems(object['outbox']),
  });
  const type = mainType(object, ACTOR_TYPES);
  const locked = object['manuallyApprovesFollowers'];
  return prune<Actor>({
    id,
    handle: username ? (host ? `@${username}@${host}` : `@${username}`) : undefined,
    name: localized(object, 'name', context).value,
    url,
    avatar: avatar?.url,
    avatarAlt: avatar?.alt,
    banner: imageOf(object['image'], base)?.url,
    bio: localized(object, 'summary', context).value,
    fields: fields.length > 0 ? fields : undefined,
    counts: Object.keys(counts).length > 0 ? counts : undefined,
    // Mastodon marks automated accounts by publishing them as Service (others use Application).
    bot:
      type === 'Service' || type === 'Application'
        ? true
        : type && ACTOR_TYPES.has(type)
          ? false
          : undefined,
    locked: typeof locked === 'boolean' ? locked : undefined,
    emoji: emojiOf(object, base),
    joined: asDate(object['published']),
  });
}

/** `attributedTo` / `actor`: inline objects are read, an IRI becomes a bare actor (never fetched). */
function readActorRef(value: unknown, context: Context): Actor | undefined {
  if (typeof value === 'string') {
    const iri = absoluteUrl(value, context.base);
    return iri ? { id: iri, url: iri } : undefined;
  }
  const items = asArray(value);
  // Lemmy and others list the community (Group) beside the person: prefer the person.
  const ordered =
    items.length < 2
      ? items
      : [
          ...items.filter((item) => hasType(item, PERSON)),
          ...items.filter((item) => !hasType(item, PERSON)),
        ];
  for (const item of ordered) {
    if (typeof item === 'string') {
      const iri = absoluteUrl(item, context.base);
      if (iri) return { id: iri, url: iri };
    } else if (isObject(item)) {
      const actor = readActorObject(item, context);
      if (actor) return actor;
    }
  }
  return undefined;
}

/** ISO 8601 durations as AS2 writes them (`PT1M30S`), in seconds. */
function durationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  const match =
    typeof value === 'string'
      ? /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
          value.trim(),
        )
      : null;
  if (!match) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const total = days! * 86400 + hours! * 3600 + minutes! * 60 + seconds!;
  return total > 0 ? total : undefined;
}

function kindOf(mediaType: string | undefined, types: string[]): AttachmentKind {
  if (mediaType?.startsWith('image/')) return 'image';
  if (mediaType?.startsWith('video/')) return 'video';
  if (mediaType?.startsWith('audio/')) return 'audio';
  if (types.includes('Image')) return 'image';
  if (types.includes('Video')) return 'video';
  if (types.includes('Audio')) return 'audio';
  return 'unknown';
}

function readAttachment(value: unknown, context: Context): Attachment | undefined {
  const { base } = context;
  if (typeof value === 'string') {
    const url = absoluteUrl(value, base);
    return url ? { kind: 'unknown', url } : undefined;
  }
  if (!isObject(value)) return undefined;
  const links = linkCandidates(value['url'] ?? value['href'], base);
  const link = links[0];
  if (!link) return undefined;
  const mediaType = asString(value['mediaType']) ?? link.mediaType;
  // A web page attached beside the media (PeerTube, Pixelfed) is a link, not something to show.
  if (mediaType?.startsWith('text/html')) return undefined;
  const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : undefined);
  const focal = asArray(value['focalPoint']).map(asNumber);
  const clamp = (n: number) => Math.min(1, Math.max(-1, n));
  return prune<Attachment>({
    kind: kindOf(mediaType, typesOf(value)),
    url: link.href,
    mimeType: mediaType,
    duration: durationSeconds(value['duration']),
    preview: imageOf(value['preview'] ?? value['icon'], base)?.url,
    alt: localized(value, 'name', context).value,
    width: positive(asNumber(value['width'])),
    height: positive(asNumber(value['height'])),
    blurhash: asString(value['blurhash']),
    focus:
      focal.length === 2 && focal[0] !== undefined && focal[1] !== undefined
        ? { x: clamp(focal[0]), y: clamp(focal[1]) }
        : undefined,
  });
}

/** Media objects (Image, Video, Audio) carry the media in `url` itself, beside the web page. */
function selfMedia(object: JsonObject, context: Context): Attachment[] {
  // Notes and articles, the usual posts, carry no media of their own.
  if (!hasType(object, MEDIA_TYPES)) return [];
  const kind = kindOf(undefined, typesOf(object));
  if (kind === 'unknown') return [];
  const links = linkCandidates(object['url'], context.base);
  const media =
    links.find((link) => link.mediaType?.startsWith(`${kind}/`)) ??
    links.find((link) => !link.mediaType?.startsWith('text/html'));
  if (!media) return [];
  return [
    prune<Attachment>({
      kind,
      url: media.href,
      mimeType: media.mediaType,
      alt: localized(object, 'name', context).value,
      width: asCount(object['width']) || undefined,
      height: asCount(object['height']) || undefined,
      duration: durationSeconds(object['duration']),
      preview: imageOf(object['preview'] ?? object['icon'], context.base)?.url,
    }),
  ];
}

function readPoll(question: JsonObject, context: Context): Poll | undefined {
  const multiple = Array.isArray(question['anyOf']) || isObject(question['anyOf']);
  const options: PollOption[] = [];
  for (const option of asArray(question[multiple ? 'anyOf' : 'oneOf'])) {
    if (!isObject(option)) continue;
    const title = localized(option, 'name', context).value;
    if (title) options.push(prune({ title, votes: totalItems(option['replies']) }));
  }
  if (options.length === 0) return undefined;
  const closed = question['closed'];
  const closedAt = asDate(closed);
  return prune<Poll>({
    options,
    multiple,
    expiresAt: asDate(question['endTime']),
    // `closed` is a date or a boolean; a date says when it closed.
    closed:
      typeof closed === 'boolean'
        ? closed
        : closedAt
          ? closedAt.getTime() <= Date.now()
          : undefined,
    voters: asCount(question['votersCount']),
  });
}

/** One post-like object, read in the light of the activity that carried it, or a reason. */
function readPost(
  object: JsonObject,
  activity: JsonObject | undefined,
  context: Context,
): Post | string {
  const { base } = context;
  const type = mainType(object, POST_TYPES) ?? 'object';
  const id = asString(object['id']) ?? pageUrl(object['url'], base) ?? asString(activity?.['id']);
  const published =
    asDate(object['published']) ?? asDate(activity?.['published']) ?? asDate(object['updated']);
  const author =
    readActorRef(object['attributedTo'], context) ?? readActorRef(activity?.['actor'], context);
  if (!id || !published || !author) {
    const missing = [
      id ? undefined : 'id',
      published ? undefined : 'published date',
      author ? undefined : 'author',
    ].filter((part) => part !== undefined);
    return `${type}${id ? ` ${id}` : ''} has no ${missing.join(', no ')}`;
  }

  const content = localized(object, 'content', context);
  const name = localized(object, 'name', context);
  const summaryValue = localized(object, 'summary', context).value;
  // Mastodon and most of the fediverse publish the content warning as `summary`; on an
  // article that is not marked sensitive it is an excerpt instead.
  const excerpt = TITLED_TYPES.has(type) && object['sensitive'] !== true;
  const summary = excerpt ? undefined : stripMarkup(summaryValue);
  const html = content.value ?? (excerpt ? summaryValue : undefined);
  // AS2 `name` is plain text by definition: no markup to strip.
  const title = HEADLINED_TYPES.has(type) ? asString(name.value) : undefined;
  // With HTML the body text is left to `plainText(post)`; a bare object reads as its name.
  const text = html || title ? undefined : stripMarkup(name.value);

  const tags: string[] = [];
  const mentions: Actor[] = [];
  for (const tag of asArray(object['tag'])) {
    if (!isObject(tag)) continue;
    const tagName = asString(tag['name']);
    const types = typesOf(tag);
    if (types.includes('Mention')) {
      const href = iriOf(tag['href'], base) ?? iriOf(tag['id'], base);
      if (href)
        mentions.push(
          prune({ id: href, url: href, handle: tagName?.startsWith('@') ? tagName : undefined }),
        );
    } else if (types.includes('Hashtag') || (types.length === 0 && tagName?.startsWith('#'))) {
      const clean = tagName?.replace(/^#/, '');
      if (clean) tags.push(clean);
    }
  }

  const attachments = selfMedia(object, context);
  for (const item of asArray(object['attachment'])) {
    const attachment = readAttachment(item, context);
    if (attachment !== undefined) attachments.push(attachment);
  }
  const reply = firstOf(object['inReplyTo']);
  let inReplyTo: Post['inReplyTo'];
  if (typeof reply === 'string') {
    const url = absoluteUrl(reply, base);
    inReplyTo = url ? { id: url, url } : { id: reply };
  } else if (isObject(reply)) {
    inReplyTo = prune({
      id: asString(reply['id']),
      url: pageUrl(reply['url'], base) ?? absoluteUrl(reply['id'], base),
      author: readActorRef(reply['attributedTo'], context),
    });
  }
  const replies = totalItems(object['replies']);
  const reposts = totalItems(object['shares']);
  const likes = totalItems(object['likes']);
  const counts =
    replies === undefined && reposts === undefined && likes === undefined
      ? undefined
      : prune({ replies, reposts, likes });
  const updated = asDate(object['updated']);

  // Field by field, in the model's order, rather than pruning a literal of every field: this
  // runs for every item of a long outbox.
  const post = {} as Post;
  post.id = id;
  const url = pageUrl(object['url'], base) ?? absoluteUrl(id, base);
  if (url !== undefined) post.url = url;
  post.author = author;
  post.published = published;
  if (updated && updated.getTime() > published.getTime()) post.updated = updated;
  if (title !== undefined) post.title = title;
  if (text !== undefined) post.text = text;
  if (html !== undefined) post.html = html;
  if (summary !== undefined) post.summary = summary;
  post.sensitive = object['sensitive'] === true || summary !== undefined;
  const language = content.value !== undefined ? content.language : name.language;
  if (language !== undefined) post.language = language;
  if (attachments.length > 0) post.attachments = attachments;
  const poll = type === 'Question' ? readPoll(object, context) : undefined;
  if (poll !== undefined) post.poll = poll;
  const emoji = emojiOf(object, base);
  if (emoji !== undefined) post.emoji = emoji;
  if (inReplyTo !== undefined) post.inReplyTo = inReplyTo;
  if (counts !== undefined) post.counts = counts;
  if (tags.length > 0) post.tags = tags;
  if (mentions.length > 0) post.mentions = mentions;
  return post;
}

/** One collection item: an activity, a bare object, or an IRI. */
function readItem(item: unknown, context: Context): Post | string {
  if (typeof item === 'string') return `${item} is given only by URL; not fetched`;
  if (!isObject(item)) return `expected an activity or object, got ${describe(item)}`;
  const types = typesOf(item);
  if (types.includes('Tombstone')) return `${asString(item['id']) ?? 'an item'} was deleted`;
  if (types.includes('Delete')) return `a Delete activity: the post was deleted`;
  if (hasType(item, POST_TYPES)) return readPost(item, undefined, context);

  const object = firstOf(item['object']);
  if (types.includes('Create') || types.includes('Update')) {
    const type = types.includes('Create') ? 'Create' : 'Update';
    if (typeof object === 'string')
      return `${type} of ${object}: the object is given only by URL; not fetched`;
    if (!isObject(object)) return `${type} without an object`;
    if (hasType(object, TOMBSTONE)) return `${type} of an item that was deleted`;
    if (!hasType(object, POST_TYPES)) return `${type} of ${kindName(object)}, which is not a post`;
    return readPost(object, item, context);
  }
  // An Announce carries a post or the Create of one, never another Announce: nesting stays shallow.
  if (types.includes('Announce')) {
    if (typeof object === 'string') {
      return `Announce of ${object}: the announced post is given only by URL; not fetched`;
    }
    if (!isObject(object)) return 'Announce without an object';
    const announced =
      hasType(object, POST_TYPES) || typesOf(object).includes('Create')
        ? readItem(object, context)
        : undefined;
    if (announced === undefined) return `Announce of ${kindName(object)}, which is not a post`;
    if (typeof announced === 'string') return `Announce of an unreadable post: ${announced}`;
    const booster = readActorRef(item['actor'], context);
    const repostedAt = asDate(item['published']);
    return {
      ...announced,
      ...(booster ? { repostedBy: booster } : {}),
      ...(repostedAt ? { repostedAt } : {}),
    };
  }
  return `${kindName(item)} is not a post`;
}

/** "a Note", "an Arrive", "an untyped object": for skip reasons a person reads. */
function kindName(value: unknown): string {
  const type = typesOf(value)[0];
  if (!type) return 'an untyped object';
  return `${/^[AEIOU]/i.test(type) ? 'an' : 'a'} ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 5);
    return keys.length > 0 ? `an object with keys ${keys.join(', ')}` : 'an empty object';
  }
  return `a ${typeof value}`;
}

function readDocument(body: string, what: string): JsonObject {
  let data: unknown;
  try {
    data = parseJson(body);
  } catch (cause) {
    throw new FormatError(
      `expected ${what} as JSON, but the body is not JSON (${(cause as Error).message}); ` +
        'ask for it with Accept: application/activity+json',
      { format: NAME, cause },
    );
  }
  if (!isObject(data)) {
    throw new FormatError(
      `expected ${what}, got ${describe(data)}; point the source at an outbox or an object`,
      {
        format: NAME,
      },
    );
  }
  return data;
}

function contextOf(document: JsonObject, context: FormatContext): Context {
  let language: string | undefined;
  for (const entry of asArray(document['@context'])) {
    if (isObject(entry)) language ??= asString(entry['@language']);
  }
  return { base: context.url, language };
}

function itemsOf(collection: JsonObject): unknown[] | undefined {
  const items = collection['orderedItems'] ?? collection['items'];
  return items === undefined || items === null ? undefined : asArray(items);
}

function parseFeed(body: string, formatContext: FormatContext): Page {
  const document = readDocument(body, 'an ActivityStreams collection, page or object');
  const context = contextOf(document, formatContext);
  const { base } = context;
  let items: unknown[];
  let next: string | undefined;
  let prev: string | undefined;

  if (hasType(document, ACTOR_TYPES)) {
    // A profile: its posts live in the outbox, which the caller fetches like any next page.
    const actor = readActorObject(document, context);
    return prune<Page>({
      format: NAME,
      posts: [],
      next: iriOf(document['outbox'], base),
      actor,
      skipped: [],
    });
  }
  if (hasType(document, COLLECTION_TYPES) && itemsOf(document) === undefined) {
    const first = document['first'];
    if (isObject(first)) {
      items = itemsOf(first) ?? [];
      next = iriOf(first['next'], base);
      prev = iriOf(first['prev'], base);
    } else {
      // Only the URL of the first page: hand it back instead of fetching it here.
      items = [];
      next = iriOf(first, base);
    }
  } else if (hasType(document, COLLECTION_TYPES) || hasType(document, PAGE_TYPES)) {
    items = itemsOf(document) ?? [];
    next = iriOf(document['next'], base);
    prev = iriOf(document['prev'], base);
  } else if (typesOf(document).length > 0 || 'object' in document || 'content' in document) {
    items = [document];
  } else {
    throw new FormatError(
      `expected an ActivityStreams collection, page or object, got ${describe(document)} with no "type"; ` +
        'point the source at an ActivityPub outbox',
      { format: NAME },
    );
  }

  const single = items.length === 1 && items[0] === document;
  const posts: Post[] = [];
  const skipped: Skipped[] = [];
  items.forEach((item, index) => {
    let result: Post | string;
    try {
      result = readItem(item, context);
    } catch (error) {
      // A shape no check foresaw: lose the entry, never the page.
      result = `could not be read: ${(error as Error).message}`;
    }
    if (typeof result === 'string')
      skipped.push(single ? { reason: result } : { index, reason: result });
    else posts.push(result);
  });
  return prune<Page>({ format: NAME, posts, next, prev, skipped });
}

function parseActor(body: string, formatContext: FormatContext): Actor {
  const what = 'an ActivityPub actor (Person, Service, Application, Group or Organization)';
  const document = readDocument(body, what);
  const actor = hasType(document, ACTOR_TYPES)
    ? readActorObject(document, contextOf(document, formatContext))
    : undefined;
  if (!actor) {
    const type = typesOf(document)[0];
    throw new FormatError(
      `expected ${what} with an id, got ${type ? `a ${type}` : describe(document)}; ` +
        'point the source at the actor document (its id)',
      { format: NAME },
    );
  }
  return actor;
}

export const activitystreams: Format = {
  name: NAME,
  detect: detectActivityStreams,
  parseFeed,
  parseActor,
};
