/**
 * An HTML post (Mastodon) on a page where nothing loaded the post's parts yet: it waits for the
 * view and the sanitizer, and never loads the rich-text part, which only plain text needs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/social-post.js';
import { parseFeed } from '../../../src/formats/index.js';
import { clock } from '../../../src/i18n/clock.js';
import { NOW, requested } from '../../helpers.js';

describe('<social-post> with an HTML post, parts loaded on demand', () => {
  const realNow = clock.now;
  before(() => {
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  it('is complete on its first commit, through the sanitizer, without the rich-text part', async () => {
    expect(requested('/src/components/post/view.'), 'the view is a part of its own').to.equal(
      false,
    );
    const response = await fetch('/test/fixtures/mastodon/recorded.status.link-card.json');
    const post = (await parseFeed(await response.text(), { format: 'mastodon' })).posts[0]!;
    expect(post.html).to.be.a('string');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-post');
    el.post = post;
    let first: string[] | undefined;
    const observer = new MutationObserver(() => {
      first ??= ['post', 'header', 'name', 'time', 'body', 'card'].filter(
        (name) => el.shadowRoot!.querySelector(`[part~="${name}"]`) === null,
      );
    });
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    expect(first, 'parts missing from the first commit').to.deep.equal([]);
    const body = el.shadowRoot!.querySelector<HTMLElement>('[part~="body"]')!;
    expect(body.classList.contains('html'), 'the body came from HTML').to.equal(true);
    expect(body.querySelector('a')?.getAttribute('href')).to.equal('http://example.org/');
    // The post's own styles came with its template.
    expect(getComputedStyle(el.shadowRoot!.querySelector('header')!).display).to.equal('flex');
    expect(requested('/src/components/post/view.')).to.equal(true);
    expect(requested('/src/html/sanitize.')).to.equal(true);
    expect(requested('/src/html/rich-text.'), 'rich text is for plain text').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('loads the rich-text part first when a name holds a custom emoji', async () => {
    expect(requested('/src/html/rich-text.'), 'nothing loaded it yet').to.equal(false);
    const response = await fetch('/test/fixtures/mastodon/recorded.status.link-card.json');
    const post = (await parseFeed(await response.text(), { format: 'mastodon' })).posts[0]!;
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-post');
    el.post = {
      ...post,
      author: {
        ...post.author,
        name: 'John Lennon :verified:',
        emoji: { verified: '/test/fixtures/posts/media/square.svg' },
      },
    };
    let first: string | null | undefined;
    const observer = new MutationObserver(() => {
      if (first !== undefined) return;
      first = el.shadowRoot!.querySelector('[part~="name"] img.emoji')?.getAttribute('alt') ?? null;
    });
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    expect(first, 'the emoji in the first commit').to.equal(':verified:');
    expect(requested('/src/html/rich-text.')).to.equal(true);
  });
});
