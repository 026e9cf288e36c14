/**
 * The parts only some posts need load on demand. These tests run in a page where nothing loaded
 * them yet, so they see what a reader's first post shows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { clock } from '../../../src/i18n/clock.js';
import type { Post } from '../../../src/model/post.js';
import { NOW, samplePosts } from '../../helpers.js';

const MEDIA = '/test/fixtures/posts/media';

/** Everything a post can carry besides text: each is a part of its own. */
function fullPost(sample: Post): Post {
  return {
    ...sample,
    summary: 'Spoilers',
    repostedBy: { id: 'r', name: 'Grace Example', handle: '@grace@example.social' },
    inReplyTo: { url: 'https://example.social/@x/1', author: { handle: '@x@example.social' } },
    attachments: [
      { kind: 'image', url: `${MEDIA}/square.svg`, width: 400, height: 400, alt: 'A square' },
      { kind: 'audio', url: `${MEDIA}/tone.wav`, alt: 'A tone' },
    ],
    poll: {
      options: [
        { title: 'Yes', votes: 3 },
        { title: 'No', votes: 1 },
      ],
      closed: true,
    },
    card: { url: 'https://example.org/', title: 'Example Domain' },
    quote: { ...sample, id: 'quoted', text: 'The quoted words' },
  } as Post;
}

describe('<social-post> parts loaded on demand', () => {
  let sample: Post;
  const realNow = clock.now;

  before(async () => {
    sample = (await samplePosts())[0]!;
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  it('shows every part of a post in its first render, with the parts’ styles', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-post');
    el.post = fullPost(sample);
    el.open = true;
    let first: string[] | undefined;
    wrapper.append(el);
    // The shadow root exists from the connect on; the first render fills it later.
    const observer = new MutationObserver(() => {
      first ??= ['poll', 'card', 'quote', 'media', 'context', 'summary'].filter(
        (name) => el.shadowRoot!.querySelector(`[part~="${name}"]`) === null,
      );
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    expect(first, 'parts missing from the first render').to.deep.equal([]);
    const root = el.shadowRoot!;
    // Laid out by their own styles, which arrived with them.
    expect(getComputedStyle(root.querySelector('.grid')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('[part~="card"]')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('[part~="quote"]')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('.option-bar')!).position).to.equal('absolute');
    expect(getComputedStyle(root.querySelector('.warning')!).display).to.equal('flex');
    // Styles go in as adopted sheets: no <style> element (a strict CSP refuses those).
    expect(root.querySelector('style')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads the lightbox on first use and renders it only while open', async () => {
    const el = await fixture<SocialPost>(
      html`<social-post lang="en" .post=${fullPost(sample)} open></social-post>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('dialog')).to.equal(null);
    const thumbnail = root.querySelector<HTMLElement>('[part~="thumbnail"]')!;
    thumbnail.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog')?.open, 'it opens');
    expect(getComputedStyle(root.querySelector('.lightbox-bar')!).display).to.equal('flex');
    expect(root.activeElement).to.equal(root.querySelector('[part~="close"]'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => root.querySelector('dialog') === null, 'it is gone once closed');
    expect(root.activeElement).to.equal(thumbnail);
  });

  it('does not open the hover card when the pointer left while its code loaded', async () => {
    const el = await fixture<SocialPost>(
      html`<social-post lang="en" .post=${sample}></social-post>`,
    );
    const root = el.shadowRoot!;
    const author = root.querySelector<HTMLElement>('[part~="author"]')!;
    author.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    author.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    // Past the open delay (500 ms) with room to spare.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(root.querySelector('[part~="hovercard"]')?.matches(':popover-open') ?? false).to.equal(
      false,
    );
  });

  it('loads the hover card on the first pointer over the author, and opens it', async () => {
    const el = await fixture<SocialPost>(
      html`<social-post lang="en" .post=${sample}></social-post>`,
    );
    const root = el.shadowRoot!;
    const author = root.querySelector<HTMLElement>('[part~="author"]')!;
    expect(root.querySelector('[part~="hovercard"]')).to.equal(null);
    author.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    // The event that loaded the card counts: it opens after the usual delay, with no second one.
    await waitUntil(
      () => root.querySelector('[part~="hovercard"]')?.matches(':popover-open'),
      'the card opens',
      { timeout: 3000 },
    );
  });
});
