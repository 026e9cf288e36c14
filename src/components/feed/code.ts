/**
 * The code a feed loads once it reads a source or is given posts, gathered in one module: its
 * view, the reading code, `<social-post>` and the parts most posts show on their first paint.
 * One `import()` of this module is one chunk in a site's bundle, where an `import()` per piece
 * made some thirty (each piece, and each small module two pieces shared, a chunk of its own),
 * fetched six at a time after the data had arrived.
 */
import * as postView from '../post/view.js';
import * as media from '../post/media.js';
import * as context from '../post/context.js';
import * as card from '../post/card.js';
import { gateReady, provideParts } from '../post/parts.js';
import { SocialPost } from '../post/post.js';
import * as richText from '../../html/rich-text.js';
import * as sanitize from '../../html/sanitize.js';
import * as reading from './read.js';
import * as view from './view.js';
import type * as WindowingModule from '@lit-labs/virtualizer/virtualize.js';

export { reading, view };

/** The windowing code (`@lit-labs/virtualizer`), for a feed that grows long. */
export function loadWindowing(): Promise<typeof WindowingModule> {
  return import('@lit-labs/virtualizer/virtualize.js');
}

/**
 * Registers `<social-post>` (unless the page has) and hands the post its parts, with the HTML
 * gate made ready (DOMPurify loads where the browser has no sanitizer of its own). Never rejects.
 */
export function postsReady(): Promise<void> {
  if (!customElements.get('social-post')) customElements.define('social-post', SocialPost);
  provideParts({ view: postView, media, context, card, richText, sanitize });
  return gateReady() ?? Promise.resolve();
}
