import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SocialComposer } from '../../../src/components/composer/composer.js';
import '../../../src/define/social-composer.js';
import { PublishError } from '../../../src/compose/errors.js';
import type { Post } from '../../../src/model/post.js';
import { nextEvent } from '../../helpers.js';

interface Logged {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

let counter = 0;
const newKey = () => `c${Date.now().toString(36)}${++counter}`;

async function posts(key: string): Promise<Logged[]> {
  const log = (await (await fetch(`/test-compose/log/${key}`)).json()) as Logged[];
  return log.filter((request) => request.method === 'POST' && !request.path.includes('/media'));
}

const part = (el: SocialComposer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textarea = (el: SocialComposer) => part(el, 'textarea') as HTMLTextAreaElement;
const errorText = (el: SocialComposer) =>
  part(el, 'error')!.textContent!.replace(/\s+/g, ' ').trim();
const statusText = (el: SocialComposer) =>
  part(el, 'status')!.textContent!.replace(/\s+/g, ' ').trim();
const liveText = (el: SocialComposer) =>
  el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent!.trim();

async function type(el: SocialComposer, text: string): Promise<void> {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function render(template: ReturnType<typeof html>, lang = 'en'): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

async function ctrlEnter(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Control' });
}

/** Waits until `check` holds, for outcomes that arrive over the network. */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A stand-in for the coming `<social-feed>`: records the posts it is given. */
class RecordingFeed extends HTMLElement {
  received: Post[] = [];
  insertPost(post: Post): void {
    this.received.push(post);
  }
}
customElements.define('test-recording-feed', RecordingFeed);

const png = (name = 'dot.png', size = 512) =>
  new File([new Uint8Array(size).fill(3)], name, { type: 'image/png' });

describe('<social-composer>', () => {
  afterEach(() => localStorage.clear());

  describe('registration and writing', () => {
    it('is defined as social-composer', () => {
      expect(customElements.get('social-composer')).to.equal(SocialComposer);
    });

    it('has a labelled, growing text area with a localized placeholder', async () => {
      const el = await render(html`<social-composer></social-composer>`);
      const area = textarea(el);
      const label = el.shadowRoot!.querySelector(`label[for="${area.id}"]`)!;
      expect(label.textContent!.trim()).to.equal('Post text');
      expect(area.placeholder).to.equal('What’s on your mind?');
      expect(area.dir).to.equal('auto');
      const before = area.getBoundingClientRect().height;
      await type(el, 'line\n'.repeat(12));
      expect(area.getBoundingClientRect().height).to.be.greaterThan(before);
      await expect(el).to.be.accessible();
    });

    it('takes placeholder, label and disabled', async () => {
      const el = await render(
        html`<social-composer placeholder="Say hi" label="Your note" disabled></social-composer>`,
      );
      expect(textarea(el).placeholder).to.equal('Say hi');
      expect(textarea(el).disabled).to.equal(true);
      expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(true);
      expect(el.shadowRoot!.querySelector('label[for="text"]')!.textContent).to.equal('Your note');
    });

    it('speaks German and Arabic', async () => {
      const de = await render(html`<social-composer format="mastodon"></social-composer>`, 'de');
      expect(part(de, 'submit')!.textContent!.trim()).to.equal('Veröffentlichen');
      expect(el_options(de)).to.deep.equal([
        'Öffentlich',
        'Still öffentlich',
        'Nur Follower',
        'Nur erwähnte Personen',
      ]);
      const ar = await render(html`<social-composer format="mastodon"></social-composer>`, 'ar');
      expect(part(ar, 'submit')!.textContent!.trim()).to.equal('انشر');
      expect(ar.shadowRoot!.querySelector('#length')!.textContent).to.contain('يتبقى');
      await expect(ar).to.be.accessible();
    });
  });

  describe('length counter', () => {
    it('counts by Mastodon rules and shows what is left', async () => {
      const el = await render(html`<social-composer format="mastodon"></social-composer>`);
      await type(el, 'see https://example.com/a/really/long/link/that/counts/as/23');
      expect(part(el, 'counter')!.textContent).to.equal(String(500 - 4 - 23));
      expect(el.length.used).to.equal(27);
    });

    it('speaks only when the count crosses into a band near or over the limit', async () => {
      const el = await render(
        html`<social-composer counting="plain" maxlength="100"></social-composer>`,
      );
      await type(el, 'a'.repeat(50));
      expect(liveText(el)).to.equal('');
      await type(el, 'a'.repeat(90));
      expect(liveText(el)).to.equal('10 characters left');
      await type(el, 'a'.repeat(91));
      expect(liveText(el), 'same band: no new announcement').to.equal('10 characters left');
      await type(el, 'a'.repeat(96));
      expect(liveText(el)).to.equal('4 characters left');
      await type(el, 'a'.repeat(103));
      expect(liveText(el)).to.equal('3 characters over the limit');
      expect(part(el, 'counter')!.dataset.state).to.equal('over');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('blocks publishing over the limit with a clear message', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${key}/ok" maxlength="5"></social-composer>`,
      );
      await type(el, 'too long');
      part(el, 'submit')!.click();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Your post is 3 characters too long. Shorten it to post.');
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
      expect(await posts(key)).to.have.length(0);
    });

    it('uses the Bluesky byte limit', async () => {
      const el = await render(html`<social-composer counting="bluesky"></social-composer>`);
      await type(el, '👨‍👩‍👧‍👦'.repeat(121));
      expect(el.length.over).to.equal(true);
      expect(el.validity.tooLong).to.equal(true);
      expect(el.validationMessage).to.contain('3,000 bytes');
    });
  });

  describe('in a form', () => {
    it('gives its text as the named value, with validity', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><social-composer name="status" maxlength="10" required></social-composer></form>`,
      );
      const el = form.querySelector('social-composer')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      await type(el, 'hello');
      expect(new FormData(form).get('status')).to.equal('hello');
      expect(form.checkValidity()).to.equal(true);
      await type(el, 'hello, world');
      expect(el.validity.tooLong).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
    });

    it('submits the surrounding form with Ctrl+Enter when it has no action', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form @submit=${(event: Event) => event.preventDefault()}>
          <social-composer name="status"></social-composer>
        </form>`,
      );
      const el = form.querySelector('social-composer')!;
      await el.updateComplete;
      textarea(el).focus();
      await sendKeys({ type: 'hi' });
      const submitted = nextEvent(form, 'submit');
      await ctrlEnter();
      await submitted;
    });
  });

  describe('publishing', () => {
    it('publishes by Micropub, shows the post in the feed, clears the draft and returns focus', async () => {
      const key = newKey();
      const wrapper = await fixture<HTMLElement>(html`<div lang="en">
        <social-composer
          action="/test-compose/micropub/${key}/ok"
          for="feed-${key}"
          draft-key=${key}
        ></social-composer>
        <test-recording-feed id="feed-${key}"></test-recording-feed>
      </div>`);
      const el = wrapper.querySelector('social-composer')!;
      const feed = wrapper.querySelector<RecordingFeed>('test-recording-feed')!;
      await type(el, 'hello world');
      expect(localStorage.getItem(`social-composer:${key}`)).to.contain('hello world');
      const submit = nextEvent(el, 'social-submit');
      const posted = nextEvent(el, 'social-posted');
      part(el, 'submit')!.click();
      expect((await submit).draft.text).to.equal('hello world');
      const event = await posted;
      expect(event.post.url).to.match(/^https:\/\/aaronpk\.example\/post\//);
      expect(event.response!.status).to.equal(201);
      expect(feed.received).to.deep.equal([event.post]);
      expect(el.value).to.equal('');
      expect(localStorage.getItem(`social-composer:${key}`)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
      expect(statusText(el)).to.equal('Posted. View post');
      const [request] = await posts(key);
      expect(request!.body).to.equal('h=entry&content=hello+world');
      await expect(el).to.be.accessible();
    });

    it('publishes once on a double click and on a double Ctrl+Enter', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${key}/slow?ms=300"></social-composer>`,
      );
      await type(el, 'once');
      const posted = nextEvent(el, 'social-posted');
      part(el, 'submit')!.click();
      part(el, 'submit')!.click();
      await posted;
      expect(await posts(key)).to.have.length(1);

      await type(el, 'twice?');
      textarea(el).focus();
      const again = nextEvent(el, 'social-posted');
      await ctrlEnter();
      await ctrlEnter();
      await again;
      expect(await posts(key)).to.have.length(2);
    });

    it('shows a pending state while publishing', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${key}/slow?ms=400"></social-composer>`,
      );
      await type(el, 'wait');
      const posted = nextEvent(el, 'social-posted');
      void el.submit();
      await el.updateComplete;
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Posting…');
      expect(textarea(el).readOnly).to.equal(true);
      await expect(el).to.be.accessible();
      await posted;
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Post');
    });

    it('sends the bearer token, which is never an attribute nor stored', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer
          action="/test-compose/micropub/${key}/ok"
          draft-key=${key}
          .token=${'sekrit'}
        ></social-composer>`,
      );
      await type(el, 'with token');
      expect(el.getAttribute('token')).to.equal(null);
      expect(localStorage.getItem(`social-composer:${key}`)).not.to.contain('sekrit');
      const posted = nextEvent(el, 'social-posted');
      await el.submit();
      await posted;
      const [request] = await posts(key);
      expect(request!.headers.authorization).to.equal('Bearer sekrit');
    });

    it('lets the host publish: complete() and fail()', async () => {
      const el = await render(
        html`<social-composer action="/nowhere" format="json"></social-composer>`,
      );
      el.addEventListener('social-submit', (event) => event.preventDefault());
      await type(el, 'by host');
      await el.submit();
      await el.submit();
      const failed = nextEvent(el, 'social-post-error');
      el.fail(new Error('host said no'));
      expect((await failed).error.reason).to.equal('unexpected');
      expect(el.value).to.equal('by host');
      await el.submit();
      const posted = nextEvent(el, 'social-posted');
      const post: Post = { id: '1', author: { id: 'me' }, published: new Date(), text: 'by host' };
      el.complete(post);
      const event = await posted;
      expect(event.post).to.equal(post);
      expect(event.response).to.equal(undefined);
      expect(el.value).to.equal('');
    });

    it('publishes to Mastodon with the content warning, audience and language', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer
          format="mastodon"
          action="/test-compose/mastodon/${key}/ok"
          languages="en de"
        ></social-composer>`,
      );
      await type(el, 'Guten Tag');
      (part(el, 'warning-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const warning = part(el, 'warning') as HTMLInputElement;
      expect(el.shadowRoot!.activeElement).to.equal(warning);
      warning.value = 'Wetter';
      warning.dispatchEvent(new InputEvent('input'));
      const audience = part(el, 'audience') as HTMLSelectElement;
      audience.value = 'private';
      audience.dispatchEvent(new Event('change'));
      const language = part(el, 'language') as HTMLSelectElement;
      language.value = 'de';
      language.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(textarea(el).lang).to.equal('de');
      expect(el.length.used).to.equal('Guten Tag'.length + 'Wetter'.length);
      await expect(el).to.be.accessible();
      const posted = nextEvent(el, 'social-posted');
      await el.submit();
      await posted;
      const [request] = await posts(key);
      const body = JSON.parse(request!.body) as Record<string, unknown>;
      expect(body).to.deep.equal({
        status: 'Guten Tag',
        spoiler_text: 'Wetter',
        visibility: 'private',
        language: 'de',
      });
      expect(request!.headers['idempotency-key']).to.match(/^[0-9a-f-]{32,36}\.[0-9a-z]+$/);
    });

    it('offers audiences set through the property', async () => {
      const el = await render(
        html`<social-composer
          .audiences=${[{ value: 'public' }, { value: 'members', label: 'Club members' }]}
        ></social-composer>`,
      );
      expect(el_options(el)).to.deep.equal(['Public', 'Club members']);
    });
  });

