import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embedRequest } from '../../../src/components/post/embed.js';
import type { SocialPost } from '../../../src/components/post/post.js';
import '../../../src/define/social-post.js';
import { SocialErrorEvent } from '../../../src/events/error.js';
import { SocialLoadEvent } from '../../../src/events/load.js';
import { LoadError } from '../../../src/net/errors.js';
import type { LoadFetch } from '../../../src/net/load.js';
import { nextEvent } from '../../helpers.js';

const part = (el: SocialPost, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Raw text of a fixture, as a server would send it. */
async function fixtureText(path: string): Promise<string> {
  return (await fetch(`/test/fixtures/${path}`)).text();
}

const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } });

/** A fetch seam that records the URLs asked for and answers from `answer`. */
function recordingFetch(answer: (url: string, call: number) => Promise<Response>): {
  fetch: LoadFetch;
  urls: string[];
} {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input) => {
      urls.push(input);
      return answer(input, urls.length);
    },
  };
}

describe('<social-post src>', () => {
  describe('mapping post URLs to API requests', () => {
    const cases: [string, string, string | undefined][] = [
      [
        'https://mastodon.example/@ada/113456789012345678',
        'https://mastodon.example/api/v1/statuses/113456789012345678',
        'mastodon',
      ],
      [
        'https://mastodon.example/@lea@other.example/42',
        'https://mastodon.example/api/v1/statuses/42',
        'mastodon',
      ],
      [
        'https://mastodon.example/users/ada/statuses/7',
        'https://mastodon.example/api/v1/statuses/7',
        'mastodon',
      ],
      [
        'https://mastodon.example/api/v1/statuses/7',
        'https://mastodon.example/api/v1/statuses/7',
        'mastodon',
      ],
      [
        'https://bsky.app/profile/alice.bsky.social/post/3kabc',
        'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Falice.bsky.social%2Fapp.bsky.feed.post%2F3kabc&depth=0&parentHeight=0',
        'bluesky',
      ],
      [
        'at://did:plc:abc123/app.bsky.feed.post/3kxyz',
        'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fdid%3Aplc%3Aabc123%2Fapp.bsky.feed.post%2F3kxyz&depth=0&parentHeight=0',
        'bluesky',
      ],
      ['https://blog.example/feed.json', 'https://blog.example/feed.json', undefined],
    ];
    for (const [src, url, format] of cases) {
      it(`${src} → ${format ?? 'as is'}`, () => {
        expect(embedRequest(src)).to.deep.equal(format ? { url, format } : { url });
      });
    }
  });

  it('loads a Mastodon status URL through the API, shows it, then fires social-load', async () => {
    const body = await fixtureText('mastodon/recorded.status.content-warning.json');
    const seam = recordingFetch(async () => json(body));
    const el = document.createElement('social-post');
    el.fetch = seam.fetch;
    el.src = 'https://mastodon.example/@mastodonpy_test/117020586000687987';
    const loaded = nextEvent(el, 'social-load');
    (await fixture<HTMLElement>(html`<div lang="en"></div>`)).append(el);
    const event = await loaded;
    expect(event).to.be.instanceOf(SocialLoadEvent);
    expect(event.count).to.equal(1);
    expect(seam.urls).to.deep.equal([
      'https://mastodon.example/api/v1/statuses/117020586000687987',
    ]);
    // Announced after render: the post is on screen when the event arrives.
    expect(part(el, 'summary')!.textContent).to.contain('Content warning');
    await expect(el).to.be.accessible();
  });

  it('loads a Bluesky post URL through the public AppView thread', async () => {
    const body = await fixtureText('bluesky/recorded.getPostThread.record-with-media.json');
    const seam = recordingFetch(async () => json(body));
    let loaded!: () => void;
    const done = new Promise<void>((resolve) => (loaded = resolve));
    // The listener is bound in the template, so it is there before the element starts loading.
    const el = await fixture<SocialPost>(
      html`<social-post
        .fetch=${seam.fetch}
        src="https://bsky.app/profile/test.marshal.dev/post/3kdd3c5lu6s2n"
        @social-load=${() => loaded()}
      ></social-post>`,
    );
    await done;
    const asked = new URL(seam.urls[0]!);
    expect(asked.origin + asked.pathname).to.equal(
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread',
    );
    expect(asked.searchParams.get('uri')).to.equal(
      'at://test.marshal.dev/app.bsky.feed.post/3kdd3c5lu6s2n',
    );
    expect(part(el, 'name')).not.to.equal(null);
    expect(part(el, 'quote')).not.to.equal(null);
  });

  it('embeds a local recorded document, with a skeleton that reserves space meanwhile', async () => {
    let resolveLoaded!: (event: SocialLoadEvent) => void;
    const loaded = new Promise<SocialLoadEvent>((resolve) => (resolveLoaded = resolve));
    const el = await fixture<SocialPost>(
      html`<social-post
        src="/test/fixtures/mastodon/recorded.status.reblog.json"
        format="mastodon"
        @social-load=${(event: SocialLoadEvent) => resolveLoaded(event)}
      ></social-post>`,
    );
    const skeleton = part(el, 'post')!;
    expect(skeleton.classList.contains('skeleton')).to.equal(true);
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(skeleton.textContent).to.contain('Loading post');
    await expect(el).to.be.accessible();
    await loaded;
    expect(part(el, 'context')!.textContent).to.contain('reposted');
    expect(part(el, 'body')!.textContent).to.equal('Toot!');
  });

  it('shows a localized error with the cause on 404, and Retry loads it', async () => {
    const body = await fixtureText('mastodon/recorded.status.reply.json');
    const seam = recordingFetch(async (_url, call) =>
      call === 1 ? new Response('gone', { status: 404 }) : json(body),
    );
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const el = document.createElement('social-post');
    el.fetch = seam.fetch;
    el.src = 'https://mastodon.example/api/v1/statuses/404404';
    const failed = nextEvent(el, 'social-error');
    wrapper.append(el);
    const error = await failed;
    expect(error).to.be.instanceOf(SocialErrorEvent);
    expect(error.error).to.be.instanceOf(LoadError);
    expect((error.error as LoadError).status).to.equal(404);
    const state = part(el, 'error')!;
    expect(state.textContent).to.contain('Dieser Beitrag konnte nicht geladen werden.');
    expect(state.textContent).to.contain('Der Server hat mit Fehler 404 geantwortet.');
    expect(state.querySelector('.error-cause')!.textContent).to.contain('404');
    await expect(el).to.be.accessible();

    const retry = part(el, 'retry') as HTMLButtonElement;
    expect(retry.textContent!.trim()).to.equal('Erneut versuchen');
    retry.focus();
    const loaded = nextEvent(el, 'social-load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(part(el, 'body')!.textContent).to.equal('Reply!');
    expect(seam.urls).to.have.length(2);
    // Focus went with the reader to the post, not to the page's start.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'post'));
  });

  it('shows an error for a malformed document', async () => {
    let resolveFailed!: (event: SocialErrorEvent) => void;
    const failure = new Promise<SocialErrorEvent>((resolve) => (resolveFailed = resolve));
    const el = await fixture<SocialPost>(
      html`<div lang="en">
        <social-post
          src="/test/fixtures/jsonfeed/rsparser.allthis-partial.INVALID-truncated.json"
          format="jsonfeed"
          @social-error=${(event: SocialErrorEvent) => resolveFailed(event)}
          ><a href="https://blog.example/">Read it on the blog</a></social-post
        >
      </div>`,
    ).then((wrapper) => wrapper.querySelector('social-post')!);
    const failed = await failure;
    expect((failed.error as LoadError).kind).to.equal('parse');
    expect(part(el, 'error')!.textContent).to.contain(
      'The server sent something this page cannot read.',
    );
    // The light-DOM fallback link still offers a way to the post.
    const slot = part(el, 'error')!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Read it on the blog');
  });

  it('aborts the pending load when src changes, and shows only the new post', async () => {
    const signals: AbortSignal[] = [];
    const body = await fixtureText('mastodon/recorded.status.reply.json');
    const seam: LoadFetch = (input, init) => {
      signals.push(init.signal!);
      if (input.includes('/slow/')) {
        return new Promise((_resolve, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        );
      }
      return Promise.resolve(json(body));
    };
    const el = await fixture<SocialPost>(
      html`<social-post .fetch=${seam} src="https://mastodon.example/slow/feed.json"></social-post>`,
    );
    let errors = 0;
    el.addEventListener('social-error', () => errors++);
    await waitUntil(() => signals.length === 1, 'the first load started');
    const loaded = nextEvent(el, 'social-load');
    el.src = 'https://mastodon.example/@a/117020574393907247';
    await loaded;
    expect(signals[0]!.aborted).to.equal(true);
    expect(part(el, 'body')!.textContent).to.equal('Reply!');
    expect(errors).to.equal(0);
  });

  it('aborts when disconnected, and loads again when reconnected', async () => {
    const signals: AbortSignal[] = [];
    const seam: LoadFetch = (_input, init) => {
      signals.push(init.signal!);
      return new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    };
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('social-post');
    el.fetch = seam;
    el.src = 'https://mastodon.example/@a/1';
    wrapper.append(el);
    await waitUntil(() => signals.length === 1, 'the load started');
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    wrapper.append(el);
    await waitUntil(() => signals.length === 2, 'the load started again');
    expect(part(el, 'post')!.classList.contains('skeleton')).to.equal(true);
    el.remove();
  });

  it('prefers a post set as a property over src', async () => {
    const seam = recordingFetch(async () => new Response('', { status: 500 }));
    const el = await fixture<SocialPost>(
      html`<social-post
        .fetch=${seam.fetch}
        .post=${{ id: '1', author: { id: 'a', name: 'Ada' }, published: new Date(), text: 'Given' }}
        src="https://mastodon.example/@a/1"
      ></social-post>`,
    );
    expect(part(el, 'body')!.textContent).to.equal('Given');
  });
});
