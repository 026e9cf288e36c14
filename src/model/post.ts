/** The normalized post: what every format produces and every element renders. */
import type { Actor } from './actor.js';

export type AttachmentKind = 'image' | 'video' | 'gifv' | 'audio' | 'unknown';

export interface Attachment {
  kind: AttachmentKind;
  url: string;
  /** MIME type, where the source says (`video/mp4`, `application/vnd.apple.mpegurl`). */
  mimeType?: string;
  /** Length of audio or video, in seconds. */
  duration?: number;
  preview?: string;
  /** Alternative text; missing when the author wrote none. */
  alt?: string;
  width?: number;
  height?: number;
  blurhash?: string;
  /** Focal point, each axis from -1 to 1 (Mastodon's convention). */
  focus?: { x: number; y: number };
}

export interface LinkCard {
  url: string;
  title?: string;
  description?: string;
  image?: string;
  imageAlt?: string;
  width?: number;
  height?: number;
  siteName?: string;
}

/** A range over `Post.text`, in UTF-16 code units. */
export interface Facet {
  start: number;
  end: number;
  kind: 'link' | 'mention' | 'tag';
  /** Where the range points: a URL, an actor ID, or a tag name. */
  value: string;
}

export interface PollOption {
  title: string;
  votes?: number;
}

export interface Poll {
  options: PollOption[];
  /** Whether a voter may pick several options. */
  multiple?: boolean;
  expiresAt?: Date;
  closed?: boolean;
  voters?: number;
}

export interface PostCounts {
  replies?: number;
  reposts?: number;
  likes?: number;
  quotes?: number;
}

/** Where a post came from, when it arrived through a source of a feed. */
export interface PostSource {
  id: string;
  label?: string;
  network?: string;
}

export interface Post {
  /** Stable identifier. Always a string: Mastodon IDs overflow `Number`. */
  id: string;
  /** Permalink (http or https only). */
  url?: string;
  author: Actor;
  published: Date;
  updated?: Date;
  /** Headline of an article or blog entry; short posts have none. Plain text. */
  title?: string;
  /** Plain text as the source gave it; for HTML-only sources use `plainText(post)`. */
  text?: string;
  /** Untrusted HTML; reaches the DOM only through the sanitizer in `src/html/`. */
  html?: string;
  facets?: Facet[];
  /** Content warning: when set, text and media stay hidden until the reader asks. */
  summary?: string;
  /** Media should be hidden until the reader asks. */
  sensitive?: boolean;
  /** BCP 47 language tag of the text. */
  language?: string;
  attachments?: Attachment[];
  card?: LinkCard;
  poll?: Poll;
  /** Custom emoji used in `text`, `html` and `summary`, by shortcode without colons → image URL. */
  emoji?: Record<string, string>;
  /** The author pinned this post to their profile. */
  pinned?: boolean;
  /**
   * A repost (boost) is the reposted post itself, with `repostedBy` set to whoever reposted it
   * and `repostOf` unset; `repostOf` is for a wrapper that carries its own text.
   */
  repostOf?: Post;
  repostedBy?: Actor;
  /** When `repostedBy` reposted it: a timeline sorts a repost by this, not by `published`. */
  repostedAt?: Date;
  quote?: Post;
  inReplyTo?: { id?: string; url?: string; author?: Actor };
  /** Labels from the network or the author (Bluesky self-labels such as `nudity`). */
  labels?: string[];
  counts?: PostCounts;
  tags?: string[];
  mentions?: Actor[];
  /** Copies of this post on other sites (POSSE). */
  syndication?: string[];
  source?: PostSource;
}
