/** The normalized data model shared by every format and element. */
export type { Actor, ActorCounts, ProfileField } from './actor.js';
export type {
  Attachment,
  AttachmentKind,
  Facet,
  LinkCard,
  Post,
  PostCounts,
  PostSource,
} from './post.js';
