/** Every public event class. */
export { SocialToggleEvent } from './toggle.js';
