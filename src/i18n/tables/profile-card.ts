/** Strings of `<social-profile-card>` and the hover cards: identity, counts, copy, follow, states. */
import { formatNumber, plural } from '../format.js';
import { defineStrings } from '../strings.js';
import type { ErrorStrings, LoadReason } from './errors.js';

/** Why a profile could not be shown, as readers are told (the technical cause is apart). */
export type ProfileErrorReason = LoadReason | 'not-found' | 'handle';

/** Every string `<social-profile-card>` shows; the shared error strings are part of it. */
export interface ProfileCardStrings extends ErrorStrings {
  /** Alternative text of an avatar image, given the person's name. */
  avatarOf: (name: string) => string;
  /** Accessible name of the card (and of a hover card), given the person's name. */
  profileOf: (name: string) => string;
  /** Accessible name of the button that copies the handle. */
  copyHandle: (handle: string) => string;
  /** Said (politely) and shown after the handle was copied. */
  copied: string;
  /** Said and shown when the clipboard refused; the handle is selected instead. */
  copyFailed: string;
  /** Accessible name of the list of profile fields. */
  fields: string;
  /** Accessible name of the list of links the person claims (rel=me). */
  links: string;
  /** The visible mark of a verified link. */
  verified: string;
  /** Said after a verified link and shown as its tooltip; `date` is formatted. */
  verifiedOn: (date: string) => string;
  /** Accessible name of the row of counts. */
  counts: string;
  /** Visible words under the compact numbers. */
  followers: string;
  following: string;
  posts: string;
  /** The full counts, for screen readers. */
  followersCount: (count: number) => string;
  followingCount: (count: number) => string;
  postsCount: (count: number) => string;
  /** Badge of an automated account. */
  bot: string;
  /** Badge of an account that approves each follower. */
  locked: string;
  /** When the account was created; `date` is month and year, formatted. */
  joined: (date: string) => string;
  /** The follow action; the person's name follows it, hidden, in its accessible name. */
  follow: string;
  /** A suspended account. */
  suspended: string;
  /** What that means for the reader. */
  suspendedDetail: string;
  /** An account with nothing to show. */
  empty: string;
  /** Link to the profile on its own site, in the suspended and empty states. */
  viewProfile: string;
  /** Said while the profile loads. */
  loading: string;
  /** First line of the error state. */
  loadFailed: string;
  /** Why, when the server says the account does not exist. */
  notFound: string;
  /** Why, when WebFinger could not turn the handle into a profile. */
  handleFailed: string;
}

export const profileCardStrings = defineStrings('profile-card', (locale) => ({
  avatarOf: (name) => `Avatar of ${name}`,
  profileOf: (name) => `Profile of ${name}`,
  copyHandle: (handle) => `Copy ${handle}`,
  copied: 'Handle copied',
  copyFailed: 'Could not copy. The handle is selected: copy it yourself.',
  fields: 'About',
  links: 'Links',
  verified: 'Verified',
  verifiedOn: (date) => `Link verified on ${date}`,
  counts: 'Activity',
  followers: 'Followers',
  following: 'Following',
  posts: 'Posts',
  followersCount: (count) => plural(locale, count, { one: '{n} follower', other: '{n} followers' }),
  followingCount: (count) => `Following ${formatNumber(count, locale)}`,
  postsCount: (count) => plural(locale, count, { one: '{n} post', other: '{n} posts' }),
  bot: 'Automated',
  locked: 'Approves followers',
  joined: (date) => `Joined ${date}`,
  follow: 'Follow',
  suspended: 'This account has been suspended.',
  suspendedDetail: 'Its profile and posts are no longer available.',
  empty: 'This profile has nothing to show yet.',
  viewProfile: 'View profile',
  loading: 'Loading profile…',
  loadFailed: 'This profile could not be loaded.',
  notFound: 'There is no such account.',
  handleFailed: 'The handle could not be looked up.',
}));
