/** Reads RSS (2.0, 0.9x, 1.0) and Atom feeds into the normalized model, and decodes feed bytes. */
import type { Actor } from '../model/actor.js';
import type { Page, Skipped } from '../model/page.js';
import type { Attachment, AttachmentKind, Post } from '../model/post.js';
import { ATOM, ATOM03, RDF, detectFeed, sniffRoot } from './detect.js';
import { parseFeedDate } from './feed-date.js';
import type { Format, FormatContext } from './types.js';
import { FormatError } from './types.js';
import {
  absoluteUrl,
  asCount,
  asNumber,
  asString,
  hash,
  htmlToText,
  isCanonicalUrl,
  languageTag,
  parseMarkup,
  prune,
} from './util.js';

// Dates live in feed-date.ts, so the h-feed reader shares them without loading this module.
export { parseFeedDate } from './feed-date.js';

const RSS10 = 'http://purl.org/rss/1.0/';
const RSS090 = 'http://my.netscape.com/rdf/simple/0.9/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
// Publishers write the Media RSS namespace with and without the trailing slash.
const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const THREAD = 'http://purl.org/syndication/thread/1.0';
const SLASH = 'http://purl.org/rss/1.0/modules/slash/';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XHTML = 'http://www.w3.org/1999/xhtml';

type Namespace = string | null | readonly (string | null)[];

// ---------------------------------------------------------------------------------------------
// Bytes to text

/** The encoding a charset label names, or undefined when the browser knows no such encoding. */
function encodingFor(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * Text from the bytes of an XML feed. The encoding comes from a byte order mark (it cannot be
 * wrong about the bytes that follow it, so it wins, as RFC 7303 says), then the content type's
 * charset, then the XML declaration, else UTF-8. Undeclared bytes that are not valid UTF-8 are
 * read as windows-1252, because old feeds served as ISO-8859-1 without saying so are common.
 */
export function decodeXml(bytes: ArrayBuffer | Uint8Array, contentType?: string): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const fromBom = bomEncoding(view);
  if (fromBom) return new TextDecoder(fromBom).decode(view);
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  // The declaration is ASCII in every encoding a feed may use without a BOM.
  const start = new TextDecoder('windows-1252').decode(view.subarray(0, 512));
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start)?.[1];
  const encoding = encodingFor(charset) ?? encodingFor(declared);
  if (encoding) return new TextDecoder(encoding).decode(view);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    return new TextDecoder('windows-1252').decode(view);
  }
}

// ---------------------------------------------------------------------------------------------
// XML plumbing

function inNamespace(element: Element, ns: Namespace): boolean {
  return Array.isArray(ns) ? ns.includes(element.namespaceURI) : element.namespaceURI === ns;
}

/**
 * Each element's children by local name, listed on first use: an item is asked for a dozen
 * children, and walking its child list (DOM calls all) each time was most of reading a feed.
 * The documents are never changed while they are read.
 */
const childIndex = new WeakMap<Element, Map<string, Element[]>>();

function childrenNamed(parent: Element, name: string): Element[] {
  let index = childIndex.get(parent);
  if (!index) {
    index = new Map();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const named = index.get(child.localName);
      if (named) named.push(child);
      else index.set(child.localName, [child]);
    }
    childIndex.set(parent, index);
  }
  return index.get(name) ?? [];
}

function childrenOf(parent: Element, ns: Namespace, name: string): Element[] {
  return childrenNamed(parent, name).filter((child) => inNamespace(child, ns));
}

function childOf(parent: Element, ns: Namespace, name: string): Element | undefined {
  return childrenNamed(parent, name).find((child) => inNamespace(child, ns));
}

function textOf(element: Element | undefined): string | undefined {
  return asString(element?.textContent);
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return asString(element?.getAttribute(name));
}

/**
 * Documents whose source never says `xml:base` or `xml:lang`, so that no element has them (the
 * `xml` prefix cannot be renamed): most feeds, spared a walk up the tree for every URL.
 */
const withoutXmlBase = new WeakSet<Document>();
const withoutXmlLang = new WeakSet<Document>();

