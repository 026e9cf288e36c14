/**
 * The elements' attributes, properties and events as JSX props, for any JSX flavour:
 * `social-elements/jsx/react`, `…/preact` and `…/solid` add them to each framework's intrinsic
 * elements. Attributes go by their attribute name, properties without one by property name.
 * Generated from custom-elements.json by scripts/generate-framework-types.mjs: do not edit.
 */
import type { SocialComposer } from '../components/composer/composer.js';
import type { SocialFeed } from '../components/feed/feed.js';
import type { SocialPost } from '../components/post/post.js';
import type { SocialProfileCard } from '../components/profile-card/profile-card.js';
import type { SocialSource } from '../components/feed/source.js';
import type {
  SocialErrorEvent,
  SocialFollowEvent,
  SocialLoadEvent,
  SocialNewPostsEvent,
  SocialPostErrorEvent,
  SocialPostedEvent,
  SocialSubmitEvent,
  SocialToggleEvent,
} from '../events/index.js';

/** Attributes and properties of `<social-composer>`. */
export interface SocialComposerProps {
  /** The field's name in a surrounding form. */
  name?: SocialComposer['name'];
  /** Hint shown in the empty text area; a localized one by default. */
  placeholder?: SocialComposer['placeholder'];
  /** Accessible name of the text area; a localized one by default. */
  label?: SocialComposer['label'];
  /** The longest post; replaces the network's limit and the server's. */
  maxlength?: SocialComposer['maxlength'];
  /** Nothing can be changed or published. */
  disabled?: SocialComposer['disabled'];
  /** In a form, an empty composer makes the form invalid. */
  required?: SocialComposer['required'];
  /** Where to publish: a Micropub endpoint, a Mastodon server (or its `/api/v1/statuses`), or a JSON API. */
  action?: SocialComposer['action'];
  /** How to publish: `micropub`, `mastodon` or `json`. */
  format?: SocialComposer['format'];
  /** Micropub encoding: `auto` sends form-encoded, or JSON when a photo has alt text. */
  encoding?: SocialComposer['encoding'];
  /** Whose rules count the length: `mastodon`, `bluesky` or `plain`. Follows `format` when unset. */
  counting?: SocialComposer['counting'];
  /** Key under which the draft is kept in local storage; no key, no saving. */
  'draft-key'?: SocialComposer['draftKey'];
  /** The `id` of an element with `insertPost(post)` (a `<social-feed>`) that shows the new post at once. */
  for?: SocialComposer['htmlFor'];
  /** Every image needs alt text before publishing. */
  'require-alt'?: SocialComposer['requireAlt'];
  /** Where media are uploaded; by default Micropub's `media-endpoint` from `q=config`, or Mastodon's `/api/v2/media`. */
  'media-action'?: SocialComposer['mediaAction'];
  /** Accepted media types, comma-separated (`image/png,image/jpeg`); the server's list or common images by default. */
  accept?: SocialComposer['accept'];
  /** How many images one post may carry; the server's number, or 4. */
  'max-media'?: SocialComposer['maxMedia'];
  /** Largest image in bytes; the server's number, or 10 MB. */
  'max-media-size'?: SocialComposer['maxMediaSize'];
  /** Languages to offer, as BCP 47 tags separated by spaces; none, no language choice. */
  languages?: SocialComposer['languages'];
  /** The chosen language of the post. */
  language?: SocialComposer['language'];
  /** The chosen audience (visibility). */
  audience?: SocialComposer['audience'];
  /** Milliseconds to wait for the server when publishing. */
  timeout?: SocialComposer['timeout'];
  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  theme?: SocialComposer['theme'];
  /** Audiences to offer; by default those of the format. Set as a property; an empty list hides the choice. */
  audiences?: SocialComposer['audiences'];
  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ submit: 'Send', audiences: { unlisted: 'Unlisted' } }`; `audiences` and `errors` go key by
   * key too. Keys left out keep the built-in text of the reader's language (see `ComposerStrings`
   * for every key). The `placeholder` and `label` attributes still win. Property only.
   */
  strings?: SocialComposer['strings'];
  /** Bearer token for the endpoint. A property only: it is never an attribute and never stored. */
  token?: SocialComposer['token'];
  /** Who is posting: the author of the post built from a Micropub or JSON answer. */
  author?: SocialComposer['author'];
  /** Replaces the global `fetch` for publishing and discovery: the seam for auth wrappers and tests. */
  fetch?: SocialComposer['fetch'];
  /** The text of the post; the form value. Setting it does not fire events. */
  value?: SocialComposer['value'];
}

/** The events of `<social-composer>`, by name. */
export interface SocialComposerEvents {
  /** The person committed a change to the text or a choice, as a native field does (`input` crosses the shadow boundary by itself). */
  change: Event;
  /** The person asked to publish; `draft` holds what they wrote. Cancel it to publish yourself, then call `complete(post)` or `fail(error)`. */
  'social-submit': SocialSubmitEvent;
  /** The post was published; `post` is the new post, `response` the server's answer. */
  'social-posted': SocialPostedEvent;
  /** Publishing failed, or the code that publishes could not load (`reason` `network`); `error.reason` says why. The draft is kept. */
  'social-post-error': SocialPostErrorEvent;
}

/** Attributes and properties of `<social-feed>`. */
export interface SocialFeedProps {
  /** URL of a single source; child `<social-source>` elements add more. */
  src?: SocialFeed['src'];
  /** Format of `src` (`mastodon`, `bluesky`, `jsonfeed`, `rss` …); `auto` detects it. */
  format?: SocialFeed['format'];
  /** Page size: posts shown per page, and the `limit` asked of APIs that take one. */
  limit?: SocialFeed['limit'];
  /** The feed's accessible name ("Everyone I follow"); a generic "Posts" otherwise. */
  label?: SocialFeed['label'];
  /** Level (1–6) of the feed's heading, so it fits the page's outline. */
  'heading-level'?: SocialFeed['headingLevel'];
  /**
   * Space-separated filter tokens: `no-replies`, `no-reposts`, `media-only`, `no-sensitive`,
   * `lang:<tag>`. Unknown tokens are ignored.
   */
  filter?: SocialFeed['filter'];
  /**
   * Labels of the sources to show (attribute: comma-separated); all when unset. Posts of
   * sources without a label always show. The reader's source toggles update it.
   */
  sources?: SocialFeed['sources'];
  /** Seconds between checks for new posts; 0 (the default) never checks. */
  refresh?: SocialFeed['refresh'];
  /** Loads the next page as the end of the feed scrolls into view (a skip link leads past it). */
  infinite?: SocialFeed['infinite'];
  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  theme?: SocialFeed['theme'];
  /** Turns off profile hovercards on the posts (passed down to each `<social-post>`). */
  'no-hovercards'?: SocialFeed['noHovercards'];
  /** Milliseconds one request may take before it counts as failed (default 15 000). */
  timeout?: SocialFeed['timeout'];
  /** Posts to show instead of loading any source (property only); newest first as given. */
  posts?: SocialFeed['posts'];
  /**
   * Replaces the global `fetch` for every request: the seam for auth, proxies and tests.
   * Per-source headers go through `<social-source>`'s `headers` property instead.
   */
  fetch?: SocialFeed['fetch'];
  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ loadMore: 'Older posts', empty: 'Nothing here yet.' }`. Keys left out keep the built-in
   * text of the reader's language (see `FeedStrings` for every key). Property only.
   */
  strings?: SocialFeed['strings'];
}

