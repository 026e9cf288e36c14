import { expect } from '@open-wc/testing';
import { fetchServerConfig, readMicropubConfig } from '../../src/compose/config.js';
import type { Draft } from '../../src/compose/draft.js';
import { PublishError, errorFromResponse, toPublishError } from '../../src/compose/errors.js';
import { LoadError } from '../../src/net/errors.js';
import { uploadMedia } from '../../src/compose/media.js';
import { acceptsType, checkMedia, DEFAULT_MEDIA_LIMITS } from '../../src/compose/media-limits.js';
import { buildPublishRequest, micropubForm, publish } from '../../src/compose/publish.js';

interface Logged {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  parts?: Array<{ name: string; filename?: string; type?: string; size?: number; value?: string }>;
}

let counter = 0;
const newKey = () => `k${Date.now().toString(36)}${++counter}`;

async function text(path: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

async function requests(key: string): Promise<Logged[]> {
  return (await fetch(`/test-compose/log/${key}`)).json() as Promise<Logged[]>;
}

/** The name/value pairs of a form body, decoded, with `[]` kept on names. */
function formPairs(body: string): Array<[string, string]> {
  return body
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      const decode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
      return [decode(name), decode(value)];
    });
}

/** The body of an HTTP example: everything after the blank line, lines joined as on the wire. */
function httpBody(example: string): string {
  return example
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n')
    .replace(/\r?\n/g, '')
    .trim();
}

function draft(overrides: Partial<Draft> = {}): Draft {
  return { text: '', warning: '', audience: 'public', media: [], ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PublishError);
    return error as PublishError;
  }
  throw new Error('expected a rejection');
}

