/** Plain text of a post on demand, for filters, counts and accessible names: never for display. */
import type { Post } from '../model/post.js';
import { asString, htmlToText } from './util.js';

/**
 * Plain text as a person sees Mastodon HTML: Mastodon shortens links into a hidden
 * `<span class="invisible">` (the `https://www.` prefix and the tail) and a visible
 * `<span class="ellipsis">` whose `…` the client adds. The spans hold only text, so a pattern
 * finds them; `html` keeps them for the sanitizer and renderer.
 */
export function readableText(html: string): string | undefined {
  // Most HTML has no such spans: skip the two whole-string rewrites for it.
  const shortened = !/\b(?:invisible|ellipsis)\b/i.test(html)
    ? html
    : html
        .replace(
          /<span\b[^>]*\bclass\s*=\s*"(?:[^"]*\s)?invisible(?:\s[^"]*)?"[^>]*>[^<]*<\/span>/gi,
          '',
        )
        .replace(
          /(<span\b[^>]*\bclass\s*=\s*"(?:[^"]*\s)?ellipsis(?:\s[^"]*)?"[^>]*>[^<]*)(<\/span>)/gi,
          '$1…$2',
        );
  return asString(htmlToText(shortened));
}

/** Derived text per post object: a timeline asks again on every filter pass and render. */
const derived = new WeakMap<Post, string>();

/**
 * The plain text of a post: `post.text` when the source gave plain text, else the readable text
 * of `post.html` (worked out on first use, since formats no longer derive it while parsing),
 * else ''. A post is treated as immutable: the result is remembered per post object.
 */
export function plainText(post: Post): string {
  if (post.text !== undefined) return post.text;
  if (post.html === undefined) return '';
  let text = derived.get(post);
  if (text === undefined) {
    text = readableText(post.html) ?? '';
    derived.set(post, text);
  }
  return text;
}
