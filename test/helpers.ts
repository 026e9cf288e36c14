/** Test helpers: load fixture files served by the test runner and revive them into the model. */
import type { Post } from '../src/model/post.js';
import type { LoadFetch } from '../src/net/load.js';

export async function loadFixture<T = unknown>(path: string): Promise<T> {
  const response = await fetch(new URL(`/test/fixtures/${path}`, location.origin));
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

type Raw<T> = Omit<T, 'published' | 'updated'> & { published: string; updated?: string };

/** Sample posts from `test/fixtures/posts/sample.json`, with their dates as `Date`s. */
export async function samplePosts(): Promise<Post[]> {
  const raw = await loadFixture<Raw<Post>[]>('posts/sample.json');
  return raw.map(({ published, updated, ...rest }) => ({
    ...rest,
    published: new Date(published),
    ...(updated ? { updated: new Date(updated) } : {}),
  }));
}

/** The instant every test treats as "now": 2026-11-25 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

/** The next event of a typed name, with its listener attached before the trigger runs. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    });
  });
}

/**
 * `count` distinct posts, newest first, one a minute back from {@link NOW}, made from `base` (the
 * sample posts' authors, media and cards): numbered ("Post number 1", …) unless `ownWords`
 * keeps each model's own text, so posts differ in height as real ones do.
 */
export function manyPosts(base: Post[], count: number, { ownWords = false } = {}): Post[] {
  return Array.from({ length: count }, (_, index) => ({
    ...base[index % base.length]!,
    id: `many-${index}`,
    url: `https://social.example/@many/${index}`,
    published: new Date(NOW - index * 60_000),
    ...(ownWords ? {} : { text: `Post number ${index + 1}` }),
    summary: undefined,
  }));
}

/** A `fetch` for an element that records each request's URL and signal, then sends it. */
export function recording(): { urls: string[]; signals: AbortSignal[]; fetch: LoadFetch } {
  const urls: string[] = [];
  const signals: AbortSignal[] = [];
  return {
    urls,
    signals,
    fetch: (url, init) => {
      urls.push(url);
      signals.push(init.signal!);
      return fetch(url, init);
    },
  };
}

/**
 * Whether the page fetched a file whose path starts with `path`: a lazily loaded part, say
 * (`/src/components/post/view.`, as the served file's extension varies).
 */
export function requested(path: string): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.startsWith(path));
}
