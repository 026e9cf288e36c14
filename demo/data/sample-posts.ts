/**
 * Sample posts for the demo page and the stories. Everything here is local: the avatars live in
 * `demo/public/avatars/`, so neither the demo nor Storybook reaches the internet.
 */
import type { Actor } from '../../src/model/actor.js';
import type { Post } from '../../src/model/post.js';

const minutesAgo = (minutes: number): Date => new Date(Date.now() - minutes * 60_000);

export const people = {
  ada: {
    id: '109',
    handle: '@ada@social.example',
    name: 'Ada Lindqvist',
    url: 'https://social.example/@ada',
    avatar: '/avatars/ada.svg',
  },
  noor: {
    id: 'did:plc:noor',
    handle: '@noor.bsky.example',
    name: 'نور الهدى',
    url: 'https://bsky.example/profile/noor.bsky.example',
    avatar: '/avatars/noor.svg',
  },
  kenji: {
    id: '42',
    handle: '@kenji@mastodon.example',
    name: 'Kenji Watanabe',
    url: 'https://mastodon.example/@kenji',
    avatar: '/avatars/kenji.svg',
  },
  blog: {
    id: 'https://lea.example/',
    name: 'Léa writes',
    url: 'https://lea.example/',
    avatar: '/avatars/blog.svg',
  },
} satisfies Record<string, Actor>;

export const samplePost: Post = {
  id: '113456789012345678',
  url: 'https://social.example/@ada/113456789012345678',
  author: people.ada,
  published: minutesAgo(42),
  text: 'Our team retro went well today. The best idea came from the intern: write the release notes before the code.',
  language: 'en',
};

export const longPost: Post = {
  id: '113456789012345679',
  url: 'https://mastodon.example/@kenji/113456789012345679',
  author: people.kenji,
  published: minutesAgo(60 * 5),
  updated: minutesAgo(60 * 4),
  language: 'en',
  text: [
    'Some notes from a week of moving our small team from three chat tools to one.',
    '',
    'First, nobody missed the old tools once the history was imported. What people missed were the habits: where to ask a quick question, where to put a decision so that it could be found again in six months.',
    '',
    'Second, the split between "work" and "personal" channels was mostly imaginary. The same people asked about the release and about the weekend hike, in the same breath, and that was fine.',
    '',
    'Third, a long unbroken identifier such as https://docs.example/a/very/long/path/that/keeps/going/and/going/without/any/spaces/at/all must wrap instead of pushing the layout sideways.',
  ].join('\n'),
};

export const rtlPost: Post = {
  id: 'at://did:plc:noor/app.bsky.feed.post/3kq',
  url: 'https://bsky.example/profile/noor.bsky.example/post/3kq',
  author: people.noor,
  published: minutesAgo(60 * 26),
  language: 'ar',
  text: 'صباح الخير من القاهرة! أنهينا اليوم ورشة العمل الأولى حول الوصولية في تطبيقات الويب، وشارك فيها أكثر من ثلاثين مطورًا.',
};

export const warningPost: Post = {
  id: '113456789012345680',
  url: 'https://social.example/@ada/113456789012345680',
  author: people.ada,
  published: minutesAgo(3),
  summary: 'Spoilers: the last episode of the series',
  sensitive: true,
  language: 'en',
  text: 'So the lighthouse keeper was the narrator all along. I did not see that coming.',
};

export const blogPost: Post = {
  id: 'https://lea.example/2026/11/notes-on-feeds',
  url: 'https://lea.example/2026/11/notes-on-feeds',
  author: people.blog,
  published: minutesAgo(60 * 24 * 9),
  language: 'fr',
  text: 'Notes sur les flux : pourquoi mon blog, mon compte Mastodon et mon compte Bluesky devraient se lire comme une seule conversation.',
};

export const noAvatarPost: Post = {
  id: '113456789012345681',
  author: { id: '77', handle: '@sam@tiny.example', name: 'Sam' },
  published: minutesAgo(0.2),
  text: 'Posted from a server that has no avatar for me yet.',
  language: 'en',
};

export const samplePosts: Post[] = [
  warningPost,
  samplePost,
  longPost,
  rtlPost,
  blogPost,
  noAvatarPost,
];
