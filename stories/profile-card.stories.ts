import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/social-post.js';
import '../src/define/social-profile-card.js';
import { activitystreams } from '../src/formats/activitystreams.js';
import { bluesky } from '../src/formats/bluesky.js';
import { jsonfeed } from '../src/formats/jsonfeed.js';
import { mastodon } from '../src/formats/mastodon.js';
import type { Format } from '../src/formats/types.js';
import type { Actor } from '../src/model/index.js';
import type { LoadFetch } from '../src/net/load.js';
import { samplePost } from '../demo/data/sample-posts.js';
import { actionsFor, applyArgs, argTypesFor } from './support/manifest.js';
// Real recorded payloads (see test/fixtures/*/SOURCES.md), read by the same format modules.
import w3cActor from '../test/fixtures/activitypub/w3c-ap.example-actor-person.json';
import blueskyProfile from '../test/fixtures/bluesky/snapshot.getProfile.json';
import microblog from '../test/fixtures/jsonfeed/spec-1.1.microblog.json';
import timeline from '../test/fixtures/mastodon/recorded.account-statuses.page1.json';

/** A profile read synchronously by a built-in format, with local images: stories stay offline. */
function profile(format: Format, document: unknown, banner = true): Actor {
  const actor = format.parseActor!(JSON.stringify(document), {}) as Actor;
  return {
    ...actor,
    avatar: '/media/avatar.svg',
    ...(banner ? { banner: '/media/wide.svg' } : {}),
  };
}

/** The recorded Mastodon account (the author of the recorded timeline). */
const mastodonAccount = profile(mastodon, timeline[0]!.account);
const activityPubActor = profile(activitystreams, w3cActor, false);
const blueskyActor = profile(bluesky, blueskyProfile);
const feedAuthor = profile(jsonfeed, microblog, false);

/** A person with everything a card can show: verified and unverified fields, badges, big counts. */
const ada: Actor = {
  id: '109999',
  handle: '@ada@social.example',
  name: 'Ada Example :sparkles:',
  url: 'https://social.example/@ada',
  avatar: '/media/avatar.svg',
  avatarAlt: 'Ada at her desk, smiling',
  banner: '/media/wide.svg',
  bio: '<p>Engineer, writer of <a href="https://social.example/tags/notes" class="mention hashtag">#<span>notes</span></a>. Mostly about analytical engines, sometimes about tea.</p><p>Colleagues and friends welcome.</p>',
  fields: [
    {
      name: 'Website',
      value:
        '<a href="https://ada.example/" rel="me"><span class="invisible">https://</span>ada.example</a>',
      verifiedAt: new Date('2024-03-01T10:00:00Z'),
    },
    { name: 'Pronouns', value: 'she/her' },
    { name: 'Code', value: '<a href="https://code.example/ada">code.example/ada</a>' },
  ],
  counts: { followers: 15300, following: 210, posts: 1234 },
  locked: true,
  emoji: { sparkles: '/media/square.svg' },
  joined: new Date('2022-11-05T12:00:00Z'),
};

const noor: Actor = {
  id: '110000',
  handle: '@noor@social.example',
  name: 'نور الهدى',
  url: 'https://social.example/@noor',
  bio: '<p>مصممة ومطورة واجهات. أكتب عن الخط العربي والويب.</p>',
  fields: [
    {
      name: 'الموقع',
      value: '<a href="https://noor.example/">noor.example</a>',
      verifiedAt: new Date('2025-01-10T08:00:00Z'),
    },
  ],
  counts: { followers: 4821, following: 300, posts: 95 },
  bot: false,
  joined: new Date('2023-04-01T00:00:00Z'),
};

const bot: Actor = {
  ...ada,
  id: '7',
  handle: '@weather@bots.example',
  name: 'Hourly weather',
  bio: '<p>Posts the weather every hour. Run by @ada@social.example.</p>',
  fields: undefined,
  bot: true,
  locked: false,
  emoji: undefined,
};

/** Mastodon's answer for a suspended account: blank, with `suspended` set. */
const suspended = profile(
  mastodon,
  {
    ...timeline[0]!.account,
    display_name: '',
    note: '',
    fields: [],
    followers_count: 0,
    following_count: 0,
    statuses_count: 0,
    suspended: true,
  },
  false,
);

/** A profile card; every attribute and property from the manifest is a control. */
const render = (args: Args) => html`<social-profile-card ${applyArgs(args)}></social-profile-card>`;

const meta: Meta = {
  title: 'Elements/social-profile-card',
  component: 'social-profile-card',
  args: { actor: ada, variant: 'full' },
  argTypes: argTypesFor('social-profile-card'),
  parameters: actionsFor('social-profile-card'),
  render,
};
export default meta;

type Story = StoryObj;

export const Full: Story = { name: 'Full (fields, verified link, badges)' };

export const Compact: Story = { args: { variant: 'compact' } };

export const Inline: Story = {
  name: 'Inline, in running text',
  args: { variant: 'inline' },
  render: (args) =>
    html`<p>
      Written with <social-profile-card ${applyArgs(args)}></social-profile-card> and friends.
    </p>`,
};

