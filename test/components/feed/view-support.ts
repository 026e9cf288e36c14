/**
 * What the feed's view-part tests share: the test server's gate that holds back or fails the
 * view's module request (test/components/feed/server-plugin.mjs), and ways to look into a feed.
 * Each test file runs in a page of its own, so the view is first loaded there.
 */
import type { SocialFeed } from '../../../src/components/feed/feed.js';

/** The feed's element with `part` name `name`, if shown. */
export const part = (el: SocialFeed, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The posts the feed shows. */
export const shown = (el: SocialFeed) => [...el.shadowRoot!.querySelectorAll('social-post')];

/** Holds back, fails or lets through the view's module request; resolves to the requests so far. */
export async function gate(command: 'hold' | 'fail' | 'open' | 'state'): Promise<number> {
  const response = await fetch(`/test-feed/gate/view/${command}`, {
    method: command === 'state' ? 'GET' : 'POST',
  });
  return (await response.json()) as number;
}

/** Lets the page's pending work run: timers, module and data requests, renders. */
export const moment = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
