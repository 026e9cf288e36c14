/** How long a post is by each network's own rules, so the counter agrees with the server. */
import type { Length, LengthOptions } from './length.js';
import { lengthOf } from './length.js';

export type { Counting, Length, LengthOptions } from './length.js';
export { BLUESKY_BYTE_LIMIT, BLUESKY_GRAPHEME_LIMIT, MASTODON_DEFAULT_LIMIT } from './length.js';

/** What Mastodon counts a link as, however long it is (`StatusLengthValidator::URL_PLACEHOLDER`). */
export const MASTODON_URL_LENGTH = 23;

let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters: an emoji family, a flag or a letter with combining marks is one. */
export function countGraphemes(text: string): number {
  if (text === '') return 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  const graphemes = segmenter.segment(text)[Symbol.iterator]();
  while (!graphemes.next().done) count++;
  return count;
}

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8. */
export function countUtf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Links as Mastodon's extractor finds them: a scheme, then anything up to white space or
 * characters that cannot end a URL. Only http(s) counts, as the server only links those.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'\u00a0\u3000]+/giu;
/** A mention, `@user` or `@user@host`, not inside a word or a path (Mastodon's `MENTION_RE`). */
const MENTION_PATTERN =
  /(?<![=/\p{L}\p{N}_])@([\p{L}\p{N}_]+(?:[\p{L}\p{N}_.-]+[\p{L}\p{N}_])?)(@[\p{L}\p{N}_.-]+[\p{L}\p{N}_])?/gu;

/** Drops what twitter-text's extractor also drops from the end of a URL: closing punctuation and unbalanced parentheses. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last && '.,:;!?\'"»”’'.includes(last)) {
      end--;
      continue;
    }
    if (last === ')') {
      const part = url.slice(0, end);
      const opened = part.split('(').length - 1;
      const closed = part.split(')').length - 1;
      if (closed > opened) {
        end--;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

/**
 * The text Mastodon measures: every URL replaced by 23 characters, and every remote mention
 * `@user@host` by its local part `@user` (the host does not count).
 */
export function mastodonCountableText(text: string): string {
  const withUrls = text.replace(URL_PATTERN, (match) => {
    const url = trimUrl(match);
    return 'x'.repeat(MASTODON_URL_LENGTH) + match.slice(url.length);
  });
  return withUrls.replace(MENTION_PATTERN, (_match, user: string) => `@${user}`);
}

/** The length Mastodon gives `text` (without the content warning). */
export function mastodonLength(text: string): number {
  return countGraphemes(mastodonCountableText(text));
}

/** Measures a post (and its content warning, where it counts) by the rules of `counting`. */
export function measure(text: string, options: LengthOptions): Length {
  const used =
    options.counting === 'mastodon'
      ? mastodonLength(text) + countGraphemes(options.warning ?? '')
      : countGraphemes(text);
  return lengthOf(used, countUtf8Bytes(text), options);
}
