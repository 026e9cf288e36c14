import { expect } from '@open-wc/testing';
import type { Page } from '../../src/model/page.js';
import type { Post } from '../../src/model/post.js';
import { FormatRegistry, printable } from '../../src/formats/registry.js';
import { FormatError } from '../../src/formats/types.js';
import type { Format, FormatContext } from '../../src/formats/types.js';

/** A format that answers a fixed confidence and returns whatever `read` gives. */
function fake(
  name: string,
  score: number | ((body: string, context: FormatContext) => number),
  read?: () => unknown,
): Format {
  return {
    name,
    detect: typeof score === 'number' ? () => score : score,
    parseFeed: () => (read ? read() : { format: name, posts: [], skipped: [] }) as Page,
  };
}

function post(id: string, published = new Date('2026-11-25T10:00:00Z')): Post {
  return { id, published, author: { id: 'a' } };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('format registry', () => {
  describe('detection', () => {
    it('picks the most confident format', () => {
      const registry = new FormatRegistry([fake('a', 0.4), fake('b', 0.9), fake('c', 0.5)]);
      expect(registry.detect('{}')).to.equal('b');
    });

    it('breaks ties by the built-in order', () => {
      const registry = new FormatRegistry([fake('first', 0.7), fake('second', 0.7)]);
      expect(registry.detect('{}')).to.equal('first');
    });

    it('lets a site-registered format win a tie with a built-in', () => {
      const registry = new FormatRegistry([fake('builtin', 0.7)]);
      registry.register(fake('mine', 0.7));
      expect(registry.detect('{}')).to.equal('mine');
      expect(registry.names()).to.deep.equal(['mine', 'builtin']);
    });

    it('passes the content type from the headers to detect', () => {
      const registry = new FormatRegistry([
        fake('xmlish', (_body, context) => (context.contentType?.includes('xml') ? 1 : 0)),
      ]);
      expect(
        registry.detect('<x/>', { headers: { 'Content-Type': 'application/rss+xml' } }),
      ).to.equal('xmlish');
      expect(
        registry.detect('<x/>', { headers: new Headers({ 'content-type': 'text/xml' }) }),
      ).to.equal('xmlish');
    });

    it('treats a detect that throws or answers nonsense as "no"', () => {
      const registry = new FormatRegistry([
        fake('throws', () => {
          throw new Error('boom');
        }),
        fake('nan', Number.NaN),
        fake('huge', 7),
        fake('low', 0.3),
      ]);
      // 7 is clamped to 1, so "huge" still wins; the others count as 0.
      expect(registry.detect('x')).to.equal('huge');
      const scores = new FormatRegistry([fake('nan', Number.NaN), fake('negative', -3)]);
      const error = thrown(() => scores.detect('x')) as FormatError;
      expect(error.message).to.contain('nan 0.00').and.contain('negative 0.00');
    });

    it('throws a FormatError that names what was seen when nothing is confident enough', () => {
      const registry = new FormatRegistry([fake('a', 0.1), fake('b', 0)]);
      const body = `\u202Egnp.exe\u0000\u0007 hello\n\n\tworld ${'x'.repeat(200)}`;
      const error = thrown(() =>
        registry.detect(body, { contentType: 'text/plain' }),
      ) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.message).to.contain('content type "text/plain"');
      expect(error.message).to.contain('body starting "gnp.exe hello world xxx');
      expect(error.message).to.contain('…');
      expect(error.message).to.contain('tried a 0.10, b 0.00');
      expect(error.message).to.contain('one of: a, b');
      // No control or bidi characters reach the message.
      expect(/[\p{Cc}\p{Cf}]/u.test(error.message)).to.equal(false);
    });

    it('says when the body is empty and there is no content type', () => {
      const registry = new FormatRegistry([fake('a', 0)]);
      const error = thrown(() => registry.detect('   ')) as FormatError;
      expect(error.message).to.contain('no content type, an empty body');
    });

    it('lets an explicit format win over detection, case-insensitively and by alias', () => {
      const registry = new FormatRegistry([
        fake('mastodon', 1),
        fake('activitystreams', 0),
        fake('microformats', 0),
      ]);
      expect(registry.detect('{}', { format: 'activitystreams' })).to.equal('activitystreams');
      expect(registry.detect('{}', { format: ' ActivityStreams ' })).to.equal('activitystreams');
      expect(registry.detect('{}', { format: 'activitypub' })).to.equal('activitystreams');
      expect(registry.detect('{}', { format: 'mf2' })).to.equal('microformats');
    });

    it('refuses an unknown explicit format, listing the registered names', () => {
      const registry = new FormatRegistry([fake('mastodon', 1), fake('rss', 0)]);
      const error = thrown(() => registry.detect('{}', { format: 'myspace' })) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.message).to.contain('Unknown format "myspace"').and.contain('mastodon, rss');
    });

    it('refuses a body that is not text', () => {
      const registry = new FormatRegistry([fake('a', 1)]);
      const error = thrown(() =>
        registry.detect({ posts: [] } as unknown as string),
      ) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.message).to.contain('got an object with keys posts');
    });
  });

  describe('registration', () => {
    it('validates the definition', () => {
      const registry = new FormatRegistry();
      const cases: [unknown, string][] = [
        [null, 'expects an object, got null'],
        ['rss', 'expects an object, got string'],
        [{ name: '', detect() {}, parseFeed() {} }, 'needs a name'],
        [{ name: 'has space', detect() {}, parseFeed() {} }, 'needs a name'],
        [{ name: 'x', parseFeed() {} }, 'needs a detect'],
        [{ name: 'x', detect() {} }, 'needs a parseFeed'],
        [
          { name: 'x', detect() {}, parseFeed() {}, parseActor: 'no' },
          'parseActor, when given, must be a function',
        ],
      ];
      for (const [definition, message] of cases) {
        const error = thrown(() => registry.register(definition as Format)) as Error;
        expect(error, message).to.be.instanceOf(TypeError);
        expect(error.message).to.contain(message);
      }
    });

    it('replaces a format of the same name in place, and undoes it', async () => {
      const registry = new FormatRegistry([fake('mastodon', 0.5), fake('rss', 0.5)]);
      const undo = registry.register(
        fake('rss', 0.9, () => ({ format: 'rss', posts: [post('mine')], skipped: [] })),
      );
      expect(registry.names()).to.deep.equal(['mastodon', 'rss']);
      expect(registry.detect('x')).to.equal('rss');
      expect((await registry.parseFeed('x')).posts[0]?.id).to.equal('mine');
      undo();
      expect(registry.detect('x')).to.equal('mastodon');
      const remove = registry.register(fake('custom', 0));
      expect(registry.names()).to.include('custom');
      remove();
      expect(registry.names()).not.to.include('custom');
    });
  });

  describe('parseFeed', () => {
    it('wraps a format bug into a FormatError with the cause', async () => {
      const bug = new TypeError("Cannot read properties of undefined (reading 'map')");
      const registry = new FormatRegistry([
        fake('buggy', 1, () => {
          throw bug;
        }),
      ]);
      const error = (await rejection(registry.parseFeed('{}'))) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.format).to.equal('buggy');
      expect(error.cause).to.equal(bug);
      expect(error.message).to.contain('The buggy reader failed').and.contain("reading 'map'");
    });

    it("passes a format's own FormatError through unchanged", async () => {
      const own = new FormatError('expected a JSON array of statuses', { format: 'a' });
      const registry = new FormatRegistry([
        fake('a', 1, () => {
          throw own;
        }),
      ]);
      expect(await rejection(registry.parseFeed('{}'))).to.equal(own);
    });

    it('rejects, rather than throws, when detection fails', async () => {
      const registry = new FormatRegistry([fake('a', 0)]);
      const promise = registry.parseFeed('nothing');
      expect(promise).to.be.instanceOf(Promise);
      expect(await rejection(promise)).to.be.instanceOf(FormatError);
    });

    it('refuses a result that is not a page', async () => {
      for (const result of [undefined, null, 'page', [], { posts: 'x' }, { skipped: [] }]) {
        const registry = new FormatRegistry([fake('odd', 1, () => result)]);
        const error = (await rejection(registry.parseFeed('{}'))) as FormatError;
        expect(error, JSON.stringify(result)).to.be.instanceOf(FormatError);
        expect(error.message).to.contain('returned no page');
      }
    });

    it('drops posts an element could not render, saying why and where', async () => {
      const registry = new FormatRegistry([
        fake('sloppy', 1, () => ({
          posts: [
            post('ok'),
            { ...post('1'), id: 1 },
            post(''),
            post('bad-date', new Date('nope')),
            { ...post('string-date'), published: '2026-11-25T10:00:00Z' },
            { id: 'no-author', published: new Date() },
            null,
            post('also-ok'),
          ],
          skipped: [{ index: 9, reason: 'not a status' }, 'junk'],
          next: 42,
          prev: 'https://a.example/newer',
        })),
      ]);
      const page = await registry.parseFeed('{}');
      expect(page.format).to.equal('sloppy');
      expect(page.posts.map((p) => p.id)).to.deep.equal(['ok', 'also-ok']);
      expect(page.next).to.equal(undefined);
      expect(page.prev).to.equal('https://a.example/newer');
      expect(page.skipped).to.deep.equal([
        { index: 9, reason: 'not a status' },
        { reason: 'unreadable skip record (string)' },
        { index: 1, reason: 'no string id' },
        { index: 2, reason: 'no string id' },
        { index: 3, reason: 'post bad-date has no valid published date' },
        { index: 4, reason: 'post string-date has no valid published date' },
        { index: 5, reason: 'post no-author has no author' },
        { index: 6, reason: 'not a post object (null)' },
      ]);
    });

    it('keeps a post whose quote or repost is unusable, without it', async () => {
      const broken = { id: 'q', published: 'yesterday', author: { id: 'b' } };
      const registry = new FormatRegistry([
        fake('nested', 1, () => ({
          format: 'nested',
          posts: [{ ...post('p'), quote: broken }],
          skipped: [],
        })),
      ]);
      const page = await registry.parseFeed('{}');
      expect(page.posts).to.have.length(1);
      expect(page.posts[0]).not.to.have.property('quote');
      expect(page.skipped[0]?.reason).to.equal(
        'kept post p without its quote: post q has no valid published date',
      );
    });

    it('passes over holes in a sparse posts list and reports undefined entries', async () => {
      const posts: unknown[] = [post('a')];
      posts[2] = post('c');
      posts.push(undefined);
      const registry = new FormatRegistry([
        fake('sparse', 1, () => ({ format: 'sparse', posts, skipped: [] })),
      ]);
      const page = await registry.parseFeed('{}');
      expect(page.posts.map((entry) => entry.id)).to.deep.equal(['a', 'c']);
      expect(page.skipped).to.deep.equal([{ index: 3, reason: 'not a post object (undefined)' }]);
    });

    it('keeps a usable actor and drops one without an id', async () => {
      const withActor = new FormatRegistry([
        fake('x', 1, () => ({
          format: 'x',
          posts: [],
          skipped: [],
          actor: { id: 'me', name: 'Me' },
        })),
      ]);
      expect((await withActor.parseFeed('{}')).actor).to.deep.equal({ id: 'me', name: 'Me' });
      const without = new FormatRegistry([
        fake('x', 1, () => ({ format: 'x', posts: [], skipped: [], actor: { name: 'Me' } })),
      ]);
      expect(await without.parseFeed('{}')).not.to.have.property('actor');
    });

    it('awaits asynchronous formats', async () => {
      const registry = new FormatRegistry([
        fake('async', 1, async () => ({ format: 'async', posts: [post('later')], skipped: [] })),
      ]);
      expect((await registry.parseFeed('{}')).posts[0]?.id).to.equal('later');
    });
  });

  describe('parseActor', () => {
    it('says so when the format has no profile document', async () => {
      const registry = new FormatRegistry([fake('rss', 1)]);
      const error = (await rejection(registry.parseActor('<rss/>'))) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.message).to.contain('The rss format has no profile document');
    });

    it('returns the actor, and refuses one without a string id', async () => {
      const base = fake('people', 1);
      const good = new FormatRegistry([{ ...base, parseActor: () => ({ id: '1', name: 'Ada' }) }]);
      expect(await good.parseActor('{}')).to.deep.equal({ id: '1', name: 'Ada' });
      const bad = new FormatRegistry([{ ...base, parseActor: () => ({ id: 1 }) as never }]);
      const error = (await rejection(bad.parseActor('{}'))) as FormatError;
      expect(error.message).to.contain('returned no usable profile');
    });

    it('wraps a bug in parseActor', async () => {
      const base = fake('people', 1);
      const registry = new FormatRegistry([
        {
          ...base,
          parseActor: () => {
            throw new RangeError('Invalid time value');
          },
        },
      ]);
      const error = (await rejection(registry.parseActor('{}'))) as FormatError;
      expect(error).to.be.instanceOf(FormatError);
      expect(error.cause).to.be.instanceOf(RangeError);
      expect(error.message).to.contain('failed on this profile document');
    });
  });

  describe('printable', () => {
    it('keeps letters of every script and drops control, bidi and separator characters', () => {
      expect(printable('日本語\u2028テキスト', 60)).to.equal('日本語 テキスト');
      expect(printable('a\u200Fb\uFEFFc', 60)).to.equal('a b c');
      expect(printable('abcdef', 3)).to.equal('abc…');
      expect(printable('😀😀😀😀', 2)).to.equal('😀😀…');
    });
  });
});
