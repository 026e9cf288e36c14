/** Reads microformats2 (h-feed, h-entry, h-card) from HTML pages into the normalized model. */
import type { Actor } from '../model/actor.js';
import type { Page, Skipped } from '../model/page.js';
import type { Attachment, AttachmentKind, Post } from '../model/post.js';
import { detectMicroformats } from './detect.js';
import { parseFeedDate } from './feed-date.js';
import type { Format, FormatContext } from './types.js';
import { FormatError } from './types.js';
import {
  absoluteUrl,
  asString,
  hash,
  htmlToText,
  languageTag,
  parseMarkup,
  prune,
} from './util.js';

/** An image property value: the URL and the `alt` text the page gave it. */
export interface Mf2Image {
  value: string;
  alt: string;
}

/** An `e-*` property value: its markup (untrusted) and its text. */
export interface Mf2Html {
  value: string;
  html: string;
}

/** One microformat: its `h-*` types, properties and child microformats, as mf2 JSON has them. */
export interface Mf2Item {
  type: string[];
  properties: Record<string, Mf2Value[]>;
  children?: Mf2Item[];
  /** Set when the microformat is itself a property value of its parent. */
  value?: string | Mf2Image;
  html?: string;
}

export type Mf2Value = string | Mf2Image | Mf2Html | Mf2Item;

export interface Mf2RelUrl {
  rels: string[];
  text?: string;
  title?: string;
  type?: string;
  media?: string;
  hreflang?: string;
}

/** The parsed page, in the shape of the microformats2 parsing specification's JSON. */
export interface Mf2Document {
  items: Mf2Item[];
  rels: Record<string, string[]>;
  'rel-urls': Record<string, Mf2RelUrl>;
}

// ---------------------------------------------------------------------------------------------
// HTML serialization

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]); // prettier-ignore
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XLINK = 'http://www.w3.org/1999/xlink';

function escapeText(value: string): string {
  // Most text has nothing to escape: skip the four passes for it.
  if (!/[&<>\u00a0]/.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.includes('"') ? escapeText(value).replace(/"/g, '&quot;') : escapeText(value);
}

function attributeName(attribute: Attr): string {
  const ns = attribute.namespaceURI;
  if (ns === null) return attribute.name;
  if (ns === XML) return `xml:${attribute.localName}`;
  if (ns === XMLNS) {
    return attribute.localName === 'xmlns' ? 'xmlns' : `xmlns:${attribute.localName}`;
  }
  if (ns === XLINK) return `xlink:${attribute.localName}`;
  return attribute.name;
}

/**
 * The markup of a node's children, by the HTML fragment serialization algorithm. Written out
 * because the platform's HTML serializers are the markup properties this project keeps inside
 * `src/html/`, and `XMLSerializer` writes XHTML that differs from what the page said.
 * With `resolve`, the URL attributes of the elements written pass through it (but not inside a
 * template's contents, which are not the page's elements).
 */
export function serializeChildren(node: Node, resolve?: (url: string) => string): string {
  const template = node instanceof HTMLTemplateElement;
  const parent = template ? node.content : node;
  const within = template ? undefined : resolve;
  const raw = node.nodeType === Node.ELEMENT_NODE && RAW_TEXT.has((node as Element).localName);
  let markup = '';
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === Node.ELEMENT_NODE) {
      const element = child as Element;
      const name = element.localName;
      markup += `<${name}`;
      const attributes = element.attributes;
      for (let index = 0; index < attributes.length; index++) {
        const attribute = attributes[index]!;
        let value = attribute.value;
        if (within && isUrlAttribute(name, attribute.name)) value = within(value);
        markup += ` ${attributeName(attribute)}="${escapeAttribute(value)}"`;
      }
      markup += '>';
      if (VOID.has(name)) continue;
      markup += `${serializeChildren(element, within)}</${name}>`;
    } else if (type === Node.TEXT_NODE) {
      const data = (child as Text).data;
      markup += raw ? data : escapeText(data);
    } else if (type === Node.COMMENT_NODE) {
      markup += `<!--${(child as Comment).data}-->`;
    }
  }
  return markup;
}