/** The events of `<social-feed>`, by name. */
export interface SocialFeedEvents {
  /** A source's page was read and the feed re-rendered with it (its posts show as soon as no other source can still outrank them); `source` and `count` say which and how many posts it had. */
  'social-load': SocialLoadEvent;
  /** A source failed to load (or to refresh); its error is shown in place. `source` and `error` (a `LoadError` with `kind`, its `cause` a `FormatError` for unreadable documents). */
  'social-error': SocialErrorEvent;
  /** A refresh found new posts; `count` are waiting behind the "Show N new posts" button. */
  'social-new-posts': SocialNewPostsEvent;
}

/** Attributes and properties of `<social-post>`. */
export interface SocialPostProps {
  /**
   * A post to embed: a Mastodon status URL (`https://host/@user/123`) or API URL, a Bluesky post
   * URL (`https://bsky.app/profile/handle/post/rkey`) or at-URI, or any feed or JSON document,
   * whose first post is shown.
   */
  src?: SocialPost['src'];
  /**
   * The format of the `src` document (`mastodon`, `bluesky`, `jsonfeed`, `rss` …); `auto` (or
   * unset) detects it. Mastodon and Bluesky post URLs set it themselves.
   */
  format?: SocialPost['format'];
  /** Milliseconds one request for `src` may take before it counts as failed (default 15 000). */
  timeout?: SocialPost['timeout'];
  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. `auto` follows the page's
   * `<meta name="social-elements-theme">`, else its `color-scheme`. See docs/theming.md.
   */
  theme?: SocialPost['theme'];
  /**
   * Whether what a content warning hides (text and media) is shown. The reader toggles it with
   * the button; setting it does not fire `social-toggle`.
   */
  open?: SocialPost['open'];
  /** Turns off the profile hover cards that open from the author's name and avatar. */
  'no-hovercards'?: SocialPost['noHovercards'];
  /** The post to show. Set as a property; it has no attribute form. Wins over `src`. */
  post?: SocialPost['post'];
  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ showContent: 'Read on', retry: 'Reload' }`. Keys left out keep the built-in text of the
   * reader's language (see `PostStrings` for every key). Property only.
   */
  strings?: SocialPost['strings'];
  /**
   * Replaces the global `fetch` for `src`: the seam for auth, proxies and tests. Set as a
   * property only.
   */
  fetch?: SocialPost['fetch'];
}

/** The events of `<social-post>`, by name. */
export interface SocialPostEvents {
  /** The reader showed or hid what a content warning hides; `open` says which. */
  'social-toggle': SocialToggleEvent;
  /** A standalone post (`src`) loaded and is on screen; `count` is 1. */
  'social-load': SocialLoadEvent;
  /** A standalone post (`src`) failed to load; `error` says why, and the error state is on screen. */
  'social-error': SocialErrorEvent;
}

/** Attributes and properties of `<social-profile-card>`. */
export interface SocialProfileCardProps {
  /**
   * A profile document to load: a Mastodon account or lookup URL, an ActivityPub actor, a
   * Bluesky `getProfile` URL or profile page, an HTML page with an h-card, or a JSON Feed.
   */
  src?: SocialProfileCard['src'];
  /** A handle to look up when no `src` is set: `@user@host` (WebFinger) or `@name.bsky.social`. */
  handle?: SocialProfileCard['handle'];
  /** `full` (default), `compact` (no banner, clamped bio) or `inline` (one line in running text). */
  variant?: SocialProfileCard['variant'];
  /**
   * The theme preset: `light`, `dark`, `dim` or `high-contrast`. Unset (or `auto`), the card
   * follows the page's `<meta name="social-elements-theme">`, else its `color-scheme`. See
   * docs/theming.md.
   */
  theme?: SocialProfileCard['theme'];
  /** Level (1–6) of the name's heading, so it fits the page's outline; 0 renders no heading. */
  'heading-level'?: SocialProfileCard['headingLevel'];
  /** Milliseconds one request may take before it counts as failed (default 15 000). */
  timeout?: SocialProfileCard['timeout'];
  /** The person to show, already in the model: nothing is fetched, and it wins over `src` and `handle`. */
  actor?: SocialProfileCard['actor'];
  /**
   * Replaces built-in strings, key by key, whatever the language: for example
   * `{ follow: 'Subscribe', retry: 'Reload' }`. Keys left out keep the built-in text of the
   * reader's language (see `ProfileCardStrings` for every key). Property only.
   */
  strings?: SocialProfileCard['strings'];
  /** Replaces the global `fetch` for every request (auth, proxies, tests). */
  fetch?: SocialProfileCard['fetch'];
  /**
   * Builds the WebFinger URL for a handle (default `https://host/.well-known/webfinger?…`):
   * route lookups through a proxy of your own, or, in tests, to a local server.
   */
  webfingerUrl?: SocialProfileCard['webfingerUrl'];
}

