/**
 * Every element at work under the strict policy of test/csp/server-plugin.mjs: a feed of six
 * sources in six formats, standalone posts (poll, media with the lightbox open, quote, content
 * warning opened, Bluesky video), a post from the model with its hover card open, profile cards
 * from four kinds of profile document, and a composer that publishes. Reports the violations and
 * what each element showed to the test that framed the page (test/reliability/csp.test.ts).
 */
import { loadSanitizer, useSanitizerEngine } from '../../src/html/sanitize.js';
import type { Post } from '../../src/model/post.js';
import { collectErrors, sendReport } from './report.js';

const errors = collectErrors();
const engine =
  new URLSearchParams(location.search).get('engine') === 'dompurify' ? 'dompurify' : 'native';
useSanitizerEngine(engine);
await loadSanitizer();
await import('../../src/define/all.js');

const root = document.getElementById('root')!;
const rendered: Record<string, string> = {};
const data = (path: string) => `/test-csp/data/${path}`;

function add<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  parent: Element = root,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

/** Polls until `check` holds or `ms` pass; resolves either way. */
async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check() && performance.now() < end)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

const shadow = (element: Element) => element.shadowRoot!;
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The outcome of an element that loads: `ok` with what shows, or its error text. */
function outcome(element: Element, shows: string): string {
  const error = shadow(element).querySelector('[part~="error"]');
  if (error) return `error: ${text(error)}`;
  const part = shadow(element).querySelector(`[part~="${shows}"]`);
  return part ? `ok ${text(part).slice(0, 60)}` : 'nothing shown';
}

// ---- the feed: one source per format -------------------------------------------------------

const SOURCES: [label: string, src: string][] = [
  ['Mastodon', data('mastodon/recorded.account-statuses.page1.json')],
  ['Bluesky', data('bluesky/snapshot.getAuthorFeed.feed.json')],
  ['JSON Feed', data('jsonfeed/spec-1.1.microblog.json')],
  ['RSS', data('rss-atom/rss-parser.uolNoticias.rss')],
  ['Atom', data('rss-atom/rss-parser.heise.atom')],
  ['h-feed', data('microformats2/h-feed.simple.html')],
];
const feed = add('social-feed', { label: 'Everyone', limit: '40' });
for (const [label, src] of SOURCES) add('social-source', { label, src }, feed);
const settled = new Set<string>();
feed.addEventListener('social-load', (event) => {
  settled.add(event.source?.label ?? '');
  rendered[`feed source ${event.source?.label}`] =
    event.count > 0 ? `ok ${event.count} posts` : 'empty';
});
feed.addEventListener('social-error', (event) => {
  settled.add(event.source?.label ?? '');
  rendered[`feed source ${event.source?.label}`] = `error: ${event.error.message}`;
});

// ---- standalone posts ----------------------------------------------------------------------

const POSTS: [name: string, src: string][] = [
  ['post with poll', data('mastodon/recorded.status.poll.json')],
  ['post with media', data('mastodon/recorded.status.media-alt-text.json')],
  ['post with quote', data('mastodon/recorded.status.quote.json')],
  ['post with content warning', data('mastodon/recorded.status.content-warning.json')],
  ['post with link card', data('mastodon/recorded.status.link-card.json')],
  ['Bluesky post with video', data('bluesky/snapshot.postview.video-with-record.json')],
];
const posts = POSTS.map(([name, src]) => [name, add('social-post', { src })] as const);

const sample = (await (await fetch('/test/fixtures/posts/sample.json')).json()) as (Omit<
  Post,
  'published'
> & { published: string })[];
const modelPost = add('social-post', {});
modelPost.post = { ...sample[0]!, published: new Date(sample[0]!.published) } as Post;

// ---- profile cards -------------------------------------------------------------------------

const CARDS: [name: string, src: string][] = [
  ['card from a Mastodon account', '/test-csp/account.json'],
  ['card from an ActivityPub actor', data('activitypub/w3c-ap.example-actor-person.json')],
  ['card from a Bluesky profile', data('bluesky/snapshot.getProfile.json')],
  ['card from an h-card', data('microformats2/h-card.hcard.html')],
];
const cards = CARDS.map(([name, src]) => [name, add('social-profile-card', { src })] as const);

// ---- the composer --------------------------------------------------------------------------

const composer = add('social-composer', {
  action: `/test-compose/micropub/csp-${engine}-${Date.now()}/ok`,
  'draft-key': `csp-${engine}`,
});
let posted = false;
composer.addEventListener('social-posted', () => (posted = true));

// ---- wait for everything, then use what readers use ----------------------------------------

const loaded = (element: Element) =>
  Boolean(
    shadow(element)?.querySelector(
      '[part~="post"]:not(.skeleton), [part~="card"], [part~="error"]',
    ),
  );
await until(() => settled.size === SOURCES.length);
await until(() =>
  [...posts.map(([, post]) => post), ...cards.map(([, card]) => card)].every(loaded),
);

const area = shadow(composer).querySelector('textarea')!;
area.value = 'Hello from a page with a strict policy';
area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
await composer.updateComplete;
shadow(composer).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
await until(() => posted);

// The author's hover card open (before the lightbox, whose focus may scroll: cards wait for
// scrolling to stop), the content warning opened, the first image in the lightbox.
const hoverCard = () => shadow(modelPost).querySelector('social-profile-card');
const author = shadow(modelPost).querySelector('[part~="author"]')!;
// A card waits for scrolling to stop (images still arriving may scroll the page): point again.
for (
  let tries = 0;
  tries < 6 && !hoverCard()?.shadowRoot?.querySelector('[part~="card"]');
  tries++
) {
  author.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
  await until(() => Boolean(hoverCard()?.shadowRoot?.querySelector('[part~="card"]')), 800);
}
const warned = posts.find(([name]) => name === 'post with content warning')![1];
shadow(warned).querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
const media = posts.find(([name]) => name === 'post with media')![1];
shadow(media).querySelector<HTMLElement>('[data-image-index="0"]')?.click();
// Images and late reports (violations are queued as tasks of their own).
await new Promise((resolve) => setTimeout(resolve, 300));

// ---- what showed ---------------------------------------------------------------------------

for (const [label] of SOURCES) rendered[`feed source ${label}`] ??= 'never settled';
const feedPosts = [...shadow(feed).querySelectorAll('social-post')];
rendered['feed'] = feedPosts.length > 0 ? `ok ${feedPosts.length} posts shown` : 'no posts shown';
for (const [name, post] of posts) rendered[name] = outcome(post, 'body');
rendered['post from the model'] = outcome(modelPost, 'body');
rendered['hover card'] = hoverCard() ? outcome(hoverCard()!, 'name') : 'did not open';
rendered['content warning opened'] = warned.open ? 'ok' : 'stayed closed';
rendered['lightbox'] = shadow(media).querySelector('dialog[open]') ? 'ok' : 'did not open';
for (const [name, card] of cards) rendered[name] = outcome(card, 'name');
rendered['composer'] = posted
  ? 'ok'
  : `not posted: ${text(shadow(composer).querySelector('[part~="error"]'))}`;

sendReport({ page: 'page', engine, errors, rendered });
