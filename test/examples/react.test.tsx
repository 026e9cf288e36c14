/** examples/react/App.tsx renders in React 19: the wrappers upgrade, load their data and call back. */
import { expect } from '@open-wc/testing';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { App } from '../../examples/react/App.js';
import { eventually, feedPosts, shownText } from './helpers.js';

describe('the React example', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    localStorage.removeItem('react-example');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('shows the feed with both sources, the post and the profile card', async () => {
    root.render(<App />);
    const feed = await waitForElement('social-feed');

    await eventually(
      () => feedPosts(feed).length === 4,
      'the feed shows the 4 posts of both sources',
    );
    const text = feedPosts(feed).map(shownText).join('\n');
    expect(text).to.contain('Shipped the new onboarding checklist');
    expect(text).to.contain('one very wet tent');

    const post = container.querySelector('social-post')!;
    await eventually(
      () => shownText(post).includes('one set of elements'),
      'the single post shows',
    );

    const card = container.querySelector('social-profile-card')!;
    await eventually(() => shownText(card).includes('Ada Lindqvist'), 'the profile card shows');
    expect(
      card.getAttribute('variant') ?? (card as HTMLElement & { variant: string }).variant,
    ).to.equal('compact');

    const composer = container.querySelector('social-composer')!;
    await eventually(
      () => Boolean(composer.shadowRoot?.querySelector('textarea')),
      'the composer shows',
    );
    expect((composer as HTMLElement & { htmlFor?: string }).htmlFor).to.equal('feed');
  });

  it('passes the feed’s events to the React handler, which re-renders the status line', async () => {
    root.render(<App />);
    const status = await waitForElement('[role="status"]');
    await eventually(
      () => status.textContent!.includes('Team') && status.textContent!.includes('Blog'),
      'onSocialLoad ran for both sources',
    );
    expect(status.textContent).to.match(/^Loaded: (Team, Blog|Blog, Team)$/);
  });

  it('sets properties, not attributes, for typed props', async () => {
    root.render(<App />);
    const feed = (await waitForElement('social-feed')) as HTMLElement & { limit?: number };
    expect(feed.limit).to.equal(10);
    const composer = container.querySelector('social-composer') as HTMLElement & {
      draftKey?: string;
    };
    expect(composer.draftKey).to.equal('react-example');
  });

  async function waitForElement(selector: string): Promise<Element> {
    await eventually(() => Boolean(container.querySelector(selector)), `${selector} rendered`);
    return container.querySelector(selector)!;
  }
});
