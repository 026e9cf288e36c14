/**
 * Where each built-in reader is loaded from, and the other names a `format` may give it: one table
 * for the registry and for a feed that starts loading a reader before its document arrives. Small
 * and free of the readers themselves, so a feed's first render can carry it.
 */
import type { Format } from './types.js';

/** Other names people write in a `format` attribute for the built-in formats. */
export const ALIASES: Readonly<Record<string, string>> = {
  activitypub: 'activitystreams',
  as2: 'activitystreams',
  'json-feed': 'jsonfeed',
  atproto: 'bluesky',
  mf2: 'microformats',
  'h-feed': 'microformats',
  microformats2: 'microformats',
  rss2: 'rss',
};

/**
 * Loads `load` once and keeps the promise; a failed load (offline, a file missing from the
 * deploy) is forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Each built-in format's reader, by format name; Atom and RSS share a module. */
export const READERS: Readonly<Record<string, () => Promise<Format>>> = {
  mastodon: loadOnce(() => import('./mastodon.js').then((m) => m.mastodon)),
  bluesky: loadOnce(() => import('./bluesky.js').then((m) => m.bluesky)),
  activitystreams: loadOnce(() => import('./activitystreams.js').then((m) => m.activitystreams)),
  jsonfeed: loadOnce(() => import('./jsonfeed.js').then((m) => m.jsonfeed)),
  atom: loadOnce(() => import('./rss.js').then((m) => m.atom)),
  rss: loadOnce(() => import('./rss.js').then((m) => m.rss)),
  microformats: loadOnce(() => import('./microformats.js').then((m) => m.microformats)),
};

/** The built-in format a `format` value names (any case, or an alias), or undefined. */
export function builtInFormat(nameOrAlias: string): string | undefined {
  const lower = nameOrAlias.trim().toLowerCase();
  if (Object.hasOwn(READERS, lower)) return lower;
  return Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : undefined;
}

/**
 * Starts loading the built-in reader a `format` name or alias (`mf2`, `activitypub`, any case)
 * names, so that it is ready when the document arrives. Resolves with the reader once loaded, or
 * with undefined for a name no built-in answers to or a load that failed: it never rejects, since
 * the parse that needs the reader reports a failure (and tries again).
 */
export function preloadFormat(nameOrAlias: string): Promise<Format | undefined> {
  const name = builtInFormat(nameOrAlias);
  if (name === undefined) return Promise.resolve(undefined);
  return READERS[name]!().catch(() => undefined);
}
