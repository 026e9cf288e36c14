/** Small readers shared by the format modules: remote data is never trusted to have a shape. */
// A plain string function with no DOM or element code: the one thing formats share with html/.
import { withoutStyleAttributes } from '../html/strip-style.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be one item or a list of them, as a list. */
export function asArray<T = unknown>(value: T | T[] | null | undefined): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A copy of `value` without its undefined keys, so that models compare and serialize cleanly.
 * Builds a new object rather than deleting keys: `delete` sends V8 objects to slow dictionary mode.
 */
export function prune<T extends object>(value: T): T {
  const result = {} as T;
  for (const key in value) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result;
}

/** "an object with keys error, message": what a document was, for error messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} entries`;
  if (isObject(value)) {
    const keys = Object.keys(value).map((key) => key.slice(0, 40));
    if (keys.length === 0) return 'an empty object';
    return `an object with keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
  }
  return `a ${typeof value}`;
}

/** The host of a URL (`social.example`, `localhost:3000`), or undefined when it has none. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (isCanonicalUrl(url)) {
    const start = url.indexOf('//') + 2;
    return url.slice(start, url.indexOf('/', start));
  }
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** Canonical tags by value: a feed gives every entry the same one or two. Cleared when full. */
const languageTags = new Map<string, string | undefined>();

/** A canonical BCP 47 tag from a feed's language value (`en_US` → `en-US`), or undefined. */
export function languageTag(value: string | null | undefined): string | undefined {
  const tag = asString(value)?.replace(/_/g, '-');
  if (!tag || !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  if (languageTags.has(tag)) return languageTags.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (languageTags.size >= 64) languageTags.clear();
  languageTags.set(tag, canonical);
  return canonical;
}

/** A short stable hash (FNV-1a), for entries that carry neither an ID nor a link. */
export function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A non-empty trimmed string, or undefined. */
export function asString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number (numeric strings accepted), or undefined. */
export function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A count (followers, replies, votes): a finite number that is not negative, or undefined. */
export function asCount(value: unknown): number | undefined {
  const number = asNumber(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/**
 * Resolved URLs by base and value: feeds repeat the same author, avatar and home URLs on every
 * item, and `new URL` dominated reading a long feed. Cleared when full, so it stays small.
 */
const resolvedUrls = new Map<string, string | undefined>();

/**
 * An http(s) URL that `new URL` returns unchanged in every engine: lowercase scheme and host (no
 * user, IP address or trailing dot; a port below 60000 that is not 80 or 443), a path, and only
 * characters that no part percent-encodes ("?" and one "#" after the path).
 */
const CANONICAL_URL =
  /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*(?::(?!(?:80|443)\/)(?:[1-9]\d{0,3}|[1-5]\d{4}))?\/[\w\-.~!$&()*+,;=:@/%?]*(?:#[\w\-.~!$&()*+,;=:@/%?]*)?$/;
/**
 * …unless a part may be rewritten: a dot segment, which starts with "/." or holds "%2e", or a
 * punycode label, whose "--" Firefox checks. Wider than what is rewritten (`/.well-known`, `a--b`
 * take the slow way too), so that one plain search decides.
 */
const MAY_BE_REWRITTEN = /\/\.|%2[eE]|--/;

/**
 * Whether `new URL(value).href` is `value` itself: a feed's items each have URLs of their own,
 * which no cache spares a parse, and parsing them dominated reading a long feed. Two searches and
 * nothing else: every URL of a long feed comes through here.
 */
export function isCanonicalUrl(value: string): boolean {
  return CANONICAL_URL.test(value) && !MAY_BE_REWRITTEN.test(value);
}

/** An absolute http(s) URL resolved against `base`, or undefined. */
export function absoluteUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (isCanonicalUrl(trimmed)) return trimmed;
  // With "http://" or "https://" the base plays no part, and parsing it too doubles the cost.
  // A relative key starts with NUL, which no trimmed absolute value does, so the two never meet.
  const key = /^https?:\/\//i.test(trimmed) ? trimmed : `\0${base ?? ''}\0${trimmed}`;
  if (resolvedUrls.has(key)) return resolvedUrls.get(key);
  let href: string | undefined;
  try {
    const url = key === trimmed ? new URL(trimmed) : new URL(trimmed, base);
    href = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    href = undefined;
  }
  if (resolvedUrls.size >= 512) resolvedUrls.clear();
  resolvedUrls.set(key, href);
  return href;
}

/** Parses JSON, or throws a `SyntaxError` whose message names the problem. */
export function parseJson(body: string): unknown {
  return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
}

/** The value of one header from either a `Headers` or a plain record, case-insensitively. */
export function header(
  headers: Headers | Record<string, string> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  times: '×',
};
/** The parts of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface MarkupPolicy {
  createHTML(markup: string): string;
}

let markupPolicy: MarkupPolicy | null | undefined;

/**
 * Markup as the `DOMParser` of a page with Trusted Types enforced accepts it. `parseFromString`
 * is a sink even though its documents are inert (no script runs in them, nothing loads), so the
 * formats parse through a private policy named `social-elements` that passes markup unchanged:
 * it serves only `parseMarkup()` and never leaves this module. A site whose CSP lists allowed
 * policy names (`trusted-types …`) adds `social-elements` to them; without the policy a plain
 * string goes through, as on browsers without Trusted Types.
 */
function trustedMarkup(markup: string): string {
  if (markupPolicy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: {
          createPolicy(name: string, rules: { createHTML(input: string): string }): MarkupPolicy;
        };
      }
    ).trustedTypes;
    try {
      markupPolicy =
        factory?.createPolicy('social-elements', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not allow the name.
      markupPolicy = null;
    }
  }
  return markupPolicy ? markupPolicy.createHTML(markup) : markup;
}

/** Parses HTML or XML into an inert document; the one way the formats parse markup. */
export function parseMarkup(markup: string, type: DOMParserSupportedType): Document {
  // A page with a strict CSP would report every style attribute the parser meets; readers
  // never use them.
  const text = type === 'text/html' ? withoutStyleAttributes(markup) : markup;
  return new DOMParser().parseFromString(trustedMarkup(text), type);
}

const rareEntities = new Map<string, string>();

/** One character reference as text; rare named ones are looked up in an inert document once. */
function decodeEntity(reference: string, name: string): string {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) &&
      code > 0 &&
      code <= 0x10ffff &&
      (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  }
  const known = NAMED_ENTITIES[name] ?? rareEntities.get(name);
  if (known !== undefined) return known;
  if (typeof DOMParser === 'undefined') return reference;
  const decoded = parseMarkup(reference, 'text/html').body.textContent ?? '';
  if (rareEntities.size < 512) rareEntities.set(name, decoded);
  return decoded;
}

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'title', 'textarea']);
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'tr',
  'ul',
  'ol',
  'section',
  'article',
  'figure',
  'figcaption',
  'table',
]);
function collapseBreaks(breaks: string): string {
  return breaks.indexOf('\n') === breaks.lastIndexOf('\n') ? '\n' : '\n\n';
}

