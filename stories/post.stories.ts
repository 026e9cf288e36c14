import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/social-post.js';
import { bluesky } from '../src/formats/bluesky.js';
import { jsonfeed } from '../src/formats/jsonfeed.js';
import { mastodon } from '../src/formats/mastodon.js';
import type { Format } from '../src/formats/types.js';
import type { Attachment, Page, Post } from '../src/model/index.js';
import type { LoadFetch } from '../src/net/load.js';
import {
  longPost,
  noAvatarPost,
  rtlPost,
  samplePost,
  warningPost,
} from '../demo/data/sample-posts.js';
import { actionsFor, applyArgs, argTypesFor } from './support/manifest.js';
// Real recorded payloads (see test/fixtures/*/SOURCES.md), read by the same format modules.
import blueskyVideo from '../test/fixtures/bluesky/snapshot.postview.video-with-record.json';
import pixelEnvy from '../test/fixtures/jsonfeed/rsparser.pxlnv.json';
import contentWarningStatus from '../test/fixtures/mastodon/recorded.status.content-warning.json';
import linkCardStatus from '../test/fixtures/mastodon/recorded.status.link-card.json';
import mediaStatus from '../test/fixtures/mastodon/recorded.status.media-alt-text.json';
import pollStatus from '../test/fixtures/mastodon/recorded.status.poll.json';
import quoteStatus from '../test/fixtures/mastodon/recorded.status.quote.json';
import reblogStatus from '../test/fixtures/mastodon/recorded.status.reblog.json';
import replyStatus from '../test/fixtures/mastodon/recorded.status.reply.json';

/** Local stand-ins for remote media, served from demo/public: stories never reach the internet. */
const LOCAL_IMAGES = [
  '/media/landscape.svg',
  '/media/square.svg',
  '/media/portrait.svg',
  '/media/wide.svg',
];
const LOCAL_SIZES: Record<string, [number, number]> = {
  '/media/landscape.svg': [600, 400],
  '/media/square.svg': [400, 400],
  '/media/portrait.svg': [400, 600],
  '/media/wide.svg': [1200, 400],
};

/** The first post of a document, read synchronously by a built-in format. */
function firstPost(format: Format, document: unknown): Post {
  const page = format.parseFeed(JSON.stringify(document), {}) as Page;
  return localize(page.posts[0]!);
}

/** Swaps every remote avatar, image and video for a local one, keeping the rest of the data. */
function localize(post: Post): Post {
  const avatar = (actor: Post['author']) => ({ ...actor, avatar: '/media/avatar.svg' });
  return {
    ...post,
    author: avatar(post.author),
    ...(post.repostedBy ? { repostedBy: avatar(post.repostedBy) } : {}),
    ...(post.attachments
      ? {
          attachments: post.attachments.map((attachment, index) => {
            const local = LOCAL_IMAGES[index % LOCAL_IMAGES.length]!;
            if (attachment.kind === 'image') {
              const [width, height] = LOCAL_SIZES[local]!;
              return { ...attachment, url: local, preview: local, width, height };
            }
            // A playlist on a local path: a browser that plays HLS natively asks only this server.
            const url = attachment.kind === 'video' ? '/media/video/playlist.m3u8' : attachment.url;
            return { ...attachment, url, preview: local };
          }),
        }
      : {}),
    ...(post.card?.image ? { card: { ...post.card, image: '/media/card.svg' } } : {}),
    ...(post.quote ? { quote: localize(post.quote) } : {}),
  };
}

function images(names: string[], alts: (string | undefined)[]): Attachment[] {
  return names.map((url, index) => {
    const [width, height] = LOCAL_SIZES[url]!;
    const alt = alts[index];
    return { kind: 'image', url, preview: url, width, height, ...(alt ? { alt } : {}) };
  });
}

const media = firstPost(mastodon, mediaStatus);
const quote = firstPost(mastodon, quoteStatus);
const reblog = firstPost(mastodon, reblogStatus);
const reply = firstPost(mastodon, replyStatus);
const poll = firstPost(mastodon, pollStatus);
const blog = firstPost(jsonfeed, pixelEnvy);
const video = firstPost(bluesky, blueskyVideo);
const cardStatus = firstPost(mastodon, linkCardStatus);
const warned = firstPost(mastodon, contentWarningStatus);

/** One post; every attribute and property from the manifest is a control. */
const render = (args: Args) => html`<social-post ${applyArgs(args)}></social-post>`;