/** The base URL at an element: the document's URL composed with every `xml:base` above it. */
function baseAt(element: Element, documentUrl: string | undefined): string | undefined {
  if (withoutXmlBase.has(element.ownerDocument)) return documentUrl;
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML, 'base');
    if (base !== null) bases.push(base.trim());
  }
  let base = documentUrl;
  for (const relative of bases.reverse()) {
    try {
      base = new URL(relative, base).href;
    } catch {
      // An unresolvable xml:base is ignored, as if it were absent.
    }
  }
  return base;
}

/** The language at an element from `xml:lang`; an empty one explicitly means "unknown". */
function languageAt(element: Element): string | undefined {
  if (withoutXmlLang.has(element.ownerDocument)) return undefined;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS(XML, 'lang');
    if (lang !== null) return languageTag(lang);
  }
  return undefined;
}

/** The message of a parser error document, or undefined when the XML was well-formed. */
function parserError(doc: Document): string | undefined {
  const root = doc.documentElement;
  const error =
    root?.localName === 'parsererror'
      ? root
      : (doc.getElementsByTagNameNS(XHTML, 'parsererror')[0] ??
        doc.getElementsByTagNameNS(
          'http://www.mozilla.org/newlayout/xml/parsererror.xml',
          'parsererror',
        )[0]);
  if (!root) return 'the document is empty';
  if (!error) return undefined;
  // Chromium puts the message in a <div>; Firefox adds the offending source in <sourcetext>.
  const detail = error.getElementsByTagNameNS(XHTML, 'div')[0] ?? error;
  let message = '';
  for (const node of Array.from(detail.childNodes)) {
    if (node instanceof Element && node.localName === 'sourcetext') continue;
    message += node.textContent ?? '';
  }
  message = message.replace(/\s+/g, ' ').trim();
  return message.length > 300 ? `${message.slice(0, 300)}…` : message || 'not well-formed';
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Feeds often use HTML's named entities (`&nbsp;`, `&eacute;`) that XML does not define, and bare
 * ampersands. Names are rewritten as numeric references, decoded by an inert HTML document;
 * unknown names and bare ampersands are escaped. Only tried after a strict parse fails.
 */
function repairEntities(source: string): string {
  const decoded = new Map<string, string>();
  const named = source.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    let replacement = decoded.get(name);
    // HTML knows about 2,000 names: more distinct ones than that are noise, not worth a parse each.
    if (replacement === undefined && decoded.size > 2_500) return `&amp;${name};`;
    if (replacement === undefined) {
      const text = parseMarkup(whole, 'text/html').body.textContent ?? '';
      replacement =
        text === whole || text === ''
          ? `&amp;${name};`
          : Array.from(text, (char) => `&#${char.codePointAt(0)};`).join('');
      decoded.set(name, replacement);
    }
    return replacement;
  });
  // A bare "&" (as in "Q&A" or an unescaped query string) starts no reference at all.
  return named.replace(/&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)/g, '&amp;');
}

