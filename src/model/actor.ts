/** The normalized person or account behind a post, whatever network it came from. */

/** One name/value pair from a profile, such as "Website" → a link. */
export interface ProfileField {
  name: string;
  /** Untrusted HTML or plain text, as the source gave it. */
  value: string;
  /** When the network verified the link in `value` (Mastodon `verified_at`, rel=me). */
  verifiedAt?: Date;
}

export interface ActorCounts {
  followers?: number;
  following?: number;
  posts?: number;
}

export interface Actor {
  /** Stable identifier on its network: an account ID, a DID or an actor IRI. */
  id: string;
  /** `@user@host` for the fediverse, `@user.bsky.social` for Bluesky. */
  handle?: string;
  /** Display name; may contain custom emoji shortcodes resolved through `emoji`. */
  name?: string;
  /** Profile page (http or https only). */
  url?: string;
  avatar?: string;
  /** Description of the avatar image, where the network provides one. */
  avatarAlt?: string;
  banner?: string;
  /** Untrusted HTML or plain text. */
  bio?: string;
  /** Whether `bio` is HTML (Mastodon, ActivityPub, h-card; the default) or plain text (Bluesky). */
  bioFormat?: 'html' | 'text';
  fields?: ProfileField[];
  counts?: ActorCounts;
  bot?: boolean;
  locked?: boolean;
  /** rel=me links the person claims. */
  links?: string[];
  /** Custom emoji used in `name` and `bio`, by shortcode without colons. */
  emoji?: Record<string, string>;
  joined?: Date;
  /** The network suspended the account: what it shows is blank, and no profile stands behind it. */
  suspended?: boolean;
}