const meta: Meta = {
  title: 'Elements/social-post',
  component: 'social-post',
  args: { post: samplePost },
  argTypes: argTypesFor('social-post'),
  parameters: actionsFor('social-post'),
  render,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const LongText: Story = { name: 'Very long text', args: { post: longPost } };

export const RightToLeftText: Story = {
  name: 'Right-to-left text',
  args: { post: rtlPost },
};

export const RightToLeftPage: Story = {
  name: 'Right-to-left page (Arabic UI)',
  args: {
    post: {
      ...rtlPost,
      counts: { replies: 3, reposts: 12, likes: 1540 },
      attachments: images(
        ['/media/landscape.svg', '/media/portrait.svg'],
        ['ورشة العمل', undefined],
      ),
    },
  },
  globals: { direction: 'rtl', locale: 'ar' },
};

export const Dark: Story = {
  args: {
    theme: 'dark',
    post: { ...media, sensitive: false, counts: { replies: 2, reposts: 40, likes: 1200 } },
  },
  globals: { scheme: 'dark' },
};

export const ContentWarning: Story = { args: { post: warningPost } };

export const ContentWarningWithMedia: Story = {
  name: 'Content warning hides text and media (Mastodon)',
  args: { post: { ...warned, attachments: media.attachments! } },
};

export const ContentWarningOpen: Story = {
  name: 'Content warning, revealed',
  args: { post: { ...warned, attachments: media.attachments! }, open: true },
};

export const SensitiveMedia: Story = {
  name: 'Sensitive media (Mastodon, with alt text)',
  args: { post: media },
};

export const OneImage: Story = {
  name: 'Media grid: 1 image',
  args: {
    post: { ...samplePost, attachments: images(['/media/portrait.svg'], ['A tall window']) },
  },
};

export const TwoImages: Story = {
  name: 'Media grid: 2 images',
  args: { post: { ...media, sensitive: false } },
};

export const ThreeImages: Story = {
  name: 'Media grid: 3 images',
  args: {
    post: {
      ...samplePost,
      attachments: images(
        ['/media/landscape.svg', '/media/portrait.svg', '/media/square.svg'],
        ['The lake at dawn', undefined, 'A square garden'],
      ),
    },
  },
};

export const FourImages: Story = {
  name: 'Media grid: 4 images',
  args: {
    post: {
      ...samplePost,
      attachments: images(
        ['/media/landscape.svg', '/media/portrait.svg', '/media/square.svg', '/media/wide.svg'],
        ['The lake at dawn', 'A tall window', 'A square garden', 'A panorama of the hills'],
      ),
    },
  },
};

export const Video: Story = {
  name: 'Video (Bluesky HLS: plays natively or links to the post)',
  args: { post: { ...video, url: 'https://bsky.app/profile/alice.test/post/1' } },
};

export const Animation: Story = {
  name: 'GIF as looping video (paused under reduced motion)',
  args: {
    post: {
      ...samplePost,
      attachments: [
        {
          kind: 'gifv',
          url: '/media/tone.wav',
          preview: '/media/square.svg',
          width: 400,
          height: 400,
          alt: 'A looping animation',
        },
      ],
    },
  },
};

export const Audio: Story = {
  args: {
    post: {
      ...samplePost,
      text: 'The tuning note for tonight’s rehearsal.',
      attachments: [{ kind: 'audio', url: '/media/tone.wav', alt: 'A one-second A (440 Hz)' }],
    },
  },
};

export const Quote: Story = { name: 'Quote (Mastodon 4.5)', args: { post: quote } };

export const Repost: Story = { name: 'Repost (Mastodon boost)', args: { post: reblog } };

export const Reply: Story = {
  name: 'Reply',
  args: {
    post: {
      ...reply,
      inReplyTo: {
        ...reply.inReplyTo,
        url: 'https://social.example/@ada/113456789012345678',
        author: { id: '109', handle: '@ada@social.example' },
      },
    },
  },
};

export const LinkCard: Story = {
  name: 'Link card',
  args: {
    post: {
      ...cardStatus,
      card: {
        ...cardStatus.card!,
        image: '/media/card.svg',
        description: 'This domain is for use in illustrative examples in documents.',
      },
    },
  },
};

export const PollResults: Story = {
  name: 'Poll (votes added to the recorded poll)',
  args: {
    post: {
      ...poll,
      poll: {
        ...poll.poll!,
        multiple: false,
        voters: 57,
        options: poll.poll!.options.map((option, index) => ({
          ...option,
          votes: [41, 16][index] ?? 0,
        })),
      },
    },
  },
};

export const BlogEntry: Story = {
  name: 'Blog entry with a title (JSON Feed)',
  args: { post: { ...blog, source: { id: 'blog', label: 'Blog' } } },
};

export const Pinned: Story = {
  name: 'Pinned, with counts and source label',
  args: {
    post: {
      ...samplePost,
      pinned: true,
      source: { id: 'work', label: 'Colleagues' },
      counts: { replies: 4, reposts: 1234, likes: 15300 },
    },
  },
};

export const Japanese: Story = {
  name: 'Japanese UI',
  args: { post: { ...media, counts: { replies: 12, reposts: 1234, likes: 15300 } } },
  globals: { locale: 'ja' },
};

export const NoAvatar: Story = { args: { post: noAvatarPost } };

/** A fetch seam that answers every request with one recorded status, after a short wait. */
const recorded: LoadFetch = async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  const avatar = new URL('/media/avatar.svg', location.href).href;
  const status = {
    ...mediaStatus,
    account: { ...mediaStatus.account, avatar, avatar_static: avatar },
    sensitive: false,
    media_attachments: [],
  };
  return new Response(JSON.stringify(status), {
    headers: { 'content-type': 'application/json' },
  });
};