/** The events of `<social-profile-card>`, by name. */
export interface SocialProfileCardEvents {
  /** The profile from `src` or `handle` loaded and shows (`count` is 1). */
  'social-load': SocialLoadEvent;
  /** The profile failed to load; the error state shows, `error` holds the cause. */
  'social-error': SocialErrorEvent;
  /** The reader activated Follow; cancel it to handle following yourself. */
  'social-follow': SocialFollowEvent;
}

/** Attributes and properties of `<social-source>`. */
export interface SocialSourceProps {
  /** URL of the feed, account timeline or outbox to read (absolute, or relative to the page). */
  src?: SocialSource['src'];
  /**
   * The format to read it as: `mastodon`, `bluesky`, `activitystreams`, `jsonfeed`, `rss`, `atom`,
   * `microformats`, or `auto` (the default) to detect it from the response.
   */
  format?: SocialSource['format'];
  /** A short name shown on this source's posts and offered as a filter ("Colleagues"). */
  label?: SocialSource['label'];
  /** Page size for this source, where its API takes one; defaults to the feed's `limit`. */
  limit?: SocialSource['limit'];
  /**
   * Extra request headers, for example `{ Authorization: 'Bearer …' }`. Property only: an
   * attribute would publish the secret in the page's markup.
   */
  headers?: SocialSource['headers'];
}

/** The events of `<social-source>`, by name. */
export type SocialSourceEvents = Record<never, never>;

/** Every tag: its element class, props and events. */
export interface SocialElements {
  'social-composer': {
    element: SocialComposer;
    props: SocialComposerProps;
    events: SocialComposerEvents;
  };
  'social-feed': {
    element: SocialFeed;
    props: SocialFeedProps;
    events: SocialFeedEvents;
  };
  'social-post': {
    element: SocialPost;
    props: SocialPostProps;
    events: SocialPostEvents;
  };
  'social-profile-card': {
    element: SocialProfileCard;
    props: SocialProfileCardProps;
    events: SocialProfileCardEvents;
  };
  'social-source': {
    element: SocialSource;
    props: SocialSourceProps;
    events: SocialSourceEvents;
  };
}
