/**
 * Merges pages from several sources into one newest-first timeline whose shown part never
 * reorders: a post is released only once no source can still deliver a post that sorts above it.
 */
import type { Page } from '../model/page.js';
import type { Post, PostSource } from '../model/post.js';

/** How a source is doing: whether it can still deliver older posts. */
export type SourceStatus =
  /** No page yet: it holds every other source back until its first page or failure. */
  | 'waiting'
  /** Has an older page (`next`) that may hold posts above the ones still held. */
  | 'more'
  /** Delivered its last page. */
  | 'done'
  /** Gave up (error, timeout): it no longer holds the others back. */
  | 'failed';

export interface SourceInfo {
  label?: string;
  network?: string;
}

export interface SourceState extends PostSource {
  status: SourceStatus;
  /** Where its older posts are (from the last page added). */
  next?: string;
  /** Where its newer posts are (from the first page, then from each refresh). */
  prev?: string;
  /** Why it failed, when it did. */
  error?: unknown;
}

/** The part of a `Page` the timeline reads. */
export type TimelinePage = Pick<Page, 'posts'> & Partial<Pick<Page, 'next' | 'prev'>>;

interface Entry {
  post: Post;
  source: Source;
  /** Sort time in milliseconds. */
  time: number;
  /**
   * The source's own order for posts with the same time: pages arrive newest first, so later
   * pages count up; refreshes count down, because they are newer.
   */
  seq: number;
  /** Every URL that names this post (its own and its syndicated copies), for de-duplication. */
  urls: string[];
  released: boolean;
}

interface Source {
  id: string;
  order: number;
  info: SourceInfo;
  status: SourceStatus;
  next?: string;
  prev?: string;
  error?: unknown;
  /** Oldest sort time among its loaded posts that are not pinned: its later pages are older. */
  cutoff: number;
  loaded: boolean;
  nextSeq: number;
  newerSeq: number;
}

/** The sort key every source's future posts are bounded by. */
interface Frontier {
  time: number;
  order: number;
}

/** A repost sorts by when it was reposted, when the format says; otherwise by its own date. */
function sortTime(post: Post): number {
  const repostedAt = post.repostedAt;
  if (repostedAt instanceof Date && !Number.isNaN(repostedAt.getTime()))
    return repostedAt.getTime();
  return post.published.getTime();
}

/** Newest first; equal times by source order, then the source's own order. */
function compare(a: Entry, b: Entry): number {
  return b.time - a.time || a.source.order - b.source.order || a.seq - b.seq;
}

/**
 * Whether `entry` sorts before any post `frontier`'s source could still deliver. At the same
 * time a source's own later posts sort after it (they get higher sequence numbers).
 */
function before(entry: Entry, frontier: Frontier): boolean {
  return (
    entry.time > frontier.time ||
    (entry.time === frontier.time && entry.source.order <= frontier.order)
  );
}

/** Index at which `entry` goes into the sorted `list`. */
function insertionIndex(list: Entry[], entry: Entry): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function urlsOf(post: Post): string[] {
  const urls = new Set<string>();
  if (post.url) urls.add(post.url);
  for (const url of post.syndication ?? [])
    if (typeof url === 'string' && url !== '') urls.add(url);
  return [...urls];
}

/**
 * One merged timeline. Add sources, then pages as they arrive (in any order); `visible()` is the
 * part that can be shown without a later page ever inserting a post above it.
 */
export class Timeline {
  readonly #sources = new Map<string, Source>();
  #nextOrder = 0;
  /** Shown posts, sorted; only ever grows at the end, except through `takePending()`. */
  #released: Entry[] = [];
  /** Loaded posts that a source might still outrank, sorted. */
  #held: Entry[] = [];
  /** Posts that belong above what is shown: refreshes, and late arrivals from unsorted sources. */
  #pending: Entry[] = [];
  readonly #byKey = new Map<string, Entry>();
  readonly #byUrl = new Map<string, Entry>();
  #visible: readonly Post[] | undefined;

