/** A small in-memory LRU of validated responses, so a refresh can ask "changed since?" and get a 304. */

export interface CachedResponse {
  /** The final URL after redirects. */
  url: string;
  status: number;
  headers: Headers;
  bytes: ArrayBuffer;
  etag: string | undefined;
  lastModified: string | undefined;
}

/** Enough for every source of a few feeds on one page; old entries fall out first. */
const MAX_ENTRIES = 32;
/** A bigger document is not kept: memory matters more than one saved download. */
const MAX_BYTES = 2 * 1024 * 1024;

const entries = new Map<string, CachedResponse>();

/** The entry for `key`, marked as the most recently used. */
export function cacheGet(key: string): CachedResponse | undefined {
  const entry = entries.get(key);
  if (entry) {
    entries.delete(key);
    entries.set(key, entry);
  }
  return entry;
}

/** Keeps `entry` when it has a validator and fits; drops the least recently used past the limit. */
export function cacheSet(key: string, entry: CachedResponse): void {
  entries.delete(key);
  if ((!entry.etag && !entry.lastModified) || entry.bytes.byteLength > MAX_BYTES) return;
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/** Forgets every cached response (for example when the reader signs out). */
export function clearLoadCache(): void {
  entries.clear();
}

/** How many responses are kept now (for tests and diagnostics). */
export function loadCacheSize(): number {
  return entries.size;
}
