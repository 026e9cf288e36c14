/** Registers every element, and re-exports the classes for scripts that want them. */
import './social-post.js';
import './social-source.js';
import './social-feed.js';
import './social-composer.js';
import './social-profile-card.js';

export * from '../index.js';
