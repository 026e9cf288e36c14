/** Picks the format that reads a document and guards callers from whatever a format returns or throws. */
import type { Actor } from '../model/actor.js';
import type { Page, Skipped } from '../model/page.js';
import type { Post } from '../model/post.js';
import { ALIASES } from './loaders.js';
import { FormatError } from './types.js';
import type { Format, FormatContext } from './types.js';
import { header } from './util.js';

/** Below this confidence no format is trusted to read the document. */
export const DETECT_THRESHOLD = 0.25;

/**
 * A set of formats with detection and guarded parsing. The public entry keeps one, filled with
 * the built-in formats; tests make their own.
 */
export class FormatRegistry {
  /** Built-in formats, in the order that breaks detection ties between them. */
  readonly #builtIn = new Map<string, Format>();
  /** Formats a site registered, in registration order; they win ties over built-ins. */
  readonly #custom = new Map<string, Format>();

  constructor(builtIn: readonly Format[] = []) {
    for (const format of builtIn) this.#builtIn.set(checkFormat(format).name, format);
  }

  /** Registered names, in tie-break order. */
  names(): string[] {
    return [...this.#custom.keys(), ...this.#builtIn.keys()];
  }

  /**
   * Adds a site's own format. A name that already exists (built in or not) is replaced in place,
   * so a site can swap in its own reader for, say, `mastodon`. Returns a function that undoes it.
   */
  register(definition: Format): () => void {
    const format = checkFormat(definition);
    const table = this.#builtIn.has(format.name) ? this.#builtIn : this.#custom;
    const previous = table.get(format.name);
    table.set(format.name, format);
    return () => {
      if (table.get(format.name) !== format) return;
      if (previous) table.set(format.name, previous);
      else table.delete(format.name);
    };
  }

  #get(name: string): Format | undefined {
    return this.#custom.get(name) ?? this.#builtIn.get(name);
  }

