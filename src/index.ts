/** The element classes, events and types, with no side effects: nothing is registered here. */
export { SocialComposer } from './components/composer/composer.js';
export type { AudienceOption, PostReceiver } from './components/composer/composer.js';
export { SocialFeed } from './components/feed/feed.js';
export type { FeedSourceInfo } from './components/feed/feed.js';
export { SocialSource } from './components/feed/source.js';
export { SocialPost } from './components/post/post.js';
export { SocialProfileCard } from './components/profile-card/profile-card.js';
export type { ProfileCardVariant } from './components/profile-card/profile-card.js';
export {
  SocialErrorEvent,
  SocialFollowEvent,
  SocialLoadEvent,
  SocialNewPostsEvent,
  SocialPostErrorEvent,
  SocialPostedEvent,
  SocialSubmitEvent,
  SocialToggleEvent,
} from './events/index.js';
export { PublishError } from './compose/errors.js';
export type { PublishErrorReason } from './compose/errors.js';
export type { Draft, DraftMedia } from './compose/draft.js';
export type * from './model/index.js';
export { resolveLocale } from './i18n/locale.js';
export { builtInLocales, registerLocale } from './i18n/strings.js';
export type { LocaleTables, PartialLocaleTables, StringOverrides } from './i18n/strings.js';
export type { ComposerStrings } from './i18n/tables/composer.js';
export type { ErrorStrings } from './i18n/tables/errors.js';
export type { FeedStrings } from './i18n/tables/feed.js';
export type { PostStrings } from './i18n/tables/post.js';
export type { ProfileCardStrings } from './i18n/tables/profile-card.js';
