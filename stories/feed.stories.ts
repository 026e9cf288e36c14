import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/social-feed.js';
import type { SocialFeed } from '../src/components/feed/feed.js';
import type { LoadFetch } from '../src/net/load.js';
import type { Post } from '../src/model/post.js';
import { people, samplePosts } from '../demo/data/sample-posts.js';
import { demoFetch } from '../demo/server/feeds.js';
import { actionsFor, applyArgs, argTypesFor } from './support/manifest.js';

/** Local sources served through the `fetch` seam: stories never reach the internet. */
const COLLEAGUES = '/demo-feeds/api/v1/accounts/109/statuses';
const FRIENDS = '/demo-feeds/friends.json';
const BLOG = '/demo-feeds/blog.xml';
const BROKEN = '/demo-feeds/broken.json';

/** A fetch that never answers: the feed stays in its loading state. */
const never: LoadFetch = () => new Promise<Response>(() => undefined);

/** `count` posts made from the sample posts, newest first, for the long feed. */
function manyPosts(count: number): Post[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, index) => {
    const model = samplePosts[index % samplePosts.length]!;
    return {
      ...model,
      id: `long-${index}`,
      url: `https://social.example/@many/${index}`,
      published: new Date(now - index * 7 * 60_000),
    };
  });
}

/** A JSON Feed of Noor's notes, as a server would send it. */
function noteFeed(items: { id: string; text: string; minutesAgo: number }[]): Response {
  const now = Date.now();
  return new Response(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: people.noor.name,
      home_page_url: people.noor.url,
      authors: [
        {
          name: people.noor.name,
          url: people.noor.url,
          avatar: new URL(people.noor.avatar, location.href).href,
        },
      ],
      items: items.map((item) => ({
        id: item.id,
        url: `${people.noor.url}/post/${item.id}`,
        content_text: item.text,
        language: 'en',
        date_published: new Date(now - item.minutesAgo * 60_000).toISOString(),
      })),
    }),
    { headers: { 'content-type': 'application/feed+json' } },
  );
}

const NOTES = [
  {
    id: 'n2',
    text: 'Tea, a long walk by the river and no screens. A good Saturday.',
    minutesAgo: 30,
  },
  { id: 'n1', text: 'Trying a new bread recipe. Results tomorrow.', minutesAgo: 300 },
];

/** Answers with Noor's notes, and with one more, newer note from the second request on. */
function growingFeed(): LoadFetch {
  let requests = 0;
  return async () => {
    requests += 1;
    const fresh = {
      id: 'n3',
      text: 'The bread worked. Recipe on the blog tonight!',
      minutesAgo: 0,
    };
    return noteFeed(requests > 1 ? [fresh, ...NOTES] : NOTES);
  };
}

/** Fails the first request (503), then answers: what Retry is for. */
function flakyFeed(): LoadFetch {
  let requests = 0;
  return async (input) => {
    requests += 1;
    if (requests === 1)
      return new Response('Service Unavailable', {
        status: 503,
        headers: { 'content-type': 'text/plain' },
      });
    return demoFetch(input);
  };
}

/** A feed with the three demo sources; every attribute and property is a control. */
const render = (args: Args) => html`<social-feed ${applyArgs(args)}>
  <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
  <social-source label="Friends" src=${FRIENDS}></social-source>
  <social-source label="Blog" src=${BLOG}></social-source>
  <a href="https://social.example/@ada">Read the posts on social.example</a>
</social-feed>`;

const meta: Meta = {
  title: 'Elements/social-feed',
  component: 'social-feed',
  args: { label: 'Colleagues, friends and blogs', limit: 4, fetch: demoFetch },
  argTypes: argTypesFor('social-feed'),
  parameters: actionsFor('social-feed', 'social-post'),
  render,
};
export default meta;

type Story = StoryObj;

export const ThreeSources: Story = { name: 'Three sources, merged (Load more)' };

export const SingleSource: Story = {
  name: 'One source from the src attribute',
  args: { label: 'Colleagues', src: COLLEAGUES, limit: 3 },
  render: (args) => html`<social-feed ${applyArgs(args)}></social-feed>`,
};

