/** Strings of `<social-feed>`: controls, announcements, loading, empty and error states. */
import { plural } from '../format.js';
import { defineStrings } from '../strings.js';
import type { ErrorStrings, LoadReason } from './errors.js';

/** Why a source failed, as the feed tells it to readers (the technical cause is shown apart). */
export type FeedErrorReason = LoadReason;

/** Every string `<social-feed>` shows; the shared error strings are part of it. */
export interface FeedStrings extends ErrorStrings {
  /** Accessible name (and hidden heading) of a feed that has no `label`. */
  feed: string;
  /** Said while the first posts load. */
  loading: string;
  /** The button that asks for older posts. */
  loadMore: string;
  /** The same button while older posts load. */
  loadingMore: string;
  /** Announced after "Load more": how many posts it added (never called with 0). */
  morePostsLoaded: (count: number) => string;
  /** Announced when "Load more" found nothing more. */
  noMorePosts: string;
  /** The button that shows the posts a refresh found. */
  showNewPosts: (count: number) => string;
  /** Announced when a refresh found new posts. */
  newPostsAvailable: (count: number) => string;
  /** Announced when the page inserted a post at the top (`insertPost`). */
  postInserted: string;
  /** Shown when every source answered and none had a post. */
  empty: string;
  /** Shown when posts exist but the filters hide all of them. */
  noMatches: string;
  /** Target of the skip link and of Ctrl+End: the end of the feed. */
  endOfFeed: string;
  /** Skip link before an infinitely scrolling feed. */
  skipFeed: string;
  /** Label of the group of source toggles. */
  sources: string;
  /** A post's accessible name, from its author and its date and time. */
  postLabel: (author: string, time: string) => string;
  /** First line of a source's error: which source failed. */
  sourceFailed: (source: string) => string;
}

export const feedStrings = defineStrings('feed', (locale) => ({
  feed: 'Posts',
  loading: 'Loading posts…',
  loadMore: 'Load more posts',
  loadingMore: 'Loading…',
  morePostsLoaded: (count) =>
    plural(locale, count, { one: '{n} more post loaded', other: '{n} more posts loaded' }),
  noMorePosts: 'No more posts.',
  showNewPosts: (count) =>
    plural(locale, count, { one: 'Show {n} new post', other: 'Show {n} new posts' }),
  newPostsAvailable: (count) =>
    plural(locale, count, { one: '{n} new post available', other: '{n} new posts available' }),
  postInserted: 'New post added at the top',
  empty: 'No posts yet.',
  noMatches: 'No posts match the filters.',
  endOfFeed: 'End of the feed',
  skipFeed: 'Skip past the feed',
  sources: 'Sources',
  postLabel: (author, time) => `${author}, ${time}`,
  sourceFailed: (source) => `Could not load ${source}.`,
}));
