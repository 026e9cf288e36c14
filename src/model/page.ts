/** One page of posts as a format returns it, with the links to its neighbours. */
import type { Actor } from './actor.js';
import type { Post } from './post.js';

export type FormatName =
  'mastodon' | 'bluesky' | 'activitystreams' | 'jsonfeed' | 'rss' | 'atom' | 'microformats';

/** An entry the format could not turn into a post, and why. */
export interface Skipped {
  /** Position of the entry in the document, where it has one. */
  index?: number;
  reason: string;
}

export interface Page {
  /** The format that read the document (a registered custom format may use its own name). */
  format: FormatName | (string & {});
  /** Posts newest first, as the document ordered them. */
  posts: Post[];
  /** Absolute URL (or an opaque cursor the same format understands) for older posts. */
  next?: string;
  /** Absolute URL (or cursor) for newer posts. */
  prev?: string;
  /** Whose feed this is, when the document says. */
  actor?: Actor;
  skipped: Skipped[];
}
