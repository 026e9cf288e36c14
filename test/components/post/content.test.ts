import { expect, fixture, html } from '@open-wc/testing';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { parseFeed } from '../../../src/formats/index.js';
import { clock } from '../../../src/i18n/clock.js';
import type { Post } from '../../../src/model/post.js';
import { NOW, loadFixture, samplePosts } from '../../helpers.js';

const part = (el: SocialPost, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Reads a real recorded document from test/fixtures through the format layer. */
async function fixturePost(path: string, format: string): Promise<Post> {
  const response = await fetch(`/test/fixtures/${path}`);
  const page = await parseFeed(await response.text(), { format });
  return page.posts[0]!;
}

async function render(post: Post, lang = 'en', attributes = ''): Promise<SocialPost> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('social-post');
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
  el.post = post;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<social-post> content', () => {
  let sample: Post;
  const realNow = clock.now;

  before(async () => {
    sample = (await samplePosts())[0]!;
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  describe('rich content', () => {
    it('renders post HTML through the sanitizer, with Mastodon link shortening', async () => {
      const post = await fixturePost('mastodon/recorded.status.link-card.json', 'mastodon');
      const el = await render(post);
      const body = part(el, 'body')!;
      const link = body.querySelector('a')!;
      expect(link.href).to.equal('http://example.org/');
      expect(link.textContent).to.equal('example.org/');
      expect(link.rel.split(' ')).to.include.members(['nofollow', 'noopener', 'ugc']);
      expect(link.hasAttribute('target')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('links facets, mentions and tags in plain text', async () => {
      const el = await render({
        ...sample,
        text: 'Hi @lea@social.example, see https://example.com/a #retro',
        facets: undefined,
      });
      const links = [...part(el, 'body')!.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.include('https://social.example/@lea');
      expect(links).to.include('https://example.com/a');
    });

    it('shows custom emoji in the text and in the display name as small images', async () => {
      const el = await render({
        ...sample,
        text: 'Shipping it :blobcat:',
        emoji: { blobcat: '/test/fixtures/posts/media/square.svg' },
        author: {
          ...sample.author,
          name: 'Ada :verified:',
          emoji: { verified: '/test/fixtures/posts/media/square.svg' },
        },
      });
      const inBody = part(el, 'body')!.querySelector('img.emoji') as HTMLImageElement;
      expect(inBody.alt).to.equal(':blobcat:');
      const inName = part(el, 'name')!.querySelector('img.emoji') as HTMLImageElement;
      expect(inName.alt).to.equal(':verified:');
      expect(part(el, 'name')!.textContent).to.equal('Ada ');
      await expect(el).to.be.accessible();
    });

    it('shows the title of a blog entry as a link above the body', async () => {
      const el = await render({ ...sample, title: 'Release notes first' });
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('p');
      expect(title.querySelector('a')!.href).to.equal(sample.url);
      expect(title.compareDocumentPosition(part(el, 'body')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });

    it('keeps the body the same across re-renders (HTML is sanitized once per post)', async () => {
      const post = await fixturePost('mastodon/recorded.status.reply.json', 'mastodon');
      const el = await render(post);
      const paragraph = part(el, 'body')!.querySelector('p')!;
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'body')!.querySelector('p')).to.equal(paragraph);
      expect(paragraph.textContent).to.equal('Reply!');
    });
  });

  describe('hostile HTML', () => {
    it('renders nothing executable from the DOMPurify test vectors (canary)', async () => {
      const vectors = await loadFixture<{ payload: string }[]>('xss/dompurify.expect.json');
      let fired = 0;
      const canary = () => void fired++;
      const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
      Object.assign(window, { alert: canary, confirm: canary, prompt: canary });
      try {
        const el = await render({
          ...sample,
          html:
            vectors.map((vector) => vector.payload).join('\n') +
            '<p><a href="javascript:alert(1)">js</a><img src=x onerror="alert(2)"><script>alert(3)</script></p>',
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const root = el.shadowRoot!;
        expect(
          root.querySelectorAll('script, iframe, object, embed, form, svg *, math').length,
        ).to.equal(
          // The element's own icons are the only SVG.
          root.querySelectorAll('svg.icon *').length,
        );
        for (const element of root.querySelectorAll('[part~="body"] *')) {
          for (const attribute of element.attributes) {
            expect(attribute.name, element.localName).not.to.match(/^on/i);
            expect(attribute.value, attribute.name).not.to.match(
              /^\s*(javascript|vbscript|data):/i,
            );
          }
        }
        for (const link of root.querySelectorAll<HTMLAnchorElement>('[part~="body"] a[href]')) {
          expect(['http:', 'https:', 'mailto:']).to.include(new URL(link.href).protocol);
        }
        expect(fired).to.equal(0);
      } finally {
        Object.assign(window, saved);
      }
    });
  });

  describe('content warning', () => {
    it('hides the text and the media until revealed', async () => {
      const post = await fixturePost('mastodon/recorded.status.media-alt-text.json', 'mastodon');
      const el = await render({ ...post, summary: 'Funny walks' });
      expect(part(el, 'media')!.closest('[hidden]')).not.to.equal(null);
      expect(part(el, 'body')!.closest('[hidden]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      (part(el, 'toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(part(el, 'media')!.closest('[hidden]')).to.equal(null);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('context', () => {
    it('says who reposted it, from a real Mastodon boost', async () => {
      const post = await fixturePost('mastodon/recorded.status.reblog.json', 'mastodon');
      const el = await render(post);
      const context = part(el, 'context')!;
      expect(context.textContent!.replace(/\s+/g, ' ').trim()).to.equal('John Lennon reposted');
      expect(part(el, 'body')!.textContent).to.equal('Toot!');
      await expect(el).to.be.accessible();
    });

    it('says whom it replies to, linking to the post replied to', async () => {
      const el = await render({
        ...sample,
        inReplyTo: {
          url: 'https://social.example/@lea/1',
          author: { id: 'lea', handle: '@lea@social.example' },
        },
      });
      const reply = el.shadowRoot!.querySelector('.reply')!;
      expect(reply.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Replying to @lea@social.example',
      );
      expect(reply.querySelector('a')!.href).to.equal('https://social.example/@lea/1');
      await expect(el).to.be.accessible();
    });

    it('marks a pinned post, and shows the source label', async () => {
      const el = await render({
        ...sample,
        pinned: true,
        source: { id: 'work', label: 'Colleagues' },
      });
      expect(part(el, 'context')!.textContent).to.contain('Pinned');
      expect(part(el, 'source')!.textContent).to.equal('Source: Colleagues');
      await expect(el).to.be.accessible();
    });
  });

  describe('link card, quote and poll', () => {
    it('shows a link card with its site and a fixed image box', async () => {
      const post = await fixturePost('mastodon/recorded.status.link-card.json', 'mastodon');
      const el = await render({
        ...post,
        card: { ...post.card!, image: '/test/fixtures/posts/media/wide.svg', siteName: 'Example' },
      });
      const card = part(el, 'card') as HTMLAnchorElement;
      expect(card.href).to.equal('http://example.org/');
      expect(card.querySelector('.card-title')!.textContent).to.equal('Example Domain');
      expect(card.querySelector('.card-site')!.textContent).to.equal('Example');
      const box = card.querySelector('.card-media')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1.91, 0.02);
      await expect(el).to.be.accessible();
    });

    it('shows a real Mastodon quote compactly and hides the "RE:" fallback', async () => {
      const post = await fixturePost('mastodon/recorded.status.quote.json', 'mastodon');
      const el = await render(post);
      const quote = part(el, 'quote')!;
      expect(quote.localName).to.equal('blockquote');
      expect(quote.querySelector('.quote-body')!.textContent!.trim()).to.equal('Toot!');
      expect(quote.querySelector('social-post, [part~="quote"]')).to.equal(null);
      const fallback = part(el, 'body')!.querySelector('.quote-inline');
      if (fallback) expect(getComputedStyle(fallback).display).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('shows poll results with percentages, voters and the end', async () => {
      const post = await fixturePost('mastodon/recorded.status.poll.json', 'mastodon');
      const el = await render({
        ...post,
        poll: {
          ...post.poll!,
          multiple: false,
          options: [
            { title: post.poll!.options[0]!.title, votes: 3 },
            { title: post.poll!.options[1]!.title, votes: 1 },
          ],
          voters: 4,
          expiresAt: new Date(NOW + 2 * 86_400_000),
        },
      });
      const options = [...part(el, 'poll')!.querySelectorAll('li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(options).to.deep.equal(['75% four twenty', '25% sixty-nine']);
      expect(part(el, 'poll')!.querySelector('.poll-meta')!.textContent).to.equal(
        '4 people voted · Ends in 2 days',
      );
      await expect(el).to.be.accessible();
    });

    it('says a closed poll shows final results', async () => {
      const post = await fixturePost('mastodon/recorded.status.poll.json', 'mastodon');
      const el = await render({ ...post, poll: { ...post.poll!, closed: true } });
      expect(part(el, 'poll')!.textContent).to.contain('Final results');
    });
  });

  describe('counts', () => {
    const counted = (lang: string) =>
      render({ ...sample, counts: { replies: 1, reposts: 1234, likes: 15300 } }, lang);
    const read = (el: SocialPost) =>
      [...part(el, 'counts')!.querySelectorAll('li')].map((li) => ({
        shown: li.querySelector('[aria-hidden="true"]:not(svg)')!.textContent,
        said: li.querySelector('.visually-hidden')!.textContent,
      }));

    it('shows compact numbers with full accessible labels in English', async () => {
      const el = await counted('en');
      expect(read(el)).to.deep.equal([
        { shown: '1', said: '1 reply' },
        { shown: '1.2K', said: '1,234 reposts' },
        { shown: '15.3K', said: '15,300 likes' },
      ]);
      await expect(el).to.be.accessible();
    });

    it('localizes them in German, Japanese and Arabic', async () => {
      expect(read(await counted('de'))).to.deep.equal([
        { shown: '1', said: '1 Antwort' },
        { shown: '1234', said: '1.234-mal geteilt' },
        { shown: '15.300', said: '15.300 Favoriten' },
      ]);
      expect(read(await counted('ja'))).to.deep.equal([
        { shown: '1', said: '返信1件' },
        { shown: '1234', said: 'リポスト1,234件' },
        { shown: '1.5万', said: 'いいね15,300件' },
      ]);
      const arabic = read(await counted('ar'));
      expect(arabic[0]!.said).to.equal('رد واحد');
      expect(arabic[2]!.shown).to.equal(
        new Intl.NumberFormat('ar', { notation: 'compact', maximumFractionDigits: 1 }).format(
          15300,
        ),
      );
    });
  });

  describe('time', () => {
    it('gives the permalink the full date in its accessible name', async () => {
      const el = await render(sample);
      const link = part(el, 'time')!;
      expect(link.querySelector('time')!.textContent).to.equal('3 hours ago');
      const full = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
        sample.published,
      );
      expect(link.textContent!.replace(/\s+/g, ' ')).to.contain(`3 hours ago, ${full}`);
    });

    it('keeps the relative time current as the shared clock moves on', async () => {
      const el = await render(sample);
      clock.now = () => NOW + 2 * 3_600_000;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('5 hours ago');
      clock.now = () => NOW;
    });

    it('says when an edited post was edited', async () => {
      const el = await render({ ...sample, updated: new Date(NOW - 3_600_000) });
      const edited = el.shadowRoot!.querySelector('.edited')!;
      expect(edited.textContent).to.contain('Edited');
      expect(edited.querySelector('.visually-hidden')!.textContent).to.match(/Edited .*2026/);
    });
  });

  describe('inside a feed', () => {
    it('renders a div root when the host is an article, and accepts no-hovercards', async () => {
      const el = await render(sample, 'en', 'no-hovercards');
      expect(el.noHovercards).to.equal(true);
      expect(part(el, 'post')!.localName).to.equal('article');
      el.setAttribute('role', 'article');
      el.setAttribute('aria-label', 'Ada Example');
      await el.updateComplete;
      expect(part(el, 'post')!.localName).to.equal('div');
      expect(el.shadowRoot!.querySelector('article')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
