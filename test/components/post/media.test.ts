import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { parseFeed } from '../../../src/formats/index.js';
import { clock } from '../../../src/i18n/clock.js';
import type { Attachment, Post } from '../../../src/model/post.js';
import { NOW, samplePosts } from '../../helpers.js';

const MEDIA = '/test/fixtures/posts/media';
const SIZES: Record<string, [number, number]> = {
  landscape: [600, 400],
  portrait: [400, 600],
  square: [400, 400],
  wide: [1200, 400],
};

/** A local image attachment; a fresh query string keeps it out of the cache, so it loads late. */
function image(name: keyof typeof SIZES & string, alt?: string): Attachment {
  const [width, height] = SIZES[name]!;
  const url = `${MEDIA}/${name}.svg?fresh=${Math.random()}`;
  return { kind: 'image', url, preview: url, width, height, ...(alt ? { alt } : {}) };
}

const part = (el: SocialPost, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const all = (el: SocialPost, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

async function fixturePost(path: string, format: string): Promise<Post> {
  const response = await fetch(`/test/fixtures/${path}`);
  return (await parseFeed(await response.text(), { format })).posts[0]!;
}

/** The real Mastodon status with two described images, its media served locally. */
async function mastodonMedia(): Promise<Post> {
  const post = await fixturePost('mastodon/recorded.status.media-alt-text.json', 'mastodon');
  const local = ['square', 'landscape'] as const;
  return {
    ...post,
    attachments: post.attachments!.map((attachment, index) => ({
      ...attachment,
      url: `${MEDIA}/${local[index]}.svg`,
      preview: `${MEDIA}/${local[index]}.svg`,
    })),
  };
}

/** Emulates the reduced-motion preference where the browser driver can (not Firefox over BiDi). */
async function emulateMotion(reducedMotion: 'reduce' | 'no-preference'): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion });
    return true;
  } catch {
    return false;
  }
}

async function render(post: Post, width = 480): Promise<SocialPost> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en" style="inline-size: ${width}px"><social-post .post=${post}></social-post></div>`,
  );
  const el = wrapper.querySelector('social-post')!;
  await el.updateComplete;
  return el;
}

function boxes(el: SocialPost): DOMRect[] {
  return all(el, '.tile').map((tile) => tile.getBoundingClientRect());
}

async function imagesLoaded(el: SocialPost): Promise<void> {
  await Promise.all(
    all(el, '.tile img').map((img) => (img as HTMLImageElement).decode().catch(() => undefined)),
  );
}

