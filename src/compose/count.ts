/** How long a post is by each network's own rules, so the counter agrees with the server. */

/** Which network's rules count the length. */
export type Counting = 'mastodon' | 'bluesky' | 'plain';

/** What Mastodon counts a link as, however long it is (`StatusLengthValidator::URL_PLACEHOLDER`). */
export const MASTODON_URL_LENGTH = 23;
/** Mastodon's limit when the instance does not say otherwise. */
export const MASTODON_DEFAULT_LIMIT = 500;
/** Bluesky's limit on a post's text in graphemes (`app.bsky.feed.post#text maxGraphemes`). */
export const BLUESKY_GRAPHEME_LIMIT = 300;
/** Bluesky's limit on the same text in UTF-8 bytes (`maxLength`). */
export const BLUESKY_BYTE_LIMIT = 3000;

export interface Length {
  /** Characters used as the network counts them (graphemes, with Mastodon's substitutions). */
  used: number;
  /** The limit in the same unit; `Infinity` when there is none. */
  limit: number;
  /** `limit - used`; negative when over. */
  remaining: number;
  /** UTF-8 bytes of the text, for networks that also limit bytes (Bluesky). */
  bytes: number;
  /** The byte limit; `Infinity` when there is none. */
  byteLimit: number;
  /** Whether the text (or its bytes) is over a limit: publishing is blocked. */
  over: boolean;
}

export interface LengthOptions {
  counting: Counting;
  /** The content warning: Mastodon counts it toward the limit, the others do not. */
  warning?: string;
  /** A limit that replaces the network's default (the instance's maximum, or `maxlength`). */
  limit?: number;
}

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
  const bytes = countUtf8Bytes(text);
  const custom =
    options.limit !== undefined && Number.isFinite(options.limit) && options.limit > 0
      ? Math.floor(options.limit)
      : undefined;
  let used: number;
  let limit: number;
  let byteLimit = Infinity;
  switch (options.counting) {
    case 'mastodon':
      used = mastodonLength(text) + countGraphemes(options.warning ?? '');
      limit = custom ?? MASTODON_DEFAULT_LIMIT;
      break;
    case 'bluesky':
      used = countGraphemes(text);
      limit = custom ?? BLUESKY_GRAPHEME_LIMIT;
      byteLimit = BLUESKY_BYTE_LIMIT;
      break;
    default:
      used = countGraphemes(text);
      limit = custom ?? Infinity;
  }
  const remaining = limit - used;
  return { used, limit, remaining, bytes, byteLimit, over: remaining < 0 || bytes > byteLimit };
}