// ---------------------------------------------------------------------------------------------
// Parsing (https://microformats.org/wiki/microformats2-parsing)

const ROOT = /^h-(?:[a-z0-9]+-)?[a-z]+(?:-[a-z]+)*$/;
const PROPERTY = /^(p|u|dt|e)-((?:[a-z0-9]+-)?[a-z]+(?:-[a-z]+)*)$/;
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'longdesc'];

/** Whether an e-* value's copy of the page resolves this attribute as a URL. */
function isUrlAttribute(element: string, attribute: string): boolean {
  return URL_ATTRIBUTES.includes(attribute) || (attribute === 'data' && element === 'object');
}

type Prefix = 'p' | 'u' | 'dt' | 'e';

/** Nothing found: shared, since most elements have no classes, types or properties. */
const NONE: never[] = [];

interface PropertyClass {
  prefix: Prefix;
  name: string;
}

/** What an element's class attribute says; shared by every element with the same attribute. */
interface ClassInfo {
  readonly classes: readonly string[];
  /** Its `h-*` types, sorted, without repeats. */
  readonly roots: readonly string[];
  /** Its `p-*`, `u-*`, `dt-*` and `e-*` properties, in order, without repeats. */
  readonly properties: readonly PropertyClass[];
}

const NO_CLASSES: ClassInfo = { classes: NONE, roots: NONE, properties: NONE };

/**
 * Class attributes already read: the entries of a feed repeat a handful of them ("h-entry",
 * "u-url", …), and splitting and matching each element's afresh dominated walking a long page.
 * Cleared when full, so it stays small.
 */
const classInfos = new Map<string, ClassInfo>();

function classInfo(element: Element): ClassInfo {
  const value = element.getAttribute('class');
  if (!value) return NO_CLASSES;
  let info = classInfos.get(value);
  if (info === undefined) {
    const classes = /[\t\n\f\r ]/.test(value)
      ? value.split(/[\t\n\f\r ]+/).filter(Boolean)
      : [value];
    info = { classes, roots: rootsOf(classes), properties: propertyClasses(classes) };
    if (classInfos.size >= 256) classInfos.clear();
    classInfos.set(value, info);
  }
  return info;
}

function rootsOf(classes: readonly string[]): string[] {
  return [...new Set(classes.filter((name) => ROOT.test(name)))].sort();
}

/** Whether an element is a microformat itself (has an `h-*` type). */
function isRoot(element: Element): boolean {
  return classInfo(element).roots.length > 0;
}

function propertyClasses(classes: readonly string[]): PropertyClass[] {
  const seen = new Set<string>();
  const found: PropertyClass[] = [];
  for (const name of classes) {
    const match = PROPERTY.exec(name);
    if (!match || seen.has(name)) continue;
    seen.add(name);
    found.push({ prefix: match[1] as Prefix, name: match[2]! });
  }
  return found;
}

function is(element: Element, ...names: string[]): boolean {
  return names.includes(element.localName);
}

function isItem(value: Mf2Value | undefined): value is Mf2Item {
  return typeof value === 'object' && Array.isArray((value as Mf2Item).type);
}

/** The only element child, when there is exactly one and it is not a microformat itself. */
function onlyChild(element: Element): Element | undefined {
  const child = element.firstElementChild;
  return child && !child.nextElementSibling && !isRoot(child) ? child : undefined;
}

/** The only child of a type (CSS `:only-of-type`) that is not a microformat itself. */
function onlyOfType(element: Element, name: string): Element | undefined {
  const [child, ...rest] = Array.from(element.children).filter(
    (candidate) => candidate.localName === name,
  );
  return child && rest.length === 0 && !isRoot(child) ? child : undefined;
}

/** The property prefixes met within a microformat, and whether it holds another one. */
interface Found extends Record<Prefix, boolean> {
  nested: boolean;
}

class Mf2Parser {
  readonly #base: string | undefined;
  /** Which element each microformat came from, for what the JSON does not carry (language). */
  // A Map, not a WeakMap: it lives only as long as one parse, and weak entries cost the garbage
  // collector more, one or two per entry of a long page.
  readonly elements = new Map<Mf2Item, Element>();

