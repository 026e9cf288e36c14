import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  blueskyProfileUrl,
  profileRequest,
} from '../../../src/components/profile-card/profile-card-load.js';
import type { SocialProfileCard } from '../../../src/components/profile-card/profile-card.js';
import '../../../src/define/social-profile-card.js';
import { SocialErrorEvent } from '../../../src/events/error.js';
import { SocialFollowEvent } from '../../../src/events/follow.js';
import { SocialLoadEvent } from '../../../src/events/load.js';
import type { Handle } from '../../../src/formats/webfinger.js';
import type { Actor } from '../../../src/model/actor.js';
import type { LoadFetch } from '../../../src/net/load.js';
import { nextEvent } from '../../helpers.js';

const part = (el: SocialProfileCard, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: SocialProfileCard, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** WebFinger lookups go to the local test endpoint instead of https://host. */
const localWebFinger = ({ user, host }: Handle) =>
  `${location.origin}/test-profile/.well-known/webfinger?resource=${encodeURIComponent(`acct:${user}@${host}`)}`;

/** What the test server saw for requests tagged with `key`. */
async function requestsOf(key: string): Promise<{ path: string; accept: string }[]> {
  return (await fetch(`/test-profile/log?of=${key}`)).json();
}

let keys = 0;
const uniqueKey = () => `card-${Date.now()}-${++keys}`;

/** Renders a card in a `lang` wrapper and waits for its social-load or social-error. */
async function load(
  attributes: Record<string, string>,
  setup: (el: SocialProfileCard) => void = () => undefined,
  lang = 'en',
): Promise<{ el: SocialProfileCard; event: SocialLoadEvent | SocialErrorEvent }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('social-profile-card');
  setup(el);
  const outcome = Promise.race([nextEvent(el, 'social-load'), nextEvent(el, 'social-error')]);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  const event = await outcome;
  await el.updateComplete;
  return { el, event };
}

