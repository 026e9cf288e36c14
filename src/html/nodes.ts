/** Small DOM builders shared by the sanitizer and rich text: safe links, remote images, custom emoji. */
import { safeMedia } from './url.js';

/** The `rel` every link from remote data carries: no ranking credit, no opener, no referrer. */
export const LINK_REL = 'nofollow noopener noreferrer ugc';

/**
 * Marks a link from data as user content. No `target`: links open in the same tab unless the
 * host page decides otherwise, as a plain link in the page would.
 */
export function decorateLink(link: HTMLAnchorElement, href: string): void {
  link.setAttribute('href', href);
  link.setAttribute('rel', LINK_REL);
}

/** Loads a remote image without telling its host who is reading, and without blocking the page. */
export function decorateRemoteImage(image: HTMLImageElement, src: string): void {
  // Set before `src`, so a live document never starts a fetch that sends a referrer.
  image.setAttribute('referrerpolicy', 'no-referrer');
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  image.setAttribute('src', src);
}

/**
 * A shortcode candidate: `:name` before another colon. The closing colon is looked ahead at, not
 * consumed, so in `:unknown:known:` the second colon can open the next shortcode, as in Mastodon.
 */
const SHORTCODE = /:([A-Za-z0-9_]+)(?=:)/g;

/** The `<img class="emoji">` for one custom emoji, or undefined when its URL is refused. */
function emojiImage(
  document: Document,
  shortcode: string,
  url: string,
  base: string | undefined,
): HTMLImageElement | undefined {
  const src = safeMedia(url, base);
  if (!src) return undefined;
  const image = document.createElement('img');
  const label = `:${shortcode}:`;
  image.className = 'emoji';
  image.setAttribute('alt', label);
  image.setAttribute('title', label);
  image.setAttribute('draggable', 'false');
  decorateRemoteImage(image, src);
  return image;
}

/**
 * Text with `:shortcode:`s from `emoji` turned into images, as nodes of `document` ready to
 * append. Unknown shortcodes stay text; with no emoji map the result is one text node.
 */
export function textWithEmoji(
  document: Document,
  text: string,
  emoji: Readonly<Record<string, string>> | undefined,
  base?: string,
): Node[] {
  if (!emoji || !text.includes(':')) return [document.createTextNode(text)];
  const nodes: Node[] = [];
  let last = 0;
  const pattern = new RegExp(SHORTCODE);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const shortcode = match[1]!;
    // Own properties only: a shortcode such as `constructor` must not reach the prototype.
    const url = Object.hasOwn(emoji, shortcode) ? emoji[shortcode] : undefined;
    const image = typeof url === 'string' ? emojiImage(document, shortcode, url, base) : undefined;
    if (!image) continue;
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    nodes.push(image);
    last = match.index + match[0].length + 1;
    pattern.lastIndex = last;
  }
  if (last < text.length || nodes.length === 0) {
    nodes.push(document.createTextNode(text.slice(last)));
  }
  return nodes;
}
