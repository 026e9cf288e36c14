/**
 * The demo's feed section: the markup lives in demo/index.html (so it works before the script
 * loads); this module only shows the feed's events in the section's event log.
 */
import type { SocialErrorEvent, SocialLoadEvent, SocialNewPostsEvent } from '../../src/index.js';

/** Writes each `social-load`, `social-error` and `social-new-posts` of the demo feed to its log. */
export function setUpFeedSection(root: ParentNode = document): void {
  const feed = root.querySelector<HTMLElement>('social-feed#merged');
  const log = root.querySelector<HTMLOutputElement>('output#feed-events');
  if (!feed || !log) return;
  const write = (line: string) => {
    const item = document.createElement('li');
    item.textContent = line;
    log.querySelector('ol')?.append(item);
  };
  feed.addEventListener('social-load', (event: SocialLoadEvent) =>
    write(`social-load: ${event.source?.label ?? event.source?.id} (${event.count} posts)`),
  );
  feed.addEventListener('social-error', (event: SocialErrorEvent) =>
    write(`social-error: ${event.source?.label ?? event.source?.id} — ${event.error.message}`),
  );
  feed.addEventListener('social-new-posts', (event: SocialNewPostsEvent) =>
    write(`social-new-posts: ${event.count}`),
  );
}
