/**
 * The one gate from untrusted HTML to DOM: every element that shows remote HTML gets its nodes
 * from `sanitize()`, and nothing else in the codebase parses HTML into the page.
 *
 * Two engines sit behind one allow-list: the browser's own HTML sanitizer (`Element.setHTML` with
 * a `Sanitizer`) where it exists, and DOMPurify, loaded lazily, where it does not. Both parse into
 * an inert document (no scripts run, no images load there); a shared post-pass then walks the
 * result and enforces the allow-list once more, so the two engines yield the same DOM:
 *
 * - Kept: `p br a span strong b em i s del code pre blockquote ul ol li sub sup abbr ruby rt rp img`,
 *   and `h1`–`h6`, which become `<p><strong>` as Mastodon shows them (a post must not break the
 *   heading outline of the page it sits in).
 * - Unwrapped, words kept: formatting and layout tags such as `u font center big small mark div
 *   table td` (see `UNWRAPPED_ELEMENTS`).
 * - Removed with their content: everything else (`script style iframe object embed form svg math
 *   template button` …), comments, and elements outside the HTML namespace.
 * - Attributes: `lang dir title translate` anywhere, `class` limited to Mastodon's display classes,
 *   `href` on `a`, `src alt width height` on `img`, `start reversed` on `ol`.
 * - Links: `href` through `safeLink` (http, https, mailto; made absolute against `base`), dropped
 *   (text kept) when refused; `rel="nofollow noopener noreferrer ugc"`; no `target`, so links open
 *   in the same tab like any other link on the host page.
 * - Images: remote images inside post HTML are kept (blog feeds rely on them) when `safeMedia`
 *   accepts their `src`, with `referrerpolicy="no-referrer" loading="lazy" decoding="async"`;
 *   an image whose `src` is refused is replaced by its alt text.
 * - Mastodon's link shortening: `.invisible` parts are removed and `.ellipsis` parts get "…", so
 *   the text reads as Mastodon shows it without any CSS.
 * - Custom emoji: `:shortcode:` in text (not in `code`/`pre`) becomes `<img class="emoji">` when
 *   the shortcode is in the `emoji` map.
 *
 * Trusted Types: `setHTML` is not a sink, and on the DOMPurify path no string reaches a sink from
 * this module (DOMPurify returns a fragment); DOMPurify parses through its own policy named
 * `dompurify`, which a `trusted-types` CSP directive must allow on browsers without `setHTML`.
 */
import type { Config as PurifyConfig, DOMPurify } from 'dompurify';
import { decorateLink, decorateRemoteImage, textWithEmoji } from './nodes.js';
import { withoutStyleAttributes } from './strip-style.js';
import { safeLink, safeMedia } from './url.js';

/** Options for `sanitize()`. */
export interface SanitizeOptions {
  /** The document's own URL, against which relative links and image addresses resolve. */
  base?: string;
  /** Custom emoji by shortcode without colons → image URL (`Post.emoji`). */
  emoji?: Readonly<Record<string, string>>;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Elements that survive, with their allowed attributes on top of `GLOBAL_ATTRIBUTES`. */
const KEPT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  a: ['href'],
  span: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  s: [],
  del: [],
  code: [],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start', 'reversed'],
  li: [],
  sub: [],
  sup: [],
  abbr: [],
  ruby: [],
  rt: [],
  rp: [],
  img: ['src', 'alt', 'width', 'height'],
  ...Object.fromEntries(HEADINGS.map((name) => [name, []])),
};

/**
 * Elements replaced by their children: their words matter, their markup does not. Anything in
 * neither list is removed with its content (the native sanitizer's rule for unlisted elements).
 */
const UNWRAPPED_ELEMENTS: readonly string[] = [
  // Inline formatting.
  'u font center big small mark ins tt kbd samp var cite q dfn time data bdi bdo nobr strike',
  'acronym label picture',
  // Layout and tables: no whitespace is added, so cells written without any run together.
  'div section article header footer main aside nav address hgroup figure figcaption details',
  'summary dl dt dd table caption thead tbody tfoot tr td th',
]
  .join(' ')
  .split(' ');

const GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'dir', 'title', 'translate', 'class'];

/** Classes kept for display: Mastodon's mention, hashtag and link-shortening markup, and emoji. */
const KEPT_CLASSES = new Set([
  'h-card',
  'u-url',
  'mention',
  'hashtag',
  'ellipsis',
  'quote-inline',
  'emoji',
]);

const ALL_ATTRIBUTES = [...new Set([...GLOBAL_ATTRIBUTES, ...Object.values(KEPT_ELEMENTS).flat()])];

const UNWRAPPED = new Set(UNWRAPPED_ELEMENTS);

// ---- engines -------------------------------------------------------------------------------

/** The parts of the HTML Sanitizer API used here (not yet in TypeScript's DOM library). */
interface NativeSanitizerConfig {
  elements: string[];
  attributes: string[];
  replaceWithChildrenElements: string[];
  comments: boolean;
  dataAttributes: boolean;
}
type NativeSanitizer = object;
type NativeSanitizerConstructor = new (config: NativeSanitizerConfig) => NativeSanitizer;
type SetHTML = (this: Element, html: string, options: { sanitizer: NativeSanitizer }) => void;

type Engine = 'native' | 'dompurify' | 'auto';

let requested: Engine = 'auto';
let nativeSanitizer: NativeSanitizer | undefined;
let purify: DOMPurify | undefined;

function nativeApi(): { setHTML: SetHTML; Sanitizer: NativeSanitizerConstructor } | undefined {
  const setHTML = (globalThis.Element?.prototype as { setHTML?: unknown } | undefined)?.setHTML;
  const Sanitizer = (globalThis as { Sanitizer?: unknown }).Sanitizer;
  if (typeof setHTML !== 'function' || typeof Sanitizer !== 'function') return undefined;
  return { setHTML: setHTML as SetHTML, Sanitizer: Sanitizer as NativeSanitizerConstructor };
}

/**
 * The browser's sanitizer configured with the allow-list, built once; undefined where it is
 * missing or refuses this configuration (an older draft of the API took a different shape).
 */
function native(): { setHTML: SetHTML; sanitizer: NativeSanitizer } | undefined {
  const api = nativeApi();
  if (!api) return undefined;
  try {
    nativeSanitizer ??= new api.Sanitizer({
      elements: Object.keys(KEPT_ELEMENTS),
      attributes: ALL_ATTRIBUTES,
      replaceWithChildrenElements: [...UNWRAPPED_ELEMENTS],
      comments: false,
      dataAttributes: false,
    });
  } catch {
    return undefined;
  }
  return { setHTML: api.setHTML, sanitizer: nativeSanitizer };
}

function usesNative(): boolean {
  return requested === 'native' || (requested === 'auto' && native() !== undefined);
}

