/**
 * An HTML post where the browser has no sanitizer of its own (DOMPurify forced here, since the
 * test browsers have one): its first render waits for DOMPurify, so the post shows its HTML at
 * once instead of a plain-text stand-in that changes under the reader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/social-post.js';
import { parseFeed } from '../../../src/formats/index.js';
import { useSanitizerEngine } from '../../../src/html/sanitize.js';
import { clock } from '../../../src/i18n/clock.js';
import { NOW, requested } from '../../helpers.js';

describe('<social-post> with an HTML post where DOMPurify must load first', () => {
  const realNow = clock.now;
  before(() => {
    clock.now = () => NOW;
    useSanitizerEngine('dompurify');
  });
  after(() => {
    clock.now = realNow;
    useSanitizerEngine('auto');
  });

  it('shows the HTML on its first commit, without the plain-text stand-in', async () => {
    const response = await fetch('/test/fixtures/mastodon/recorded.status.link-card.json');
    const post = (await parseFeed(await response.text(), { format: 'mastodon' })).posts[0]!;
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    // A plain-text post first: the post's template and rich text are in, the HTML gate's part
    // is not (this file imports its module, but no post asked for it), so the HTML post below
    // waits only for the gate and DOMPurify.
    const plainPost = document.createElement('social-post');
    plainPost.post = { ...post, id: `${post.id}-plain`, html: undefined };
    wrapper.append(plainPost);
    await plainPost.updateComplete;
    expect(requested('/node_modules/dompurify/'), 'nothing loaded DOMPurify yet').to.equal(false);
    const el = document.createElement('social-post');
    el.post = post;
    let first: { fromHtml: boolean; link: string | null } | undefined;
    const look = () => {
      const body = el.shadowRoot!.querySelector<HTMLElement>('[part~="body"]');
      if (first || !body) return;
      first = {
        fromHtml: body.classList.contains('html'),
        link: body.querySelector('a')?.getAttribute('href') ?? null,
      };
    };
    const observer = new MutationObserver(look);
    wrapper.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    // Records not yet delivered belong to the first commit too.
    if (observer.takeRecords().length) look();
    observer.disconnect();
    expect(first, 'the body of the first commit').to.deep.equal({
      fromHtml: true,
      link: 'http://example.org/',
    });
    expect(requested('/node_modules/dompurify/'), 'DOMPurify was loaded').to.equal(true);
  });
});
