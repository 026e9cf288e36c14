/** The composer's plain-TypeScript layer: length rules, drafts, uploads and publishing, usable without the element. */
export {
  BLUESKY_BYTE_LIMIT,
  BLUESKY_GRAPHEME_LIMIT,
  MASTODON_DEFAULT_LIMIT,
  MASTODON_URL_LENGTH,
  countGraphemes,
  countUtf8Bytes,
  mastodonCountableText,
  mastodonLength,
  measure,
} from './count.js';
export type { Counting, Length, LengthOptions } from './count.js';
export { DraftStore, emptyDraft, isDraftEmpty, newIdempotencyKey, reviveDraft } from './draft.js';
export type { Draft, DraftMedia, SaveOutcome } from './draft.js';
export { PublishError, toPublishError } from './errors.js';
export type { PublishErrorReason } from './errors.js';
export { fetchServerConfig, readMastodonInstance, readMicropubConfig } from './config.js';
export type { PublishFormat, ServerConfig, SyndicationTarget } from './config.js';
export { defaultMediaEndpoint, updateMastodonDescription, uploadMedia } from './media.js';
export type { UploadOptions, UploadedMedia } from './media.js';
export { DEFAULT_MEDIA_LIMITS, acceptsType, checkMedia } from './media-limits.js';
export type { MediaLimits, MediaProblem } from './media-limits.js';
export {
  buildPublishRequest,
  mastodonStatusBody,
  micropubFormBody,
  micropubJsonBody,
  plainJsonBody,
  publish,
} from './publish.js';
export type { MicropubEncoding, PublishOptions, PublishRequest, PublishResult } from './publish.js';
