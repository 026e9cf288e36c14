import { expect } from '@open-wc/testing';
import type { Post } from '../../src/model/post.js';
import { createTimeline } from '../../src/timeline/index.js';
import type { Timeline } from '../../src/timeline/index.js';

const BASE = Date.UTC(2026, 10, 25, 12, 0, 0);

/** A synthetic post `minutes` before BASE; the merge only reads ids, dates, URLs and flags. */
function post(id: string, minutes: number, extra: Partial<Post> = {}): Post {
  return {
    id,
    url: `https://social.example/${id}`,
    author: { id: `author-${id}` },
    published: new Date(BASE - minutes * 60_000),
    ...extra,
  };
}

const ids = (posts: readonly Post[]) => posts.map((p) => p.id);

function twoSources(): Timeline {
  const timeline = createTimeline();
  timeline.addSource('a', { label: 'Friends', network: 'mastodon' });
  timeline.addSource('b', { label: 'Blog', network: 'rss' });
  return timeline;
}

describe('timeline', () => {
  describe('merging pages', () => {
    it('shows a single source page by page, in its order', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', {
        posts: [post('a1', 1), post('a2', 2), post('a3', 3)],
        next: 'a?page=2',
      });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a2', 'a3']);
      expect(timeline.needs()).to.deep.equal(['a']);
      timeline.addPage('a', { posts: [post('a4', 4)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a2', 'a3', 'a4']);
      expect(timeline.needs()).to.deep.equal([]);
      expect(timeline.hasMore).to.equal(false);
    });

    it('holds everything back until every source has answered', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a1', 1)] });
      expect(timeline.visible()).to.deep.equal([]);
      expect(timeline.needs()).to.deep.equal(['b']);
      timeline.addPage('b', { posts: [post('b1', 2)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b1']);
    });

    it('releases a post only when no source can still deliver one above it', () => {
      const timeline = twoSources();
      // Different page sizes: "a" reaches further back per page than "b".
      timeline.addPage('a', {
        posts: [post('a10', 10), post('a30', 30), post('a50', 50)],
        next: 'a2',
      });
      timeline.addPage('b', { posts: [post('b20', 20)], next: 'b2' });
      // b's next page may hold anything older than 20 minutes: a30 must wait.
      expect(ids(timeline.visible())).to.deep.equal(['a10', 'b20']);
      expect(timeline.needs()).to.deep.equal(['b']);

      timeline.addPage('b', { posts: [post('b25', 25), post('b40', 40)], next: 'b3' });
      expect(ids(timeline.visible())).to.deep.equal(['a10', 'b20', 'b25', 'a30', 'b40']);
      expect(timeline.needs()).to.deep.equal(['b']);

      timeline.addPage('b', { posts: [post('b60', 60)] });
      expect(ids(timeline.visible())).to.deep.equal(['a10', 'b20', 'b25', 'a30', 'b40', 'a50']);
      // Now only a's next page can be newer than b60.
      expect(timeline.needs()).to.deep.equal(['a']);
      timeline.addPage('a', { posts: [post('a55', 55), post('a70', 70)] });
      expect(ids(timeline.visible())).to.deep.equal([
        'a10',
        'b20',
        'b25',
        'a30',
        'b40',
        'a50',
        'a55',
        'b60',
        'a70',
      ]);
    });

    it('never inserts a later page above what is already shown', () => {
      const timeline = twoSources();
      const shown: string[][] = [];
      const steps: [string, Post[], string | undefined][] = [
        ['b', [post('b5', 5), post('b15', 15)], 'b?page=2'],
        [
          'a',
          [post('a1', 1), post('a2', 2), post('a3', 3), post('a4', 4), post('a6', 6)],
          'a?page=2',
        ],
        ['a', [post('a7', 7), post('a8', 8)], 'a?page=3'],
        ['b', [post('b16', 16), post('b17', 17)], undefined],
        ['a', [post('a9', 9), post('a18', 18)], undefined],
      ];
      for (const [source, posts, next] of steps) {
        timeline.addPage(source, { posts, next });
        shown.push(ids(timeline.visible()));
      }
      for (let step = 1; step < shown.length; step++) {
        expect(shown[step]!.slice(0, shown[step - 1]!.length), `step ${step}`).to.deep.equal(
          shown[step - 1],
        );
      }
      expect(shown.at(-1)).to.deep.equal([
        'a1',
        'a2',
        'a3',
        'a4',
        'b5',
        'a6',
        'a7',
        'a8',
        'a9',
        'b15',
        'b16',
        'b17',
        'a18',
      ]);
    });

    it('orders equal times by source order, then by each source’s own order', () => {
      const timeline = twoSources();
      timeline.addPage('b', { posts: [post('b-first', 5), post('b-second', 5)] });
      timeline.addPage('a', { posts: [post('a-z', 5), post('a-y', 5)] });
      expect(ids(timeline.visible())).to.deep.equal(['a-z', 'a-y', 'b-first', 'b-second']);
    });

    it('waits at a tie for a source declared earlier, whose next page may hold the same time', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a5', 5)], next: 'a2' });
      timeline.addPage('b', { posts: [post('b5', 5)] });
      expect(ids(timeline.visible())).to.deep.equal(['a5']);
      timeline.addPage('a', { posts: [post('a5bis', 5)] });
      expect(ids(timeline.visible())).to.deep.equal(['a5', 'a5bis', 'b5']);
    });

    it('stamps each post with its source and leaves the given posts alone', () => {
      const timeline = twoSources();
      const given = post('a1', 1);
      timeline.addPage('a', { posts: [given] });
      timeline.addPage('b', { posts: [] });
      const [shown] = timeline.visible();
      expect(shown?.source).to.deep.equal({ id: 'a', label: 'Friends', network: 'mastodon' });
      expect(given.source).to.equal(undefined);
    });

    it('returns the same frozen array until something changes', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [post('a1', 1)], next: 'n' });
      const first = timeline.visible();
      expect(timeline.visible()).to.equal(first);
      expect(Object.isFrozen(first)).to.equal(true);
      timeline.addPage('a', { posts: [post('a2', 2)] });
      expect(timeline.visible()).not.to.equal(first);
    });

    it('sorts a repost by when it was reposted, when the format says', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      const old = post('old', 60 * 24 * 365, { repostedBy: { id: 'booster' } });
      (old as Post & { repostedAt?: Date }).repostedAt = new Date(BASE - 2 * 60_000);
      timeline.addPage('a', { posts: [post('new', 1), old, post('older', 3)], next: 'n' });
      expect(ids(timeline.visible())).to.deep.equal(['new', 'old', 'older']);
    });

    it('does not let a pinned post drag the cutoff back', () => {
      const timeline = twoSources();
      timeline.addPage('a', {
        posts: [post('pinned', 1000, { pinned: true }), post('a1', 1)],
        next: 'a2',
      });
      timeline.addPage('b', { posts: [post('b2', 2), post('b500', 500)] });
      // a's next page can still be older than 1 minute only; b500 must wait, and so must the pin.
      expect(ids(timeline.visible())).to.deep.equal(['a1']);
      timeline.addPage('a', { posts: [post('a3', 3)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b2', 'a3', 'b500', 'pinned']);
    });
  });

  describe('sources that stop', () => {
    it('stops waiting for a source that failed', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a1', 1), post('a2', 2)], next: 'a2' });
      const error = new Error('HTTP 500');
      timeline.fail('b', error);
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a2']);
      expect(timeline.needs()).to.deep.equal(['a']);
      expect(timeline.state('b')).to.deep.include({ status: 'failed', error });
    });

    it('keeps what a source delivered before it failed', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a1', 1), post('a9', 9)], next: 'a2' });
      timeline.addPage('b', { posts: [post('b3', 3)], next: 'b2' });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b3']);
      timeline.fail('b', new Error('timeout'));
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b3', 'a9']);
    });

    it('stops waiting for a source the owner exhausted', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a1', 1), post('a5', 5)], next: 'a2' });
      timeline.addPage('b', { posts: [post('b2', 2)], next: 'b2' });
      timeline.exhaust('b');
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b2', 'a5']);
      expect(timeline.state('b').status).to.equal('done');
    });

    it('treats a page that points at the same next page again as the last', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [post('a1', 1)], next: 'same' });
      timeline.addPage('a', { posts: [], next: 'same' });
      expect(timeline.state('a').status).to.equal('done');
      expect(timeline.needs()).to.deep.equal([]);
    });

    it('asks for the next page after an empty page that moves on', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [], next: 'p2' });
      expect(timeline.needs()).to.deep.equal(['a']);
      timeline.addPage('a', { posts: [], next: 'p3' });
      expect(timeline.needs()).to.deep.equal(['a']);
    });

    it('keeps the reader’s place when a failed source recovers with newer posts', () => {
      const timeline = twoSources();
      timeline.fail('b');
      timeline.addPage('a', { posts: [post('a1', 1), post('a5', 5)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a5']);
      timeline.addPage('b', { posts: [post('b3', 3), post('b9', 9)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a5', 'b9']);
      expect(timeline.pendingCount).to.equal(1);
      expect(ids(timeline.takePending())).to.deep.equal(['b3']);
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b3', 'a5', 'b9']);
    });

    it('forgets a removed source and stops waiting for it', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a1', 1), post('a4', 4)] });
      timeline.addPage('b', { posts: [post('b2', 2)], next: 'b2' });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'b2']);
      timeline.removeSource('b');
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a4']);
      expect(timeline.sources().map((s) => s.id)).to.deep.equal(['a']);
    });

    it('reports each source’s cursors and refuses unknown ones', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [], next: 'older', prev: 'newer' });
      expect(timeline.state('a')).to.deep.equal({
        id: 'a',
        label: 'Friends',
        network: 'mastodon',
        status: 'more',
        next: 'older',
        prev: 'newer',
      });
      expect(timeline.state('b').status).to.equal('waiting');
      expect(() => timeline.addPage('nope', { posts: [] })).to.throw(RangeError, 'addSource');
    });
  });

  describe('refresh', () => {
    it('keeps newer posts apart until the reader takes them', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('a10', 10)] });
      timeline.addPage('b', { posts: [post('b20', 20)] });
      const before = timeline.visible();
      timeline.newer('a', {
        posts: [post('a2', 2), post('a5', 5), post('a10', 10)],
        prev: 'a-newer',
      });
      timeline.newer('b', { posts: [post('b1', 1)] });
      expect(timeline.visible()).to.equal(before);
      expect(timeline.pendingCount).to.equal(3);
      expect(timeline.state('a').prev).to.equal('a-newer');
      expect(ids(timeline.takePending())).to.deep.equal(['b1', 'a2', 'a5']);
      expect(ids(timeline.visible())).to.deep.equal(['b1', 'a2', 'a5', 'a10', 'b20']);
      expect(timeline.pendingCount).to.equal(0);
    });

    it('puts refreshed posts with the same time above the ones already shown', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [post('a-old', 5)] });
      timeline.newer('a', { posts: [post('a-new', 5)] });
      timeline.takePending();
      expect(ids(timeline.visible())).to.deep.equal(['a-new', 'a-old']);
    });
  });

  describe('de-duplication', () => {
    it('shows a post seen twice in one source once (overlapping pages)', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [post('a1', 1), post('a2', 2)], next: 'n' });
      timeline.addPage('a', { posts: [post('a2', 2), post('a3', 3)] });
      expect(ids(timeline.visible())).to.deep.equal(['a1', 'a2', 'a3']);
    });

    it('shows a post that two sources share (same URL) once, from the first', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('x', 1)] });
      timeline.addPage('b', { posts: [post('other-id', 1, { url: 'https://social.example/x' })] });
      expect(timeline.visible().map((p) => [p.id, p.source?.id])).to.deep.equal([['x', 'a']]);
    });

    it('keeps the original over its syndicated copy, merging the links', () => {
      const original = post('blog-1', 3, {
        url: 'https://blog.example/2026/hello',
        syndication: ['https://social.example/@me/111'],
      });
      const copy = post('111', 2, {
        url: 'https://social.example/@me/111',
        syndication: ['https://bsky.example/p/1'],
      });
      for (const order of [
        ['copy', 'original'],
        ['original', 'copy'],
      ]) {
        const timeline = twoSources();
        for (const which of order) {
          if (which === 'copy') timeline.addPage('a', { posts: [copy] });
          else timeline.addPage('b', { posts: [original] });
        }
        const shown = timeline.visible();
        expect(ids(shown), order.join()).to.deep.equal(['blog-1']);
        expect(shown[0]?.syndication).to.deep.equal([
          'https://social.example/@me/111',
          'https://bsky.example/p/1',
        ]);
        expect(shown[0]?.source?.id).to.equal('b');
      }
    });

    it('keeps a copy that is already shown, giving it the original’s link', () => {
      const timeline = twoSources();
      timeline.fail('b');
      timeline.addPage('a', { posts: [post('111', 2, { url: 'https://social.example/@me/111' })] });
      timeline.addPage('b', {
        posts: [
          post('blog-1', 3, {
            url: 'https://blog.example/hello',
            syndication: ['https://social.example/@me/111'],
          }),
        ],
      });
      const shown = timeline.visible();
      expect(ids(shown)).to.deep.equal(['111']);
      expect(shown[0]?.syndication).to.deep.equal(['https://blog.example/hello']);
    });

    it('shows a repost of a post that is also there on its own once, as the original', () => {
      const booster = { id: 'friend', name: 'A friend' };
      for (const repostFirst of [true, false]) {
        const timeline = twoSources();
        const repost = post('x', 4, { repostedBy: booster });
        if (repostFirst) timeline.addPage('a', { posts: [repost] });
        timeline.addPage('b', { posts: [post('x', 4)] });
        if (!repostFirst) timeline.addPage('a', { posts: [repost] });
        const shown = timeline.visible();
        expect(shown, `repost first: ${repostFirst}`).to.have.length(1);
        expect(shown[0]?.repostedBy).to.equal(undefined);
        expect(shown[0]?.source?.id).to.equal('b');
      }
    });

    it('shows two reposts of one post once, keeping who reposted it first', () => {
      const timeline = twoSources();
      timeline.addPage('a', { posts: [post('x', 4, { repostedBy: { id: 'first' } })] });
      timeline.addPage('b', {
        posts: [
          post('x-copy', 4, { url: 'https://social.example/x', repostedBy: { id: 'second' } }),
        ],
      });
      const shown = timeline.visible();
      expect(shown).to.have.length(1);
      expect(shown[0]?.repostedBy?.id).to.equal('first');
    });

    it('recognises a third copy after the first was replaced', () => {
      const timeline = twoSources();
      timeline.addSource('c');
      timeline.addPage('a', { posts: [post('x', 4, { repostedBy: { id: 'booster' } })] });
      timeline.addPage('b', { posts: [post('x', 4)] });
      timeline.addPage('c', { posts: [post('x', 4, { repostedBy: { id: 'another' } })] });
      timeline.addPage('a', { posts: [post('x', 4, { repostedBy: { id: 'booster' } })] });
      expect(timeline.visible()).to.have.length(1);
    });

    it('drops a refreshed post that is already shown', () => {
      const timeline = createTimeline();
      timeline.addSource('a');
      timeline.addPage('a', { posts: [post('a1', 1)] });
      timeline.newer('a', { posts: [post('a0', 0), post('a1', 1)] });
      expect(timeline.pendingCount).to.equal(1);
    });
  });
});
