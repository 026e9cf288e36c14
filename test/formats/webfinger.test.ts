import { expect } from '@open-wc/testing';
import { FormatError } from '../../src/formats/types.js';
import {
  WebFingerError,
  parseHandle,
  parseWebFinger,
  resolveHandle,
  webfingerUrl,
  type Handle,
} from '../../src/formats/webfinger.js';

/** Lookups go to the local test endpoint instead of https://host. */
const local = ({ user, host }: Handle) =>
  `${location.origin}/test-profile/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${host}`)}`;

describe('WebFinger', () => {
  describe('handles', () => {
    const cases: [string, Handle | undefined][] = [
      ['@alice@social.example', { user: 'alice', host: 'social.example' }],
      ['alice@Social.Example', { user: 'alice', host: 'social.example' }],
      ['acct:alice@social.example', { user: 'alice', host: 'social.example' }],
      ['@alice@localhost:8080', { user: 'alice', host: 'localhost:8080' }],
      ['@alice.bsky.social', undefined],
      ['@alice@', undefined],
      ['@a@b@c', undefined],
      ['@alice@evil.example/path', undefined],
      ['@alice@ex ample', undefined],
    ];
    for (const [handle, parts] of cases) {
      it(`${handle} → ${parts ? `${parts.user} at ${parts.host}` : 'not a handle'}`, () => {
        expect(parseHandle(handle)).to.deep.equal(parts);
      });
    }

    it('asks https://host/.well-known/webfinger for acct:user@host', () => {
      expect(webfingerUrl({ user: 'alice', host: 'social.example' })).to.equal(
        'https://social.example/.well-known/webfinger?resource=acct%3Aalice%40social.example',
      );
    });
  });

  describe('reading a JRD', () => {
    it('finds the actor (rel=self, ActivityStreams type) and the profile page', () => {
      const result = parseWebFinger(
        JSON.stringify({
          subject: 'acct:alice@social.example',
          links: [
            {
              rel: 'http://webfinger.net/rel/profile-page',
              type: 'text/html',
              href: 'https://social.example/@alice',
            },
            { rel: 'self', type: 'text/html', href: 'https://social.example/not-the-actor' },
            {
              rel: 'self',
              type: 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
              href: 'https://social.example/users/alice',
            },
            {
              rel: 'http://ostatus.org/schema/1.0/subscribe',
              template: 'https://social.example/authorize_interaction?uri={uri}',
            },
          ],
        }),
      );
      expect(result).to.deep.equal({
        subject: 'acct:alice@social.example',
        actor: 'https://social.example/users/alice',
        profile: 'https://social.example/@alice',
      });
    });

    it('drops links that are not http(s)', () => {
      const body = JSON.stringify({
        links: [
          { rel: 'self', type: 'application/activity+json', href: 'javascript:alert(1)' },
          { rel: 'http://webfinger.net/rel/profile-page', href: 'https://social.example/@alice' },
        ],
      });
      expect(parseWebFinger(body)).to.deep.equal({ profile: 'https://social.example/@alice' });
    });

    const bad: [string, string, RegExp][] = [
      ['not JSON', '<html>', /not JSON/],
      ['an array', '[]', /got an array/],
      [
        'no usable link',
        '{"subject":"acct:a@b","links":[]}',
        /answer for acct:a@b names no ActivityPub actor/,
      ],
    ];
    for (const [what, body, message] of bad) {
      it(`refuses ${what} with a FormatError that says what it saw`, () => {
        expect(() => parseWebFinger(body)).to.throw(FormatError, message);
      });
    }
  });

  describe('resolving a handle against a server', () => {
    it('returns the actor and profile page the server names', async () => {
      const result = await resolveHandle('@alice@social.example', { webfingerUrl: local });
      expect(result.subject).to.equal('acct:alice@social.example');
      expect(result.actor).to.equal(`${location.origin}/test-profile/users/alice`);
      expect(result.profile).to.equal(`${location.origin}/test-profile/@alice`);
    });

    it('says when the server knows no such account (404)', async () => {
      const error = await resolveHandle('@nobody@social.example', { webfingerUrl: local }).catch(
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(WebFingerError);
      expect((error as WebFingerError).status).to.equal(404);
      expect((error as Error).message).to.match(
        /social\.example knows no account @nobody@social\.example/,
      );
    });

    it('gives up on a slow server after the timeout', async () => {
      const error = await resolveHandle('@slow@social.example', {
        webfingerUrl: local,
        timeout: 200,
      }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(WebFingerError);
      expect((error as Error).message).to.match(/longer than 200 ms/);
    });

    it('stops when its signal aborts, with the signal’s reason', async () => {
      const controller = new AbortController();
      const pending = resolveHandle('@slow@social.example', {
        webfingerUrl: local,
        signal: controller.signal,
      });
      controller.abort(new DOMException('gone', 'AbortError'));
      const error = await pending.catch((caught: unknown) => caught);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('refuses something that is not a handle before any request', async () => {
      let asked = false;
      const error = await resolveHandle('alice', {
        fetch: () => {
          asked = true;
          return Promise.resolve(new Response('{}'));
        },
      }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(TypeError);
      expect(asked).to.equal(false);
    });

    it('uses the fetch seam when given one', async () => {
      const asked: string[] = [];
      const result = await resolveHandle('@alice@social.example', {
        fetch: (input) => {
          asked.push(input);
          return Promise.resolve(
            new Response(
              JSON.stringify({
                links: [
                  {
                    rel: 'self',
                    type: 'application/activity+json',
                    href: 'https://social.example/users/alice',
                  },
                ],
              }),
              { headers: { 'content-type': 'application/jrd+json' } },
            ),
          );
        },
      });
      expect(asked).to.deep.equal([
        'https://social.example/.well-known/webfinger?resource=acct%3Aalice%40social.example',
      ]);
      expect(result.actor).to.equal('https://social.example/users/alice');
    });
  });
});