  /** The name of the format that should read `body`; throws a `FormatError` when none fits. */
  detect(body: string, context: FormatContext = {}): string {
    const text = checkBody(body);
    const seen = withContentType(context);
    if (seen.format !== undefined) return this.#explicit(seen.format);

    const scores: { name: string; score: number }[] = [];
    for (const format of [...this.#custom.values(), ...this.#builtIn.values()]) {
      scores.push({ name: format.name, score: confidence(format, text, seen) });
    }
    // A stable "first highest" scan keeps the documented tie order.
    let best: { name: string; score: number } | undefined;
    for (const entry of scores) if (!best || entry.score > best.score) best = entry;
    if (best && best.score >= DETECT_THRESHOLD) return best.name;

    const tried = scores.map(({ name, score }) => `${name} ${score.toFixed(2)}`).join(', ');
    throw new FormatError(
      `Could not tell which format this document is (${describeSeen(text, seen)}); ` +
        `tried ${tried || 'no formats'}. Set the source's format to one of: ${this.names().join(', ')}.`,
    );
  }

  #explicit(requested: string): string {
    const wanted = requested.trim();
    const lower = wanted.toLowerCase();
    const names = this.names();
    const match =
      names.find((name) => name === wanted) ??
      names.find((name) => name.toLowerCase() === lower) ??
      (ALIASES[lower] !== undefined && this.#get(ALIASES[lower]) ? ALIASES[lower] : undefined);
    if (match !== undefined) return match;
    throw new FormatError(
      `Unknown format "${printable(wanted, 40)}". Use one of: ${names.join(', ')}, ` +
        'or register it with registerFormat() first.',
    );
  }

  /** Reads a feed document into a `Page` whose every post has a string id and a valid date. */
  async parseFeed(body: string, context: FormatContext = {}): Promise<Page> {
    const seen = withContentType(context);
    const name = this.detect(body, seen);
    const format = this.#get(name) as Format;
    let result: unknown;
    try {
      result = await format.parseFeed(body, seen);
    } catch (error) {
      throw wrap(error, name, 'feed');
    }
    return checkPage(result, name);
  }

  /** Reads a profile document into an `Actor`. */
  async parseActor(body: string, context: FormatContext = {}): Promise<Actor> {
    const seen = withContentType(context);
    const name = this.detect(body, seen);
    const format = this.#get(name) as Format;
    if (typeof format.parseActor !== 'function') {
      throw new FormatError(
        `The ${name} format has no profile document; point the profile at an account, actor or h-card instead.`,
        { format: name },
      );
    }
    let result: unknown;
    try {
      result = await format.parseActor(body, seen);
    } catch (error) {
      throw wrap(error, name, 'profile');
    }
    if (!isActor(result)) {
      throw new FormatError(
        `The ${name} format returned no usable profile (${describeValue(result)}); expected an object with a string id.`,
        { format: name },
      );
    }
    return result;
  }
}

function checkFormat(definition: unknown): Format {
  if (!isRecord(definition)) {
    throw new TypeError(`registerFormat() expects an object, got ${describeValue(definition)}.`);
  }
  const { name, detect, parseFeed, parseActor } = definition;
  if (typeof name !== 'string' || !/^[A-Za-z0-9][\w.+-]*$/.test(name)) {
    throw new TypeError(
      `registerFormat() needs a name of letters, digits, ".", "+", "-" or "_", got ${describeValue(name)}.`,
    );
  }
  if (typeof detect !== 'function') {
    throw new TypeError(
      `Format "${name}" needs a detect(body, context) function returning 0 to 1.`,
    );
  }
  if (typeof parseFeed !== 'function') {
    throw new TypeError(
      `Format "${name}" needs a parseFeed(body, context) function returning a Page.`,
    );
  }
  if (parseActor !== undefined && typeof parseActor !== 'function') {
    throw new TypeError(`Format "${name}": parseActor, when given, must be a function.`);
  }
  return definition as unknown as Format;
}

function checkBody(body: unknown): string {
  if (typeof body !== 'string') {
    throw new FormatError(`Expected the document as text, got ${describeValue(body)}.`);
  }
  return body;
}

/** The context with `contentType` filled from the headers when only they carry it. */
function withContentType(context: FormatContext | undefined): FormatContext {
  const given: FormatContext = isRecord(context) ? context : {};
  if (given.contentType !== undefined) return given;
  const fromHeaders = header(given.headers, 'content-type');
  return fromHeaders === undefined ? given : { ...given, contentType: fromHeaders };
}

/** A format's own confidence, clamped: a detect that throws or returns junk counts as "no". */
function confidence(format: Format, body: string, context: FormatContext): number {
  try {
    const score = format.detect(body, context);
    if (typeof score !== 'number' || Number.isNaN(score)) return 0;
    return Math.min(1, Math.max(0, score));
  } catch {
    return 0;
  }
}

function describeSeen(body: string, context: FormatContext): string {
  const type = context.contentType
    ? `content type "${printable(context.contentType, 60)}"`
    : 'no content type';
  const start = body.trim() === '' ? 'an empty body' : `body starting "${printable(body, 60)}"`;
  return `${type}, ${start}`;
}

/**
 * The start of untrusted text made safe for an error message: control, format (bidi) and
 * separator characters become spaces, runs of space collapse, and long text is cut.
 */
export function printable(text: string, length: number): string {
  // Look at a bounded head only: the body may be megabytes long.
  const head = text.slice(0, length * 4 + 16);
  const cleaned = head.replace(/[\p{C}\p{Z}\s]+/gu, ' ').trim();
  const points = Array.from(cleaned);
  const cut = points.length > length || head.length < text.length;
  return cut ? `${points.slice(0, length).join('').trimEnd()}…` : cleaned;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).slice(0, 6);
    return keys.length ? `an object with keys ${keys.join(', ')}` : 'an empty object';
  }
  return typeof value;
}

