import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref as refDirective } from 'lit/directives/ref.js';
import '../src/define/social-composer.js';
import type { SocialComposer } from '../src/components/composer/composer.js';
import type { Draft } from '../src/compose/draft.js';
import { people } from '../demo/data/sample-posts.js';
import { actionsFor, applyArgs, argTypesFor } from './support/manifest.js';

/**
 * Stories publish nowhere: a `fetch` seam answers the way a server would, so every state can be
 * seen without a network.
 */
const answer =
  (status: number, body = '', headers: Record<string, string> = {}) =>
  () =>
    Promise.resolve(
      new Response(status === 201 || status === 202 ? null : body, { status, headers }),
    );
const never = () => new Promise<Response>(() => undefined);

/** Puts a draft where the composer with `key` finds it, as if the page had been reloaded. */
function seedDraft(key: string, draft: Partial<Draft>): string {
  localStorage.setItem(
    `social-composer:${key}`,
    JSON.stringify({ text: '', warning: '', audience: 'public', media: [], ...draft }),
  );
  return key;
}

/** Renders, waits for the element, then runs `act` on it (type, submit …). */
function after(act: (el: SocialComposer) => void | Promise<void>) {
  return (el?: Element) => {
    if (!el || !(el instanceof HTMLElement) || el.localName !== 'social-composer') return;
    void (el as SocialComposer).updateComplete.then(() => act(el as SocialComposer));
  };
}

/** Uploads to `…/stalled-upload` report 45 % and then wait forever: the uploading state. */
class StalledUpload extends XMLHttpRequest {
  #url = '';
  override open(method: string, url: string | URL): void {
    this.#url = String(url);
    super.open(method, url);
  }
  override send(body?: Document | XMLHttpRequestBodyInit | null): void {
    if (!this.#url.includes('stalled-upload')) {
      super.send(body);
      return;
    }
    setTimeout(() => {
      this.upload.dispatchEvent(
        new ProgressEvent('progress', { lengthComputable: true, loaded: 45, total: 100 }),
      );
    }, 50);
  }
}

const sampleImage = (): File => {
  // A small picture drawn on the spot, so the story needs no image file.
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 120;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, 0, 120);
  gradient.addColorStop(0, '#f7a541');
  gradient.addColorStop(1, '#7b2d6e');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 160, 120);
  context.fillStyle = '#ffe9a8';
  context.beginPath();
  context.arc(80, 78, 26, 0, Math.PI * 2);
  context.fill();
  const bytes = atob(canvas.toDataURL('image/png').split(',')[1]!);
  return new File([Uint8Array.from(bytes, (c) => c.charCodeAt(0))], 'sunset.png', {
    type: 'image/png',
  });
};

/** A composer; every attribute and property from the manifest is a control. */
const render = (args: Args) => html`<social-composer ${applyArgs(args)}></social-composer>`;

const meta: Meta = {
  title: 'Elements/social-composer',
  component: 'social-composer',
  args: { action: '/stories/statuses', format: 'mastodon', counting: 'mastodon', fetch: never },
  argTypes: argTypesFor('social-composer'),
  parameters: actionsFor('social-composer'),
  render,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};

export const Labelled: Story = {
  name: 'Label, placeholder, required, languages and audience',
  args: {
    label: 'Share an update with the team',
    placeholder: 'What are you working on?',
    required: true,
    languages: 'en de fr',
    language: 'de',
    audience: 'unlisted',
  },
};

export const Disabled: Story = { args: { disabled: true, value: 'Publishing is paused.' } };

export const NearLimit: Story = {
  name: 'Typing near the limit',
  render: () =>
    html`<social-composer
      format="json"
      counting="mastodon"
      maxlength="140"
      .value=${'Release notes are done before the code this time, and the intern who suggested it gets to pick the team lunch on Friday. Thank'}
    ></social-composer>`,
};

export const OverLimit: Story = {
  name: 'Over the limit',
  render: () =>
    html`<social-composer
      format="json"
      counting="bluesky"
      .value=${'A thread would be better for this. '.repeat(9)}
      ${ref((el) => void el.submit())}
    ></social-composer>`,
};

export const ContentWarning: Story = {
  name: 'Content warning',
  render: () =>
    html`<social-composer
      format="mastodon"
      action="/stories/statuses"
      draft-key=${seedDraft('story-cw', {
        text: 'The finale reveals who sent the letters, and it is not who anyone guessed.',
        warning: 'Spoilers for the finale',
      })}
      .fetch=${never}
    ></social-composer>`,
};