export const Loading: Story = {
  name: 'Loading (skeletons)',
  args: { fetch: never, timeout: 0 },
};

export const Empty: Story = {
  name: 'Empty (no posts)',
  args: { posts: [], fetch: undefined },
  render: (args) => html`<social-feed ${applyArgs(args)}></social-feed>`,
};

export const EmptySource: Story = {
  name: 'Empty (a source with no posts yet)',
  args: { fetch: (async () => noteFeed([])) as LoadFetch },
  render: (args) => html`<social-feed ${applyArgs(args)}>
    <social-source label="Friends" src="/stories/notes.json"></social-source>
  </social-feed>`,
};

export const ErrorState: Story = {
  name: 'Error with Retry (the retry succeeds)',
  args: { label: 'Colleagues' },
  render: (args) => html`<social-feed ${applyArgs({ ...args, fetch: flakyFeed() })}>
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
  </social-feed>`,
};

export const ErrorAlways: Story = {
  name: 'Error (the source keeps failing)',
  args: { label: 'Archive' },
  render: (args) => html`<social-feed ${applyArgs(args)}>
    <social-source label="Archive" src=${BROKEN}></social-source>
  </social-feed>`,
};

export const OneSourceFailing: Story = {
  name: 'Merged sources, one failing',
  render: (args) => html`<social-feed ${applyArgs(args)}>
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
    <social-source label="Friends" src=${FRIENDS}></social-source>
    <social-source label="Archive" src=${BROKEN}></social-source>
  </social-feed>`,
};

export const CustomStates: Story = {
  name: 'Site-provided header, footer, empty and error (slots)',
  args: { posts: [], fetch: undefined, label: 'Team news' },
  render: (args) => html`<social-feed ${applyArgs(args)}>
    <p slot="header">What the team shared this week.</p>
    <p slot="empty">Nothing yet this week: check back on Monday.</p>
    <p slot="footer"><a href="https://social.example/@team">All posts by the team</a></p>
  </social-feed>`,
};

export const Filters: Story = {
  name: 'Filters (no content warnings; source toggles)',
  args: { filter: 'no-sensitive' },
};

export const FilterBySource: Story = {
  name: 'Filters: one source of three shown',
  args: { sources: 'Friends' },
};

export const LoadMore: Story = {
  name: 'Load more, after the second page',
  args: { limit: 3 },
  render: (args) => html`<social-feed
    ${applyArgs(args)}
    ${ref((element) => {
      if (!element) return;
      // After the first page arrives, ask for the next one as a reader pressing the button would.
      element.addEventListener('social-load', () => void (element as SocialFeed).loadMore(), {
        once: true,
      });
    })}
  >
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
  </social-feed>`,
};

export const Infinite: Story = {
  name: 'Infinite scroll',
  args: { infinite: true, limit: 2 },
};

export const NewPosts: Story = {
  name: 'New posts waiting ("Show 1 new post")',
  args: { label: 'Friends', refresh: 2 },
  render: (args) => html`<social-feed ${applyArgs({ ...args, fetch: growingFeed() })}>
    <social-source label="Friends" src="/stories/notes.json"></social-source>
  </social-feed>`,
};

export const HeadingLevel: Story = {
  name: 'Heading level 3, hovercards off',
  args: { 'heading-level': 3, 'no-hovercards': true, limit: 2 },
};

export const RightToLeft: Story = {
  name: 'Right-to-left page (Arabic UI)',
  globals: { direction: 'rtl', locale: 'ar' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { scheme: 'dark' },
};

export const Dim: Story = {
  name: 'Dim theme (page default from the meta)',
  globals: { scheme: 'dim' },
};

export const LongFeed: Story = {
  name: 'Long feed (10,000 posts, windowed)',
  args: { label: 'Ten thousand posts', fetch: undefined },
  // Set in code rather than as an arg: ten thousand posts are too many for the controls panel.
  render: (args) =>
    html`<social-feed ${applyArgs(args)} .posts=${manyPosts(10_000)}></social-feed>`,
};