export const Dark: Story = { args: { theme: 'dark' }, globals: { scheme: 'dark' } };

export const DarkCompact: Story = {
  name: 'Dark, compact',
  args: { theme: 'dark', variant: 'compact' },
  globals: { scheme: 'dark' },
};

export const RightToLeft: Story = {
  name: 'Right-to-left page (Arabic UI)',
  args: { actor: noor },
  globals: { direction: 'rtl', locale: 'ar' },
};

export const RightToLeftCompact: Story = {
  name: 'Right-to-left, compact',
  args: { actor: noor, variant: 'compact' },
  globals: { direction: 'rtl', locale: 'ar' },
};

export const Japanese: Story = {
  name: 'Japanese UI (ActivityPub actor)',
  args: { actor: activityPubActor },
  globals: { locale: 'ja' },
};

export const MastodonAccount: Story = {
  name: 'Mastodon account (recorded)',
  args: { actor: mastodonAccount },
};

export const ActivityPubActor: Story = {
  name: 'ActivityPub actor (W3C example)',
  args: { actor: activityPubActor },
};

export const BlueskyProfile: Story = {
  name: 'Bluesky profile (plain-text bio)',
  args: { actor: blueskyActor },
};

export const JsonFeedAuthor: Story = { name: 'JSON Feed author', args: { actor: feedAuthor } };

export const Bot: Story = { name: 'Automated account', args: { actor: bot } };

export const Suspended: Story = { name: 'Suspended account', args: { actor: suspended } };

export const Empty: Story = {
  name: 'Empty account',
  args: {
    actor: { id: 'q', handle: '@quiet@social.example', url: 'https://social.example/@quiet' },
  },
};

export const Loading: Story = {
  name: 'Loading (size reserved)',
  args: {
    actor: undefined,
    src: 'https://social.example/api/v1/accounts/1',
    fetch: (() => new Promise<Response>(() => undefined)) as LoadFetch,
  },
};

export const LoadingCompact: Story = {
  ...Loading,
  name: 'Loading, compact',
  args: { ...Loading.args, variant: 'compact' },
};

export const LoadError: Story = {
  name: 'Failed to load, with Retry',
  args: {
    actor: undefined,
    src: 'https://social.example/api/v1/accounts/404',
    fetch: (async () => new Response('Not Found', { status: 404 })) as LoadFetch,
  },
  render: (args) =>
    html`<social-profile-card ${applyArgs(args)}
      ><a href="https://social.example/@ada">Ada on social.example</a></social-profile-card
    >`,
};

export const FromHandle: Story = {
  name: 'From a handle (WebFinger, answered locally)',
  args: { actor: undefined },
  render: (args) => {
    // Absolute URLs on this origin: the format resolves relative ones against the account's host.
    const avatar = new URL('/media/avatar.svg', location.href).href;
    const header = new URL('/media/wide.svg', location.href).href;
    const account = JSON.stringify({
      ...timeline[0]!.account,
      avatar,
      avatar_static: avatar,
      header,
      header_static: header,
    });
    const answer: LoadFetch = async (input) => {
      if (input.includes('/.well-known/webfinger')) {
        return new Response(
          JSON.stringify({
            subject: 'acct:mastodonpy_test@social.example',
            links: [
              {
                rel: 'self',
                type: 'application/activity+json',
                href: 'https://social.example/users/mastodonpy_test',
              },
            ],
          }),
          { headers: { 'content-type': 'application/jrd+json' } },
        );
      }
      if (input.includes('/users/')) return new Response('', { status: 401 });
      return new Response(account, { headers: { 'content-type': 'application/json' } });
    };
    return html`<social-profile-card
      ${applyArgs(args)}
      .fetch=${answer}
      handle="@mastodonpy_test@social.example"
    ></social-profile-card>`;
  },
};

export const HoverCard: Story = {
  name: 'Hover card on a post (hover or Tab to the name)',
  args: { actor: undefined },
  render: () =>
    html`<social-post .post=${{ ...samplePost, author: { ...ada, id: samplePost.author.id } }}></social-post>`,
};

export const Themed: Story = {
  name: 'Themed with tokens and parts',
  render: (args) => html`
    <style>
      .brand {
        --social-color-surface: light-dark(#fff8ee, #2a2118);
        --social-color-border: light-dark(#e8c9a0, #6b5238);
        --social-color-text-muted: light-dark(#7a5a3a, #cfb497);
        --social-color-accent: light-dark(#8a4b12, #f0b56f);
        --social-radius-m: 2px;
        --social-profile-card-avatar-size: 4rem;
        --social-profile-card-banner-ratio: 4 / 1;
      }
      .brand::part(follow) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <social-profile-card class="brand" ${applyArgs(args)}></social-profile-card>
  `,
};

export const Dim: Story = {
  name: 'Dim theme (page default from the meta)',
  globals: { scheme: 'dim' },
};

export const HighContrast: Story = {
  name: 'High contrast theme',
  globals: { scheme: 'high-contrast' },
};
