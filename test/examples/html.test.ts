/** examples/html/index.html works as written: loaded in a frame, its elements upgrade and render. */
import { expect } from '@open-wc/testing';
import { eventually, feedPosts, shownText } from './helpers.js';

describe('the plain HTML example', () => {
  let frame: HTMLIFrameElement;

  beforeEach(async () => {
    localStorage.removeItem('html-example');
    frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '1200px';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/examples/html/index.html';
    document.body.append(frame);
    await loaded;
  });

  afterEach(() => frame.remove());

  it('upgrades every element and shows the feed, the post and the profile card', async () => {
    const page = frame.contentDocument!;
    const view = frame.contentWindow as Window & typeof globalThis;
    await eventually(
      () => Boolean(view.customElements.get('social-feed')),
      'the elements are defined',
    );
    for (const tag of [
      'social-feed',
      'social-source',
      'social-post',
      'social-profile-card',
      'social-composer',
    ]) {
      expect(page.querySelector(tag)!.matches(':defined'), tag).to.equal(true);
    }

    const feed = page.querySelector('social-feed')!;
    await eventually(
      () => feedPosts(feed).length === 4,
      'the feed shows the 4 posts of both sources',
    );
    const text = feedPosts(feed).map(shownText).join('\n');
    expect(text).to.contain('Shipped the new onboarding checklist');
    expect(text).to.contain('one very wet tent');

    const post = page.querySelector('social-post')!;
    await eventually(
      () => shownText(post).includes('one set of elements'),
      'the single post shows',
    );
    const card = page.querySelector('social-profile-card')!;
    await eventually(() => shownText(card).includes('Ada Lindqvist'), 'the profile card shows');
    const composer = page.querySelector('social-composer')!;
    await eventually(
      () => Boolean(composer.shadowRoot?.querySelector('textarea')),
      'the composer shows',
    );
  });

  it('hears the feed’s events in the page script', async () => {
    const status = frame.contentDocument!.querySelector('#status')!;
    await eventually(
      () => status.textContent!.includes('Team') && status.textContent!.includes('Blog'),
      'the page script heard social-load for both sources',
    );
  });
});