/** `FormatError`s made from a reader's unexpected exception, so tools can tell bugs from refusals. */
const readerBugs = new WeakSet<FormatError>();

/**
 * Whether a `FormatError` stands for a reader's own bug (a `TypeError` and the like that the
 * registry wrapped) rather than a document the reader refused. For conformance runs and tests.
 */
export function isReaderBug(error: unknown): boolean {
  return error instanceof FormatError && readerBugs.has(error);
}

/** A format's own `FormatError` passes through; anything else is a bug in the format, wrapped. */
function wrap(error: unknown, name: string, what: 'feed' | 'profile'): FormatError {
  if (error instanceof FormatError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  const wrapped = new FormatError(
    `The ${name} reader failed on this ${what} document (${printable(detail, 160)}). ` +
      'The document may be malformed; if it looks valid, report it with the document attached.',
    { format: name, cause: error },
  );
  readerBugs.add(wrapped);
  return wrapped;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isActor(value: unknown): value is Actor {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Why a post cannot reach an element, or undefined when it can. */
function postProblem(post: unknown): string | undefined {
  if (!isRecord(post)) return `not a post object (${describeValue(post)})`;
  if (typeof post.id !== 'string' || post.id === '') return 'no string id';
  if (!isValidDate(post.published))
    return `post ${printable(post.id, 40)} has no valid published date`;
  if (!isRecord(post.author)) return `post ${printable(post.id, 40)} has no author`;
  return undefined;
}

/**
 * Rebuilds the page from what the format returned, so a buggy format cannot hand an element a
 * post without an id, a date or an author.
 */
function checkPage(result: unknown, name: string): Page {
  if (!isRecord(result) || !Array.isArray(result.posts)) {
    throw new FormatError(
      `The ${name} format returned no page (${describeValue(result)}); expected an object with a posts array.`,
      { format: name },
    );
  }
  const skipped: Skipped[] = [];
  if (Array.isArray(result.skipped)) {
    for (const entry of result.skipped as unknown[]) {
      if (isRecord(entry) && typeof entry.reason === 'string') {
        skipped.push(
          typeof entry.index === 'number'
            ? { index: entry.index, reason: entry.reason }
            : { reason: entry.reason },
        );
      } else {
        skipped.push({ reason: `unreadable skip record (${describeValue(entry)})` });
      }
    }
  }
  const posts: Post[] = [];
  const list: unknown[] = result.posts;
  for (let index = 0; index < list.length; index++) {
    const post = list[index];
    // A hole in a sparse list is no entry: passed over in silence, as `forEach` does.
    if (post === undefined && !(index in list)) continue;
    const problem = postProblem(post);
    if (problem) {
      skipped.push({ index, reason: problem });
      continue;
    }
    const checked = post as Post;
    // Most posts embed nothing: only those with a quote or a repost pay for checking them.
    posts.push(
      checked.quote === undefined && checked.repostOf === undefined
        ? checked
        : checkNested(checked, index, skipped),
    );
  }
  const page: Page = {
    format: typeof result.format === 'string' && result.format !== '' ? result.format : name,
    posts,
    skipped,
  };
  if (typeof result.next === 'string' && result.next !== '') page.next = result.next;
  if (typeof result.prev === 'string' && result.prev !== '') page.prev = result.prev;
  if (isActor(result.actor)) page.actor = result.actor;
  return page;
}

/** Drops an embedded quote or repost that an element could not render, keeping the post. */
function checkNested(post: Post, index: number, skipped: Skipped[]): Post {
  let checked = post;
  for (const key of ['quote', 'repostOf'] as const) {
    const nested: unknown = post[key];
    if (nested === undefined) continue;
    const problem = postProblem(nested);
    if (!problem) continue;
    if (checked === post) checked = { ...post };
    delete checked[key];
    skipped.push({
      index,
      reason: `kept post ${printable(post.id, 40)} without its ${key}: ${problem}`,
    });
  }
  return checked;
}