const ENTITIES = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;

function isNameCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45
  );
}

/** Index just past the `>` that ends the tag starting at `from`, skipping quoted values. */
function tagEnd(html: string, from: number): number {
  const close = html.indexOf('>', from);
  if (close === -1) return html.length;
  // Most tags have no quoted ">" inside: check for quotes before walking character by character.
  const double = html.indexOf('"', from);
  const single = html.indexOf("'", from);
  if ((double === -1 || double > close) && (single === -1 || single > close)) return close + 1;
  let quote = 0;
  for (let index = from; index < html.length; index++) {
    const code = html.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return index + 1;
    }
  }
  return html.length;
}

/**
 * Plain text from untrusted HTML, for filters, counts and accessible names: never for display.
 * A single scan over the string, because a parsed document per post costs several times
 * `JSON.parse` of the whole feed; blocks and `<br>` become line breaks, character references are
 * decoded, and the content of script, style and the like is dropped.
 */
export function htmlToText(html: string): string {
  let text = '';
  let last = 0;
  let open = html.indexOf('<');
  while (open !== -1) {
    text += html.slice(last, open);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      last = close === -1 ? html.length : close + 3;
    } else {
      const closing = html.charCodeAt(open + 1) === 47;
      const nameStart = open + (closing ? 2 : 1);
      let nameEnd = nameStart;
      while (nameEnd < html.length && isNameCharacter(html.charCodeAt(nameEnd))) nameEnd++;
      const first = html.charCodeAt(nameStart);
      if (nameEnd === nameStart && first !== 33 && first !== 63) {
        // A "<" that starts no tag is text.
        text += '<';
        last = open + 1;
      } else {
        last = tagEnd(html, nameEnd);
        const name = html.slice(nameStart, nameEnd).toLowerCase();
        if (name === 'br') text += '\n';
        else if (BLOCK_ELEMENTS.has(name)) text += '\n\n';
        else if (!closing && HIDDEN_ELEMENTS.has(name)) {
          const end = new RegExp(`</${name}\\s*>`, 'ig');
          end.lastIndex = last;
          last = end.exec(html) ? end.lastIndex : html.length;
        }
      }
    }
    open = html.indexOf('<', last);
  }
  text += html.slice(last);
  if (text.includes('&')) text = text.replace(ENTITIES, decodeEntity);
  // Blank lines from block edges and the source's own indentation collapse to one blank line.
  if (text.includes('\n')) text = text.replace(/[ \t]*\n(?:[ \t\n]*\n)?[ \t]*/g, collapseBreaks);
  return text.trim();
}

/** `value` with any lone surrogate replaced by U+FFFD, so `encodeURIComponent` cannot throw. */
export function wellFormed(value: string): string {
  return value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}
