/** Every public event class. */
export { SocialToggleEvent } from './toggle.js';
export { SocialSubmitEvent } from './submit.js';
export { SocialPostedEvent } from './posted.js';
export { SocialPostErrorEvent } from './post-error.js';
export { SocialLoadEvent } from './load.js';
export { SocialErrorEvent } from './error.js';
export { SocialNewPostsEvent } from './new-posts.js';
