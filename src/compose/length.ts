/**
 * The limits a post's length is held to, apart from the counting itself: an empty composer shows
 * its limit without loading the rules that count text (`count.ts`).
 */

/** Which network's rules count the length. */
export type Counting = 'mastodon' | 'bluesky' | 'plain';

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

/** Mastodon's limit when the instance does not say otherwise. */
export const MASTODON_DEFAULT_LIMIT = 500;
/** Bluesky's limit on a post's text in graphemes (`app.bsky.feed.post#text maxGraphemes`). */
export const BLUESKY_GRAPHEME_LIMIT = 300;
/** Bluesky's limit on the same text in UTF-8 bytes (`maxLength`). */
export const BLUESKY_BYTE_LIMIT = 3000;

/** The length of a post that uses `used` characters and `bytes` bytes, by the limits of `options`. */
export function lengthOf(used: number, bytes: number, options: LengthOptions): Length {
  const custom =
    options.limit !== undefined && Number.isFinite(options.limit) && options.limit > 0
      ? Math.floor(options.limit)
      : undefined;
  const bluesky = options.counting === 'bluesky';
  const limit =
    custom ??
    (options.counting === 'mastodon'
      ? MASTODON_DEFAULT_LIMIT
      : bluesky
        ? BLUESKY_GRAPHEME_LIMIT
        : Infinity);
  const byteLimit = bluesky ? BLUESKY_BYTE_LIMIT : Infinity;
  const remaining = limit - used;
  return { used, limit, remaining, bytes, byteLimit, over: remaining < 0 || bytes > byteLimit };
}
