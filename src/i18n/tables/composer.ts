/** Strings of `<social-composer>`. */
import type { PublishErrorReason } from '../../compose/errors.js';
import { formatNumber, plural } from '../format.js';
import { defineStrings, type Own } from '../strings.js';
import type { ErrorStrings } from './errors.js';

/** Reasons a publish failed that the shared error strings already say (`timeout`, `network`). */
export type ComposerErrorReason = Exclude<PublishErrorReason, 'timeout' | 'network'>;

/** Every string `<social-composer>` shows; the shared error strings are part of it. */
export interface ComposerStrings extends ErrorStrings {
  /** Accessible name of the text area. */
  label: string;
  /** Placeholder of the text area. */
  placeholder: string;
  /** The publish button. */
  submit: string;
  /** The publish button while a post is on its way. */
  publishing: string;
  /** Said once the post is published. */
  posted: string;
  /** Link to the new post. */
  viewPost: string;
  /** Toggle button that shows the content warning field (pressed while it is shown). */
  addWarning: string;
  /** Label of the content warning field. */
  warningLabel: string;
  /** Placeholder of the content warning field. */
  warningPlaceholder: string;
  /** Label of the audience choice. */
  audience: string;
  /** Labels of the built-in audiences. */
  audiences: Record<'public' | 'unlisted' | 'private' | 'direct', string>;
  /** Label of the language choice. */
  language: string;
  /** Label of the group of syndication targets. */
  shareTo: string;
  /** Button that opens the file picker. */
  addMedia: string;
  /** Shown while files are dragged over the composer. */
  dropHint: string;
  /** Label of the list of attached media. */
  mediaList: string;
  /** Label of the alt text field of the nth file. */
  altLabel: (position: number, name: string) => string;
  /** Placeholder of an alt text field. */
  altPlaceholder: string;
  /** Removes one file. */
  removeMedia: (name: string) => string;
  /** Accessible name of an upload's progress bar. */
  uploading: (name: string) => string;
  /** An upload failed. */
  uploadFailed: (name: string) => string;
  /** Tries an upload again. */
  retryUpload: string;
  /** Publishing waits for uploads. */
  waitForUploads: string;
  /** Publishing needs alt text on every file. */
  altRequired: string;
  /** Too many files. */
  tooManyMedia: (max: number) => string;
  /** A file is too large; `size` is already formatted ("10 MB"). */
  tooLarge: (name: string, size: string) => string;
  /** A file is of a type the server does not take. */
  wrongType: (name: string) => string;
  /** Characters left before the limit. */
  charactersLeft: (count: number) => string;
  /** Characters over the limit. */
  charactersOver: (count: number) => string;
  /** Characters used when there is no limit. */
  charactersUsed: (count: number) => string;
  /** Over a byte limit (Bluesky) while under the character limit. */
  bytesOver: (limit: number) => string;
  /** Why publishing is blocked by the length. */
  tooLong: (over: number) => string;
  /** Why publishing is blocked when there is nothing to post. */
  empty: string;
  /** The browser is offline; nothing is lost. */
  offline: string;
  /** A publish is waiting for the connection to come back. */
  offlineQueued: string;
  /** A saved draft was put back. */
  restored: string;
  /** Drafts cannot be kept in this browser. */
  draftNotSaved: string;
  /** Words for each reason publishing failed (timeouts and network failures use the shared ones). */
  errors: Record<ComposerErrorReason, string>;
  /** After a timeout on a request without an idempotency key. */
  maybePosted: string;
  /** Introduces the server's own message. */
  serverSaid: string;
  /** Reminds that nothing was lost. */
  kept: string;
}

/**
 * The keys an idle composer shows, and those it says without its parts (a part that did not
 * load, the offline notice, the form's validity). The others are added by the part that shows
 * them, as it loads: `composer-publish.ts`, `composer-media.ts`, `composer-warning.ts` and
 * `composer-discovery.ts` beside this file.
 */
export type ComposerFirstKeys =
  | 'label'
  | 'placeholder'
  | 'submit'
  | 'publishing'
  | 'addWarning'
  | 'audience'
  | 'audiences'
  | 'language'
  | 'addMedia'
  | 'charactersLeft'
  | 'charactersOver'
  | 'charactersUsed'
  | 'bytesOver'
  | 'tooLong'
  | 'empty'
  | 'altRequired'
  | 'uploadFailed'
  | 'offline'
  | 'offlineQueued'
  | 'restored'
  | 'draftNotSaved'
  | 'kept';

/** The English of the keys of the first render. */
const first = (locale: string): Pick<ComposerStrings, ComposerFirstKeys> => ({
  label: 'Post text',
  placeholder: 'What’s on your mind?',
  submit: 'Post',
  publishing: 'Posting…',
  addWarning: 'Add content warning',
  audience: 'Visibility',
  audiences: {
    public: 'Public',
    unlisted: 'Quiet public',
    private: 'Followers only',
    direct: 'Mentioned people only',
  },
  language: 'Language',
  addMedia: 'Add images',
  charactersLeft: (count) =>
    plural(locale, count, { one: '{n} character left', other: '{n} characters left' }),
  charactersOver: (count) =>
    plural(locale, count, {
      one: '{n} character over the limit',
      other: '{n} characters over the limit',
    }),
  charactersUsed: (count) =>
    plural(locale, count, { one: '{n} character', other: '{n} characters' }),
  bytesOver: (limit) =>
    `Too long to send: a post can take up to ${formatNumber(limit, locale)} bytes.`,
  tooLong: (over) =>
    plural(locale, over, {
      one: 'Your post is {n} character too long. Shorten it to post.',
      other: 'Your post is {n} characters too long. Shorten it to post.',
    }),
  empty: 'Write something before posting.',
  altRequired: 'Describe every image before posting.',
  uploadFailed: (name) => `Could not upload ${name}.`,
  offline: 'You are offline. You can keep writing; nothing is lost.',
  offlineQueued: 'You are offline. Your post is kept and will be sent when you are back online.',
  restored: 'Your unsent draft was restored.',
  draftNotSaved: 'This browser is not keeping drafts: keep this page open until you have posted.',
  kept: 'Nothing you wrote is lost.',
});

/**
 * The composer's strings in a language, with overrides on top. Typed whole: a key of a part is
 * read only by that part, once it (and so its English) has loaded.
 */
export const composerStrings = defineStrings(
  'composer',
  first as (locale: string) => Own<ComposerStrings>,
);
