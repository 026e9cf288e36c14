/** The element classes, events and types, with no side effects: nothing is registered here. */
export { SocialPost } from './components/post/post.js';
export { SocialToggleEvent } from './events/index.js';
export type * from './model/index.js';
export { resolveLocale } from './i18n/locale.js';
