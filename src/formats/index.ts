/**
 * The public entry for reading social documents (`social-elements/formats.js`): detect the format,
 * parse feeds and profiles into the normalized model, let a site add its own formats, and get
 * a post's plain text (`plainText`) when its source gave only HTML.
 */
import type { Actor } from '../model/actor.js';
import type { FormatName, Page } from '../model/page.js';
import {
  detectActivityStreams,
  detectBluesky,
  detectFeed,
  detectJsonFeed,
  detectMastodon,
  detectMicroformats,
} from './detect.js';
import { READERS } from './loaders.js';
import { FormatRegistry } from './registry.js';
import { FormatError } from './types.js';
import type { Format, FormatContext } from './types.js';

export { plainText } from './text.js';
export { FormatError } from './types.js';
export type { Format, FormatContext } from './types.js';
export type * from '../model/index.js';

/**
 * Built-ins in the order that breaks detection ties: the API formats with unmistakable shapes
 * first, then the feed formats, then microformats, which any HTML page might carry.
 */
const registry = new FormatRegistry([
  lazy('mastodon', detectMastodon),
  lazy('bluesky', detectBluesky),
  lazy('activitystreams', detectActivityStreams),
  lazy('jsonfeed', detectJsonFeed),
  lazy('atom', (body, context) => detectFeed(body, context, 'atom')),
  lazy('rss', (body, context) => detectFeed(body, context, 'rss')),
  lazy('microformats', detectMicroformats),
]);

/**
 * A built-in format whose reader loads on first use: detection runs from the small rules in
 * `detect.ts`, so a page downloads only the reader its documents need (from the table in
 * `loaders.ts`, which a feed also uses to fetch a reader early). A reader that cannot be fetched
 * (offline, a file missing from the deploy) fails as a `FormatError` that says so; the next
 * document tries again.
 */
function lazy(name: string, detect: Format['detect']): Format {
  const load = READERS[name]!;
  const get = (): Promise<Format> =>
    load().catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new FormatError(
        `The ${name} reader could not be loaded (${detail.slice(0, 200)}); check the connection and that every file of social-elements is served.`,
        { format: name, cause: error },
      );
    });
  return {
    name,
    detect,
    parseFeed: async (body, context) => (await get()).parseFeed(body, context),
    parseActor: async (body, context) => {
      const format = await get();
      if (typeof format.parseActor !== 'function') {
        throw new FormatError(`The ${name} format has no profile document.`, { format: name });
      }
      return format.parseActor(body, context);
    },
  };
}

/**
 * Reads a feed document into a page of posts. `context.format` picks the format; otherwise the
 * content type, URL and body decide. Throws `FormatError` (and nothing else) when the document
 * cannot be read; entries that cannot be read are listed in `page.skipped`.
 */
export function parseFeed(body: string, context: FormatContext = {}): Promise<Page> {
  return registry.parseFeed(body, context);
}

/** Reads a profile document (an account, actor, Bluesky profile or h-card) into an `Actor`. */
export function parseActor(body: string, context: FormatContext = {}): Promise<Actor> {
  return registry.parseActor(body, context);
}

/**
 * The name of the format that would read `body`. An explicit `context.format` wins (aliases
 * such as `activitypub` or `mf2` are accepted); otherwise the most confident format, with ties
 * going to formats a site registered, then to the built-ins in the order above.
 * Throws `FormatError` naming what was seen when no format is confident enough.
 */
export function detectFormat(
  body: string,
  context: FormatContext = {},
): FormatName | (string & {}) {
  return registry.detect(body, context);
}

/**
 * Adds a site's own format (`{ name, detect, parseFeed, parseActor? }`). Registering a name that
 * exists replaces that format, built-ins included, keeping its place in the tie order. Throws a
 * `TypeError` for a malformed definition. Returns a function that undoes the registration.
 */
export function registerFormat(format: Format): () => void {
  return registry.register(format);
}
