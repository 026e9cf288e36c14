import { expect, fixture, html } from '@open-wc/testing';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { parseFeed } from '../../../src/formats/index.js';
import { clock } from '../../../src/i18n/clock.js';
import type { Post } from '../../../src/model/post.js';
import { NOW } from '../../helpers.js';

/** Every node under `root`, shadow roots included: elements, text and comments alike. */
function countNodes(root: Node): number {
  let count = 0;
  const visit = (node: Node): void => {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) for (const child of shadow.childNodes) visit(child);
    for (const child of node.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);
  return count;
}

async function statuses(path: string): Promise<Post[]> {
  const response = await fetch(`/test/fixtures/mastodon/${path}`);
  return (await parseFeed(await response.text(), { format: 'mastodon' })).posts;
}

/**
 * Twenty real Mastodon posts as a feed shows them (the host is the article): plain text, links,
 * mentions, a reply, a content warning, a poll, a quote, a link card, described images.
 */
async function twentyPosts(): Promise<Post[]> {
  const singles = await Promise.all(
    [
      'recorded.status.media-alt-text.json',
      'recorded.status.link-card.json',
      'recorded.status.quote.json',
      'recorded.status.poll.json',
      'recorded.status.reply.json',
      'recorded.status.content-warning.json',
      'recorded.status.reblog.json',
    ].map(async (path) => (await statuses(path))[0]!),
  );
  const timeline = await statuses('recorded.home-timeline.json');
  // Avatars served here, so none fails to load (a failed one shows an initial instead).
  const avatar = '/test/fixtures/posts/avatar-ada.svg';
  return [...singles, ...timeline].slice(0, 20).map((post) => ({
    ...post,
    author: { ...post.author, avatar },
    ...(post.quote ? { quote: { ...post.quote, author: { ...post.quote.author, avatar } } } : {}),
  }));
}

describe('<social-post> DOM size', () => {
  const realNow = clock.now;
  before(() => {
    clock.now = () => NOW;
  });
  after(() => {
    clock.now = realNow;
  });

  it('renders twenty typical posts in a lean DOM', async () => {
    const posts = await twentyPosts();
    expect(posts).to.have.length(20);
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        ${posts.map((post) => html`<social-post role="article" .post=${post}></social-post>`)}
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll<SocialPost>('social-post')];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('[part~="post"]'), 'rendered').not.to.equal(null);
    }
    // 2,978 nodes before the templates were trimmed (whitespace text, SVG icons, Lit markers
    // around each text, an empty dialog per post with images); 1,347 after.
    expect(countNodes(wrapper)).to.be.below(1_600);
  });

  it('keeps what a post shows: no icon, dialog or popover nodes until they are used', async () => {
    const posts = await twentyPosts();
    const withImages = posts.find((post) =>
      post.attachments?.some((item) => item.kind === 'image'),
    )!;
    const el = await fixture<SocialPost>(
      html`<social-post lang="en" .post=${withImages}></social-post>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('svg'), 'icons are CSS masks').to.equal(null);
    expect(root.querySelector('dialog'), 'the lightbox renders only while open').to.equal(null);
    expect(root.querySelector('[part~="hovercard"]')).to.equal(null);
    // The counts still say what they count, and their icons still show.
    const counts = root.querySelector('[part~="counts"]')!;
    expect(counts.textContent).to.contain('replies');
    const like = counts.querySelector('li.like')!;
    const icon = getComputedStyle(like, '::before');
    expect(icon.maskImage).to.contain('data:image/svg+xml');
    expect(Number.parseFloat(icon.width)).to.be.greaterThan(8);
  });
});