  describe('failures keep everything', () => {
    const cases: Array<[string, string, string]> = [
      [
        '400',
        'The server did not accept this post.',
        'The post with the requested URL was not found',
      ],
      ['401', 'You are not signed in, or your sign-in has expired.', 'No access token'],
      ['403', 'Your sign-in does not allow posting.', ''],
      ['500', 'The server had a problem.', ''],
    ];
    for (const [mode, words, said] of cases) {
      it(`explains a ${mode} in words and offers a retry`, async () => {
        const key = newKey();
        const el = await render(
          html`<social-composer action="/test-compose/micropub/${key}/${mode}" draft-key=${key}></social-composer>`,
        );
        await type(el, 'keep me');
        const failed = nextEvent(el, 'social-post-error');
        await el.submit();
        const { error } = await failed;
        expect(error).to.be.instanceOf(PublishError);
        expect(errorText(el)).to.contain(words);
        expect(errorText(el)).to.contain('Nothing you wrote is lost.');
        if (said) expect(errorText(el)).to.contain(said);
        expect(part(el, 'retry')).not.to.equal(null);
        expect(el.value).to.equal('keep me');
        expect(localStorage.getItem(`social-composer:${key}`)).to.contain('keep me');
        await expect(el).to.be.accessible();
      });
    }

    it('says a timed-out Micropub post may have gone through', async () => {
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${newKey()}/slow?ms=1500" timeout="200"></social-composer>`,
      );
      await type(el, 'slow');
      const failed = nextEvent(el, 'social-post-error');
      await el.submit();
      expect((await failed).error.reason).to.equal('timeout');
      expect(errorText(el)).to.contain('It may have been posted anyway');
    });

    it('restores the draft after a reload mid-failure, and the retry reuses the key', async () => {
      const key = newKey();
      const action = `/test-compose/mastodon/${key}/flaky`;
      const first = await render(
        html`<social-composer format="mastodon" action=${action} draft-key=${key}></social-composer>`,
      );
      await type(first, 'survive a reload');
      const failed = nextEvent(first, 'social-post-error');
      await first.submit();
      await failed;
      first.remove();

      const second = await render(
        html`<social-composer format="mastodon" action=${action} draft-key=${key}></social-composer>`,
      );
      expect(second.value).to.equal('survive a reload');
      expect(statusText(second)).to.equal('Your unsent draft was restored.');
      const posted = nextEvent(second, 'social-posted');
      await second.submit();
      await posted;
      const sent = await posts(key);
      expect(sent).to.have.length(2);
      expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
      expect(localStorage.getItem(`social-composer:${key}`)).to.equal(null);
    });

    it('retries from the retry button', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer format="mastodon" action="/test-compose/mastodon/${key}/flaky"></social-composer>`,
      );
      await type(el, 'again');
      const failed = nextEvent(el, 'social-post-error');
      await el.submit();
      await failed;
      const posted = nextEvent(el, 'social-posted');
      part(el, 'retry')!.click();
      await posted;
      expect(await posts(key)).to.have.length(2);
    });

    it('waits while offline and publishes when back online', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${key}/ok"></social-composer>`,
      );
      await type(el, 'from the train');
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        window.dispatchEvent(new Event('offline'));
        await el.updateComplete;
        expect(statusText(el)).to.contain('You are offline');
        await el.submit();
        await el.updateComplete;
        expect(statusText(el)).to.contain('will be sent when you are back online');
        expect(await posts(key)).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      const posted = nextEvent(el, 'social-posted');
      window.dispatchEvent(new Event('online'));
      await posted;
      expect(await posts(key)).to.have.length(1);
    });

    it('says when drafts cannot be kept', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await render(html`<social-composer draft-key=${newKey()}></social-composer>`);
        await type(el, 'not kept');
        await el.updateComplete;
        expect(statusText(el)).to.contain('not keeping drafts');
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('says when there is nowhere to publish', async () => {
      const el = await render(html`<social-composer></social-composer>`);
      await type(el, 'lost?');
      const failed = nextEvent(el, 'social-post-error');
      await el.submit();
      expect((await failed).error.reason).to.equal('config');
      expect(part(el, 'retry')).to.equal(null);
    });
  });

  describe('media', () => {
    it('uploads to the media endpoint from q=config, with alt text required', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer action="/test-compose/micropub/${key}/ok" require-alt></social-composer>`,
      );
      await until(() => part(el, 'add-media') !== null && part(el, 'syndication') !== null);
      expect(part(el, 'syndication')!.textContent).to.contain('aaronpk on myfavoritesocialnetwork');
      const target = part(el, 'syndication')!.querySelector<HTMLInputElement>('input')!;
      target.click();
      await el.updateComplete;
      expect(el.draft.syndicateTo).to.deep.equal([
        'https://myfavoritesocialnetwork.example/aaronpk',
      ]);
      target.click();
      await el.updateComplete;
      expect(el.draft.syndicateTo, 'unchecked again').to.equal(undefined);
      el.addFiles([png('sunset.png')]);
      await el.updateComplete;
      const alt = part(el, 'alt') as HTMLTextAreaElement;
      expect(el.shadowRoot!.activeElement).to.equal(alt);
      expect(el.shadowRoot!.querySelector(`label[for="${alt.id}"]`)!.textContent).to.equal(
        'Description of image 1 (sunset.png)',
      );
      expect((part(el, 'thumbnail') as HTMLImageElement).src).to.match(/^blob:/);
      await until(() => el.draft.media[0]?.url !== undefined);
      await type(el, 'a photo');
      await el.submit();
      expect(errorText(el)).to.equal('Describe every image before posting.');
      expect(el.shadowRoot!.activeElement).to.equal(alt);
      expect(el.validity.customError).to.equal(true);
      alt.value = 'A red sun over the sea';
      alt.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const posted = nextEvent(el, 'social-posted');
      await el.submit();
      const { post } = await posted;
      expect(post.attachments![0]!.alt).to.equal('A red sun over the sea');
      const [request] = await posts(key);
      const body = JSON.parse(request!.body) as { properties: { photo: unknown[] } };
      expect(body.properties.photo).to.deep.equal([
        {
          value: el.draft.media[0]?.url ?? post.attachments![0]!.url,
          alt: 'A red sun over the sea',
        },
      ]);
    });

    it('shows upload progress and waits for it before publishing', async () => {
      const el = await render(
        html`<social-composer media-action="/test-compose/media/${newKey()}/slow?ms=600" action="/x" format="json"></social-composer>`,
      );
      el.addFiles([png()]);
      await el.updateComplete;
      expect(part(el, 'progress')).not.to.equal(null);
      expect(part(el, 'progress')!.getAttribute('aria-label')).to.equal('Uploading dot.png');
      await el.submit();
      expect(errorText(el)).to.equal('Wait until the images have finished uploading.');
      await expect(el).to.be.accessible();
      await until(() => part(el, 'progress') === null);
    });

    it('refuses files over the limits with clear words', async () => {
      const el = await render(
        html`<social-composer media-action="/test-compose/media/${newKey()}/ok" max-media="1" max-media-size="1000"></social-composer>`,
      );
      el.addFiles([new File(['%PDF'], 'paper.pdf', { type: 'application/pdf' })]);
      await el.updateComplete;
      expect(errorText(el)).to.equal('paper.pdf is not a kind of image this site accepts.');
      el.addFiles([png('big.png', 5000)]);
      await el.updateComplete;
      expect(errorText(el)).to.match(/^big\.png is too large: images can be up to 1(\.0)? kB\.$/);
      el.addFiles([png('a.png'), png('b.png')]);
      await el.updateComplete;
      expect(errorText(el)).to.equal('You can add up to 1 image.');
      expect(el.draft.media.map((item) => item.name)).to.deep.equal(['a.png']);
    });

    it('removes an image and keeps the keyboard nearby', async () => {
      const el = await render(
        html`<social-composer media-action="/test-compose/media/${newKey()}/ok"></social-composer>`,
      );
      el.addFiles([png('a.png'), png('b.png')]);
      await el.updateComplete;
      const remove = part(el, 'remove') as HTMLButtonElement;
      expect(remove.textContent!.trim()).to.equal('Remove a.png');
      remove.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.draft.media.map((item) => item.name)).to.deep.equal(['b.png']);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'remove'));
    });

    it('takes pasted images', async function () {
      const el = await render(
        html`<social-composer media-action="/test-compose/media/${newKey()}/ok"></social-composer>`,
      );
      const data = new DataTransfer();
      data.items.add(png('pasted.png'));
      const paste = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      // Firefox drops the clipboardData of a synthetic paste: nothing to test there.
      if (!paste.clipboardData?.files.length) this.skip();
      textarea(el).dispatchEvent(paste);
      await el.updateComplete;
      expect(paste.defaultPrevented).to.equal(true);
      expect(el.draft.media.map((item) => item.name)).to.deep.equal(['pasted.png']);
    });

    it('takes dropped images', async () => {
      const el = await render(
        html`<social-composer media-action="/test-compose/media/${newKey()}/ok"></social-composer>`,
      );
      const data = new DataTransfer();
      data.items.add(png('dropped.png'));
      const box = part(el, 'composer')!;
      box.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
      expect(box.classList.contains('dragging')).to.equal(true);
      box.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
      expect(box.classList.contains('dragging')).to.equal(false);
      expect(el.draft.media.map((item) => item.name)).to.deep.equal(['dropped.png']);
    });

    it('sends alt text written after a Mastodon upload', async () => {
      const key = newKey();
      const el = await render(
        html`<social-composer format="mastodon" action="/test-compose/mastodon/${key}/ok"></social-composer>`,
      );
      el.addFiles([png('bird.png')]);
      await until(() => el.draft.media[0]?.id !== undefined);
      const alt = part(el, 'alt') as HTMLTextAreaElement;
      alt.value = 'A small bird';
      alt.dispatchEvent(new InputEvent('input'));
      await type(el, 'look');
      const posted = nextEvent(el, 'social-posted');
      await el.submit();
      await posted;
      const log = (await (await fetch(`/test-compose/log/${key}`)).json()) as Logged[];
      const put = log.find((request) => request.method === 'PUT')!;
      expect(put.path).to.contain(`/api/v1/media/`);
      expect(JSON.parse(put.body)).to.deep.equal({ description: 'A small bird' });
      const status = log.find((request) => request.path.endsWith('/api/v1/statuses'))!;
      expect(JSON.parse(status.body).media_ids).to.have.length(1);
    });
  });
});

function el_options(el: SocialComposer): string[] {
  return [...(part(el, 'audience') as HTMLSelectElement).options].map((option) =>
    option.textContent!.trim(),
  );
}
