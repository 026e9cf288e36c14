import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/social-feed.js';
import '../src/define/social-source.js';
import type { LoadFetch } from '../src/net/load.js';
import { demoFetch } from '../demo/server/feeds.js';
import { actionsFor, applyArgs, argTypesFor } from './support/manifest.js';

/** The formats a source can name (see the `format` attribute). */
const FORMATS = [
  'auto',
  'mastodon',
  'bluesky',
  'activitystreams',
  'jsonfeed',
  'rss',
  'atom',
  'microformats',
];

/**
 * Answers like a private feed: the demo's colleagues' timeline with the right bearer token, 401
 * without it. Shows that `headers` (a property, never an attribute) reaches every request.
 */
const privateFeed: LoadFetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  if (headers.get('authorization') !== 'Bearer story-token')
    return new Response('{"error":"The access token is invalid"}', {
      status: 401,
      headers: { 'content-type': 'application/json' },
    });
  return demoFetch(input);
};

/** `<social-source>` renders nothing: each story shows it inside a feed, its args on the source. */
const render = (
  args: Args,
) => html`<social-feed label="One declared source" limit="3" .fetch=${demoFetch}>
  <social-source ${applyArgs(args)}></social-source>
</social-feed>`;

const meta: Meta = {
  title: 'Elements/social-source',
  component: 'social-source',
  args: { label: 'Friends', src: '/demo-feeds/friends.json', format: 'auto', limit: 2 },
  argTypes: {
    ...argTypesFor('social-source'),
    format: { options: FORMATS, control: 'select', table: { category: 'attributes' } },
  },
  parameters: actionsFor('social-feed'),
  render,
};
export default meta;

type Story = StoryObj;

export const JsonFeed: Story = { name: 'JSON Feed (format detected)' };

export const MastodonApi: Story = {
  name: 'Mastodon account timeline (format named)',
  args: {
    label: 'Colleagues',
    src: '/demo-feeds/api/v1/accounts/109/statuses',
    format: 'mastodon',
    limit: 3,
  },
};

export const Rss: Story = {
  name: 'RSS (a blog)',
  args: { label: 'Blog', src: '/demo-feeds/blog.xml', format: 'rss', limit: 3 },
};

export const WithHeaders: Story = {
  name: 'Private feed with request headers (property)',
  args: {
    label: 'Colleagues',
    src: '/demo-feeds/api/v1/accounts/109/statuses',
    limit: 2,
    headers: { Authorization: 'Bearer story-token' },
  },
  render: (args) => html`<social-feed label="A private timeline" limit="3" .fetch=${privateFeed}>
    <social-source ${applyArgs(args)}></social-source>
  </social-feed>`,
};

export const WrongHeaders: Story = {
  name: 'Private feed, token rejected (401)',
  args: { ...WithHeaders.args, headers: { Authorization: 'Bearer expired' } },
  render: WithHeaders.render!,
};