function parseXml(body: string, format: string): Document {
  // A BOM or blank lines before the XML declaration make it not well-formed; both are common.
  const source = body.replace(/^\uFEFF/, '').trimStart();
  let doc = parseMarkup(source, 'application/xml');
  let error = parserError(doc);
  if (error) {
    const repaired = repairEntities(source);
    if (repaired !== source) {
      doc = parseMarkup(repaired, 'application/xml');
      error = parserError(doc);
    }
  }
  if (error) {
    throw new FormatError(
      `expected an RSS or Atom feed, but the XML is not well-formed (${error}); check that the URL serves the feed itself and that it is complete`,
      { format },
    );
  }
  // Repairs add only character references, never these names.
  if (!source.includes('xml:base')) withoutXmlBase.add(doc);
  if (!source.includes('xml:lang')) withoutXmlLang.add(doc);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Shared readers

interface Reader {
  documentUrl: string | undefined;
  feed: Actor;
  /** The namespace of the feed's own elements: none for RSS 2.0, RSS 1.0's, Atom's. */
  home: string | null;
}

function positive(value: unknown): number | undefined {
  const number = asNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
}

/** Text from a string that may hold HTML (`&amp;`-escaped titles are common). */
function plain(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /[<&]/.test(value) ? asString(htmlToText(value)) : value;
}

/**
 * A post body that may be markup: markup becomes `html` alone (its text is derived on demand by
 * `plainText(post)`), plain text becomes `text`.
 */
function body(value: string | undefined): { html?: string; text?: string } {
  if (value === undefined) return {};
  if (!/<[A-Za-z!/]|&#?[A-Za-z0-9]+;/.test(value)) return { text: value };
  return { html: value };
}

const EXTENSION_KINDS: [RegExp, AttachmentKind][] = [
  [/\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i, 'image'],
  [/\.(?:mp4|m4v|webm|mov|m3u8)$/i, 'video'],
  [/\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i, 'audio'],
];

function kindOf(
  medium: string | undefined,
  mimeType: string | undefined,
  url: string,
): AttachmentKind {
  const declared = (medium ?? mimeType?.split('/')[0])?.toLowerCase();
  if (declared === 'image' || declared === 'video' || declared === 'audio') return declared;
  if (mimeType && /mpegurl/i.test(mimeType)) return 'video';
  const path = new URL(url).pathname;
  return EXTENSION_KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'unknown';
}

/** Seconds from `3600`, `28:49` or `1:02:03`. */
function duration(value: string | undefined): number | undefined {
  if (!value || !/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(value)) return undefined;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0) || undefined;
}

function mediaText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const text = textOf(element);
  return attribute(element, 'type') === 'html' ? plain(text) : text;
}

/** The alternative text Media RSS gives for a media object, looked up from inner to outer. */
function mediaAlt(...scopes: (Element | undefined)[]): string | undefined {
  for (const scope of scopes) {
    if (!scope) continue;
    const alt =
      mediaText(childOf(scope, MEDIA, 'description')) ?? mediaText(childOf(scope, MEDIA, 'title'));
    if (alt) return alt;
  }
  return undefined;
}

function mediaThumbnail(reader: Reader, ...scopes: (Element | undefined)[]): string | undefined {
  for (const scope of scopes) {
    const thumbnail = scope && childOf(scope, MEDIA, 'thumbnail');
    const url =
      thumbnail && absoluteUrl(attribute(thumbnail, 'url'), baseAt(thumbnail, reader.documentUrl));
    if (url) return url;
  }
  return undefined;
}

function mediaContent(
  reader: Reader,
  content: Element,
  scopes: (Element | undefined)[],
): Attachment | undefined {
  const url = absoluteUrl(attribute(content, 'url'), baseAt(content, reader.documentUrl));
  if (!url) return undefined;
  const mimeType = attribute(content, 'type');
  const preview = mediaThumbnail(reader, content, ...scopes);
  return prune({
    kind: kindOf(attribute(content, 'medium'), mimeType, url),
    url,
    mimeType,
    duration: positive(attribute(content, 'duration')),
    preview: preview === url ? undefined : preview,
    alt: mediaAlt(content, ...scopes),
    width: positive(attribute(content, 'width')),
    height: positive(attribute(content, 'height')),
  });
}

