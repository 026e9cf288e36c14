import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/social-post.js';
import type { Post } from '../src/model/post.js';
import {
  longPost,
  noAvatarPost,
  rtlPost,
  samplePost,
  warningPost,
} from '../demo/data/sample-posts.js';

type Args = { post?: Post; theme: 'auto' | 'light' | 'dark'; open: boolean };

const meta: Meta<Args> = {
  title: 'Elements/social-post',
  component: 'social-post',
  args: { post: samplePost, theme: 'auto', open: false },
  argTypes: {
    post: { control: 'object', description: 'The post to show (property only).' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: ({ post, theme, open }) =>
    html`<social-post .post=${post} theme=${theme} ?open=${open}></social-post>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const LongText: Story = { args: { post: longPost } };

export const RightToLeftText: Story = {
  name: 'Right-to-left text',
  args: { post: rtlPost },
};

export const RightToLeftPage: Story = {
  name: 'Right-to-left page (Arabic UI)',
  args: { post: rtlPost },
  globals: { direction: 'rtl', locale: 'ar' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { scheme: 'dark' },
};

export const ContentWarning: Story = { args: { post: warningPost } };

export const ContentWarningOpen: Story = {
  name: 'Content warning, revealed',
  args: { post: warningPost, open: true },
};

export const NoAvatar: Story = { args: { post: noAvatarPost } };

export const Fallback: Story = {
  name: 'Before the post is set (fallback content)',
  args: { post: undefined },
  render: () =>
    html`<social-post
      ><a href="https://social.example/@ada/113456789012345678">Read Ada's post</a></social-post
    >`,
};

export const Themed: Story = {
  name: 'Themed with tokens and parts',
  args: { post: longPost },
  render: ({ post }) => html`
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
    <social-post class="brand" .post=${post}></social-post>
  `,
};