  constructor(base: string | undefined) {
    this.#base = base;
  }

  /** A URL as the page wrote it when absolute, else resolved against the page's base. */
  resolve(value: string): string {
    const trimmed = value.trim();
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed)) return trimmed;
    try {
      return new URL(trimmed, this.#base).href;
    } catch {
      return trimmed;
    }
  }

  roots(element: Element, items: Mf2Item[] = []): Mf2Item[] {
    if (isRoot(element)) items.push(this.item(element));
    else for (const child of Array.from(element.children)) this.roots(child, items);
    return items;
  }

  item(element: Element, types = classInfo(element).roots): Mf2Item {
    const item: Mf2Item = { type: [...types], properties: {} };
    const children: Mf2Item[] = [];
    const found: Found = { p: false, u: false, dt: false, e: false, nested: false };
    this.#walk(element, item, children, found);
    this.#imply(element, item, found);
    if (children.length > 0) item.children = children;
    this.elements.set(item, element);
    return item;
  }

  #walk(element: Element, item: Mf2Item, children: Mf2Item[], found: Found): void {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const { roots, properties } = classInfo(child);
      for (const { prefix } of properties) found[prefix] = true;
      if (roots.length > 0) {
        found.nested = true;
        const nested = this.item(child, roots);
        if (properties.length === 0) children.push(nested);
        for (const { prefix, name } of properties) {
          add(item, name, this.#nestedValue(child, nested, prefix));
        }
        continue;
      }
      for (const { prefix, name } of properties) add(item, name, this.#value(child, prefix));
      this.#walk(child, item, children, found);
    }
  }

  #nestedValue(element: Element, nested: Mf2Item, prefix: Prefix): Mf2Item {
    const copy: Mf2Item = { ...nested };
    this.elements.set(copy, element);
    if (prefix === 'e') {
      const { value, html } = this.#eValue(element);
      return Object.assign(copy, { value, html });
    }
    const own = nested.properties[prefix === 'u' ? 'url' : 'name']?.[0];
    const parsed = typeof own === 'string' ? own : this.#value(element, prefix);
    copy.value = typeof parsed === 'string' ? parsed : parsed.value;
    return copy;
  }

  #value(element: Element, prefix: Prefix): Mf2Value {
    switch (prefix) {
      case 'p':
        return this.#pValue(element);
      case 'u':
        return this.#uValue(element);
      case 'dt':
        return this.#dtValue(element);
      case 'e':
        return this.#eValue(element);
    }
  }

  /** Text with scripts and styles dropped and images replaced by their alt (or their URL). */
  text(node: Node, imageSources: boolean): string {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE) return (node as Text).data;
    if (type !== Node.ELEMENT_NODE) return '';
    const element = node as Element;
    const name = element.localName;
    if (name === 'script' || name === 'style' || name === 'template') return '';
    if (name === 'img') {
      const alt = element.getAttribute('alt');
      if (alt !== null) return alt;
      const src = element.getAttribute('src');
      return imageSources && src ? ` ${this.resolve(src)} ` : '';
    }
    let text = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      text += this.text(child, imageSources);
    }
    return text;
  }

  /** The value class pattern's parts, or undefined when the element does not use it. */
  #valueParts(element: Element, forDate: boolean): string[] | undefined {
    const parts: string[] = [];
    const visit = (parent: Element) => {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        const { classes, roots } = classInfo(child);
        if (roots.length > 0) continue;
        if (classes.includes('value-title')) parts.push(child.getAttribute('title') ?? '');
        else if (classes.includes('value')) {
          if (is(child, 'img', 'area')) parts.push(child.getAttribute('alt') ?? '');
          else if (is(child, 'data'))
            parts.push(child.getAttribute('value') ?? child.textContent ?? '');
          else if (is(child, 'abbr'))
            parts.push(child.getAttribute('title') ?? child.textContent ?? '');
          else if (forDate && is(child, 'time', 'ins', 'del') && child.hasAttribute('datetime')) {
            parts.push(child.getAttribute('datetime')!);
          } else parts.push(child.textContent ?? '');
        } else visit(child);
      }
    };
    visit(element);
    return parts.length > 0 ? parts : undefined;
  }

  #pValue(element: Element): string {
    const parts = this.#valueParts(element, false);
    if (parts) return parts.join('');
    if (is(element, 'abbr', 'link') && element.hasAttribute('title')) {
      return element.getAttribute('title')!;
    }
    if (is(element, 'data', 'input') && element.hasAttribute('value')) {
      return element.getAttribute('value')!;
    }
    if (is(element, 'img', 'area') && element.hasAttribute('alt'))
      return element.getAttribute('alt')!;
    return this.text(element, true).trim();
  }

  #uValue(element: Element): string | Mf2Image {
    const attribute = (name: string) => element.getAttribute(name) ?? undefined;
    let url: string | undefined;
    if (is(element, 'a', 'area', 'link')) url = attribute('href');
    else if (is(element, 'img')) {
      const src = attribute('src');
      const alt = attribute('alt');
      if (src !== undefined)
        return alt === undefined ? this.resolve(src) : { value: this.resolve(src), alt };
    } else if (is(element, 'audio', 'video', 'source', 'iframe')) url = attribute('src');
    if (url === undefined && is(element, 'video')) url = attribute('poster');
    if (url === undefined && is(element, 'object')) url = attribute('data');
    if (url !== undefined) return this.resolve(url);
    const parts = this.#valueParts(element, false);
    if (parts) return this.resolve(parts.join(''));
    if (is(element, 'abbr') && element.hasAttribute('title'))
      return this.resolve(attribute('title')!);
    if (is(element, 'data', 'input') && element.hasAttribute('value')) {
      return this.resolve(attribute('value')!);
    }
    return this.resolve(this.text(element, true).trim());
  }

  #dtValue(element: Element): string {
    const parts = this.#valueParts(element, true);
    if (parts) {
      let date: string | undefined;
      let time: string | undefined;
      let zone: string | undefined;
      for (const raw of parts) {
        const part = raw.trim();
        if (!date && /^\d{4}-(?:\d{2}-\d{2}|\d{3})$/.test(part)) date = part;
        else if (
          !time &&
          /^\d{1,2}(?::\d{2}(?::\d{2})?)?\s*(?:[ap]\.?m\.?)?(?:Z|[+-]\d{1,2}:?\d{2})?$/i.test(part)
        )
          time = part;
        else if (!zone && /^(?:Z|[+-]\d{1,2}:?\d{2})$/i.test(part)) zone = part;
        else if (!date && /^\d{4}-\d{2}-\d{2}[T ]/.test(part)) date = part;
      }
      if (date || time) return [date, time].filter(Boolean).join(' ') + (zone ?? '');
      return parts.join('').trim();
    }
    for (const [names, attribute] of [
      [['time', 'ins', 'del'], 'datetime'],
      [['abbr'], 'title'],
      [['data', 'input'], 'value'],
    ] as const) {
      if (is(element, ...names) && element.hasAttribute(attribute)) {
        return element.getAttribute(attribute)!.trim();
      }
    }
    return this.text(element, false).trim();
  }

  #eValue(element: Element): Mf2Html {
    // Relative URLs are resolved as the markup is written, so it means the same away from this page.
    const html = serializeChildren(element, (url) => this.resolve(url)).trim();
    return { value: this.text(element, true).trim(), html };
  }

  #imply(element: Element, item: Mf2Item, found: Found): void {
    const { properties } = item;
    if (!properties.name && !found.p && !found.e && !found.nested) {
      properties.name = [this.#impliedName(element)];
    }
    const noUrls = !found.u && !found.nested;
    if (!properties.photo && noUrls) {
      const photo = this.#impliedPhoto(element);
      if (photo !== undefined) properties.photo = [photo];
    }
    if (!properties.url && noUrls) {
      const url = this.#impliedUrl(element);
      if (url !== undefined) properties.url = [url];
    }
  }

  #impliedName(element: Element): string {
    const named = (candidate: Element | undefined, emptyAlt: boolean): string | undefined => {
      if (!candidate) return undefined;
      if (is(candidate, 'img', 'area')) {
        const alt = candidate.getAttribute('alt');
        return alt !== null && (emptyAlt || alt !== '') ? alt : undefined;
      }
      if (is(candidate, 'abbr')) return candidate.getAttribute('title') ?? undefined;
      return undefined;
    };
    const child = onlyChild(element);
    return (
      named(element, true) ??
      named(child, false) ??
      (child && named(onlyChild(child), false)) ??
      this.text(element, false).trim()
    );
  }

  #impliedPhoto(element: Element): string | Mf2Image | undefined {
    const photo = (candidate: Element | undefined): string | Mf2Image | undefined => {
      if (!candidate) return undefined;
      if (is(candidate, 'img') && candidate.hasAttribute('src')) {
        const value = this.resolve(candidate.getAttribute('src')!);
        const alt = candidate.getAttribute('alt');
        return alt === null ? value : { value, alt };
      }
      if (is(candidate, 'object') && candidate.hasAttribute('data')) {
        return this.resolve(candidate.getAttribute('data')!);
      }
      return undefined;
    };
    const inside = (parent: Element) =>
      photo(onlyOfType(parent, 'img')) ?? photo(onlyOfType(parent, 'object'));
    const child = onlyChild(element);
    return photo(element) ?? inside(element) ?? (child && inside(child));
  }

  #impliedUrl(element: Element): string | undefined {
    const link = (candidate: Element | undefined) =>
      candidate && is(candidate, 'a', 'area') && candidate.hasAttribute('href')
        ? this.resolve(candidate.getAttribute('href')!)
        : undefined;
    const inside = (parent: Element) =>
      link(onlyOfType(parent, 'a')) ?? link(onlyOfType(parent, 'area'));
    const child = onlyChild(element);
    return link(element) ?? inside(element) ?? (child && inside(child));
  }

  rels(doc: Document): Pick<Mf2Document, 'rels' | 'rel-urls'> {
    const rels: Record<string, string[]> = {};
    const relUrls: Record<string, Mf2RelUrl> = {};
    for (const link of Array.from(
      doc.querySelectorAll('a[rel][href], link[rel][href], area[rel][href]'),
    )) {
      const names = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      if (names.length === 0) continue;
      const url = this.resolve(link.getAttribute('href')!);
      for (const name of names) {
        const urls = (rels[name] ??= []);
        if (!urls.includes(url)) urls.push(url);
      }
      const entry = (relUrls[url] ??= { rels: [] });
      entry.rels = [...new Set([...entry.rels, ...names])].sort();
      for (const name of ['hreflang', 'media', 'title', 'type'] as const) {
        const value = link.getAttribute(name);
        if (value !== null && entry[name] === undefined) entry[name] = value;
      }
      const text = link.textContent?.trim();
      if (text && entry.text === undefined) entry.text = text;
    }
    return { rels, 'rel-urls': relUrls };
  }
}

