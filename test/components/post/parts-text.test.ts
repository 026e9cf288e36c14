/**
 * A plain-text post (Bluesky) embedded with `src`, on a page where nothing loaded the post's parts
 * yet: the skeleton shows while the data and the view load together, the post is complete on the
 * commit that replaces the skeleton, and the sanitizer, which only HTML needs, never loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { requested } from '../../helpers.js';
import type { LoadFetch } from '../../../src/net/load.js';

describe('<social-post> with a plain-text post, parts loaded on demand', () => {
  it('shows the skeleton, then the whole post at once, without the sanitizer', async () => {
    const body = await (
      await fetch('/test/fixtures/bluesky/recorded.getPostThread.record-with-media.json')
    ).text();
    const seam: LoadFetch = async () =>
      new Response(body, { headers: { 'content-type': 'application/json' } });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('social-post') as SocialPost;
    el.fetch = seam;
    el.src = 'https://bsky.app/profile/test.marshal.dev/post/3kdd3c5lu6s2n';
    /** What each commit showed: the skeleton, or the parts of the post that were there. */
    const commits: string[] = [];
    const observer = new MutationObserver(() => {
      const root = el.shadowRoot!;
      if (root.querySelector('.skeleton')) commits.push('skeleton');
      else if (root.querySelector('[part~="header"]')) {
        commits.push(
          ['name', 'time', 'media', 'quote']
            .filter((name) => root.querySelector(`[part~="${name}"]`) !== null)
            .concat(root.querySelector('.quote-body') ? ['quoted text'] : [])
            .join(' '),
        );
      }
    });
    const loaded = new Promise((resolve) => el.addEventListener('social-load', resolve));
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await loaded;
    observer.disconnect();
    expect(commits[0]).to.equal('skeleton');
    expect(commits.find((commit) => commit !== 'skeleton')).to.equal(
      'name time media quote quoted text',
    );
    expect(requested('/src/components/post/view.')).to.equal(true);
    expect(requested('/src/html/rich-text.')).to.equal(true);
    expect(requested('/src/html/sanitize.'), 'the sanitizer is for HTML').to.equal(false);
    await expect(el).to.be.accessible();
  });
});