/** Attachments from Media RSS: each group is one object; loose contents are merged by path. */
function mediaAttachments(reader: Reader, item: Element): Attachment[] {
  const attachments: Attachment[] = [];
  for (const group of childrenOf(item, MEDIA, 'group')) {
    const contents = childrenOf(group, MEDIA, 'content');
    // A group holds renditions of one object: the default one, else the widest.
    const chosen =
      contents.find((content) => attribute(content, 'isDefault') === 'true') ??
      [...contents].sort(
        (a, b) => (positive(attribute(b, 'width')) ?? 0) - (positive(attribute(a, 'width')) ?? 0),
      )[0];
    const attachment = chosen && mediaContent(reader, chosen, [group, item]);
    if (attachment) attachments.push(attachment);
  }
  // Publishers such as The Guardian list one picture at several widths as separate contents,
  // differing only in the query string; a reader should see it once, at its largest.
  const byPath = new Map<string, Attachment[]>();
  for (const content of childrenOf(item, MEDIA, 'content')) {
    const attachment = mediaContent(reader, content, [item]);
    if (!attachment) continue;
    const key = `${attachment.kind} ${originAndPath(attachment.url)}`;
    byPath.set(key, [...(byPath.get(key) ?? []), attachment]);
  }
  for (const renditions of byPath.values()) {
    const sorted = [...renditions].sort((a, b) => (b.width ?? 0) - (a.width ?? 0));
    const [largest] = sorted as [Attachment, ...Attachment[]];
    const smallest = sorted[sorted.length - 1]!;
    attachments.push(
      prune({
        ...largest,
        preview:
          largest.preview ??
          (smallest !== largest && largest.kind === 'image' ? smallest.url : undefined),
      }),
    );
  }
  if (attachments.length === 0) {
    const thumbnail = mediaThumbnail(reader, item);
    if (thumbnail) {
      const element = childOf(item, MEDIA, 'thumbnail')!;
      attachments.push(
        prune({
          kind: 'image' as const,
          url: thumbnail,
          alt: mediaAlt(item),
          width: positive(attribute(element, 'width')),
          height: positive(attribute(element, 'height')),
        }),
      );
    }
  }
  return attachments;
}

