import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { SocialToggleEvent } from '../../../src/events/toggle.js';
import { clock } from '../../../src/i18n/clock.js';
import type { Post } from '../../../src/model/post.js';
import { NOW, loadFixture, nextEvent, samplePosts } from '../../helpers.js';

const part = (el: SocialPost, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Whether the element or a container around it is hidden. */
const hidden = (element: HTMLElement) => element.closest('[hidden]') !== null;

describe('<social-post>', () => {
  let posts: Post[];
  const realNow = clock.now;

  before(async () => {
    posts = await samplePosts();
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  async function render(post: Post, lang = 'en'): Promise<SocialPost> {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}><social-post .post=${post}></social-post></div>`,
    );
    const el = wrapper.querySelector('social-post')!;
    await el.updateComplete;
    return el;
  }

  describe('registration', () => {
    it('is defined as social-post', () => {
      expect(customElements.get('social-post')).to.equal(SocialPost);
      expect(document.createElement('social-post')).to.be.instanceOf(SocialPost);
    });
  });

  describe('author and permalink', () => {
    it('shows the avatar with alt text, the name, the handle and a profile link', async () => {
      const el = await render(posts[0]!);
      const avatar = part(el, 'avatar') as HTMLImageElement;
      expect(avatar.localName).to.equal('img');
      expect(avatar.alt).to.equal('Avatar of Ada Example');
      expect(avatar.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(avatar.getAttribute('loading')).to.equal('lazy');
      expect(part(el, 'name')!.textContent).to.equal('Ada Example');
      expect(part(el, 'handle')!.textContent).to.equal('@ada@social.example');
      const author = part(el, 'author') as HTMLAnchorElement;
      expect(author.href).to.equal('https://social.example/@ada');
      expect(author.rel.split(' ')).to.include.members([
        'nofollow',
        'noopener',
        'noreferrer',
        'ugc',
      ]);
    });

    it('links the time to the post and gives it a machine-readable datetime', async () => {
      const el = await render(posts[0]!);
      const link = part(el, 'time') as HTMLAnchorElement;
      expect(link.href).to.equal('https://social.example/@ada/109999999999999999');
      const time = link.querySelector('time')!;
      expect(time.dateTime).to.equal('2026-11-25T09:00:00.000Z');
      expect(time.textContent!.trim()).to.equal('3 hours ago');
      expect(time.title).to.contain('2026');
    });

    it('labels the article with its author', async () => {
      const el = await render(posts[0]!);
      const article = el.shadowRoot!.querySelector('article')!;
      const labelledBy = article.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelledBy)!.textContent).to.contain('Ada Example');
    });

    it('drops links and images whose URLs are not http(s)', async () => {
      const hostile: Post = {
        ...posts[0]!,
        url: 'javascript:alert(1)',
        author: {
          ...posts[0]!.author,
          url: 'javascript:alert(2)',
          avatar: 'data:image/svg+xml,<svg/>',
        },
      };
      const el = await render(hostile);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(el, 'avatar')!.localName).to.equal('span');
      expect(part(el, 'avatar')!.textContent).to.equal('A');
      await expect(el).to.be.accessible();
    });

    it('shows the initial when the avatar fails to load', async () => {
      const el = await render(posts[2]!);
      const img = part(el, 'avatar') as HTMLImageElement;
      if (img.localName === 'img') await oneEvent(img, 'error');
      await el.updateComplete;
      expect(part(el, 'avatar')!.localName).to.equal('span');
      expect(part(el, 'avatar')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'avatar')!.textContent).to.equal('S');
    });

    it('falls back to the handle when there is no display name', async () => {
      const el = await render({ ...posts[0]!, author: { id: '9', handle: '@anon@host.example' } });
      expect(part(el, 'name')!.textContent).to.equal('@anon@host.example');
      expect(part(el, 'handle')).to.equal(null);
    });
  });

  describe('text, language and direction', () => {
    it('shows the text with its language and an automatic direction', async () => {
      const el = await render(posts[1]!);
      const body = part(el, 'body')!;
      expect(body.textContent).to.equal(posts[1]!.text);
      expect(body.lang).to.equal('ar');
      expect(body.dir).to.equal('auto');
      expect(getComputedStyle(body).direction).to.equal('rtl');
      expect(part(el, 'name')!.dir).to.equal('auto');
    });

    it('keeps the language of a real Bluesky record', async () => {
      const record = await loadFixture<{ text: string; createdAt: string; langs: string[] }>(
        'bluesky/docs.post-record.langs-thai.json',
      );
      const el = await render({
        id: 'at://example/app.bsky.feed.post/1',
        author: { id: 'did:plc:example', handle: '@example.bsky.social' },
        published: new Date(record.createdAt),
        text: record.text,
        language: record.langs[0]!,
      });
      expect(part(el, 'body')!.lang).to.equal('th');
      expect(part(el, 'body')!.textContent).to.equal(record.text);
      // Older than a week: a date, not "n days ago".
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Aug 7, 2023');
    });

    it('marks an edited post', async () => {
      const el = await render(posts[1]!);
      expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.contain('Edited');
    });
  });

  describe('locale from the closest [lang]', () => {
    it('formats the time and strings in the language of the page around it', async () => {
      const el = await render(posts[0]!, 'de');
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('vor 3 Stunden');
      expect((part(el, 'avatar') as HTMLImageElement).alt).to.equal('Profilbild von Ada Example');
    });

    it('finds [lang] on a shadow host above it', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="ar"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('social-post');
      el.post = posts[0]!;
      root.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('قبل 3 ساعات');
    });

    it('re-renders when a [lang] above it changes', async () => {
      const el = await render(posts[0]!, 'en');
      el.parentElement!.lang = 'de';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('vor 3 Stunden');
    });

    it('falls back to English for a language it has no table for', async () => {
      const el = await render(posts[2]!, 'xx-unknown');
      expect(part(el, 'toggle')!.textContent!.trim()).to.equal('Show more');
    });
  });

  describe('content warning', () => {
    it('hides the text until the reader asks, then fires social-toggle', async () => {
      const el = await render(posts[2]!);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      const body = part(el, 'body')!;
      expect(part(el, 'summary')!.textContent).to.contain('Spoilers for the season finale');
      expect(hidden(body)).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // The button controls everything the warning hides: the text and, below it, the media.
      const controlled = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(controlled.contains(body)).to.equal(true);
      await expect(el).to.be.accessible();

      const event = nextEvent(el, 'social-toggle');
      toggle.click();
      const toggled = await event;
      expect(toggled).to.be.instanceOf(SocialToggleEvent);
      expect(toggled.open).to.equal(true);
      expect(toggled.bubbles && toggled.composed).to.equal(true);
      expect(hidden(body)).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal('Show less');
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard', async () => {
      const el = await render(posts[2]!);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      toggle.focus();
      const event = nextEvent(el, 'social-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await event).open).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(hidden(part(el, 'body')!)).to.equal(true);
    });

    it('does not fire when the owner sets open', async () => {
      const el = await render(posts[2]!);
      let fired = 0;
      el.addEventListener('social-toggle', () => fired++);
      el.open = true;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(fired).to.equal(0);
      expect(hidden(part(el, 'body')!)).to.equal(false);
    });
  });

  describe('reactivity', () => {
    it('keeps reactive properties on the prototype (no class-field shadowing)', async () => {
      const el = await render(posts[0]!);
      for (const name of ['post', 'theme', 'open']) {
        expect(Object.prototype.hasOwnProperty.call(el, name), name).to.equal(false);
      }
    });

    it('re-renders when the post changes', async () => {
      const el = await render(posts[0]!);
      el.post = posts[1]!;
      await el.updateComplete;
      expect(part(el, 'name')!.textContent).to.equal('نور');
    });
  });

  describe('before a post is set', () => {
    it('shows its light-DOM fallback', async () => {
      const el = await fixture<SocialPost>(
        html`<social-post
          ><a href="https://social.example/@ada/1">Read on Mastodon</a></social-post
        >`,
      );
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Read on Mastodon');
      await expect(el).to.be.accessible();
      el.post = posts[0]!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    });
  });

  describe('theming', () => {
    it('takes global tokens and component knobs from the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div style="--social-color-text: rgb(1, 2, 3); --social-post-background: rgb(4, 5, 6)">
          <social-post .post=${posts[0]}></social-post>
        </div>
      `);
      const el = wrapper.querySelector('social-post')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'body')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'post')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('exposes parts to the page stylesheet', async () => {
      const style = document.createElement('style');
      style.textContent = 'social-post.themed::part(name) { color: rgb(200, 0, 0); }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div><social-post class="themed" .post=${posts[0]}></social-post></div>`,
        );
        const el = wrapper.querySelector('social-post')!;
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'name')!).color).to.equal('rgb(200, 0, 0)');
      } finally {
        style.remove();
      }
    });

    it('follows the page color-scheme, unless theme says otherwise', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div style="color-scheme: dark">
          <social-post .post=${posts[0]}></social-post>
          <social-post theme="light" .post=${posts[0]}></social-post>
        </div>
      `);
      const [auto, light] = [...wrapper.querySelectorAll('social-post')];
      await auto!.updateComplete;
      await light!.updateComplete;
      expect(getComputedStyle(part(auto!, 'post')!).backgroundColor).to.equal('rgb(22, 24, 28)');
      expect(getComputedStyle(part(light!, 'post')!).backgroundColor).to.equal(
        'rgb(255, 255, 255)',
      );
      await expect(auto).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe for each sample post, light and dark', async () => {
      for (const post of posts) {
        for (const theme of ['light', 'dark'] as const) {
          const wrapper = await fixture<HTMLElement>(
            html`<div lang="en"><social-post theme=${theme} .post=${post}></social-post></div>`,
          );
          await expect(wrapper.querySelector('social-post')).to.be.accessible();
        }
      }
    });
  });
});