function add(item: Mf2Item, name: string, value: Mf2Value): void {
  (item.properties[name] ??= []).push(value);
}

function baseOf(doc: Document, url: string | undefined): string | undefined {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

interface Parsed extends Mf2Document {
  elements: Map<Mf2Item, Element>;
  base: string | undefined;
}

function parse(html: string, url: string | undefined): Parsed {
  // An inert document: nothing loads and no script runs.
  const doc = parseMarkup(html, 'text/html');
  const base = baseOf(doc, url);
  const parser = new Mf2Parser(base);
  return {
    items: parser.roots(doc.documentElement),
    ...parser.rels(doc),
    elements: parser.elements,
    base,
  };
}

/** Parses an HTML page into microformats2 JSON, resolving URLs against `url` and `<base href>`. */
export function parseMicroformats(html: string, url?: string): Mf2Document {
  const { items, rels, 'rel-urls': relUrls } = parse(html, url);
  return { items, rels, 'rel-urls': relUrls };
}

// ---------------------------------------------------------------------------------------------
// Mapping to the model

function first(item: Mf2Item, name: string): Mf2Value | undefined {
  return item.properties[name]?.[0];
}

/** The plain string of a value: itself, or the `value` of an image, markup or microformat. */
function stringOf(value: Mf2Value | undefined): string | undefined {
  if (typeof value === 'string') return asString(value);
  if (value === undefined) return undefined;
  return typeof value.value === 'string' ? asString(value.value) : asString(value.value?.value);
}

function has(item: Mf2Item, type: string): boolean {
  return item.type.includes(type);
}

/** Microformats of a type, depth first through children and property values, not inside a match. */
function findAll(items: readonly Mf2Item[], type: string, found: Mf2Item[] = []): Mf2Item[] {
  for (const item of items) {
    if (has(item, type)) {
      found.push(item);
      continue;
    }
    // Property values first, then children: walked in place, as a page has an item per entry.
    for (const values of Object.values(item.properties)) {
      for (const value of values) if (isItem(value)) findAll([value], type, found);
    }
    if (item.children) findAll(item.children, type, found);
  }
  return found;
}

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  const left = absoluteUrl(a);
  return left !== undefined && left === absoluteUrl(b);
}