/** A post element with a link inside: what a page shows before the element upgrades. */
const withFallback = (args: Args) =>
  html`<social-post ${applyArgs(args)}
    ><a href=${String(args.src ?? 'https://social.example/@ada/113456789012345678')}
      >Read the post on social.example</a
    ></social-post
  >`;

export const Standalone: Story = {
  name: 'Standalone embed from a Mastodon status URL',
  args: {
    post: undefined,
    src: 'https://social.example/@mastodonpy_test/117020576664345360',
    fetch: recorded,
  },
  render: withFallback,
};

export const Loading: Story = {
  name: 'Standalone, loading',
  args: {
    post: undefined,
    src: 'https://social.example/@ada/1',
    fetch: (() => new Promise<Response>(() => undefined)) as LoadFetch,
  },
};

export const LoadError: Story = {
  name: 'Standalone, failed to load (with Retry)',
  args: {
    post: undefined,
    src: 'https://social.example/@ada/404',
    fetch: (async () => new Response('Not Found', { status: 404 })) as LoadFetch,
  },
  render: withFallback,
};

export const Unreadable: Story = {
  name: 'Standalone, not a post (unreadable document)',
  args: {
    post: undefined,
    src: 'https://social.example/about',
    fetch: (async () =>
      new Response('<!doctype html><title>About</title><p>Nothing to see.', {
        headers: { 'content-type': 'text/html' },
      })) as LoadFetch,
  },
  render: withFallback,
};

export const Fallback: Story = {
  name: 'Before the post is set (fallback content)',
  args: { post: undefined },
  render: withFallback,
};

export const Themed: Story = {
  name: 'Themed with tokens and parts',
  args: { post: { ...longPost, counts: { replies: 1, reposts: 2, likes: 3 } } },
  render: (args) => html`
    <style>
      .brand {
        --social-color-surface: light-dark(#fff8ee, #2a2118);
        --social-color-border: light-dark(#e8c9a0, #6b5238);
        --social-color-text-muted: light-dark(#7a5a3a, #cfb497);
        --social-radius-m: 2px;
        --social-post-avatar-size: 2.5rem;
        --social-font-family: Georgia, serif;
      }
      .brand::part(avatar) {
        border-radius: 4px;
      }
    </style>
    <social-post class="brand" ${applyArgs(args)}></social-post>
  `,
};

export const Edited: Story = {
  name: 'Edited (time of the edit in the accessible name)',
  args: {
    post: {
      ...samplePost,
      updated: new Date(samplePost.published.getTime() + 5 * 60_000),
      counts: { replies: 1, reposts: 0, likes: 9 },
    },
  },
};

export const Dim: Story = {
  name: 'Dim theme (page default from the meta)',
  args: { post: { ...media, sensitive: false, counts: { replies: 2, reposts: 40, likes: 1200 } } },
  globals: { scheme: 'dim' },
};

export const HighContrast: Story = {
  name: 'High contrast theme',
  args: { post: { ...cardStatus, card: { ...cardStatus.card!, image: '/media/card.svg' } } },
  globals: { scheme: 'high-contrast' },
};
