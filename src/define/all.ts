/** Registers every element, and re-exports the classes for scripts that want them. */
import './social-post.js';

export * from '../index.js';