export const MediaWithAlt: Story = {
  name: 'Media with alt text',
  render: () =>
    html`<social-composer
      format="micropub"
      media-action="/stories/media"
      action="/stories/micropub"
      require-alt
      languages="en de ar"
      draft-key=${seedDraft('story-media', {
        text: 'New avatars for the team page.',
        media: [
          {
            key: 'a',
            name: 'ada.svg',
            type: 'image/svg+xml',
            size: 2048,
            alt: 'Ada, smiling, in a green jumper',
            url: `${location.origin}/avatars/ada.svg`,
          },
          {
            key: 'b',
            name: 'kenji.svg',
            type: 'image/svg+xml',
            size: 2048,
            alt: '',
            url: `${location.origin}/avatars/kenji.svg`,
          },
        ],
      })}
      .fetch=${never}
    ></social-composer>`,
};

export const Uploading: Story = {
  render: () => {
    globalThis.XMLHttpRequest = StalledUpload;
    return html`<social-composer
      format="json"
      action="/stories/posts"
      media-action="/stories/stalled-upload"
      .value=${'Sunset from the office roof'}
      ${ref((el) => el.addFiles([sampleImage()]))}
    ></social-composer>`;
  },
};

export const Publishing: Story = {
  render: () =>
    html`<social-composer
      format="mastodon"
      action="/stories/statuses"
      .value=${'Posting this from the team page.'}
      .fetch=${never}
      ${ref((el) => void el.submit())}
    ></social-composer>`,
};

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  render: () =>
    html`<social-composer
      format="micropub"
      action="/stories/micropub"
      .value=${'This one will not go through on the first try.'}
      .fetch=${answer(
        400,
        JSON.stringify({
          error: 'invalid_request',
          error_description: 'The category "secret" is not allowed',
        }),
        { 'content-type': 'application/json' },
      )}
      ${ref((el) => void el.submit())}
    ></social-composer>`,
};

export const Success: Story = {
  render: () =>
    html`<social-composer
      format="micropub"
      action="/stories/micropub"
      .author=${people.ada}
      .value=${'Hello from the composer!'}
      .fetch=${answer(201, '', { location: 'https://social.example/@ada/1' })}
      ${ref((el) => void el.submit())}
    ></social-composer>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left page (Arabic UI)',
  globals: { direction: 'rtl', locale: 'ar' },
  render: () =>
    html`<social-composer
      format="mastodon"
      action="/stories/statuses"
      languages="ar en"
      maxlength="60"
      .value=${'مرحبًا بالجميع! اجتماع الفريق غدًا في العاشرة صباحًا في القاعة'}
      .fetch=${never}
    ></social-composer>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { scheme: 'dark' },
  render: () =>
    html`<social-composer
      theme="dark"
      format="mastodon"
      action="/stories/statuses"
      draft-key=${seedDraft('story-dark', {
        text: 'Late night deploy went fine. Going to bed.',
        warning: 'Work talk',
      })}
      .fetch=${never}
    ></social-composer>`,
};

export const Themed: Story = {
  name: 'Themed with tokens and parts',
  render: () => html`
    <style>
      .brand {
        --social-color-surface: light-dark(#fff8ee, #2a2118);
        --social-color-border: light-dark(#e8c9a0, #6b5238);
        --social-composer-accent: light-dark(#9a4a00, #ffb870);
        --social-radius-m: 2px;
        --social-font-family: Georgia, serif;
      }
      .brand::part(submit) {
        border-radius: 2px;
        text-transform: uppercase;
      }
    </style>
    <social-composer class="brand" format="json" .fetch=${never}></social-composer>
  `,
};

export const DraftRestored: Story = {
  name: 'Draft restored after a reload',
  render: () =>
    html`<social-composer
      format="mastodon"
      action="/stories/statuses"
      languages="en fr"
      draft-key=${seedDraft('story-restored', {
        text: 'Half-written notes from the planning meeting: the launch moves to',
        audience: 'unlisted',
        language: 'fr',
      })}
      .fetch=${never}
    ></social-composer>`,
};

export const NetworkError: Story = {
  name: 'Network failure (nothing is lost, Retry)',
  render: () =>
    html`<social-composer
      format="json"
      action="/stories/posts"
      .value=${'The connection dropped while this was being sent.'}
      .fetch=${() => Promise.reject(new TypeError('Failed to fetch'))}
      ${ref((el) => void el.submit())}
    ></social-composer>`,
};

/** Makes the page believe it is offline, as a phone in a tunnel would. */
function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

export const Offline: Story = {
  name: 'Offline (the post waits for the connection)',
  // The page stays "offline" afterwards, so this story is left off the docs page.
  tags: ['!autodocs'],
  render: () =>
    html`<social-composer
      format="mastodon"
      action="/stories/statuses"
      .value=${'Written on the train; it goes out when the train leaves the tunnel.'}
      .fetch=${never}
      ${ref((el) => {
        goOffline();
        void el.submit();
      })}
    ></social-composer>`,
};

export const Dim: Story = {
  name: 'Dim theme (page default from the meta)',
  globals: { scheme: 'dim' },
  args: { value: 'Dim is a softer dark theme for night reading.', 'require-alt': true },
};

/** Calls `act` with the rendered composer once it has updated. */
function ref(act: (el: SocialComposer) => void | Promise<void>) {
  return refDirective(after(act));
}