function languageAt(element: Element | undefined): string | undefined {
  return languageTag(element?.closest('[lang]')?.getAttribute('lang'));
}

class Mapper {
  readonly #parsed: Parsed;
  readonly #pageUrl: string | undefined;
  readonly #cards: Mf2Item[];

  constructor(parsed: Parsed, pageUrl: string | undefined) {
    this.#parsed = parsed;
    this.#pageUrl = absoluteUrl(pageUrl);
    this.#cards = findAll(parsed.items, 'h-card');
  }

  get rels(): Record<string, string[]> {
    return this.#parsed.rels;
  }

  url(value: Mf2Value | undefined): string | undefined {
    return absoluteUrl(stringOf(value), this.#parsed.base);
  }

  /** The h-card that speaks for the page, by the mf2 representative h-card rules. */
  representative(): Mf2Item | undefined {
    const cards = this.#parsed.items.filter((item) => has(item, 'h-card'));
    const urls = (card: Mf2Item) => (card.properties.url ?? []).map((value) => stringOf(value));
    const me = this.#parsed.rels.me ?? [];
    return (
      this.#cards.find(
        (card) =>
          urls(card).some((url) => sameUrl(url, this.#pageUrl)) &&
          (card.properties.uid ?? []).some((uid) => sameUrl(stringOf(uid), this.#pageUrl)),
      ) ??
      this.#cards.find((card) => urls(card).some((url) => me.some((link) => sameUrl(url, link)))) ??
      (cards.length === 1 ? cards[0] : undefined)
    );
  }

  actor(card: Mf2Item, links?: string[]): Actor {
    const name = stringOf(first(card, 'name'));
    const url = this.url(first(card, 'url'));
    const photo = first(card, 'photo');
    const note = first(card, 'note');
    const nickname = stringOf(first(card, 'nickname'));
    const alt = typeof photo === 'object' && 'alt' in photo ? asString(photo.alt) : undefined;
    const avatar = this.url(photo);
    return prune({
      id:
        stringOf(first(card, 'uid')) ??
        url ??
        `${this.#pageUrl ?? 'h-card'}#${name ?? hash(JSON.stringify(card))}`,
      handle: nickname && (nickname.startsWith('@') ? nickname : `@${nickname}`),
      name,
      url,
      avatar,
      avatarAlt: avatar ? alt : undefined,
      bio:
        typeof note === 'object' && 'html' in note && typeof note.html === 'string'
          ? asString(note.html)
          : stringOf(note),
      links: links && links.length > 0 ? links : undefined,
    });
  }

  /** The author a value names: an h-card, a URL (matched to a card on the page), or a name. */
  author(value: Mf2Value | undefined): Actor | undefined {
    if (value === undefined) return undefined;
    if (isItem(value) && has(value, 'h-card')) return this.actor(value);
    const url = this.url(value);
    if (url) {
      const card = this.#cards.find((candidate) =>
        (candidate.properties.url ?? []).some((cardUrl) => sameUrl(stringOf(cardUrl), url)),
      );
      return card ? this.actor(card) : { id: url, url };
    }
    const name = stringOf(value);
    return name ? { id: `${this.#pageUrl ?? 'h-card'}#${name}`, name } : undefined;
  }

  /** Someone to credit when the page names no author: the site the page is on. */
  fallbackAuthor(): Actor {
    const origin = this.#pageUrl && new URL(this.#pageUrl).origin;
    return prune({ id: origin ?? 'h-entry', url: origin });
  }

  #attachments(entry: Mf2Item): Attachment[] {
    const attachments: Attachment[] = [];
    const seen = new Set<string>();
    for (const [property, kind] of [
      ['photo', 'image'],
      ['video', 'video'],
      ['audio', 'audio'],
    ] as [string, AttachmentKind][]) {
      for (const value of entry.properties[property] ?? []) {
        const url = this.url(value);
        if (!url || seen.has(url)) continue;
        seen.add(url);
        const alt = typeof value === 'object' && 'alt' in value ? asString(value.alt) : undefined;
        attachments.push(prune({ kind, url, alt }));
      }
    }
    return attachments;
  }

  #reference(value: Mf2Value | undefined): Post['inReplyTo'] {
    if (value === undefined) return undefined;
    if (isItem(value)) {
      const url = this.url(first(value, 'url')) ?? this.url(value);
      const id = stringOf(first(value, 'uid')) ?? url;
      const author = this.author(first(value, 'author'));
      return id || url ? prune({ id, url, author }) : undefined;
    }
    const url = this.url(value);
    return url ? { id: url, url } : undefined;
  }

  /** The reposted post from a `repost-of` value: a cited entry, or just its address. */
  #reposted(value: Mf2Value, published: Date): Post | undefined {
    if (isItem(value)) {
      const cited = this.post(value, { published, author: undefined });
      return typeof cited === 'string' ? undefined : cited;
    }
    const url = this.url(value);
    if (!url) return undefined;
    const origin = new URL(url).origin;
    return { id: url, url, author: { id: origin, url: origin }, published };
  }