describe('publishing', () => {
  describe('Micropub requests match the spec examples', () => {
    it('sends the form-encoded create byte for byte (h=entry, content, category[])', async () => {
      const key = newKey();
      await publish(draft({ text: 'hello world', categories: ['foo', 'bar'] }), {
        action: `/test-compose/micropub/${key}/ok`,
        format: 'micropub',
      });
      const [request] = await requests(key);
      expect(request!.method).to.equal('POST');
      expect(request!.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
      expect(request!.body).to.equal(
        (await text('micropub/create.form-urlencoded.body.txt')).trimEnd(),
      );
    });

    it('sends the "New Note" example: hashtag, categories, mp-syndicate-to and the bearer token', async () => {
      const key = newKey();
      const example = await text('micropub/create.form-urlencoded.note.http');
      await publish(
        draft({
          text: 'My favorite of the #quantifiedself trackers, finally released their official API',
          categories: ['quantifiedself', 'api'],
          syndicateTo: ['https://myfavoritesocialnetwork.example/aaronpk'],
        }),
        { action: `/test-compose/micropub/${key}/ok`, format: 'micropub', token: 'XXXXXXXXXXX' },
      );
      const [request] = await requests(key);
      expect(formPairs(request!.body)).to.deep.equal(formPairs(httpBody(example)));
      const authorization = /^Authorization: (.+)$/m.exec(example)![1];
      expect(request!.headers.authorization).to.equal(authorization);
    });

    it('sends the JSON create when encoding is json', async () => {
      const key = newKey();
      await publish(
        draft({
          text: 'hello world',
          categories: ['foo', 'bar'],
          media: [
            {
              key: 'a',
              name: 'photo.jpg',
              type: 'image/jpeg',
              size: 1,
              alt: '',
              url: 'https://photos.example.com/592829482876343254.jpg',
            },
          ],
        }),
        { action: `/test-compose/micropub/${key}/ok`, format: 'micropub', encoding: 'json' },
      );
      const [request] = await requests(key);
      expect(request!.headers['content-type']).to.equal('application/json');
      expect(JSON.parse(request!.body)).to.deep.equal(
        JSON.parse(await text('micropub/create.json.body.json')),
      );
    });

    it('switches to JSON for a photo with alt text, as {value, alt}', async () => {
      const key = newKey();
      await publish(
        draft({
          text: 'hello world',
          categories: ['foo', 'bar'],
          media: [
            {
              key: 'g',
              name: 'globe.gif',
              type: 'image/gif',
              size: 1,
              alt: 'Spinning globe animation',
              url: 'https://photos.example.com/globe.gif',
            },
          ],
        }),
        { action: `/test-compose/micropub/${key}/ok`, format: 'micropub' },
      );
      const [request] = await requests(key);
      expect(JSON.parse(request!.body)).to.deep.equal(
        JSON.parse(await text('micropub/create.json.photo-alt.body.json')),
      );
    });

    it('sends the content warning as summary and a non-public audience as visibility', () => {
      const request = buildPublishRequest(
        draft({ text: 'x', warning: ' spoilers ', audience: 'private' }),
        { action: '/micropub', format: 'micropub' },
      );
      expect(formPairs(request.body)).to.deep.equal([
        ['h', 'entry'],
        ['content', 'x'],
        ['summary', 'spoilers'],
        ['visibility', 'private'],
      ]);
      expect(request.headers).not.to.have.property('idempotency-key');
    });

    it('brackets names with several values only', () => {
      expect(
        micropubForm([
          ['a', ['1']],
          ['b', ['2', '3 4']],
        ]),
      ).to.equal('a=1&b[]=2&b[]=3+4');
    });
  });

  describe('Micropub answers', () => {
    it('reads 201 Created + Location into a post', async () => {
      const key = newKey();
      const author = { id: 'https://aaronpk.example/', name: 'Aaron' };
      const { post, response } = await publish(
        draft({ text: 'hello', warning: 'cw', language: 'en' }),
        { action: `/test-compose/micropub/${key}/ok`, format: 'micropub', author },
      );
      expect(response.status).to.equal(201);
      const example = await text('micropub/response.201-created.http');
      expect(example).to.match(/^Location: https:\/\/aaronpk\.example\/post\/\d+/m);
      expect(post.url).to.match(/^https:\/\/aaronpk\.example\/post\/\d+$/);
      expect(post).to.include({ id: post.url, text: 'hello', summary: 'cw', language: 'en' });
      expect(post.author).to.equal(author);
      expect(post.published).to.be.instanceOf(Date);
    });

    it('accepts 202 Accepted', async () => {
      const key = newKey();
      const { response, post } = await publish(draft({ text: 'later' }), {
        action: `/test-compose/micropub/${key}/202`,
        format: 'micropub',
      });
      expect(response.status).to.equal(202);
      expect(post.url).to.match(/^https:\/\/aaronpk\.example\/post\//);
    });

    const failures: Array<[string, string, number, string]> = [
      ['400 invalid_request', '400', 400, 'invalid_request'],
      ['401 unauthorized', '401', 401, 'unauthorized'],
      ['403 insufficient_scope', '403', 403, 'insufficient_scope'],
      ['413 Payload Too Large', '413', 413, 'too-large'],
      ['429 with Retry-After', '429', 429, 'rate-limit'],
      ['500 with an HTML page', '500', 500, 'server'],
    ];
    for (const [what, mode, status, reason] of failures) {
      it(`maps ${what} to "${reason}"`, async () => {
        const error = await rejection(
          publish(draft({ text: 'x' }), {
            action: `/test-compose/micropub/${newKey()}/${mode}`,
            format: 'micropub',
          }),
        );
        expect(error).to.be.instanceOf(LoadError);
        expect(error).to.include({ status, reason });
        expect(error.message).to.contain(String(status));
      });
    }

    it('keeps the error_description of the spec example', async () => {
      const example = JSON.parse(await text('micropub/error.invalid_request.body.json')) as {
        error_description: string;
      };
      const error = await rejection(
        publish(draft({ text: 'x' }), {
          action: `/test-compose/micropub/${newKey()}/400`,
          format: 'micropub',
        }),
      );
      expect(error.serverMessage).to.equal(example.error_description);
      expect(error.retryable).to.equal(false);
    });

    it('times out, and says the post may have been received', async () => {
      const error = await rejection(
        publish(draft({ text: 'x' }), {
          action: `/test-compose/micropub/${newKey()}/slow?ms=1500`,
          format: 'micropub',
          timeout: 200,
        }),
      );
      expect(error).to.include({ reason: 'timeout', kind: 'timeout', maybePosted: true });
    });

    it('reports a server that cannot be reached', async () => {
      const error = await rejection(
        publish(draft({ text: 'x' }), {
          action: 'http://127.0.0.1:9/micropub',
          format: 'micropub',
        }),
      );
      expect(error.reason).to.equal('network');
      expect(error.retryable).to.equal(true);
    });

    it('rejects with the caller’s reason when aborted', async () => {
      const controller = new AbortController();
      const pending = publish(draft({ text: 'x' }), {
        action: `/test-compose/micropub/${newKey()}/slow?ms=1000`,
        format: 'micropub',
        signal: controller.signal,
      });
      controller.abort(new Error('stop'));
      try {
        await pending;
        expect.fail('should reject');
      } catch (error) {
        expect((error as Error).message).to.equal('stop');
      }
    });
  });

  describe('Mastodon', () => {
    const action = (key: string, mode = 'ok') => `/test-compose/mastodon/${key}/${mode}`;

    it('posts the documented parameters with an Idempotency-Key', async () => {
      const key = newKey();
      const { post } = await publish(
        draft({
          text: 'Hello @ada@social.example',
          warning: 'Birds',
          audience: 'unlisted',
          language: 'en',
          media: [{ key: 'm', name: 'a.png', type: 'image/png', size: 1, alt: 'A bird', id: '77' }],
          idempotencyKey: 'idem-1-' + key,
        }),
        { action: action(key), format: 'mastodon', token: 'secret' },
      );
      const [request] = await requests(key);
      expect(request!.path).to.equal(`/test-compose/mastodon/${key}/ok/api/v1/statuses`);
      expect(request!.headers['idempotency-key']).to.equal('idem-1-' + key);
      expect(request!.headers.authorization).to.equal('Bearer secret');
      expect(JSON.parse(request!.body)).to.deep.equal({
        status: 'Hello @ada@social.example',
        spoiler_text: 'Birds',
        visibility: 'unlisted',
        media_ids: ['77'],
        language: 'en',
      });
      expect(post.text).to.equal('Hello @ada@social.example');
      expect(post.summary).to.equal('Birds');
      expect(post.url).to.match(/\/@ada\/\d+$/);
      expect(post.author.handle).to.contain('ada');
    });

    it('takes the statuses URL itself as action', () => {
      const request = buildPublishRequest(draft({ text: 'x' }), {
        action: 'https://social.example/api/v1/statuses',
        format: 'mastodon',
      });
      expect(request.url).to.equal('https://social.example/api/v1/statuses');
    });

    it('reuses the key on a retry, and the server publishes once', async () => {
      const key = newKey();
      const pending = draft({ text: 'once', idempotencyKey: `idem-2-${key}` });
      const first = await rejection(
        publish(pending, { action: action(key, 'flaky'), format: 'mastodon' }),
      );
      expect(first.reason).to.equal('server');
      const { post } = await publish(pending, {
        action: action(key, 'flaky'),
        format: 'mastodon',
      });
      const again = await publish(pending, { action: action(key), format: 'mastodon' });
      expect(again.post.id).to.equal(post.id);
      const sent = await requests(key);
      expect(sent.map((request) => request.headers['idempotency-key'])).to.deep.equal([
        pending.idempotencyKey,
        pending.idempotencyKey,
        pending.idempotencyKey,
      ]);
    });

    const failures: Array<[string, number, string, string]> = [
      ['422', 422, 'invalid_request', "Validation failed: Text can't be blank"],
      ['401', 401, 'unauthorized', 'The access token is invalid'],
      ['403', 403, 'forbidden', 'This action is outside the authorized scopes'],
    ];
    for (const [mode, status, reason, said] of failures) {
      it(`shows Mastodon's own words for ${status}`, async () => {
        const error = await rejection(
          publish(draft({ text: 'x' }), { action: action(newKey(), mode), format: 'mastodon' }),
        );
        expect(error).to.include({ status, reason, serverMessage: said });
      });
    }
  });

  describe('plain JSON', () => {
    it('posts the documented body with an Idempotency-Key and reads id, url and published', async () => {
      const key = newKey();
      const { post } = await publish(
        draft({
          text: 'Hi',
          warning: 'cw',
          audience: 'private',
          language: 'fr',
          media: [
            {
              key: 'm',
              name: 'a.png',
              type: 'image/png',
              size: 1,
              alt: 'Alt',
              url: 'https://m.example/a.png',
            },
          ],
          idempotencyKey: 'idem-json',
        }),
        { action: `/test-compose/json/${key}/ok`, format: 'json' },
      );
      const [request] = await requests(key);
      expect(request!.headers['idempotency-key']).to.equal('idem-json');
      expect(JSON.parse(request!.body)).to.deep.equal({
        text: 'Hi',
        summary: 'cw',
        audience: 'private',
        language: 'fr',
        media: [{ url: 'https://m.example/a.png', alt: 'Alt' }],
      });
      expect(post.id).to.match(/^post-\d+$/);
      expect(post.published.toISOString()).to.equal('2026-11-25T12:00:00.000Z');
      expect(post.attachments).to.deep.equal([
        { kind: 'image', url: 'https://m.example/a.png', mimeType: 'image/png', alt: 'Alt' },
      ]);
    });

    it('says when the action is not a URL', () => {
      expect(() =>
        buildPublishRequest(draft({ text: 'x' }), { action: 'http://[bad', format: 'json' }),
      ).to.throw(PublishError, /action/);
    });
  });

  describe('error words', () => {
    it('prefers a Micropub error code over the status', () => {
      const error = errorFromResponse('/m', 401, '', '{"error":"insufficient_scope"}');
      expect(error.reason).to.equal('insufficient_scope');
    });

    it('falls back to the status for bodies that are not JSON', () => {
      expect(errorFromResponse('/m', 403, '', '<html>').reason).to.equal('forbidden');
      expect(errorFromResponse('/m', 418, '', '').reason).to.equal('unexpected');
    });

    it('wraps anything a host passes to fail()', () => {
      expect(toPublishError(new Error('boom')).reason).to.equal('unexpected');
      expect(toPublishError('nope').message).to.equal('nope');
    });
  });
});

describe('server configuration', () => {
  it('reads the media endpoint and syndication targets of the spec example', async () => {
    const config = readMicropubConfig(await text('micropub/query.config.body.json'), location.href);
    expect(config).to.deep.equal({
      mediaEndpoint: 'https://media.example.com/micropub',
      syndicateTo: [
        {
          uid: 'https://myfavoritesocialnetwork.example/aaronpk',
          name: 'aaronpk on myfavoritesocialnetwork',
        },
      ],
    });
  });

  it('asks a Micropub endpoint with q=config and the token', async () => {
    const key = newKey();
    const config = await fetchServerConfig(`/test-compose/micropub/${key}/ok`, {
      format: 'micropub',
      token: 't0k3n',
    });
    expect(config.mediaEndpoint).to.equal(`${location.origin}/test-compose/media/${key}/ok`);
    const [request] = await requests(key);
    expect(request!.path).to.equal(`/test-compose/micropub/${key}/ok?q=config`);
    expect(request!.headers.authorization).to.equal('Bearer t0k3n');
  });

  it("reads a Mastodon instance's limits", async () => {
    const config = await fetchServerConfig(`/test-compose/mastodon/${newKey()}/ok`, {
      format: 'mastodon',
    });
    expect(config).to.include({ maxCharacters: 1000, maxMedia: 4, imageSizeLimit: 16777216 });
  });
});

describe('media', () => {
  const png = () => new File([new Uint8Array(2048).fill(7)], 'dot.png', { type: 'image/png' });

  it('checks count, type and size', () => {
    const limits = { ...DEFAULT_MEDIA_LIMITS, maxSize: 1000 };
    expect(checkMedia({ type: 'image/png', size: 10 }, 4, limits)).to.deep.equal({
      reason: 'count',
      limit: 4,
    });
    expect(checkMedia({ type: 'application/pdf', size: 10 }, 0, limits)?.reason).to.equal('type');
    expect(checkMedia({ type: '', size: 10 }, 0, limits)?.reason).to.equal('type');
    expect(checkMedia({ type: 'image/png', size: 1001 }, 0, limits)).to.deep.equal({
      reason: 'size',
      limit: 1000,
    });
    expect(checkMedia({ type: 'image/png', size: 1000 }, 3, limits)).to.equal(undefined);
    expect(acceptsType('image/heic', ['image/*'])).to.equal(true);
    expect(acceptsType('video/mp4', ['image/*'])).to.equal(false);
  });

  it('uploads to the Micropub media endpoint as a file part, with progress', async () => {
    const key = newKey();
    const progress: number[] = [];
    const uploaded = await uploadMedia(png(), 'dot.png', {
      endpoint: `/test-compose/media/${key}/ok`,
      format: 'micropub',
      token: 'tok',
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(uploaded.url).to.match(/^https:\/\/media\.example\.com\/file\/[0-9a-f]+\.jpg$/);
    expect(progress.at(-1)).to.equal(1);
    const [request] = await requests(key);
    expect(request!.headers.authorization).to.equal('Bearer tok');
    expect(request!.parts).to.deep.equal([
      { name: 'file', filename: 'dot.png', type: 'image/png', size: 2048 },
    ]);
  });

  it('uploads to Mastodon with the description', async () => {
    const key = newKey();
    const uploaded = await uploadMedia(png(), 'dot.png', {
      endpoint: `/test-compose/mastodon/${key}/ok/api/v2/media`,
      format: 'mastodon',
      alt: 'A dot',
    });
    expect(uploaded.id).to.match(/^\d+$/);
    expect(uploaded.preview).to.match(/\.small\.png$/);
    const [request] = await requests(key);
    expect(request!.parts!.map((part) => part.name)).to.deep.equal(['file', 'description']);
    expect(request!.parts![1]!.value).to.equal('A dot');
  });

  it('maps a refused upload to words', async () => {
    const error = await rejection(
      uploadMedia(png(), 'dot.png', {
        endpoint: `/test-compose/media/${newKey()}/413`,
        format: 'micropub',
      }),
    );
    expect(error.reason).to.equal('too-large');
  });
});
