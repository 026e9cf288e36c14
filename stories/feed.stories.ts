import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/social-feed.js';
import type { LoadFetch } from '../src/net/load.js';
import type { Post } from '../src/model/post.js';
import { samplePosts } from '../demo/data/sample-posts.js';
import { demoFetch } from '../demo/server/feeds.js';

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

type Args = {
  label: string;
  limit: number;
  filter: string;
  theme: 'auto' | 'light' | 'dark';
  infinite: boolean;
};

const meta: Meta<Args> = {
  title: 'Elements/social-feed',
  component: 'social-feed',
  args: {
    label: 'Colleagues, friends and blogs',
    limit: 4,
    filter: '',
    theme: 'auto',
    infinite: false,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    filter: {
      control: 'text',
      description: 'no-replies no-reposts media-only no-sensitive lang:xx',
    },
  },
  render: ({ label, limit, filter, theme, infinite }) => html`<social-feed
    label=${label}
    limit=${limit}
    filter=${filter}
    theme=${theme}
    ?infinite=${infinite}
    .fetch=${demoFetch}
  >
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
    <social-source label="Friends" src=${FRIENDS}></social-source>
    <social-source label="Blog" src=${BLOG}></social-source>
  </social-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

export const ThreeSources: Story = { name: 'Three sources, merged' };

export const Loading: Story = {
  render: ({ label }) => html`<social-feed label=${label} .fetch=${never} .timeout=${0}>
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
    <a href="https://social.example/@ada">Read the posts on social.example</a>
  </social-feed>`,
};

export const Empty: Story = {
  render: ({ label }) => html`<social-feed label=${label} .posts=${[]}></social-feed>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: ({ label }) => html`<social-feed label=${label} .fetch=${demoFetch}>
    <social-source label="Archive" src=${BROKEN}></social-source>
  </social-feed>`,
};

export const OneSourceFailing: Story = {
  name: 'One source failing among three',
  render: ({ label, limit }) => html`<social-feed label=${label} limit=${limit} .fetch=${demoFetch}>
    <social-source label="Colleagues" src=${COLLEAGUES}></social-source>
    <social-source label="Friends" src=${FRIENDS}></social-source>
    <social-source label="Archive" src=${BROKEN}></social-source>
  </social-feed>`,
};

export const Filters: Story = {
  name: 'Filters (no content warnings; source toggles)',
  args: { filter: 'no-sensitive' },
};

export const RightToLeft: Story = {
  name: 'Right-to-left page (Arabic UI)',
  globals: { direction: 'rtl', locale: 'ar' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { scheme: 'dark' },
};

export const LongFeed: Story = {
  name: 'Long feed (10,000 posts)',
  render: () =>
    html`<social-feed label="Ten thousand posts" .posts=${manyPosts(10_000)}></social-feed>`,
};

export const Infinite: Story = {
  name: 'Infinite scroll',
  args: { infinite: true, limit: 2 },
};