  /**
   * An ID for an entry with neither a uid nor a url, hashed from its time and text so that it
   * stays the same across reloads. Only such entries pay for the text of their HTML here.
   */
  #anonymousId(published: Date, html: string | undefined, contentText: string | undefined): string {
    const text = (html ? asString(htmlToText(html)) : contentText) ?? '';
    return `${this.#pageUrl ?? 'h-entry'}#${hash(`${published.toISOString()} ${text}`)}`;
  }

  /** A post from an h-entry (or a cited h-cite), or the reason it cannot be one. */
  post(entry: Mf2Item, fallback: { published?: Date; author: Actor | undefined }): Post | string {
    const dateText = stringOf(first(entry, 'published')) ?? stringOf(first(entry, 'updated'));
    const date = parseFeedDate(dateText);
    if (dateText && !date && !fallback.published) {
      return `h-entry date "${dateText.slice(0, 60)}" is not a date this reader understands`;
    }
    const published = date ?? fallback.published;
    if (!published)
      return 'h-entry has no dt-published or dt-updated, so it cannot be placed in time';
    const updated = first(entry, 'published')
      ? parseFeedDate(stringOf(first(entry, 'updated')))
      : undefined;

    const url = this.url(first(entry, 'url'));
    const content = first(entry, 'content');
    const html =
      typeof content === 'object' && 'html' in content ? asString(content.html) : undefined;
    // With e-content HTML the text is left to `plainText(post)`; a p-content or plain value is text.
    const contentText = html ? undefined : stringOf(content);
    const author = this.author(first(entry, 'author')) ?? fallback.author ?? this.fallbackAuthor();
    const categories = entry.properties.category ?? [];
    const tags = categories
      .filter((value) => !isItem(value))
      .map((value) => stringOf(value)?.replace(/^#/, ''))
      .filter((tag): tag is string => !!tag);
    const mentions = categories
      .filter((value): value is Mf2Item => isItem(value) && has(value, 'h-card'))
      .map((card) => this.actor(card));
    const syndication = (entry.properties.syndication ?? [])
      .map((value) => this.url(value))
      .filter((link): link is string => link !== undefined);
    const attachments = this.#attachments(entry);

    const post: Post = prune({
      id: stringOf(first(entry, 'uid')) ?? url ?? this.#anonymousId(published, html, contentText),
      url,
      author,
      published,
      updated: updated && updated.getTime() !== published.getTime() ? updated : undefined,
      html,
      // Without content, the entry's name (for a note, its whole text) is what there is to read.
      text: html
        ? undefined
        : (contentText ?? stringOf(first(entry, 'name')) ?? stringOf(first(entry, 'summary'))),
      language: languageAt(this.#parsed.elements.get(entry)),
      attachments: attachments.length > 0 ? attachments : undefined,
      tags: tags.length > 0 ? [...new Set(tags)] : undefined,
      mentions: mentions.length > 0 ? mentions : undefined,
      inReplyTo: this.#reference(first(entry, 'in-reply-to')),
      syndication: syndication.length > 0 ? [...new Set(syndication)] : undefined,
    });

    const repostOf = first(entry, 'repost-of');
    const reposted = repostOf === undefined ? undefined : this.#reposted(repostOf, published);
    if (!reposted) return post;
    // A repost with words of its own wraps the reposted post; a bare one is the reposted post.
    if (post.html || contentText) return { ...post, repostOf: reposted };
    return { ...reposted, repostedBy: author };
  }
}

function describe(items: Mf2Item[]): string {
  const types = [...new Set(items.flatMap((item) => item.type))];
  return types.length > 0 ? `only ${types.join(', ')}` : 'no microformats';
}

function readFeed(body: string, context: FormatContext): Page {
  if (typeof body !== 'string') {
    throw new FormatError(`expected an HTML page as text, got ${typeof body}`, {
      format: 'microformats',
    });
  }
  const parsed = parse(body, context.url);
  const mapper = new Mapper(parsed, context.url);
  const feed = findAll(parsed.items, 'h-feed')[0];
  const entries = feed ? (feed.children ?? []) : findAll(parsed.items, 'h-entry');
  if (!feed && entries.length === 0) {
    throw new FormatError(
      `expected a page with an h-feed or h-entry microformat, found ${describe(parsed.items)}; point the source at the page that lists the posts`,
      { format: 'microformats' },
    );
  }
  const representative = mapper.representative();
  const actor =
    (feed && mapper.author(first(feed, 'author'))) ??
    (representative && mapper.actor(representative, mapper.rels.me));
  const posts: Post[] = [];
  const skipped: Skipped[] = [];
  entries.forEach((entry, index) => {
    if (!has(entry, 'h-entry')) {
      // A card beside the entries is usually the feed's author; anything else is no post.
      if (!has(entry, 'h-card')) {
        skipped.push({ index, reason: `${entry.type.join(' ')} is not an h-entry` });
      }
      return;
    }
    try {
      const post = mapper.post(entry, { author: actor });
      if (typeof post === 'string') skipped.push({ index, reason: post });
      else posts.push(post);
    } catch (error) {
      skipped.push({ index, reason: `could not be read: ${String(error)}` });
    }
  });
  const next = absoluteUrl(mapper.rels.next?.[0]);
  const prev = absoluteUrl(mapper.rels.prev?.[0] ?? mapper.rels.previous?.[0]);
  return prune({ format: 'microformats', posts, next, prev, actor, skipped });
}

function readActor(body: string, context: FormatContext): Actor {
  if (typeof body !== 'string') {
    throw new FormatError(`expected an HTML page as text, got ${typeof body}`, {
      format: 'microformats',
    });
  }
  const parsed = parse(body, context.url);
  const mapper = new Mapper(parsed, context.url);
  const card = mapper.representative();
  if (!card) {
    const cards = findAll(parsed.items, 'h-card').length;
    throw new FormatError(
      `expected a page with a representative h-card (one whose url is the page's and rel=me, or the only one), found ${cards === 0 ? describe(parsed.items) : `${cards} h-cards and none speaks for the page`}`,
      { format: 'microformats' },
    );
  }
  return mapper.actor(card, mapper.rels.me);
}

/** microformats2 in HTML: an h-feed (or loose h-entries) as posts, the page's h-card as profile. */
export const microformats: Format = {
  name: 'microformats',
  detect: detectMicroformats,
  parseFeed: readFeed,
  parseActor: readActor,
};
