import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { LitElement } from 'lit';
import type { SocialErrorEvent } from '../../src/events/error.js';
import type { Post } from '../../src/model/post.js';
import { recordReliability } from './record.js';
import { faultUrl, firstOutcome, newKey, textOf, until, watchUncaught } from './faults.js';

// Changing `src` while a load is in flight must never show the old source's content, whichever
// of the two answers first; and an element moved in the page while loading must still load
// (a move is a disconnect, which aborts, and a connect). Sources are slow on purpose
// (test/faults/server-plugin.mjs).

type Element = LitElement & { src?: string };

interface Swap {
  name: string;
  /** The element, and how to read what it shows. */
  create(): Element;
  shows(el: Element): string;
  /** `src` of the old and the new document; `marker` is text only the old one has. */
  old: { target: string; marker: string };
  next: { target: string; marker: string };
}

const postText = (el: Element) => textOf(el.shadowRoot!.querySelector('[part~="body"]'));

const SWAPS: Swap[] = [
  {
    name: 'social-feed',
    create: () => document.createElement('social-feed'),
    shows: (el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement & { post: Post }>('social-post')]
        .map((post) => textOf(post.shadowRoot?.querySelector('[part~="body"]')))
        .join(' '),
    old: { target: 'mastodon', marker: 'Toot number' },
    next: { target: 'jsonfeed', marker: 'Cats are neat' },
  },
  {
    name: 'social-post',
    create: () => document.createElement('social-post'),
    shows: postText,
    old: { target: 'jsonfeed', marker: 'Cats are neat' },
    next: { target: 'status', marker: 'example.org' },
  },
  {
    name: 'social-profile-card src',
    create: () => document.createElement('social-profile-card'),
    shows: (el) => textOf(el.shadowRoot!.querySelector('[part~="name"]')),
    old: { target: 'account', marker: 'John Lennon' },
    next: { target: 'actor', marker: '石井健蔵' },
  },
];

/**
 * Sets `src` to the old document, then, while it loads, to the new one; watches every frame
 * until the slower of the two has answered and a little more. Returns what was ever shown.
 */
async function swap(item: Swap, oldMs: number, newMs: number): Promise<string[]> {
  const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = item.create();
  const url = (target: string, ms: number) =>
    ms > 0
      ? `/test-faults/${target}/slow?key=${newKey('swap')}&ms=${ms}`
      : faultUrl(target, 'ok', newKey('swap'));
  el.src = url(item.old.target, oldMs);
  host.append(el);
  await el.updateComplete;
  // The old request is on its way, and has not answered.
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(item.shows(el), 'the old source has not answered yet').to.equal('');
  const errors: Error[] = [];
  el.addEventListener('social-error', (event) => errors.push((event as SocialErrorEvent).error));
  el.src = url(item.next.target, newMs);
  const seen = new Set<string>();
  const end = Date.now() + Math.max(oldMs, newMs) + 500;
  while (Date.now() < end || !item.shows(el).includes(item.next.marker)) {
    seen.add(item.shows(el));
    if (Date.now() > end + 5000) break;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  seen.add(item.shows(el));
  expect(errors, 'no error from the abandoned load').to.deep.equal([]);
  return [...seen];
}

describe('lifecycle: changing src mid-flight', () => {
  for (const item of SWAPS) {
    for (const [label, oldMs, newMs] of [
      // "Fast" still answers after the switch, while the other is pending.
      ['slow old source, fast new source', 1200, 0],
      ['fast old source, slow new source', 300, 900],
    ] as const) {
      it(`${item.name}: ${label} never shows the old one`, async () => {
        let held = false;
        let frames = 0;
        try {
          const watch = watchUncaught();
          const seen = await swap(item, oldMs, newMs);
          watch.stop();
          frames = seen.length;
          expect(seen.filter((text) => text.includes(item.old.marker))).to.deep.equal([]);
          expect(seen.at(-1)).to.contain(item.next.marker);
          expect(watch.errors).to.deep.equal([]);
          held = true;
        } finally {
          await recordReliability({
            area: 'lifecycle',
            name: `src changed mid-flight: ${label}`,
            element: item.name,
            cases: 1,
            held,
            ...(frames ? { detail: 'every frame checked until both answered' } : {}),
          });
        }
      });
    }
  }

  it('social-feed: a source swapped for another never shows the old one', async () => {
    let held = false;
    try {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const feed = document.createElement('social-feed');
      const source = document.createElement('social-source');
      source.label = 'Swapped';
      source.src = `/test-faults/mastodon/slow?key=${newKey('swap')}&ms=1200`;
      feed.append(source);
      host.append(feed);
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
      source.src = faultUrl('jsonfeed', 'ok', newKey('swap'));
      const shows = () => SWAPS[0]!.shows(feed as Element);
      const end = Date.now() + 1700;
      let sawOld = false;
      while (Date.now() < end) {
        if (shows().includes('Toot number')) sawOld = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await until(() => shows().includes('Cats are neat'), 'the new source');
      expect(sawOld).to.equal(false);
      held = true;
    } finally {
      await recordReliability({
        area: 'lifecycle',
        name: 'src changed mid-flight: slow old source, fast new source',
        element: 'social-source in a feed',
        cases: 1,
        held,
      });
    }
  });

  for (const [name, create, shows] of [
    [
      'social-post',
      () =>
        Object.assign(document.createElement('social-post'), {
          src: faultUrl('status', 'slow', newKey('move')).replace(/ms=\d+/, 'ms=300'),
        }),
      postText,
    ],
    [
      'social-profile-card src',
      () =>
        Object.assign(document.createElement('social-profile-card'), {
          src: faultUrl('account', 'slow', newKey('move')).replace(/ms=\d+/, 'ms=300'),
        }),
      (el: Element) => textOf(el.shadowRoot!.querySelector('[part~="name"]')),
    ],
  ] as const) {
    it(`${name} moved in the page while loading still loads`, async () => {
      let held = false;
      try {
        const host = await fixture<HTMLElement>(html`<div lang="en"><p></p><p></p></div>`);
        const [first, second] = [...host.children] as HTMLElement[];
        const el = create() as Element;
        first!.append(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        // A move is a disconnect (which aborts the load) and a connect in the same task.
        const outcome = firstOutcome(el);
        second!.append(el);
        expect((await outcome).type).to.equal('load');
        await until(() => shows(el), 'the content after the move');
        held = true;
      } finally {
        await recordReliability({
          area: 'lifecycle',
          name: 'moved in the DOM while loading',
          element: name,
          cases: 1,
          held,
        });
      }
    });
  }
});
