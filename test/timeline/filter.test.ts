import { expect } from '@open-wc/testing';
import type { Post } from '../../src/model/post.js';
import { filterPosts } from '../../src/timeline/index.js';
import type { PostFilter } from '../../src/timeline/index.js';

const author = { id: 'me' };
const published = new Date('2026-11-25T10:00:00Z');
const image = { kind: 'image' as const, url: 'https://cdn.example/a.png', alt: 'A cat' };

const posts: Post[] = [
  { id: 'plain', author, published, language: 'en', source: { id: 'work' } },
  { id: 'british', author, published, language: 'en-GB', source: { id: 'friends' } },
  { id: 'german', author, published, language: 'de', source: { id: 'friends' } },
  { id: 'unknown-language', author, published, source: { id: 'blog' } },
  {
    id: 'reply',
    author,
    published,
    inReplyTo: { id: '9', author: { id: 'someone' } },
    source: { id: 'work' },
  },
  {
    id: 'reply-unknown',
    author,
    published,
    inReplyTo: { url: 'https://x.example/1' },
    source: { id: 'work' },
  },
  {
    id: 'thread',
    author,
    published,
    inReplyTo: { id: '8', author: { id: 'me' } },
    source: { id: 'work' },
  },
  { id: 'boost', author, published, repostedBy: { id: 'friend' }, source: { id: 'friends' } },
  { id: 'photo', author, published, attachments: [image], source: { id: 'friends' } },
  {
    id: 'wrapped-photo',
    author,
    published,
    repostOf: { id: 'in', author, published, attachments: [image] },
  },
  {
    id: 'nsfw',
    author,
    published,
    sensitive: true,
    attachments: [image],
    source: { id: 'friends' },
  },
  { id: 'cw', author, published, summary: 'spoilers', source: { id: 'friends' } },
  { id: 'blank-cw', author, published, summary: ' ', source: { id: 'friends' } },
];

const all = posts.map((p) => p.id);
const without = (...hidden: string[]) => all.filter((id) => !hidden.includes(id));

describe('post filters', () => {
  const cases: [string, PostFilter, string[]][] = [
    ['no filter shows everything', {}, all],
    [
      'true and undefined show everything',
      { replies: true, reposts: true, sensitive: true, mediaOnly: false },
      all,
    ],
    [
      'sources keep only those sources',
      { sources: ['work', 'blog'] },
      ['plain', 'unknown-language', 'reply', 'reply-unknown', 'thread'],
    ],
    ['an empty source list keeps none', { sources: [] }, []],
    [
      'replies: false hides replies to others, keeps threads',
      { replies: false },
      without('reply', 'reply-unknown'),
    ],
    ['reposts: false hides boosts', { reposts: false }, without('boost')],
    [
      'mediaOnly keeps posts with media, their own or wrapped',
      { mediaOnly: true },
      ['photo', 'wrapped-photo', 'nsfw'],
    ],
    [
      'sensitive: false hides sensitive and content-warned posts',
      { sensitive: false },
      without('nsfw', 'cw'),
    ],
    ['languages match by prefix and keep unknown', { languages: ['EN'] }, without('german')],
    [
      'a regional tag matches only that region',
      { languages: ['en-gb'] },
      without('plain', 'german'),
    ],
    [
      'an empty language list keeps only posts of unknown language',
      { languages: [] },
      without('plain', 'british', 'german'),
    ],
    [
      'filters combine',
      { sources: ['friends'], reposts: false, sensitive: false, languages: ['en'] },
      ['british', 'photo', 'blank-cw'],
    ],
  ];

  for (const [name, filter, expected] of cases) {
    it(name, () => {
      expect(filterPosts(posts, filter).map((p) => p.id)).to.deep.equal(expected);
    });
  }

  it('returns a new array and leaves the input alone', () => {
    const result = filterPosts(posts);
    expect(result).not.to.equal(posts);
    expect(result).to.deep.equal(posts);
  });
});