/** The origin and path of an absolute URL (`absoluteUrl`'s result): the URL without its query or fragment. */
function originAndPath(url: string): string {
  if (!isCanonicalUrl(url)) {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  }
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function withoutDuplicates(attachments: Attachment[]): Attachment[] {
  const seen = new Set<string>();
  return attachments.filter((attachment) => !seen.has(attachment.url) && seen.add(attachment.url));
}

function tagsOf(values: (string | undefined)[]): string[] | undefined {
  const tags = [...new Set(values.filter((value): value is string => value !== undefined))];
  return tags.length > 0 ? tags : undefined;
}

function atomRel(link: Element): string {
  const rel = attribute(link, 'rel') ?? 'alternate';
  return rel.replace(/^http:\/\/www\.iana\.org\/assignments\/relation\//, '').toLowerCase();
}

/** The href of the first Atom link with one of the given rels, resolved against its base. */
function atomLink(
  parent: Element,
  ns: Namespace,
  rels: string[],
  documentUrl: string | undefined,
): string | undefined {
  for (const rel of rels) {
    for (const link of childrenOf(parent, ns, 'link')) {
      if (atomRel(link) !== rel) continue;
      const href = absoluteUrl(attribute(link, 'href'), baseAt(link, documentUrl));
      if (href) return href;
    }
  }
  return undefined;
}

function pagination(
  parent: Element,
  ns: Namespace,
  documentUrl: string | undefined,
): Pick<Page, 'next' | 'prev'> {
  // RFC 5005: "next" pages toward older entries in paged feeds, "prev-archive" in archived ones.
  return prune({
    next: atomLink(parent, ns, ['next', 'prev-archive'], documentUrl),
    prev: atomLink(parent, ns, ['previous', 'prev', 'next-archive'], documentUrl),
  });
}

function finish(post: Post): Post {
  if (post.attachments?.length === 0) delete post.attachments;
  return prune(post);
}

function readItems(
  elements: Element[],
  read: (element: Element) => Post | string,
): { posts: Post[]; skipped: Skipped[] } {
  const posts: Post[] = [];
  const skipped: Skipped[] = [];
  elements.forEach((element, index) => {
    try {
      const result = read(element);
      if (typeof result === 'string') skipped.push({ index, reason: result });
      else posts.push(result);
    } catch (error) {
      // One entry's surprise never costs the reader the rest of the feed.
      skipped.push({ index, reason: `could not be read: ${String(error)}` });
    }
  });
  return { posts, skipped };
}

// ---------------------------------------------------------------------------------------------
// RSS

/** "editor@example.com (Jo Editor)" names Jo Editor; a bare address is all there is. */
function rssAuthorName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(value)?.[1];
  return asString(named) ?? value;
}

function rssActor(channel: Element, root: Element, context: FormatContext): Actor {
  const documentUrl = context.url;
  const home = channel.namespaceURI;
  const base = baseAt(channel, documentUrl);
  const name = plain(textOf(childOf(channel, home, 'title')));
  const url =
    absoluteUrl(textOf(childOf(channel, home, 'link')), base) ??
    absoluteUrl(channel.getAttributeNS(RDF, 'about'), base);
  // RSS 1.0 puts <image> beside the channel, RSS 2.0 inside it.
  const image = childOf(channel, home, 'image') ?? childOf(root, home, 'image');
  const imageUrl = image && absoluteUrl(textOf(childOf(image, home, 'url')), base);
  const itunesImage = absoluteUrl(attribute(childOf(channel, ITUNES, 'image'), 'href'), base);
  const self = atomLink(channel, ATOM, ['self'], documentUrl);
  return prune({
    id: url ?? self ?? absoluteUrl(documentUrl) ?? name ?? 'rss',
    name,
    url,
    avatar: imageUrl ?? itunesImage,
    // RSS 2.0 says the image's <title> is what the ALT attribute of the rendered image says.
    avatarAlt: imageUrl ? plain(textOf(childOf(image!, home, 'title'))) : undefined,
    bio: textOf(childOf(channel, home, 'description')),
  });
}

function rssItem(
  reader: Reader,
  item: Element,
  channelLanguage: string | undefined,
): Post | string {
  const { home, documentUrl, feed } = reader;
  const base = baseAt(item, documentUrl);
  const dateText =
    textOf(childOf(item, home, 'pubDate')) ??
    textOf(childOf(item, DC, 'date')) ??
    textOf(childOf(item, DCTERMS, 'created')) ??
    textOf(childOf(item, ATOM, 'published')) ??
    textOf(childOf(item, ATOM, 'updated'));
  if (!dateText) return 'item has no <pubDate> or <dc:date>, so it cannot be placed in time';
  const published = parseFeedDate(dateText);
  if (!published)
    return `item date "${dateText.slice(0, 60)}" is not a date this reader understands`;

  const guid = childOf(item, home, 'guid');
  const guidText = textOf(guid);
  const link =
    absoluteUrl(textOf(childOf(item, home, 'link')), base) ??
    atomLink(item, ATOM, ['alternate'], documentUrl);
  const permalink =
    guidText && attribute(guid, 'isPermaLink') !== 'false'
      ? absoluteUrl(guidText, base)
      : undefined;
  const title = plain(textOf(childOf(item, home, 'title')));
  const description = textOf(childOf(item, home, 'description'));
  const encoded = textOf(childOf(item, CONTENT, 'encoded'));
  // content:encoded is the full post; the description is then only its summary.
  const content = body(encoded ?? description);
  const id =
    guidText ??
    asString(item.getAttributeNS(RDF, 'about')) ??
    link ??
    `${feed.id}#${hash(`${published.toISOString()} ${title ?? ''} ${description ?? ''}`)}`;

  const authorName = plain(
    textOf(childOf(item, DC, 'creator')) ??
      rssAuthorName(textOf(childOf(item, home, 'author'))) ??
      textOf(childOf(item, ITUNES, 'author')),
  );
  const author: Actor =
    authorName && authorName !== feed.name
      ? { id: `${feed.id}#${authorName}`, name: authorName }
      : feed;

  const enclosures: Attachment[] = [];
  for (const enclosure of childrenOf(item, home, 'enclosure')) {
    const url = absoluteUrl(attribute(enclosure, 'url'), baseAt(enclosure, documentUrl));
    if (!url) continue;
    const mimeType = attribute(enclosure, 'type');
    const kind = kindOf(undefined, mimeType, url);
    enclosures.push(
      prune({
        kind,
        url,
        mimeType,
        duration:
          kind === 'audio' || kind === 'video'
            ? duration(textOf(childOf(item, ITUNES, 'duration')))
            : undefined,
      }),
    );
  }
  const replies = asCount(
    textOf(childOf(item, SLASH, 'comments')) ?? textOf(childOf(item, THREAD, 'total')),
  );

  return finish({
    id,
    url: link ?? permalink,
    author,
    published,
    ...content,
    // With no description or content at all, the title is the post's text.
    text: content.text ?? (content.html === undefined ? title : undefined),
    language: languageTag(textOf(childOf(item, DC, 'language'))) ?? channelLanguage,
    attachments: withoutDuplicates([...enclosures, ...mediaAttachments(reader, item)]),
    tags: tagsOf(childrenOf(item, home, 'category').map((category) => plain(textOf(category)))),
    counts: replies !== undefined && replies >= 0 ? { replies } : undefined,
  });
}

function readRss(root: Element, context: FormatContext): Page {
  const isRdf = root.localName === 'RDF';
  const channel = isRdf
    ? (childOf(root, [RSS10, RSS090], 'channel') ?? childOf(root, null, 'channel'))
    : childOf(root, root.namespaceURI, 'channel');
  if (!channel) {
    throw new FormatError(
      `expected an RSS feed with a <channel>, got <${root.nodeName}> with children ${describeChildren(root)}`,
      { format: 'rss' },
    );
  }
  const home = channel.namespaceURI;
  const feed = rssActor(channel, root, context);
  const reader: Reader = { documentUrl: context.url, feed, home };
  const channelLanguage =
    languageTag(textOf(childOf(channel, home, 'language'))) ??
    languageTag(textOf(childOf(channel, DC, 'language'))) ??
    languageAt(channel);
  // RSS 1.0 lists items beside the channel; RSS 2.0 and 0.9x inside it.
  const items = childrenOf(channel, home, 'item');
  const elements = items.length > 0 || !isRdf ? items : childrenOf(root, home, 'item');
  const { posts, skipped } = readItems(elements, (item) => rssItem(reader, item, channelLanguage));
  return { format: 'rss', posts, ...pagination(channel, ATOM, context.url), actor: feed, skipped };
}

function describeChildren(element: Element): string {
  const names = [...new Set(Array.from(element.children, (child) => `<${child.nodeName}>`))];
  return names.length > 0 ? names.slice(0, 8).join(', ') : 'none';
}

// ---------------------------------------------------------------------------------------------
// Atom

/** The children of an XHTML `<div>` as HTML, without the wrapper or namespace declarations. */
function xhtmlChildren(container: Element): string {
  const div =
    Array.from(container.children).find((child) => child.localName === 'div') ?? container;
  const markup = new XMLSerializer().serializeToString(div);
  // The serializer escapes ">" inside attribute values, so the first ">" closes the start tag.
  if (markup.endsWith('/>') && !markup.includes('</')) return '';
  return markup.slice(markup.indexOf('>') + 1, markup.lastIndexOf('</')).trim();
}

/**
 * An Atom text construct (`type` text, html or xhtml) as `html` for markup or `text` for text.
 * Markup's text is not derived here: for a body `plainText(post)` does it on demand, and the
 * plain-text fields use `atomPlainText`.
 */
function atomText(element: Element | undefined): { html?: string; text?: string } {
  // Out-of-line content (src) is not fetched; Atom 0.3's base64 mode is binary, not text.
  if (!element || element.hasAttribute('src') || attribute(element, 'mode') === 'base64') return {};
  const type = (attribute(element, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const html = asString(xhtmlChildren(element));
    return html ? { html } : {};
  }
  const value = textOf(element);
  if (!value) return {};
  if (type === 'html' || type === 'text/html') return { html: value };
  if (type === 'text' || type.startsWith('text/')) return { text: value };
  // Other media types carry base64 payloads that are no text for a reader.
  return {};
}

/** An Atom text construct that the model keeps as plain text (a title), markup stripped. */
function atomPlainText(element: Element | undefined): string | undefined {
  const { html, text } = atomText(element);
  return html === undefined ? text : asString(htmlToText(html));
}

function atomPerson(
  reader: Reader,
  element: Element | undefined,
  ns: string | null,
): Actor | undefined {
  if (!element) return undefined;
  const name = textOf(childOf(element, ns, 'name'));
  const uriElement = childOf(element, ns, 'uri') ?? childOf(element, ns, 'url');
  const url = uriElement && absoluteUrl(textOf(uriElement), baseAt(uriElement, reader.documentUrl));
  if (!name && !url) return undefined;
  return prune({ id: url ?? `${reader.feed.id}#${name}`, name, url });
}

function atomActor(feed: Element, context: FormatContext): Actor {
  const ns = feed.namespaceURI;
  const documentUrl = context.url;
  const url = atomLink(feed, ns, ['alternate'], documentUrl);
  const self = atomLink(feed, ns, ['self'], documentUrl);
  const name = atomPlainText(childOf(feed, ns, 'title'));
  const image = (name: string) => {
    const element = childOf(feed, ns, name);
    return element && absoluteUrl(textOf(element), baseAt(element, documentUrl));
  };
  const icon = image('icon');
  const logo = image('logo');
  const subtitle = atomText(childOf(feed, ns, 'subtitle') ?? childOf(feed, ns, 'tagline'));
  return prune({
    id:
      textOf(childOf(feed, ns, 'id')) ?? url ?? self ?? absoluteUrl(documentUrl) ?? name ?? 'atom',
    name,
    url,
    // An Atom icon is square and small, a logo wide: the logo is a banner when there is an icon.
    avatar: icon ?? logo,
    banner: icon ? logo : undefined,
    bio: subtitle.html ?? subtitle.text,
  });
}

function atomEntry(reader: Reader, entry: Element, feedAuthor: Actor | undefined): Post | string {
  const ns = reader.home;
  const { feed, documentUrl } = reader;
  const dateOf = (name: string) => textOf(childOf(entry, ns, name));
  const publishedText =
    dateOf('published') ??
    dateOf('issued') ??
    dateOf('created') ??
    textOf(childOf(entry, DC, 'date'));
  const updatedText = dateOf('updated') ?? dateOf('modified');
  const dateText = publishedText ?? updatedText;
  if (!dateText) return 'entry has no <published> or <updated>, so it cannot be placed in time';
  const published = parseFeedDate(dateText);
  if (!published)
    return `entry date "${dateText.slice(0, 60)}" is not a date this reader understands`;
  const updatedDate = publishedText && updatedText ? parseFeedDate(updatedText) : undefined;

  const links = childrenOf(entry, ns, 'link');
  const alternates = links.filter((link) => atomRel(link) === 'alternate');
  const preferred =
    alternates.find((link) => /^text\/html\b/i.test(attribute(link, 'type') ?? '')) ??
    alternates.find((link) => !link.hasAttribute('type')) ??
    alternates[0];
  const idText = textOf(childOf(entry, ns, 'id'));
  const url =
    (preferred && absoluteUrl(attribute(preferred, 'href'), baseAt(preferred, documentUrl))) ??
    absoluteUrl(idText);
  const contentElement = childOf(entry, ns, 'content');
  const content = atomText(contentElement);
  const summary = atomText(childOf(entry, ns, 'summary'));
  const title = atomPlainText(childOf(entry, ns, 'title'));
  // The summary stands in for missing content; it is never a content warning.
  const shown = content.html || content.text ? content : summary;

  const source = childOf(entry, ns, 'source');
  const author =
    atomPerson(reader, childOf(entry, ns, 'author'), ns) ??
    (source && atomPerson(reader, childOf(source, ns, 'author'), ns)) ??
    feedAuthor ??
    feed;

  const attachments: Attachment[] = [];
  for (const link of links) {
    if (atomRel(link) !== 'enclosure') continue;
    const href = absoluteUrl(attribute(link, 'href'), baseAt(link, documentUrl));
    if (!href) continue;
    const mimeType = attribute(link, 'type');
    attachments.push(
      prune({
        kind: kindOf(undefined, mimeType, href),
        url: href,
        mimeType,
        alt: attribute(link, 'title'),
      }),
    );
  }
  const reply = childOf(entry, THREAD, 'in-reply-to');
  const replyTo =
    reply &&
    prune({
      id: attribute(reply, 'ref'),
      url: absoluteUrl(attribute(reply, 'href'), baseAt(reply, documentUrl)),
    });
  const replies = asCount(textOf(childOf(entry, THREAD, 'total')));

  return finish({
    id: idText ?? url ?? `${feed.id}#${hash(`${published.toISOString()} ${title ?? ''}`)}`,
    url,
    author,
    published,
    updated: updatedDate && updatedDate.getTime() !== published.getTime() ? updatedDate : undefined,
    ...shown,
    text: shown.text ?? (shown.html === undefined ? title : undefined),
    language: languageAt(contentElement ?? entry),
    attachments: withoutDuplicates([...attachments, ...mediaAttachments(reader, entry)]),
    tags: tagsOf(
      childrenOf(entry, ns, 'category').map(
        (category) => attribute(category, 'term') ?? attribute(category, 'label'),
      ),
    ),
    inReplyTo: replyTo && (replyTo.id || replyTo.url) ? replyTo : undefined,
    counts: replies !== undefined && replies >= 0 ? { replies } : undefined,
  });
}

function readAtom(root: Element, context: FormatContext): Page {
  const ns = root.namespaceURI;
  const feed = atomActor(root, context);
  const reader: Reader = { documentUrl: context.url, feed, home: ns };
  const feedAuthor = atomPerson(reader, childOf(root, ns, 'author'), ns);
  const { posts, skipped } = readItems(childrenOf(root, ns, 'entry'), (entry) =>
    atomEntry(reader, entry, feedAuthor),
  );
  return { format: 'atom', posts, ...pagination(root, ns, context.url), actor: feed, skipped };
}

// ---------------------------------------------------------------------------------------------
// The formats

type Root = 'rss' | 'atom' | 'html' | 'other';

function rootKind(root: Element): Root {
  const name = root.localName;
  if (name === 'rss' || (name === 'RDF' && root.namespaceURI === RDF)) return 'rss';
  // An Atom <feed> that forgot its namespace is still recognisably Atom.
  if (name === 'feed' && [ATOM, ATOM03, null].includes(root.namespaceURI)) return 'atom';
  if (name.toLowerCase() === 'html') return 'html';
  return 'other';
}

/** Reads whichever feed the document is, whatever format was asked for: the root decides. */
function readFeed(body: string, context: FormatContext, format: 'rss' | 'atom'): Page {
  if (typeof body !== 'string') {
    throw new FormatError(`expected the feed as text, got ${typeof body}`, { format });
  }
  if (sniffRoot(body)?.name.toLowerCase() === 'html') {
    throw new FormatError(
      'expected an RSS or Atom feed, got an HTML page; point the source at the feed URL (often linked from the page as rel="alternate")',
      { format },
    );
  }
  const root = parseXml(body, format).documentElement;
  switch (rootKind(root)) {
    case 'rss':
      return readRss(root, context);
    case 'atom':
      return readAtom(root, context);
    default:
      throw new FormatError(
        `expected an RSS <rss> or <rdf:RDF> or an Atom <feed> root element, got <${root.nodeName}>${root.namespaceURI ? ` in namespace ${root.namespaceURI}` : ''}; check that the URL serves a feed`,
        { format },
      );
  }
}

function actorOf(page: Page, format: string): Actor {
  if (page.actor && (page.actor.name || page.actor.url)) return page.actor;
  throw new FormatError('the feed names no title or link, so it describes no one', { format });
}

/** RSS 2.0, 0.9x and 1.0 (RDF). An Atom document given to it is read as Atom. */
export const rss: Format = {
  name: 'rss',
  detect: (body, context) => detectFeed(body, context, 'rss'),
  parseFeed: (body, context) => readFeed(body, context, 'rss'),
  parseActor: (body, context) => actorOf(readFeed(body, context, 'rss'), 'rss'),
};

/** Atom 1.0 (and 0.3). An RSS document given to it (an RSS file named `.atom`) is read as RSS. */
export const atom: Format = {
  name: 'atom',
  detect: (body, context) => detectFeed(body, context, 'atom'),
  parseFeed: (body, context) => readFeed(body, context, 'atom'),
  parseActor: (body, context) => actorOf(readFeed(body, context, 'atom'), 'atom'),
};
