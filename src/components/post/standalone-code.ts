/**
 * What a `<social-post src>` loads to fetch, read and show its post, requested in one `import()`:
 * the embed's loading and error states with the network layer and the formats, and the parts
 * most posts show on their first paint. One step after the element's first render instead of
 * three (the post's template, then the network and formats, then the parts the post turned out
 * to need once it had arrived).
 */
import * as card from './card.js';
import * as context from './context.js';
import * as media from './media.js';
import { provideParts } from './parts.js';
import * as standalone from './standalone.js';
import * as view from './view.js';
import * as richText from '../../html/rich-text.js';

/**
 * Hands the post its common parts and returns the embed's module. (The HTML gate is not one of
 * them: Bluesky posts are plain text; the element asks for it beside this for other formats.)
 */
export function standaloneReady(): typeof standalone {
  provideParts({ view, media, context, card, richText });
  return standalone;
}
