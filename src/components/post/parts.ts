/**
 * The parts of `<social-post>` that load on demand, shared by every post on the page: which ones
 * a post needs before its first paint, and loading each once.
 */
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import { lazyPart, type LazyPart } from '../shared/lazy.js';

/**
 * The parts of a post, each in a chunk of its own with its styles, most of them needed by only
 * some posts: a post awaits the ones its data needs before it renders (so it is complete on its
 * first paint), the hover card loads on the first pointer or focus that may open it (and the
 * media part loads the lightbox).
 */
const loaders = {
  // The post's own template and styles: every post needs them, so they load with its data.
  view: () => import('./view.js'),
  media: () => import('./media.js'),
  poll: () => import('./poll.js'),
  quote: () => import('./quote.js'),
  context: () => import('./context.js'),
  card: () => import('./card.js'),
  // An embed, with the network layer, the formats and the common parts: one request.
  standalone: () => import('./standalone-code.js').then((module) => module.standaloneReady()),
  hovercard: () => import('../profile-card/hovercard.js'),
  // The gate for remote HTML, which plain-text posts (Bluesky, a JSON Feed's text) never need.
  sanitize: () => import('../../html/sanitize.js'),
  // Links, mentions and custom emoji built from plain text, which HTML posts (Mastodon) rarely need.
  richText: () => import('../../html/rich-text.js'),
  // The words of HTML as plain text, for a post whose template could not load (offline); the
  // formats' module, which whoever parsed the post has loaded already.
  plainText: () => import('../../formats/util.js'),
};
export type PartName = keyof typeof loaders;
export type Parts = { [Name in PartName]?: Awaited<ReturnType<(typeof loaders)[Name]>> };

/** The parts loaded so far, shared by every post on the page. */
export const parts: Parts = {};
const lazyParts = new Map<PartName, LazyPart<unknown>>();

/**
 * Hands over parts that came in a larger chunk (a feed loads its posts' common parts in one):
 * a post finds them in place and never requests their own chunks.
 */
export function provideParts(modules: Parts): void {
  for (const [name, module] of Object.entries(modules)) {
    if (module && !parts[name as PartName]) Object.assign(parts, { [name]: module });
  }
}

/**
 * Loads a part once for the page; undefined when it is already here. Never rejects: a post
 * whose part failed to load (offline) still shows its author and text (without its template,
 * its light-DOM fallback), and the next update tries again.
 */
export function loadPart(name: PartName): Promise<void> | undefined {
  if (parts[name]) return undefined;
  let part = lazyParts.get(name);
  if (!part) lazyParts.set(name, (part = lazyPart<unknown>(loaders[name])));
  return part.load().then((module) => {
    if (module) Object.assign(parts, { [name]: module });
  });
}

/** Whether a post has a line above or below its header: repost, pin, reply, title or warning. */
export function hasContext(post: Post): boolean {
  return Boolean(
    post.repostedBy || post.pinned || post.inReplyTo || post.title?.trim() || post.summary?.trim(),
  );
}

/** The parts a post shows on its first paint. */
export function partsOf(post: Post): PartName[] {
  const names: PartName[] = hasContext(post) ? ['context'] : [];
  if (post.attachments?.length) names.push('media');
  if (post.poll) names.push('poll');
  if (post.card) names.push('card');
  if (post.quote) names.push('quote');
  return names;
}

/**
 * Loads the sanitizer when the post has HTML: it shows only through the sanitizer, which some
 * browsers must load a library for first. Undefined when nothing is to wait for.
 */
export function htmlReady(post: Post | undefined): Promise<void> | undefined {
  if (!post?.html && !post?.quote?.html) return undefined;
  // The gate's part first, then what the gate needs (DOMPurify where the browser has no
  // sanitizer): the render waits for both.
  if (!parts.sanitize)
    return loadPart('sanitize')?.then(() => (parts.sanitize ? gateReady() : undefined));
  return gateReady();
}

/**
 * Readies the HTML gate once its part is in (DOMPurify loads where the browser has no sanitizer
 * of its own). Undefined when there is nothing to wait for; never rejects.
 */
export function gateReady(): Promise<void> | undefined {
  const gate = parts.sanitize;
  return gate?.sanitizerStatus() === 'idle' ? gate.prepareSanitizer() : undefined;
}

/** Whether remote HTML can go through the sanitizer now. */
export function canSanitize(): boolean {
  return parts.sanitize?.sanitizerStatus() === 'ready';
}

/** Whether `#inline` builds this text: only text that may hold a custom emoji's shortcode. */
export function hasShortcode(text: string | undefined, emoji: Post['emoji']): boolean {
  return Boolean(emoji && text?.includes(':'));
}

/**
 * Whether the post shows anything built by the rich-text part: a text without HTML (or whose
 * HTML cannot show, `htmlShows` false), or custom emoji in a name, a warning or a poll option.
 */
export function needsRichText(post: Post, htmlShows: boolean): boolean {
  const { quote, repostedBy } = post;
  const plain = (one: Post | undefined) => Boolean(one?.text && !(one.html && htmlShows));
  return (
    plain(post) ||
    plain(quote) ||
    hasShortcode(displayName(post.author), post.author.emoji) ||
    (repostedBy !== undefined && hasShortcode(displayName(repostedBy), repostedBy.emoji)) ||
    hasShortcode(post.summary, post.emoji) ||
    (post.poll?.options ?? []).some((option) => hasShortcode(option?.title, post.emoji)) ||
    (quote !== undefined &&
      (hasShortcode(displayName(quote.author), quote.author.emoji) ||
        hasShortcode(quote.summary, quote.emoji)))
  );
}

/**
 * Loads what most timelines' posts need on their first paint: the post's template, rich text
 * (links and custom emoji in plain text and names), the HTML gate (with DOMPurify where the
 * browser has no sanitizer of its own), images, link cards, repost and reply lines. For a page
 * about to show many posts: a feed awaits it with the element, so its posts appear together and
 * complete. Never rejects; a post still awaits the parts it needs.
 */
export function preloadCommonParts(): Promise<void> {
  const names = ['view', 'richText', 'media', 'context', 'card'] as const;
  const gate = Promise.resolve(loadPart('sanitize')).then(gateReady);
  return Promise.all([...names.map(loadPart), gate]).then(() => undefined);
}

/** The name a post shows for an author: their display name, else their handle, else their id. */
export function displayName(author: Actor): string {
  return author.name?.trim() || author.handle?.trim() || author.id;
}
