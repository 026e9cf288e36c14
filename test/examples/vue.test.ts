/** examples/vue/app.ts renders in Vue 3: the template compiles, properties bind, events reach Vue. */
import { expect } from '@open-wc/testing';
import type { App } from 'vue';
import { mountApp } from '../../examples/vue/app.js';
import { eventually, feedPosts, shownText } from './helpers.js';

describe('the Vue example', () => {
  let container: HTMLElement;
  let app: App;
  const warnings: unknown[][] = [];
  const warn = console.warn;

  beforeEach(() => {
    localStorage.removeItem('vue-example');
    container = document.createElement('div');
    document.body.append(container);
    warnings.length = 0;
    // Vue warns "Failed to resolve component" when a tag is not known as a custom element.
    console.warn = (...args: unknown[]) => warnings.push(args);
    app = mountApp(container);
  });

  afterEach(() => {
    console.warn = warn;
    app.unmount();
    container.remove();
  });

  it('shows the feed with both sources, the bound post and the profile card', async () => {
    const feed = container.querySelector('social-feed')!;
    await eventually(
      () => feedPosts(feed).length === 4,
      'the feed shows the 4 posts of both sources',
    );
    const text = feedPosts(feed).map(shownText).join('\n');
    expect(text).to.contain('Shipped the new onboarding checklist');
    expect(text).to.contain('one very wet tent');

    const card = container.querySelector('social-profile-card')!;
    await eventually(() => shownText(card).includes('Ada Lindqvist'), 'the profile card shows');
    const composer = container.querySelector('social-composer')!;
    await eventually(
      () => Boolean(composer.shadowRoot?.querySelector('textarea')),
      'the composer shows',
    );
    expect(warnings, 'Vue treated every social-* tag as a custom element').to.deep.equal([]);
  });

  it('binds the post object as a property and the limit as a number', async () => {
    const post = container.querySelector('social-post') as HTMLElement & { post?: { id: string } };
    expect(post.post?.id).to.equal('welcome');
    expect(post.hasAttribute('post')).to.equal(false);
    await eventually(
      () => shownText(post).includes('Welcome to the new team page!'),
      'the post shows',
    );
    const feed = container.querySelector('social-feed') as HTMLElement & { limit?: number };
    expect(feed.limit).to.equal(10);
  });

  it('passes the feed’s events to the Vue handler, which re-renders the status line', async () => {
    const status = container.querySelector('[role="status"]')!;
    await eventually(
      () => status.textContent!.includes('Team') && status.textContent!.includes('Blog'),
      'the @social-load handler ran for both sources',
    );
    expect(status.textContent).to.match(/^Loaded: (Team, Blog|Blog, Team)$/);
  });
});