describe('<social-post> media', () => {
  let sample: Post;
  const realNow = clock.now;

  before(async () => {
    sample = (await samplePosts())[0]!;
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  describe('grid', () => {
    const cases: { count: number; names: (keyof typeof SIZES & string)[] }[] = [
      { count: 1, names: ['portrait'] },
      { count: 2, names: ['landscape', 'portrait'] },
      { count: 3, names: ['landscape', 'portrait', 'square'] },
      { count: 4, names: ['landscape', 'portrait', 'square', 'wide'] },
      { count: 5, names: ['landscape', 'portrait', 'square', 'wide', 'square'] },
    ];
    for (const { count, names } of cases) {
      it(`sizes ${count} image box(es) before any image loads, and they never move`, async () => {
        const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
        const shifts: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push((entry as unknown as { value: number }).value);
        });
        if (supported) observer.observe({ type: 'layout-shift' });
        const el = await render({ ...sample, attachments: names.map((name) => image(name, name)) });
        const before = boxes(el);
        expect(before).to.have.length(count);
        for (const box of before) expect(box.width * box.height).to.be.greaterThan(0);
        await imagesLoaded(el);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        const after = boxes(el);
        expect(after.map((box) => [box.width, box.height, box.x, box.y])).to.deep.equal(
          before.map((box) => [box.width, box.height, box.x, box.y]),
        );
        if (supported) {
          observer.takeRecords();
          observer.disconnect();
          expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
        }
        if (count === 1) {
          // A portrait photo keeps most of its shape: cropped to 3:4 at most.
          expect(before[0]!.width / before[0]!.height).to.be.closeTo(3 / 4, 0.01);
        } else if (count <= 4) {
          const grid = el.shadowRoot!.querySelector('.grid')!.getBoundingClientRect();
          expect(grid.width / grid.height).to.be.closeTo(16 / 9, 0.01);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('uses 16:9 for a lone image whose size is unknown', async () => {
      const el = await render({
        ...sample,
        attachments: [{ kind: 'image', url: `${MEDIA}/square.svg`, alt: 'A square' }],
      });
      const [box] = boxes(el);
      expect(box!.width / box!.height).to.be.closeTo(16 / 9, 0.01);
    });
  });

  describe('alt text', () => {
    it('shows a description on demand from the ALT badge, by keyboard', async () => {
      const el = await render(await mastodonMedia());
      (part(el, 'reveal') as HTMLButtonElement).click(); // the real status is marked sensitive
      await el.updateComplete;
      const badge = part(el, 'alt-badge') as HTMLButtonElement;
      expect(badge.localName).to.equal('button');
      expect(badge.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ALT image description');
      const description = el.shadowRoot!.getElementById(badge.getAttribute('aria-controls')!)!;
      expect(description.hidden).to.equal(true);
      badge.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(badge.getAttribute('aria-expanded')).to.equal('true');
      expect(description.hidden).to.equal(false);
      expect(description.textContent!.trim()).to.equal('John Lennon doing a funny walk');
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(description.hidden).to.equal(true);
    });

    it('marks an image without a description, for eyes and for screen readers', async () => {
      const el = await render({ ...sample, attachments: [image('landscape')] });
      const marker = part(el, 'alt-badge')!;
      expect(marker.localName).to.equal('span');
      expect(marker.textContent!.trim()).to.equal('No ALT');
      expect(marker.getAttribute('aria-hidden')).to.equal('true');
      const thumbnail = part(el, 'thumbnail')!;
      expect(thumbnail.textContent).to.contain('Image without description');
      await expect(el).to.be.accessible();
    });
  });

  describe('lightbox', () => {
    it('opens from the keyboard, moves with arrows, closes on Escape and returns focus', async () => {
      const el = await render({
        ...sample,
        attachments: [image('landscape', 'First'), image('portrait', 'Second')],
      });
      const [first] = all(el, '[part~="thumbnail"]');
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => (part(el, 'lightbox') as HTMLDialogElement | null)?.open, 'it opens');
      const dialog = part(el, 'lightbox') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
      expect(dialog.querySelector('figcaption')!.textContent!.trim()).to.equal('First');
      expect(dialog.querySelector('.counter')!.textContent).to.equal('1 of 2');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(dialog.querySelector('figcaption')!.textContent!.trim()).to.equal('Second');
      expect((dialog.querySelector('img') as HTMLImageElement).alt).to.equal('Second');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(dialog.querySelector('.counter')!.textContent).to.equal('1 of 2');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(dialog.querySelector('.counter')!.textContent).to.equal('2 of 2');

      await sendKeys({ press: 'Escape' });
      // The dialog's close event comes in a task of its own; the closed lightbox leaves the DOM.
      await waitUntil(() => part(el, 'lightbox') === null, 'the lightbox is gone');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      // Back on the thumbnail of the image the reader ended on.
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part~="thumbnail"]')[1]);
    });

    it('has a visible close button that works', async () => {
      const el = await render({ ...sample, attachments: [image('square', 'Only')] });
      part(el, 'thumbnail')!.click();
      // The lightbox's code loads on first use.
      await waitUntil(() => (part(el, 'lightbox') as HTMLDialogElement | null)?.open, 'it opens');
      const dialog = part(el, 'lightbox') as HTMLDialogElement;
      const close = part(el, 'close')!;
      expect(close.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(close.textContent).to.contain('Close');
      close.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
    });
  });

  describe('sensitive media', () => {
    it('covers media marked sensitive until revealed, by keyboard', async () => {
      const el = await render(await mastodonMedia());
      const cover = part(el, 'reveal') as HTMLButtonElement;
      expect(cover.textContent).to.contain('Sensitive media');
      const items = el.shadowRoot!.querySelector('.items') as HTMLElement;
      expect(items.inert).to.equal(true);
      expect(getComputedStyle(items).filter).to.contain('blur');
      await expect(el).to.be.accessible();
      cover.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items.inert).to.equal(false);
      const hide = part(el, 'reveal')!;
      expect(hide.textContent!.trim()).to.equal('Hide media');
      expect(el.shadowRoot!.activeElement).to.equal(hide);
      await expect(el).to.be.accessible();
    });
  });

  describe('video, animation and audio', () => {
    it('shows video with controls, metadata preload, a poster and no autoplay', async () => {
      const el = await render({
        ...sample,
        attachments: [
          {
            kind: 'video',
            url: `${MEDIA}/tone.wav`,
            preview: `${MEDIA}/landscape.svg`,
            width: 600,
            height: 400,
            alt: 'A clip',
          },
        ],
      });
      const video = el.shadowRoot!.querySelector('video')!;
      expect(video.controls).to.equal(true);
      expect(video.getAttribute('preload')).to.equal('metadata');
      expect(video.poster).to.contain('landscape.svg');
      expect(video.autoplay).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('does not loop an animation under prefers-reduced-motion until asked', async function () {
      if (!(await emulateMotion('reduce'))) this.skip();
      try {
        const el = await render({
          ...sample,
          attachments: [
            {
              kind: 'gifv',
              url: `${MEDIA}/tone.wav`,
              preview: `${MEDIA}/square.svg`,
              width: 400,
              height: 400,
            },
          ],
        });
        const video = el.shadowRoot!.querySelector('video')!;
        expect(video.muted).to.equal(true);
        expect(video.loop).to.equal(true);
        expect(video.autoplay).to.equal(false);
        const toggle = part(el, 'animation-toggle')!;
        expect(toggle.getAttribute('aria-pressed')).to.equal('false');
        expect(toggle.textContent!.trim()).to.equal('Play animation');
        await expect(el).to.be.accessible();
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      } finally {
        await emulateMotion('no-preference');
      }
    });

    it('loops a muted animation when motion is welcome', async function () {
      await emulateMotion('no-preference');
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
      const el = await render({
        ...sample,
        attachments: [{ kind: 'gifv', url: `${MEDIA}/tone.wav`, width: 400, height: 400 }],
      });
      const video = el.shadowRoot!.querySelector('video')!;
      expect(video.autoplay).to.equal(true);
      expect(video.muted).to.equal(true);
      expect(part(el, 'animation-toggle')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('plays audio with controls', async () => {
      const el = await render({
        ...sample,
        attachments: [{ kind: 'audio', url: `${MEDIA}/tone.wav`, alt: 'A short tone' }],
      });
      const audio = el.shadowRoot!.querySelector('audio')!;
      expect(audio.controls).to.equal(true);
      expect(audio.getAttribute('aria-label')).to.equal('A short tone');
      await expect(el).to.be.accessible();
    });

    it('plays a Bluesky HLS video natively, or links its thumbnail to the post', async () => {
      const post = await fixturePost('bluesky/snapshot.postview.video-with-record.json', 'bluesky');
      const video = post.attachments!.find((attachment) => attachment.kind === 'video')!;
      expect(video.mimeType).to.equal('application/vnd.apple.mpegurl');
      const el = await render({
        ...post,
        url: 'https://bsky.app/profile/alice.test/post/1',
        attachments: [{ ...video, preview: `${MEDIA}/landscape.svg` }],
      });
      const native = document.createElement('video').canPlayType(video.mimeType!) !== '';
      if (native) {
        expect(el.shadowRoot!.querySelector('video')!.src).to.equal(video.url);
      } else {
        expect(el.shadowRoot!.querySelector('video')).to.equal(null);
        const link = part(el, 'thumbnail') as HTMLAnchorElement;
        expect(link.href).to.equal('https://bsky.app/profile/alice.test/post/1');
        expect(link.textContent).to.contain('Watch the video on the original site');
      }
      await expect(el).to.be.accessible();
    });
  });
});
