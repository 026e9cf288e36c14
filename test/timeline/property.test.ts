import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Post } from '../../src/model/post.js';
import { createTimeline } from '../../src/timeline/index.js';

const BASE = Date.UTC(2026, 10, 25, 12, 0, 0);

interface SourcePlan {
  /** Minutes before BASE of each post, already newest first (small range: many ties). */
  minutes: number[];
  /** Where the source cuts its posts into pages. */
  pageSizes: number[];
  /** Fails after this many pages, when set. */
  failsAfter: number | undefined;
}

const sourcePlan: fc.Arbitrary<SourcePlan> = fc.record({
  minutes: fc
    .array(fc.integer({ min: 0, max: 40 }), { maxLength: 25 })
    .map((list) => list.sort((a, b) => a - b)),
  pageSizes: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }),
  failsAfter: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});

/**
 * Posts shared between sources: entry i of a source may reuse the URL of a post of source 0 with
 * the same time, as a cross-posted copy would.
 */
const plan = fc.record({
  sources: fc.array(sourcePlan, { minLength: 1, maxLength: 4 }),
  shareUrls: fc.boolean(),
  /** Which source to load next, as an index into the sources that can still load. */
  choices: fc.array(fc.nat(), { maxLength: 60 }),
  followNeeds: fc.boolean(),
});

function pagesOf(sourceIndex: number, source: SourcePlan, shared: Map<number, string>): Post[][] {
  const posts = source.minutes.map((minutes, index): Post => {
    const id = `s${sourceIndex}-${index}`;
    let url = `https://example.test/${id}`;
    if (sourceIndex === 0) shared.set(minutes, url);
    else if (shared.has(minutes) && index % 2 === 0) url = shared.get(minutes)!;
    return {
      id,
      url,
      author: { id: `a${sourceIndex}` },
      published: new Date(BASE - minutes * 60_000),
    };
  });
  const pages: Post[][] = [];
  let start = 0;
  let size = 0;
  while (start < posts.length) {
    const length = source.pageSizes[size++ % source.pageSizes.length]!;
    pages.push(posts.slice(start, start + length));
    start += length;
    // Empty pages are allowed, but not forever.
    if (size > posts.length + source.pageSizes.length * 2) break;
  }
  if (start < posts.length) pages.push(posts.slice(start));
  if (pages.length === 0) pages.push([]);
  return pages;
}

describe('timeline merge properties', () => {
  it('releases a sorted, stable, duplicate-free sequence that ends up holding every delivered post', () => {
    fc.assert(
      fc.property(plan, ({ sources, shareUrls, choices, followNeeds }) => {
        const timeline = createTimeline();
        const shared = new Map<number, string>();
        const pages = sources.map((source, index) =>
          pagesOf(index, source, shareUrls ? shared : new Map()),
        );
        const loaded = sources.map(() => 0);
        const failed = sources.map(() => false);
        const delivered = new Map<string, Post>();
        sources.forEach((_, index) =>
          timeline.addSource(`s${index}`, { label: `Source ${index}` }),
        );

        let previous: readonly Post[] = [];
        const check = () => {
          const shown = timeline.visible();
          // Never reorders: what was shown is still the start of what is shown.
          expect(shown.slice(0, previous.length).map((p) => p.id + p.source?.id)).to.deep.equal(
            previous.map((p) => p.id + p.source?.id),
          );
          for (let index = 1; index < shown.length; index++) {
            expect(shown[index - 1]!.published.getTime()).to.be.at.least(
              shown[index]!.published.getTime(),
            );
          }
          const keys = shown.map((p) => `${p.source?.id} ${p.id}`);
          expect(new Set(keys).size).to.equal(keys.length);
          const urls = shown.map((p) => p.url);
          expect(new Set(urls).size).to.equal(urls.length);
          previous = shown;
        };

        const load = (index: number) => {
          const plan = sources[index]!;
          if (plan.failsAfter !== undefined && loaded[index] === plan.failsAfter) {
            failed[index] = true;
            timeline.fail(`s${index}`, new Error('synthetic'));
            return;
          }
          const page = pages[index]![loaded[index]!]!;
          loaded[index]!++;
          const more = loaded[index]! < pages[index]!.length;
          for (const post of page) delivered.set(post.url!, post);
          timeline.addPage(`s${index}`, {
            posts: page,
            next: more ? `s${index}?page=${loaded[index]}` : undefined,
          });
        };
        const open = () =>
          sources
            .map((_, index) => index)
            .filter((index) => !failed[index] && loaded[index]! < pages[index]!.length);

        for (const choice of choices) {
          const candidates = followNeeds
            ? timeline.needs().map((id) => Number(id.slice(1)))
            : open();
          if (candidates.length === 0) break;
          load(candidates[choice % candidates.length]!);
          check();
        }
        // Load everything that is left, in whatever order the timeline asks for.
        for (let guard = 0; guard < 500; guard++) {
          const needed = timeline.needs();
          if (needed.length === 0) break;
          load(Number(needed[0]!.slice(1)));
          check();
        }
        expect(timeline.needs()).to.deep.equal([]);
        // Sources that page newest first never deliver a post above what is shown.
        expect(timeline.pendingCount).to.equal(0);
        const shown = timeline.visible();
        // Every delivered post is there once, by URL (copies collapse into one).
        expect(new Set(shown.map((p) => p.url))).to.deep.equal(new Set(delivered.keys()));
      }),
      { numRuns: 200 },
    );
  });
});
