import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/define/all.js';
import type { LitElement } from 'lit';
import { recordReliability } from './record.js';
import { faultUrl, newKey, watchUncaught } from './faults.js';
import { instrument, settle, summary } from './instrument.js';

// Elements come and go with the page around them (routers, tabs, virtual lists). Each element is
// attached and detached 1,000 times while its source loads (slowly, from test/faults/…), and
// afterwards nothing of it may remain: no timer or frame, no observer, no window or document
// listener, no request that was neither finished nor aborted. (Changing `src` mid-flight is in
// lifecycle-src.test.ts.)

const CYCLES = 1000;
/**
 * The cycles run in checked chunks, each its own test, so a busy two-core machine stays inside
 * the 10 s test timeout; every chunk must leave nothing, and the report adds them up.
 */
const CHUNK = 250;
/** Long enough that a request is still in flight when the element leaves. */
const SLOW = 4000;

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

type Element = LitElement & { src?: string };

interface Case {
  /** The column in RELIABILITY.md. */
  name: string;
  /** A fresh element, its source (or endpoint) slow. */
  create(key: string): Element;
}

function slow(target: string, key: string): string {
  return `${faultUrl(target, 'slow', key)}`.replace(/ms=\d+/, `ms=${SLOW}`);
}

const CASES: Case[] = [
  {
    name: 'social-feed',
    create(key) {
      const feed = document.createElement('social-feed');
      feed.refresh = 60;
      for (const [label, target] of [
        ['A', 'mastodon'],
        ['B', 'jsonfeed'],
      ] as const) {
        const source = document.createElement('social-source');
        source.label = label;
        source.src = slow(target, key);
        feed.append(source);
      }
      return feed;
    },
  },
  {
    name: 'social-post',
    create(key) {
      const post = document.createElement('social-post');
      post.src = slow('status', key);
      return post;
    },
  },
  {
    name: 'social-profile-card src',
    create(key) {
      const card = document.createElement('social-profile-card');
      card.src = slow('account', key);
      return card;
    },
  },
  {
    name: 'social-profile-card handle',
    create(key) {
      const card = document.createElement('social-profile-card');
      card.handle = '@alice@faults.example';
      card.webfingerUrl = () => slow('webfinger', key);
      return card;
    },
  },
  {
    name: 'social-composer',
    create(key) {
      const composer = document.createElement('social-composer');
      composer.format = 'micropub';
      // Discovery (`?q=config`) goes to the slow endpoint as the element connects.
      composer.action = slow('micropub', key);
      composer.draftKey = `lifecycle-${key}`;
      return composer;
    },
  },
];

/** Lets queued tasks run, so requests really start (and are really aborted). */
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lifecycle: attach and detach 1,000 times', () => {
  for (const item of CASES) {
    for (let start = 0; start < CYCLES; start += CHUNK) {
      it(`${item.name} leaves nothing behind (cycles ${start + 1}–${start + CHUNK})`, async () => {
        const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const key = newKey(`life-${item.name.replace(/\W+/g, '-')}`);
        // One cycle first: what a module sets up once per page (a shared listener) is not a leak.
        const warm = item.create(key);
        host.append(warm);
        await warm.updateComplete;
        await task();
        warm.remove();
        await settle(50);

        const watch = watchUncaught();
        const probe = instrument();
        let left;
        let held = false;
        try {
          // The same element over and over (connected/disconnected must pair up), and fresh ones.
          const same = item.create(key);
          for (let cycle = start; cycle < start + CHUNK; cycle++) {
            const el = cycle % 2 === 0 ? same : item.create(key);
            // Counted before attaching: some elements start their request as they connect.
            const before = probe.leftovers().fetchCount;
            host.append(el);
            // Mix of leaving at once, after the first render, and after the load has started.
            if (cycle % 5 === 1) await el.updateComplete;
            if (cycle % 20 === 2) {
              // Until its request is really on the wire, so leaving must abort it.
              await el.updateComplete;
              for (let wait = 0; wait < 50 && probe.leftovers().fetchCount === before; wait++) {
                await task();
              }
            }
            el.remove();
            if (cycle % 50 === 0) await task();
          }
          await settle();
          left = probe.leftovers();
          held =
            left.timers.length === 0 &&
            left.observers.length === 0 &&
            left.listeners.length === 0 &&
            left.fetches.length === 0 &&
            watch.errors.length === 0;
        } finally {
          probe.restore();
          watch.stop();
          localStorage.removeItem(`social-composer:lifecycle-${key}`);
          await recordReliability({
            area: 'lifecycle',
            name: `attach/detach ×${CYCLES}, source loading`,
            element: item.name,
            cases: CHUNK,
            held,
            ...(left
              ? {
                  detail: 'every request started was aborted or done',
                }
              : {}),
          });
        }
        expect(summary(left!), 'nothing left behind').to.equal('');
        expect(watch.errors).to.deep.equal([]);
        expect(left!.fetchCount, 'requests were started').to.be.greaterThan(0);
      });
    }
  }
});
