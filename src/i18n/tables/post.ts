/** Strings of `<social-post>`: byline, content warning, media, lightbox, poll, counts, embed states. */
import { plural } from '../format.js';
import { defineStrings } from '../strings.js';
import type { ErrorStrings, LoadReason } from './errors.js';

/** Why a standalone post could not be shown, as readers are told (the technical cause is apart). */
export type PostErrorReason = LoadReason | 'empty';

/** Every string `<social-post>` shows; the shared error strings are part of it. */
export interface PostStrings extends ErrorStrings {
  /** Alternative text of an avatar image, given the person's name. */
  avatarOf: (name: string) => string;
  /** Reveals text hidden behind a content warning. */
  showContent: string;
  /** Hides it again. */
  hideContent: string;
  /** Prefix that tells a screen reader the summary is a content warning. */
  contentWarning: string;
  /** Marks a post that was changed after publishing. */
  edited: string;
  /** Marks a post that was changed after publishing, with the full date of the change. */
  editedAt: (date: string) => string;
  /** Repost context; `{name}` is replaced by the reposter's name (which may hold custom emoji). */
  reposted: string;
  /** Reply context; `{name}` is replaced by the handle or name of the person replied to. */
  replyingTo: string;
  /** Reply context when the post replied to is not known by name. */
  replyingToPost: string;
  /** Marks a post the author pinned to their profile. */
  pinned: string;
  /** Hidden prefix of the source label ("Source: Colleagues"). */
  source: string;
  /** Says what covers media marked sensitive. */
  sensitiveMedia: string;
  /** Reveals media marked sensitive. */
  showMedia: string;
  /** Covers it again. */
  hideMedia: string;
  /** The visible text of the badge that shows an image description. */
  altBadge: string;
  /** Hidden words after the badge text, so its accessible name says what it does. */
  altBadgeLabel: string;
  /** Visible marker on an image that has no description. */
  noAltBadge: string;
  /** Accessible name of an image that has no description. */
  imageWithoutAlt: string;
  /** Hidden suffix of an image button: it opens a larger view. */
  openImage: string;
  /** Accessible name of the lightbox dialog. */
  lightbox: string;
  /** Closes the lightbox. */
  close: string;
  /** Shows the previous image in the lightbox. */
  previousImage: string;
  /** Shows the next image in the lightbox. */
  nextImage: string;
  /** "2 of 4" in the lightbox; the numbers come formatted. */
  imageCounter: (index: string, total: string) => string;
  /** Accessible name of a video without a description. */
  video: string;
  /** Accessible name of audio without a description. */
  audio: string;
  /** Starts a looping animation (a GIF sent as video). */
  playAnimation: string;
  /** Stops it. */
  pauseAnimation: string;
  /** Link from the thumbnail of a video this browser cannot play to the post. */
  watchOnSite: string;
  /** Link to an attachment of a kind the element cannot show. */
  openAttachment: string;
  /** Hidden lead-in of a quoted post. */
  quotedPost: string;
  /** Accessible name of the poll's results. */
  poll: string;
  /** How many people voted. */
  voters: (count: number) => string;
  /** How many votes were cast (when the voters are not counted). */
  votes: (count: number) => string;
  /** A poll that no longer takes votes. */
  pollClosed: string;
  /** When a running poll closes; `when` is a relative time such as "in 2 days". */
  pollEnds: (when: string) => string;
  /** Accessible name of the row of counts. */
  counts: string;
  replies: (count: number) => string;
  reposts: (count: number) => string;
  likes: (count: number) => string;
  /** Said while a standalone post loads. */
  loading: string;
  /** First line of the error state. */
  loadFailed: string;
  /** Why, when the document loaded but holds no post. */
  noPost: string;
}

export const postStrings = defineStrings('post', (locale) => ({
  avatarOf: (name) => `Avatar of ${name}`,
  showContent: 'Show more',
  hideContent: 'Show less',
  contentWarning: 'Content warning',
  edited: 'Edited',
  editedAt: (date) => `Edited ${date}`,
  reposted: '{name} reposted',
  replyingTo: 'Replying to {name}',
  replyingToPost: 'Replying to a post',
  pinned: 'Pinned',
  source: 'Source',
  sensitiveMedia: 'Sensitive media',
  showMedia: 'Show media',
  hideMedia: 'Hide media',
  altBadge: 'ALT',
  altBadgeLabel: 'image description',
  noAltBadge: 'No ALT',
  imageWithoutAlt: 'Image without description',
  openImage: 'open larger',
  lightbox: 'Image viewer',
  close: 'Close',
  previousImage: 'Previous image',
  nextImage: 'Next image',
  imageCounter: (index, total) => `${index} of ${total}`,
  video: 'Video',
  audio: 'Audio',
  playAnimation: 'Play animation',
  pauseAnimation: 'Pause animation',
  watchOnSite: 'Watch the video on the original site',
  openAttachment: 'Open attachment',
  quotedPost: 'Quoted post',
  poll: 'Poll results',
  voters: (count) => plural(locale, count, { one: '{n} person voted', other: '{n} people voted' }),
  votes: (count) => plural(locale, count, { one: '{n} vote', other: '{n} votes' }),
  pollClosed: 'Final results',
  pollEnds: (when) => `Ends ${when}`,
  counts: 'Reactions',
  replies: (count) => plural(locale, count, { one: '{n} reply', other: '{n} replies' }),
  reposts: (count) => plural(locale, count, { one: '{n} repost', other: '{n} reposts' }),
  likes: (count) => plural(locale, count, { one: '{n} like', other: '{n} likes' }),
  loading: 'Loading post…',
  loadFailed: 'This post could not be loaded.',
  noPost: 'The document holds no post.',
}));