async function show(actor: Actor, attributes: Record<string, string> = {}, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('social-profile-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.actor = actor;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** A person as the model holds one, with everything a card can show. */
const ada: Actor = {
  id: '1',
  handle: '@ada@social.example',
  name: 'Ada :sparkle: Example',
  url: 'https://social.example/@ada',
  avatar: '/test/fixtures/posts/avatar-ada.svg',
  avatarAlt: 'Ada at her desk',
  bio: '<p>Engines &amp; <a href="https://notes.example/">notes</a></p><script>alert(1)</script><p><a href="javascript:alert(1)">bad</a></p>',
  fields: [
    {
      name: 'Website',
      value: '<a href="https://ada.example/" rel="me">ada.example</a>',
      verifiedAt: new Date('2024-03-01T10:00:00Z'),
    },
    { name: 'Pronouns', value: 'she/her' },
  ],
  counts: { followers: 15300, following: 210, posts: 1234 },
  bot: true,
  locked: true,
  emoji: { sparkle: '/test/fixtures/posts/avatar-ada.svg' },
  joined: new Date('2022-11-05T12:00:00Z'),
};

describe('<social-profile-card>', () => {
  describe('requests', () => {
    const cases: [string, { url: string; format?: string }][] = [
      [
        'https://bsky.app/profile/alice.bsky.social',
        { url: blueskyProfileUrl('alice.bsky.social'), format: 'bluesky' },
      ],
      [
        'https://mastodon.example/api/v1/accounts/1',
        { url: 'https://mastodon.example/api/v1/accounts/1', format: 'mastodon' },
      ],
      [
        'https://mastodon.example/api/v1/accounts/lookup?acct=ada',
        { url: 'https://mastodon.example/api/v1/accounts/lookup?acct=ada', format: 'mastodon' },
      ],
      ['https://blog.example/feed.json', { url: 'https://blog.example/feed.json' }],
    ];
    for (const [src, request] of cases) {
      it(`${src} → ${request.format ?? 'as is'}`, () => {
        expect(profileRequest(src)).to.deep.equal(request);
      });
    }
  });

  describe('sources', () => {
    it('shows a Mastodon account, then fires social-load', async () => {
      const { el, event } = await load({ src: '/test-profile/api/v1/accounts/1' });
      expect(event).to.be.instanceOf(SocialLoadEvent);
      expect((event as SocialLoadEvent).source?.url).to.match(
        /\/test-profile\/api\/v1\/accounts\/1$/,
      );
      expect(text(part(el, 'name'))).to.equal('John Lennon');
      expect(text(part(el, 'handle'))).to.equal('@mastodonpy_test@localhost:3000');
      expect(text(part(el, 'bio'))).to.equal('I walk funny');
      expect(parts(el, 'field').map(text)).to.deep.equal(['bread toasty.', 'lasagna no!!!']);
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Approves followers']);
      expect(text(part(el, 'counts'))).to.contain('11 posts');
      expect(text(part(el, 'joined'))).to.equal('Joined August 2026');
      expect(part(el, 'follow')!.getAttribute('href')).to.equal(
        'http://localhost:3000/@mastodonpy_test',
      );
      expect(part(el, 'banner')!.querySelector('img')!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('asks an ActivityPub actor for application/activity+json and shows it', async () => {
      const key = uniqueKey();
      const { el } = await load({ src: `/test-profile/users/alice?key=${key}` });
      expect(text(part(el, 'name'))).to.equal('石井健蔵');
      expect(text(part(el, 'handle'))).to.equal('@kenzoishii@kenzoishii.example.com');
      expect(text(part(el, 'bio'))).to.equal('この方はただの例です');
      const [request] = await requestsOf(key);
      expect(request!.accept.split(',')[0]).to.equal('application/activity+json');
      await expect(el).to.be.accessible();
    });

    it('shows the representative h-card of a page, with its rel=me links', async () => {
      const { el } = await load({ src: '/test-profile/kenzo.html' });
      expect(text(part(el, 'name'))).to.equal('Kenzo Ishii');
      expect(part(el, 'avatar')!.getAttribute('alt')).to.equal('Kenzo smiling');
      expect(text(part(el, 'bio'))).to.equal('Writes examples for specifications.');
      expect(part(el, 'links')!.querySelector('a')!.href).to.equal('https://code.example/kenzo');
      await expect(el).to.be.accessible();
    });

    it('shows a Bluesky profile with its plain-text bio and counts', async () => {
      const { el } = await load({ src: '/test/fixtures/bluesky/snapshot.getProfile.json' });
      expect(text(part(el, 'name'))).to.equal('ali');
      expect(text(part(el, 'handle'))).to.equal('@alice.test');
      expect(text(part(el, 'bio'))).to.equal('its me!');
      expect(text(part(el, 'counts')))
        .to.contain('2 followers')
        .and.contain('Following 3');
      // The test server's epoch date means "unknown": no "Joined January 1970".
      expect(part(el, 'joined')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the author of a JSON Feed', async () => {
      const { el } = await load({ src: '/test/fixtures/jsonfeed/spec-1.1.microblog.json' });
      expect(text(part(el, 'name'))).to.equal('Brent Simmons');
      expect(part(el, 'follow')!.getAttribute('href')).to.equal('http://example.org/');
    });

    it('turns a Bluesky handle into getProfile on the public AppView', async () => {
      const body = await (await fetch('/test/fixtures/bluesky/snapshot.getProfile.json')).text();
      const asked: string[] = [];
      const fetchSeam: LoadFetch = (input) => {
        asked.push(input);
        return Promise.resolve(
          new Response(body, { headers: { 'content-type': 'application/json' } }),
        );
      };
      const { el } = await load({ handle: '@alice.test' }, (card) => {
        card.fetch = fetchSeam;
      });
      expect(asked).to.deep.equal([blueskyProfileUrl('alice.test')]);
      expect(text(part(el, 'name'))).to.equal('ali');
    });

    it('renders a given .actor without fetching anything', async () => {
      let asked = false;
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const el = document.createElement('social-profile-card');
      el.fetch = () => {
        asked = true;
        return Promise.reject(new Error('no'));
      };
      el.src = '/test-profile/api/v1/accounts/1';
      el.actor = ada;
      wrapper.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(asked).to.equal(false);
      expect(text(part(el, 'name'))).to.equal('Ada Example');
    });
  });

  describe('handles through WebFinger', () => {
    it('resolves @user@host to the actor and shows it', async () => {
      const key = uniqueKey();
      const { el, event } = await load({ handle: '@alice@social.example' }, (card) => {
        card.webfingerUrl = (handle) => `${localWebFinger(handle)}&key=${key}`;
      });
      expect(event).to.be.instanceOf(SocialLoadEvent);
      expect((event as SocialLoadEvent).source?.id).to.equal('@alice@social.example');
      expect(text(part(el, 'name'))).to.equal('石井健蔵');
      const [lookup] = await requestsOf(key);
      expect(lookup!.path).to.equal(
        '/test-profile/.well-known/webfinger?resource=acct%3Aalice%40social.example&key=' + key,
      );
      expect(lookup!.accept).to.match(/^application\/jrd\+json/);
    });

    it('falls back to the Mastodon account lookup when the actor needs a signature', async () => {
      const { el } = await load({ handle: '@john@social.example' }, (card) => {
        card.webfingerUrl = localWebFinger;
      });
      expect(text(part(el, 'name'))).to.equal('John Lennon');
      expect(text(part(el, 'counts'))).to.contain('11 posts');
    });

    it('says there is no such account when WebFinger answers 404, and fires social-error', async () => {
      const { el, event } = await load({ handle: '@nobody@social.example' }, (card) => {
        card.webfingerUrl = localWebFinger;
      });
      expect(event).to.be.instanceOf(SocialErrorEvent);
      expect((event as SocialErrorEvent).error.message).to.match(
        /knows no account @nobody@social\.example/,
      );
      expect(text(part(el, 'error'))).to.contain('There is no such account.');
      await expect(el).to.be.accessible();
    });

    it('refuses something that is no handle, saying how to write one', async () => {
      const { el } = await load({ handle: 'not a handle' });
      expect(text(part(el, 'error'))).to.contain('The address is not valid.');
      expect(text(el.shadowRoot!.querySelector('.error-cause'))).to.contain('@user@host');
    });
  });

  describe('states', () => {
    it('shows a skeleton of the final size while loading, announced politely', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en" style="inline-size: 30rem"></div>`,
      );
      const el = document.createElement('social-profile-card');
      el.src = '/test-profile/api/v1/accounts/1?delay=800';
      const loaded = nextEvent(el, 'social-load');
      wrapper.append(el);
      await el.updateComplete;
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading profile…');
      await expect(el).to.be.accessible();
      const before = el.getBoundingClientRect().height;
      await loaded;
      await el.updateComplete;
      const after = el.getBoundingClientRect().height;
      // The skeleton mirrors the card's boxes: the page barely moves when the profile arrives.
      expect(Math.abs(after - before) / after).to.be.lessThan(0.3);
    });

    it('shows the cause with a Retry that loads again and moves focus into the outcome', async () => {
      const key = uniqueKey();
      const { el, event } = await load({ src: `/test-profile/api/v1/accounts/flaky?key=${key}` });
      expect(event).to.be.instanceOf(SocialErrorEvent);
      const error = part(el, 'error')!;
      expect(text(error.querySelector('.error-title'))).to.equal(
        'This profile could not be loaded.',
      );
      expect(text(error.querySelector('.error-reason'))).to.equal('There is no such account.');
      expect(text(error.querySelector('.error-cause'))).to.contain('404');
      await expect(el).to.be.accessible();
      const loaded = nextEvent(el, 'social-load');
      part(el, 'retry')!.click();
      await loaded;
      await el.updateComplete;
      expect(text(part(el, 'name'))).to.equal('John Lennon');
      await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'card'));
    });

    it('says when the document is no profile', async () => {
      const { el } = await load({ src: '/test-profile/not-a-profile' });
      expect(text(part(el, 'error'))).to.contain(
        'The server sent something this page cannot read.',
      );
    });

    it('shows a suspended Mastodon account as suspended, with nothing else', async () => {
      const { el } = await load({ src: '/test-profile/api/v1/accounts/2' });
      expect(part(el, 'card')!.classList.contains('suspended')).to.equal(true);
      expect(text(part(el, 'notice'))).to.contain('This account has been suspended.');
      expect(text(part(el, 'name'))).to.equal('@gone@localhost:3000');
      for (const name of ['follow', 'counts', 'bio', 'fields'])
        expect(part(el, name)).to.equal(null);
      expect(part(el, 'avatar')!.tagName).to.equal('SPAN');
      await expect(el).to.be.accessible();
    });

    it('shows an account with nothing to show as empty, with a link to it', async () => {
      const el = await show({
        id: 'x',
        handle: '@quiet@social.example',
        url: 'https://social.example/@quiet',
      });
      expect(text(part(el, 'notice'))).to.contain('This profile has nothing to show yet.');
      expect(part(el, 'notice')!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://social.example/@quiet',
      );
      await expect(el).to.be.accessible();
    });

    it('shows its light-DOM fallback when nothing is set', async () => {
      const el = await fixture<SocialProfileCard>(
        html`<social-profile-card><a href="https://social.example/@ada">Ada</a></social-profile-card>`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    });
  });

  describe('what the card shows', () => {
    it('names itself after the person, as a heading at the chosen level', async () => {
      const el = await show(ada, { 'heading-level': '3' });
      const card = part(el, 'card')!;
      expect(card.tagName).to.equal('SECTION');
      expect(card.getAttribute('aria-labelledby')).to.equal('name');
      expect(part(el, 'name')!.tagName).to.equal('H3');
      const none = await show(ada, { 'heading-level': '0' });
      expect(part(none, 'name')!.tagName).to.equal('P');
    });

    it('shows custom emoji in the name as images named by their shortcode', async () => {
      const el = await show(ada);
      const emoji = part(el, 'name')!.querySelector('img')!;
      expect(emoji.getAttribute('alt')).to.equal(':sparkle:');
    });

    it('lets the bio through the HTML gate only', async () => {
      const el = await show(ada);
      const bio = part(el, 'bio')!;
      expect(text(bio)).to.contain('Engines & notes');
      expect(bio.querySelector('script')).to.equal(null);
      // The javascript: link lost its href; the rest point at http(s) only.
      for (const link of bio.querySelectorAll<HTMLAnchorElement>('a[href]'))
        expect(link.href).to.match(/^https:/);
      expect(text(bio)).to.contain('bad');
      expect(bio.querySelector('a')!.rel).to.contain('nofollow');
    });

    it('keeps a plain-text bio as text, with its links made links', async () => {
      const el = await show({
        id: 'b',
        name: 'Bee',
        bio: 'See <b>https://bee.example</b>',
        bioFormat: 'text',
      });
      const bio = part(el, 'bio')!;
      expect(text(bio)).to.equal('See <b>https://bee.example</b>');
      expect(bio.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/bee\.example/);
    });

    it('marks a verified link in sight and in words', async () => {
      const el = await show(ada);
      const [website, pronouns] = parts(el, 'field');
      expect(website!.classList.contains('verified')).to.equal(true);
      expect(text(website!.querySelector('[part~="verified"]'))).to.equal('Verified');
      expect(text(website!.querySelector('.visually-hidden'))).to.match(
        /^\(Link verified on March 1, 2024/,
      );
      expect(pronouns!.querySelector('[part~="verified"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows counts as short numbers, with the full numbers for screen readers', async () => {
      const el = await show(ada);
      const followers = part(el, 'counts')!.querySelector('.followers')!;
      expect(text(followers.querySelector('[aria-hidden]'))).to.equal('15.3K Followers');
      expect(text(followers.querySelector('.visually-hidden'))).to.equal('15,300 followers');
    });

    it('speaks the reader’s language: strings, numbers and dates', async () => {
      const ja = await show(ada, {}, 'ja');
      expect(text(part(ja, 'counts')!.querySelector('.followers [aria-hidden]'))).to.equal(
        '1.5万 フォロワー',
      );
      expect(text(part(ja, 'joined'))).to.equal('2022年11月に登録');
      const ar = await show(ada, {}, 'ar');
      expect(text(part(ar, 'follow'))).to.contain('متابعة');
      expect(text(part(ar, 'counts')!.querySelector('.posts .visually-hidden'))).to.equal(
        `${new Intl.NumberFormat('ar').format(1234)} منشورًا`,
      );
      await expect(ar).to.be.accessible();
    });

    it('shows bot and locked badges', async () => {
      const el = await show(ada);
      expect(parts(el, 'badge').map(text)).to.deep.equal(['Automated', 'Approves followers']);
    });

    for (const variant of ['full', 'compact', 'inline'] as const) {
      it(`passes axe as variant="${variant}"`, async () => {
        const el = await show(ada, { variant });
        expect(part(el, 'card')).to.not.equal(null);
        if (variant === 'inline') {
          expect(part(el, 'bio')).to.equal(null);
          expect(part(el, 'avatar')!.getAttribute('alt')).to.equal('');
        }
        if (variant === 'compact') {
          expect(part(el, 'banner')).to.equal(null);
          expect(part(el, 'card')!.getAttribute('role')).to.equal('group');
          expect(part(el, 'card')!.getAttribute('aria-label')).to.equal(
            'Profile of Ada :sparkle: Example',
          );
        }
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with a fixed dark theme', async () => {
      const el = await show(ada, { theme: 'dark' });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('parts loaded on demand', () => {
    // The person, rich words and the error state are chunks of their own: whatever the first
    // render shows is whole and styled, and the styles come as sheets, never <style> elements.
    const styleElements = (el: SocialProfileCard) => el.shadowRoot!.querySelectorAll('style');

    it('shows a person given as a property whole and styled in its first render', async () => {
      const el = await show(ada);
      expect(text(part(el, 'bio'))).to.contain('Engines & notes');
      expect(parts(el, 'field')).to.have.length(2);
      expect(part(el, 'name')!.querySelector('img')).to.not.equal(null);
      expect(getComputedStyle(part(el, 'follow')!).whiteSpace).to.equal('nowrap');
      expect(getComputedStyle(part(el, 'fields')!).borderTopStyle).to.equal('solid');
      expect(styleElements(el)).to.have.length(0);
    });

    it('styles the error state when it first shows', async () => {
      const { el } = await load({ src: `/test-profile/api/v1/accounts/none-${uniqueKey()}` });
      const error = part(el, 'error')!;
      expect(getComputedStyle(error).borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(part(el, 'retry')!).cursor).to.equal('pointer');
      expect(styleElements(el)).to.have.length(0);
    });

    it('keeps the line breaks of a name', async () => {
      const el = await show({ id: 'n', name: 'Ada\nLovelace', url: 'https://social.example/@n' });
      expect(part(el, 'name')!.querySelector('br')).to.not.equal(null);
      expect(text(part(el, 'name'))).to.equal('AdaLovelace');
    });

    it('marks a link Mastodon shortened with one ellipsis', async () => {
      const el = await show({
        id: 'e',
        name: 'Eve',
        fields: [
          {
            name: 'Site',
            value:
              '<a href="https://eve.example/a/long/path"><span class="invisible">https://</span><span class="ellipsis">eve.example/a/lo</span><span class="invisible">ng/path</span></a>',
          },
        ],
      });
      const value = part(el, 'field')!.querySelector('.field-value')!;
      expect(text(value)).to.equal('eve.example/a/lo…');
      const ellipsis = value.querySelector('.ellipsis')!;
      expect(getComputedStyle(ellipsis, '::after').content).to.equal('none');
    });
  });

  describe('copying the handle', () => {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    afterEach(() => {
      Object.defineProperty(clipboard, 'writeText', { value: original, configurable: true });
    });

    it('copies it and confirms politely', async () => {
      const copied: string[] = [];
      Object.defineProperty(clipboard, 'writeText', {
        value: (value: string) => {
          copied.push(value);
          return Promise.resolve();
        },
        configurable: true,
      });
      const el = await show(ada);
      const button = part(el, 'copy')!;
      expect(text(button)).to.equal('Copy @ada@social.example');
      button.click();
      await waitUntil(() => text(part(el, 'copy-status')) === 'Handle copied');
      expect(copied).to.deep.equal(['@ada@social.example']);
      expect(part(el, 'copy-status')!.getAttribute('role')).to.equal('status');
    });

    it('selects the handle and says so when the clipboard refuses', async () => {
      Object.defineProperty(clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        configurable: true,
      });
      const el = await show(ada);
      part(el, 'copy')!.click();
      await waitUntil(() => part(el, 'copy-status')!.classList.contains('failed'));
      expect(text(part(el, 'copy-status'))).to.contain('Could not copy');
      expect(getSelection()!.toString()).to.equal('@ada@social.example');
    });
  });

  describe('following', () => {
    it('follows the link to the profile when no one cancels social-follow', async () => {
      const el = await show(ada);
      let followed: SocialFollowEvent | undefined;
      el.addEventListener('social-follow', (event) => (followed = event));
      let prevented: boolean | undefined;
      const watch = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // keep the test page
      };
      window.addEventListener('click', watch);
      part(el, 'follow')!.click();
      window.removeEventListener('click', watch);
      expect(followed).to.be.instanceOf(SocialFollowEvent);
      expect(followed!.actor).to.equal(ada);
      expect(followed!.cancelable).to.equal(true);
      expect(prevented).to.equal(false);
    });

    it('stays on the page when the host cancels social-follow', async () => {
      const el = await show(ada);
      document.addEventListener('social-follow', (event) => event.preventDefault(), { once: true });
      let prevented: boolean | undefined;
      const watch = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', watch);
      part(el, 'follow')!.click();
      window.removeEventListener('click', watch);
      expect(prevented).to.equal(true);
    });

    it('names the person in the Follow link’s accessible name', async () => {
      const el = await show(ada);
      expect(text(part(el, 'follow'))).to.equal('Follow Ada :sparkle: Example');
    });
  });
});
