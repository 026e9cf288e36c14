import { expect } from '@open-wc/testing';
import * as formats from '../../src/formats/index.js';
import { mastodon } from '../../src/formats/mastodon.js';
import { plainText, readableText } from '../../src/formats/text.js';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';

const author = { id: 'https://social.example/users/ada' };
const published = new Date('2026-03-01T10:00:00Z');

function post(fields: Partial<Post>): Post {
  return { id: '1', author, published, ...fields };
}

describe('readableText', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'drops Mastodon’s hidden link parts and marks the cut with an ellipsis',
      '<p>Read <a href="https://www.example.com/a/very/long/path/indeed"><span class="invisible">https://www.</span><span class="ellipsis">example.com/a/very/long/pa</span><span class="invisible">th/indeed</span></a> now</p>',
      'Read example.com/a/very/long/pa… now',
    ],
    [
      'finds the classes among other class names',
      '<span class="x invisible">http://</span><span class="ellipsis y">host.example/pa</span>',
      'host.example/pa…',
    ],
    [
      'leaves words that only contain the class names alone',
      '<p>invisible ink, an ellipsis…</p><span class="invisibles">kept</span>',
      'invisible ink, an ellipsis…\n\nkept',
    ],
    ['decodes references and breaks blocks', '<p>a &amp; b</p><p>c</p>', 'a & b\n\nc'],
    ['has no text for markup without any', '<p> <img src="a.png"> </p>', undefined],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => expect(readableText(html)).to.equal(text));
  }
});

describe('plainText', () => {
  it('is the source’s text when the post has it, even beside HTML', () => {
    expect(plainText(post({ text: 'As given' }))).to.equal('As given');
    expect(plainText(post({ text: 'Plain', html: '<p>Rich</p>' }))).to.equal('Plain');
  });

  it('is the readable text of the HTML when the source gave only HTML', () => {
    expect(
      plainText(
        post({
          html: '<p>See <a href="https://example.org/"><span class="invisible">https://</span><span class="">example.org/</span><span class="invisible"></span></a></p>',
        }),
      ),
    ).to.equal('See example.org/');
  });

  it('is empty for a post with neither text nor HTML, or with HTML that holds no text', () => {
    expect(plainText(post({}))).to.equal('');
    expect(plainText(post({ html: '<img src="a.png" alt="">' }))).to.equal('');
  });

  it('remembers the text per post object', () => {
    const first = post({ html: '<p>Before</p>' });
    expect(plainText(first)).to.equal('Before');
    // A post is treated as immutable: a later edit to its HTML does not reach the remembered text.
    first.html = '<p>After</p>';
    expect(plainText(first)).to.equal('Before');
    // Another object with the same HTML is its own entry, worked out afresh.
    expect(plainText({ ...first })).to.equal('After');
    // Text set on the post wins over anything remembered from its HTML.
    first.text = 'Given';
    expect(plainText(first)).to.equal('Given');
  });

  it('reads the text of parsed Mastodon statuses, which keep only HTML', async () => {
    const response = await fetch('/test/fixtures/mastodon/recorded.status.link-card.json');
    const page = (await mastodon.parseFeed(await response.text(), {
      url: 'http://localhost:3000/api/v1/statuses',
    })) as Page;
    const [status] = page.posts as [Post];
    expect(status.text).to.equal(undefined);
    expect(plainText(status)).to.equal('example.org/');
  });

  it('is part of the public formats entry', () => {
    expect(formats.plainText).to.equal(plainText);
  });
});
