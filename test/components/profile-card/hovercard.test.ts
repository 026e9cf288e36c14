import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SocialPost } from '../../../src/components/post/post.js';
import type { SocialProfileCard } from '../../../src/components/profile-card/profile-card.js';
import '../../../src/define/social-feed.js';
import '../../../src/define/social-post.js';
import type { Post } from '../../../src/model/post.js';
import { samplePosts } from '../../helpers.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the open delay (500 ms), with room for the card's code to load. */
const OPENED = 800;

const authorLink = (post: SocialPost) =>
  post.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="author"]')!;
const popover = (post: SocialPost) =>
  post.shadowRoot!.querySelector<HTMLElement>('[part~="hovercard"]');
const isOpen = (post: SocialPost) => popover(post)?.matches(':popover-open') ?? false;
const card = (post: SocialPost) =>
  popover(post)?.querySelector<SocialProfileCard>('social-profile-card') ?? null;

function center(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

async function render(post: Post, attributes = ''): Promise<SocialPost> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en" style="padding: 1rem"><button>before</button></div>`,
  );
  const el = document.createElement('social-post');
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
  el.post = post;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Tabs from the button before the post to the author link. */
async function tabToAuthor(post: SocialPost): Promise<void> {
  post.parentElement!.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  expect(post.shadowRoot!.activeElement).to.equal(authorLink(post));
}

/** Waits for the card's fade-in: axe measures colors, and mid-fade they are blended. */
async function animationsDone(el: Element): Promise<void> {
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

describe('hover cards on <social-post>', () => {
  let sample: Post;

  before(async () => {
    sample = (await samplePosts())[0]!;
  });
  afterEach(async () => {
    await resetMouse();
  });

  describe('from the keyboard', () => {
    it('opens the compact profile card after a short delay on focus of the author link', async () => {
      const el = await render(sample);
      await tabToAuthor(el);
      expect(isOpen(el)).to.equal(false);
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      const profile = card(el)!;
      await profile.updateComplete;
      expect(profile.variant).to.equal('compact');
      expect(profile.actor).to.equal(sample.author);
      const root = profile.shadowRoot!.querySelector('[part~="card"]')!;
      expect(root.getAttribute('role')).to.equal('group');
      expect(root.getAttribute('aria-label')).to.equal('Profile of Ada Example');
      // It does not take the focus: the reader stays on the link.
      expect(el.shadowRoot!.activeElement).to.equal(authorLink(el));
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('closes on Escape and keeps focus on the link', async () => {
      const el = await render(sample);
      await tabToAuthor(el);
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      await sendKeys({ press: 'Escape' });
      expect(isOpen(el)).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(authorLink(el));
    });

    it('is next in the tab order while open, and Escape inside returns to the link', async () => {
      const el = await render(sample);
      await tabToAuthor(el);
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      await card(el)!.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(card(el));
      expect(isOpen(el)).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(isOpen(el)).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(authorLink(el));
    });

    it('closes when focus moves on past it', async () => {
      const el = await render(sample);
      await tabToAuthor(el);
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(isOpen(el)).to.equal(false);
    });

    it('never opens with no-hovercards', async () => {
      const el = await render(sample, 'no-hovercards');
      await tabToAuthor(el);
      await wait(OPENED);
      expect(popover(el)).to.equal(null);
    });

    it('never opens in a feed with no-hovercards', async () => {
      const feed = await fixture<HTMLElement & { posts: Post[] }>(
        html`<social-feed lang="en" no-hovercards .posts=${[sample]}></social-feed>`,
      );
      await (feed as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => feed.shadowRoot!.querySelector('social-post'), 'the post shows');
      const el = feed.shadowRoot!.querySelector<SocialPost>('social-post')!;
      await el.updateComplete;
      expect(el.noHovercards).to.equal(true);
      authorLink(el).focus();
      await wait(OPENED);
      expect(popover(el)).to.equal(null);
    });
  });

  describe('with a pointer', () => {
    it('opens after the pointer rests on the name, stays open over the card, closes after leaving', async () => {
      const el = await render(sample);
      await sendMouse({ type: 'move', position: center(authorLink(el)) });
      await wait(200);
      expect(isOpen(el)).to.equal(false);
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      await card(el)!.updateComplete;
      // Travel from the name to the card: the grace period keeps it open, and so does resting on it.
      await sendMouse({ type: 'move', position: center(popover(el)!) });
      await wait(600);
      expect(isOpen(el)).to.equal(true);
      // Focus never moved: a pointer card leaves the keyboard where it was.
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await sendMouse({ type: 'move', position: [2, 2] });
      await waitUntil(() => !isOpen(el), 'the card closes', { timeout: 1500 });
    });

    it('opens from the avatar too', async () => {
      const el = await render(sample);
      const avatar = el.shadowRoot!.querySelector('[part~="avatar"]')!;
      await sendMouse({ type: 'move', position: center(avatar) });
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
    });

    it('does not open when the pointer only passes over the name', async () => {
      const el = await render(sample);
      await sendMouse({ type: 'move', position: center(authorLink(el)) });
      await wait(150);
      await sendMouse({ type: 'move', position: [2, 2] });
      await wait(OPENED);
      expect(isOpen(el)).to.equal(false);
    });

    it('does not open while the page is scrolling', async () => {
      const el = await render(sample);
      const scroller = document.createElement('div');
      scroller.style.cssText = 'block-size: 50px; overflow: auto';
      const tall = document.createElement('div');
      tall.style.blockSize = '5000px';
      scroller.append(tall);
      document.body.append(scroller);
      const scrolling = setInterval(() => (scroller.scrollTop += 20), 50);
      try {
        await sendMouse({ type: 'move', position: center(authorLink(el)) });
        await wait(OPENED + 200);
        expect(isOpen(el)).to.equal(false);
      } finally {
        clearInterval(scrolling);
        scroller.remove();
      }
      // Once the scrolling stops, a pointer that moves over the name opens the card again.
      await wait(300);
      await sendMouse({ type: 'move', position: [2, 2] });
      await sendMouse({ type: 'move', position: center(authorLink(el)) });
      await waitUntil(() => isOpen(el), 'the card opens after scrolling', { timeout: 2000 });
    });

    it('places the card next to the name', async () => {
      const el = await render(sample);
      await sendMouse({ type: 'move', position: center(authorLink(el)) });
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      await card(el)!.updateComplete;
      const link = authorLink(el).getBoundingClientRect();
      const box = popover(el)!.getBoundingClientRect();
      expect(Math.abs(box.top - link.bottom)).to.be.lessThan(16);
      expect(Math.abs(box.left - link.left)).to.be.lessThan(16);
    });

    it('closes when no-hovercards is set while it is open', async () => {
      const el = await render(sample);
      await sendMouse({ type: 'move', position: center(authorLink(el)) });
      await waitUntil(() => isOpen(el), 'the card opens', { timeout: 2000 });
      el.noHovercards = true;
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
    });
  });
});