const PURIFY_CONFIG: PurifyConfig & { RETURN_DOM_FRAGMENT: true } = {
  // `#text` too: with KEEP_CONTENT off, DOMPurify drops text nodes it is not told to keep.
  ALLOWED_TAGS: ['#text', ...Object.keys(KEPT_ELEMENTS), ...UNWRAPPED_ELEMENTS],
  ALLOWED_ATTR: ALL_ATTRIBUTES,
  // Like the native sanitizer: an element outside the list goes with its content.
  KEEP_CONTENT: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // http, https, mailto and relative references; the post-pass decides the rest.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Makes `sanitize()` ready. Resolves at once where the browser has its own HTML sanitizer;
 * elsewhere it loads DOMPurify (a separate chunk, fetched only by such browsers). Call it once
 * before the first render, for example in an element's `connectedCallback` or task.
 */
export async function loadSanitizer(): Promise<void> {
  if (usesNative() || purify) return;
  const { default: createPurify } = await import('dompurify');
  // A private instance, so another user of DOMPurify on the page cannot change its settings.
  purify = createPurify(window);
}

let failed = false;
let preparing: Promise<void> | undefined;

/**
 * Where `sanitize()` stands for the whole page: `ready` to run now, `failed` when DOMPurify could
 * not load (offline, blocked: elements then show text instead of HTML), `idle` before anyone
 * asked for it on a browser without its own sanitizer.
 */
export function sanitizerStatus(): 'idle' | 'ready' | 'failed' {
  if (usesNative() || purify) return 'ready';
  return failed ? 'failed' : 'idle';
}

/**
 * `loadSanitizer()` once for every element on the page, never rejecting: a failure shows in
 * `sanitizerStatus()`. Elements await it before their first render that shows HTML.
 */
export function prepareSanitizer(): Promise<void> {
  preparing ??= loadSanitizer().then(
    () => {
      failed = false;
    },
    () => {
      failed = true;
      preparing = undefined;
    },
  );
  return preparing;
}

/**
 * Chooses the engine: `auto` (the default) uses the browser's sanitizer when present. Forcing
 * one also forgets a loaded DOMPurify, so `loadSanitizer()` must run again.
 * @internal A test seam, so both engines are tested in every browser.
 */
export function useSanitizerEngine(engine: Engine): void {
  requested = engine;
  purify = undefined;
  failed = false;
  preparing = undefined;
}

let inert: Document | undefined;

/**
 * An inert document (no browsing context: nothing loads or runs there) where HTML is parsed and
 * cleaned before it reaches the page. One serves every call, since making a document costs as
 * much as parsing a post: each call parses into an element of its own that is never put in the
 * document's tree, and `sanitize()` moves every node it made out into the live document, so
 * nothing of one post stays behind for the next.
 */
function inertDocument(): Document {
  return (inert ??= document.implementation.createHTMLDocument(''));
}

/** Parses `html` into a fragment of an inert document with the chosen engine. */
function parse(html: string): DocumentFragment {
  if (usesNative()) {
    const api = native();
    if (!api)
      throw new Error('sanitize(): this browser has no native HTML sanitizer (Element.setHTML)');
    const holder = inertDocument().createElement('div');
    api.setHTML.call(holder, html, { sanitizer: api.sanitizer });
    const fragment = holder.ownerDocument.createDocumentFragment();
    fragment.append(...holder.childNodes);
    return fragment;
  }
  if (!purify) {
    throw new Error(
      'sanitize() was called before loadSanitizer() finished: this browser has no native HTML ' +
        'sanitizer, so DOMPurify must be loaded first. Await loadSanitizer() before rendering HTML.',
    );
  }
  // DOMPurify's fragment belongs to its DOMParser document, which is inert too. It returns
  // null when the input has no body to sanitize (a `<frameset>` document).
  const fragment = purify.sanitize(html, PURIFY_CONFIG) as DocumentFragment | null;
  return fragment ?? inertDocument().createDocumentFragment();
}

// ---- the shared post-pass ------------------------------------------------------------------

interface Walk {
  readonly document: Document;
  readonly options: SanitizeOptions;
}

const DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
const TRANSLATE = new Set(['yes', 'no', '']);
const DIGITS = /^\d{1,5}$/;

/** Removes every attribute the allow-list does not name, and any value that does not fit. */
function filterAttributes(element: Element, name: string): void {
  const allowed = KEPT_ELEMENTS[name] ?? [];
  const attributes = element.attributes;
  // Backwards, so a removal does not move the attributes still to read.
  for (let index = attributes.length - 1; index >= 0; index--) {
    const { name: attribute, value } = attributes[index]!;
    const keep =
      (GLOBAL_ATTRIBUTES.includes(attribute) || allowed.includes(attribute)) &&
      (attribute !== 'dir' || DIRECTIONS.has(value.toLowerCase())) &&
      (attribute !== 'translate' || TRANSLATE.has(value.toLowerCase())) &&
      (!['width', 'height', 'start'].includes(attribute) || DIGITS.test(value)) &&
      // Tooltips and alt text that look like script URLs have no honest use.
      !(
        ['title', 'alt'].includes(attribute) && /^\s*(?:javascript|vbscript|data)\s*:/i.test(value)
      );
    if (!keep) element.removeAttribute(attribute);
  }
  if (!element.hasAttribute('class')) return;
  const kept = [...element.classList].filter((token) => KEPT_CLASSES.has(token));
  if (kept.length > 0) element.setAttribute('class', kept.join(' '));
  else element.removeAttribute('class');
}

/** Moves `element`'s children into `replacement` and puts `replacement` where `element` was. */
function replace(element: Element, replacement: Element): void {
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
}

function finishElement(element: Element, name: string, walk: Walk): void {
  const { document, options } = walk;
  if (name === 'a') {
    const href = safeLink(element.getAttribute('href') ?? undefined, options.base);
    if (href) decorateLink(element as HTMLAnchorElement, href);
    else element.removeAttribute('href');
  } else if (name === 'img') {
    const src = safeMedia(element.getAttribute('src') ?? undefined, options.base);
    if (src) {
      decorateRemoteImage(element as HTMLImageElement, src);
    } else {
      const alt = element.getAttribute('alt')?.trim();
      element.replaceWith(...(alt ? [document.createTextNode(alt)] : []));
    }
  } else if (HEADINGS.includes(name)) {
    const strong = document.createElement('strong');
    replace(element, strong);
    const paragraph = document.createElement('p');
    for (const attribute of ['lang', 'dir']) {
      const value = element.getAttribute(attribute);
      if (value !== null) paragraph.setAttribute(attribute, value);
    }
    strong.replaceWith(paragraph);
    paragraph.append(strong);
  } else if (element.classList.contains('ellipsis')) {
    element.append(document.createTextNode('…'));
  }
}

/** Enforces the allow-list on `parent`'s subtree and applies the display fixes. */
function cleanChildren(parent: Node, inCode: boolean, walk: Walk): void {
  // Sibling by sibling, `next` read first: a node may be removed or replaced by what it held
  // (already cleaned) or by new nodes (safe by construction), none of which is visited again.
  let next = parent.firstChild;
  while (next) {
    const node = next;
    next = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!inCode && walk.options.emoji) {
        const nodes = textWithEmoji(
          walk.document,
          node.nodeValue ?? '',
          walk.options.emoji,
          walk.options.base,
        );
        if (nodes.length > 1 || nodes[0]?.nodeType !== Node.TEXT_NODE) node.replaceWith(...nodes);
      }
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove(); // comments, processing instructions
      continue;
    }
    const element = node as Element;
    const name = element.localName;
    if (element.namespaceURI !== HTML_NAMESPACE || element.classList.contains('invisible')) {
      element.remove();
    } else if (Object.hasOwn(KEPT_ELEMENTS, name)) {
      filterAttributes(element, name);
      cleanChildren(element, inCode || name === 'code' || name === 'pre', walk);
      finishElement(element, name, walk);
    } else if (UNWRAPPED.has(name)) {
      cleanChildren(element, inCode, walk);
      element.replaceWith(...element.childNodes);
    } else {
      element.remove();
    }
  }
}

/**
 * Untrusted HTML as a fragment of safe DOM nodes for the current document, ready to append or
 * to hand to Lit as a child value. See the module comment for what is kept.
 * @throws Error when the browser lacks a native sanitizer and `loadSanitizer()` has not resolved.
 */
export function sanitize(html: string, options: SanitizeOptions = {}): DocumentFragment {
  // Style attributes never survive; dropping them before parsing keeps a strict CSP quiet.
  const fragment = parse(withoutStyleAttributes(typeof html === 'string' ? html : ''));
  cleanChildren(fragment, false, { document: fragment.ownerDocument, options });
  // Into the live document only now, with every link and image already made safe.
  return document.adoptNode(fragment);
}