  /** Declares a source; its order of declaration breaks ties between equal times. */
  addSource(id: string, info: SourceInfo = {}): void {
    const existing = this.#sources.get(id);
    if (existing) {
      existing.info = { ...info };
      return;
    }
    this.#sources.set(id, {
      id,
      order: this.#nextOrder++,
      info: { ...info },
      status: 'waiting',
      cutoff: Number.POSITIVE_INFINITY,
      loaded: false,
      nextSeq: 0,
      newerSeq: -1,
    });
  }

  /** Forgets a source and its posts (the owner removed it, so what is shown may shrink). */
  removeSource(id: string): void {
    if (!this.#sources.delete(id)) return;
    const keep = (entry: Entry) => entry.source.id !== id;
    this.#released = this.#released.filter(keep);
    this.#held = this.#held.filter(keep);
    this.#pending = this.#pending.filter(keep);
    this.#byKey.clear();
    this.#byUrl.clear();
    for (const entry of [...this.#released, ...this.#held, ...this.#pending]) this.#index(entry);
    this.#release();
    this.#visible = undefined;
  }

  /** Adds an older page of a source (its first page included); `page.next` says whether more exist. */
  addPage(sourceId: string, page: TimelinePage): void {
    const source = this.#source(sourceId);
    const repeated = source.loaded && page.next !== undefined && page.next === source.next;
    if (!source.loaded && page.prev !== undefined) source.prev = page.prev;
    source.loaded = true;
    source.error = undefined;
    source.next = page.next;
    // A page that points at itself again would be fetched forever.
    source.status = page.next === undefined || repeated ? 'done' : 'more';
    for (const post of page.posts) {
      const entry = this.#entry(source, post, source.nextSeq++);
      if (!entry) continue;
      if (!post.pinned) source.cutoff = Math.min(source.cutoff, entry.time);
      this.#add(entry);
    }
    this.#release();
  }

  /**
   * Adds a page of newer posts from a refresh. They wait in `pending` ("N new posts") so the
   * reader's place does not move, until `takePending()`.
   */
  newer(sourceId: string, page: TimelinePage): void {
    const source = this.#source(sourceId);
    if (page.prev !== undefined) source.prev = page.prev;
    // Reverse so the newest gets the lowest sequence number and sorts first among equal times.
    for (const post of [...page.posts].reverse()) {
      const entry = this.#entry(source, post, source.newerSeq--);
      if (entry) this.#add(entry);
    }
    this.#release();
  }

  /** The source could not be read: it stops holding the others back. */
  fail(sourceId: string, error?: unknown): void {
    const source = this.#source(sourceId);
    source.status = 'failed';
    source.error = error;
    this.#release();
  }

  /** The owner stops paging this source (a limit reached): it stops holding the others back. */
  exhaust(sourceId: string): void {
    const source = this.#source(sourceId);
    if (source.status !== 'failed') source.status = 'done';
    this.#release();
  }

  /** The posts that can be shown, newest first. The same array is returned until something changes. */
  visible(): readonly Post[] {
    this.#visible ??= Object.freeze(this.#released.map((entry) => entry.post));
    return this.#visible;
  }

  /**
   * The sources whose next page is needed to show more: those that have not answered yet, and
   * those still holding back the next post in line (or, with none in line, the ones nearest it).
   */
  needs(): string[] {
    const holding = [...this.#sources.values()].filter(
      (source) => source.status === 'waiting' || source.status === 'more',
    );
    const waiting = holding.filter((source) => source.status === 'waiting');
    if (waiting.length > 0) return waiting.map((source) => source.id);
    const first = this.#held[0];
    if (first) {
      return holding
        .filter((source) => !before(first, { time: source.cutoff, order: source.order }))
        .map((source) => source.id);
    }
    const newest = Math.max(...holding.map((source) => source.cutoff));
    return holding.filter((source) => source.cutoff === newest).map((source) => source.id);
  }

  /** Whether any source can still deliver older posts. */
  get hasMore(): boolean {
    return (
      this.#held.length > 0 ||
      [...this.#sources.values()].some((source) => source.status === 'more')
    );
  }

  /** How many posts wait above what is shown ("N new posts"). */
  get pendingCount(): number {
    return this.#pending.length;
  }

  /** Shows the pending posts in their places; returns them, newest first. */
  takePending(): readonly Post[] {
    const taken = this.#pending;
    this.#pending = [];
    for (const entry of taken) {
      entry.released = true;
      this.#released.splice(insertionIndex(this.#released, entry), 0, entry);
    }
    this.#visible = undefined;
    return taken.map((entry) => entry.post);
  }

  /** Where a source stands: status, cursors and its failure. */
  state(sourceId: string): SourceState {
    const source = this.#source(sourceId);
    const state: SourceState = { id: source.id, ...source.info, status: source.status };
    if (source.next !== undefined) state.next = source.next;
    if (source.prev !== undefined) state.prev = source.prev;
    if (source.error !== undefined) state.error = source.error;
    return state;
  }

  /** Every declared source, in order. */
  sources(): SourceState[] {
    return [...this.#sources.keys()].map((id) => this.state(id));
  }

  #source(id: string): Source {
    const source = this.#sources.get(id);
    if (!source) throw new RangeError(`Unknown timeline source "${id}": call addSource() first.`);
    return source;
  }

  /** A copy of the post stamped with its source, or undefined for one the timeline cannot place. */
  #entry(source: Source, post: Post, seq: number): Entry | undefined {
    if (typeof post?.id !== 'string' || !(post.published instanceof Date)) return undefined;
    const time = sortTime(post);
    if (Number.isNaN(time)) return undefined;
    const stamped: PostSource = { id: source.id, ...source.info };
    const copy: Post = { ...post, source: stamped };
    return { post: copy, source, time, seq, urls: urlsOf(copy), released: false };
  }

  /** Files a new entry, merging it with a copy of the same post already known. */
  #add(entry: Entry): void {
    const twin = this.#twin(entry);
    if (twin) {
      const survivor = this.#survivor(twin, entry);
      if (survivor === twin) {
        this.#absorb(twin, entry);
        return;
      }
      // The newcomer is the original and the twin is not shown yet: the newcomer takes its place.
      this.#remove(twin);
      for (const [key, value] of this.#byKey) if (value === twin) this.#byKey.set(key, entry);
      this.#absorb(entry, twin);
    }
    this.#index(entry);
    const last = this.#released[this.#released.length - 1];
    if (last && compare(entry, last) < 0) {
      // It belongs above what is already shown: the reader decides when it appears.
      this.#pending.splice(insertionIndex(this.#pending, entry), 0, entry);
    } else {
      this.#held.splice(insertionIndex(this.#held, entry), 0, entry);
    }
  }

  #twin(entry: Entry): Entry | undefined {
    const same = this.#byKey.get(`${entry.source.id}\n${entry.post.id}`);
    if (same) return same;
    for (const url of entry.urls) {
      const twin = this.#byUrl.get(url);
      if (twin) return twin;
    }
    return undefined;
  }

  /**
   * Which of two copies of one post stays. A shown post always stays, so the reader's view does
   * not change; otherwise the original beats its syndicated copy, a post beats a repost of it,
   * and the first seen beats the rest.
   */
  #survivor(known: Entry, incoming: Entry): Entry {
    if (known.released) return known;
    const knownUrl = known.post.url;
    const incomingUrl = incoming.post.url;
    if (knownUrl && knownUrl !== incomingUrl && incoming.post.syndication?.includes(knownUrl))
      return incoming;
    if (incomingUrl && knownUrl !== incomingUrl && known.post.syndication?.includes(incomingUrl))
      return known;
    if (known.post.repostedBy && !incoming.post.repostedBy) return incoming;
    return known;
  }

  /**
   * The survivor gains the other copy's links. A surviving repost keeps who reposted it; an
   * original that replaces a repost shows as itself, not as reposted.
   */
  #absorb(survivor: Entry, other: Entry): void {
    const links = new Set(survivor.post.syndication ?? []);
    for (const url of other.urls) if (url !== survivor.post.url) links.add(url);
    const known = survivor.post.syndication ?? [];
    let post = survivor.post;
    if (links.size > known.length) post = { ...post, syndication: [...links] };
    if (post !== survivor.post) {
      survivor.post = post;
      survivor.urls = urlsOf(post);
      this.#index(survivor);
      if (survivor.released) this.#visible = undefined;
    }
    // The other copy's key still points at the survivor, so a third copy is recognised too.
    this.#byKey.set(`${other.source.id}\n${other.post.id}`, survivor);
  }

  #index(entry: Entry): void {
    this.#byKey.set(`${entry.source.id}\n${entry.post.id}`, entry);
    for (const url of entry.urls) if (!this.#byUrl.has(url)) this.#byUrl.set(url, entry);
  }

  #remove(entry: Entry): void {
    for (const list of [this.#held, this.#pending]) {
      const index = list.indexOf(entry);
      if (index >= 0) list.splice(index, 1);
    }
    for (const url of entry.urls) if (this.#byUrl.get(url) === entry) this.#byUrl.delete(url);
  }

  /** The newest position any holding source could still fill, or undefined when none holds. */
  #frontier(): Frontier | undefined {
    let frontier: Frontier | undefined;
    for (const source of this.#sources.values()) {
      if (source.status !== 'waiting' && source.status !== 'more') continue;
      const candidate = { time: source.cutoff, order: source.order };
      if (
        !frontier ||
        candidate.time > frontier.time ||
        (candidate.time === frontier.time && candidate.order < frontier.order)
      ) {
        frontier = candidate;
      }
    }
    return frontier;
  }

  /** Moves every held post that no source can outrank any more to the shown part. */
  #release(): void {
    const frontier = this.#frontier();
    let count = 0;
    while (count < this.#held.length && (!frontier || before(this.#held[count]!, frontier)))
      count++;
    if (count === 0) return;
    const released = this.#held.splice(0, count);
    for (const entry of released) entry.released = true;
    this.#released.push(...released);
    this.#visible = undefined;
  }
}

/** A new, empty timeline. */
export function createTimeline(): Timeline {
  return new Timeline();
}
