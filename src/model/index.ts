/** The normalized data model shared by every format and element. */
export type { Actor, ActorCounts, ProfileField } from './actor.js';
export type {
  Attachment,
  AttachmentKind,
  Facet,
  LinkCard,
  Poll,
  PollOption,
  Post,
  PostCounts,
  PostSource,
} from './post.js';
export type { FormatName, Page, Skipped } from './page.js';
