/**
 * Rich text from plain text: facets (or, without them, links found in the text) become safe
 * `<a>` elements, built node by node so no string of HTML is ever parsed.
 */
import type { Facet } from '../model/post.js';
import { decorateLink, textWithEmoji } from './nodes.js';
import { safeLink } from './url.js';

/** Options for `richText()`. */
export interface RichTextOptions {
  /**
   * Ranges over the text in UTF-16 code units. Bad ones (out of range, overlapping an earlier one,
   * splitting a surrogate pair, of an unknown kind) are skipped, never thrown.
   */
  facets?: readonly Facet[];
  /**
   * Whether to find URLs, `@user@host` mentions and `#tags` in the text itself. Defaults to true
   * only when `facets` is undefined: a source that sends facets (even none) has said what links.
   */
  linkify?: boolean;
  /**
   * Where a mention or tag links; the answer still has to pass the URL allow-list. By default a
   * mention links to its value when that is a URL, `@user@host` links to `https://host/@user`
   * (the Mastodon convention, which other servers redirect), and a tag does not link.
   */
  linkFor?: (facet: Facet) => string | undefined;
  /** Custom emoji by shortcode without colons → image URL (`Post.emoji`). */
  emoji?: Readonly<Record<string, string>>;
}

const KINDS = new Set<Facet['kind']>(['link', 'mention', 'tag']);

/** Classes that match Mastodon's markup, so sanitized HTML and rich text share one style. */
const CLASSES: Readonly<Record<Facet['kind'], string | undefined>> = {
  link: undefined,
  mention: 'u-url mention',
  tag: 'mention hashtag',
};

const ACCOUNT = /^@([^@\s]+)@([^@\s/]+)$/u;

function defaultLinkFor(facet: Facet): string | undefined {
  if (facet.kind === 'mention') {
    const account = ACCOUNT.exec(facet.value);
    if (account) return `https://${account[2]}/@${account[1]}`;
    return /^https?:/i.test(facet.value) ? facet.value : undefined;
  }
  return undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether a boundary at `index` would cut a character written as two code units in half. */
function splitsPair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

/** The usable facets, sorted, each starting after the previous one ends. */
function usableFacets(text: string, facets: readonly unknown[]): Facet[] {
  const candidates = facets.filter((facet): facet is Facet => {
    if (typeof facet !== 'object' || facet === null) return false;
    const { start, end, kind, value } = facet as Partial<Facet>;
    return (
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start! >= 0 &&
      end! > start! &&
      end! <= text.length &&
      KINDS.has(kind!) &&
      typeof value === 'string' &&
      !splitsPair(text, start!) &&
      !splitsPair(text, end!)
    );
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const usable: Facet[] = [];
  let reached = 0;
  for (const facet of candidates) {
    if (facet.start < reached) continue;
    usable.push(facet);
    reached = facet.end;
  }
  return usable;
}

// ---- linkify -------------------------------------------------------------------------------

const URL_CANDIDATE = /(?<![\p{L}\p{N}_])https?:\/\/[^\s<>"]+/giu;
const MENTION =
  /(?<![\p{L}\p{N}\p{M}_@/.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)/gu;
const HASHTAG = /(?<![\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}\p{M}_]*\p{L}[\p{L}\p{N}\p{M}_]*)/gu;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING_PUNCTUATION = /[.,:;!?'"*…。、，！？」』]$/u;
const BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** A URL as it was meant: without the sentence's full stop or the parenthesis around it. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? '';
    const opener = BRACKETS[last];
    if (opener !== undefined && count(url, opener) < count(url, last)) url = url.slice(0, -1);
    else if (TRAILING_PUNCTUATION.test(last)) url = url.slice(0, -1);
    else return url;
  }
}

/** Links, mentions and tags found in plain text, as facets (tags and mentions never inside a URL). */
function findFacets(text: string): Facet[] {
  const found: Facet[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    // A bare scheme ("https://") or an unparsable host is no link.
    if (!URL.canParse(url) || new URL(url).hostname === '') continue;
    found.push({ start: match.index, end: match.index + url.length, kind: 'link', value: url });
  }
  const urls = [...found];
  const insideUrl = (start: number, end: number) =>
    urls.some((link) => start < link.end && end > link.start);
  for (const match of text.matchAll(MENTION)) {
    const end = match.index + match[0].length;
    if (!insideUrl(match.index, end)) {
      found.push({ start: match.index, end, kind: 'mention', value: match[0] });
    }
  }
  for (const match of text.matchAll(HASHTAG)) {
    const end = match.index + match[0].length;
    if (!insideUrl(match.index, end)) {
      found.push({ start: match.index, end, kind: 'tag', value: match[1]! });
    }
  }
  return found;
}

// ---- building ------------------------------------------------------------------------------

/** Appends text, with each line break as `<br>` so the text reads right under any `white-space`. */
function appendText(parent: ParentNode, text: string, emoji: RichTextOptions['emoji']): void {
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) parent.appendChild(document.createElement('br'));
    if (line !== '') parent.append(...textWithEmoji(document, line, emoji));
  });
}

/**
 * Plain text as a fragment of text nodes, `<br>`s, links and custom emoji images, ready to append
 * or to hand to Lit as a child value. Links carry `rel="nofollow noopener noreferrer ugc"` and
 * only http, https and mailto targets.
 */
export function richText(text: string, options: RichTextOptions = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (typeof text !== 'string' || text === '') return fragment;
  const { emoji, linkFor = defaultLinkFor } = options;
  const linkify = options.linkify ?? options.facets === undefined;
  const given = Array.isArray(options.facets) ? options.facets : [];
  const facets = usableFacets(text, linkify ? [...given, ...findFacets(text)] : given);
  let position = 0;
  for (const facet of facets) {
    appendText(fragment, text.slice(position, facet.start), emoji);
    const visible = text.slice(facet.start, facet.end);
    let target: string | undefined;
    try {
      target = safeLink(facet.kind === 'link' ? facet.value : linkFor(facet));
    } catch {
      // A host's linkFor that throws must not take the post down with it.
      target = undefined;
    }
    if (target) {
      const link = document.createElement('a');
      decorateLink(link, target);
      const className = CLASSES[facet.kind];
      if (className) link.className = className;
      appendText(link, visible, emoji);
      fragment.append(link);
    } else {
      appendText(fragment, visible, emoji);
    }
    position = facet.end;
  }
  appendText(fragment, text.slice(position), emoji);
  return fragment;
}
