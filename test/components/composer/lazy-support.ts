/**
 * What the lazy-part tests of `<social-composer>` share: the test server's gate that holds back
 * or fails a part's module request, its request log, and a composer to type into. Each test file
 * runs in a page of its own, so a part is first loaded there.
 */
import { fixture, html } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import '../../../src/define/social-composer.js';

let counter = 0;
/** A fresh key for the test server's log and the draft, unique in the page. */
export const newKey = (prefix = 'lazy') => `${prefix}${Date.now().toString(36)}${++counter}`;

export const part = (el: SocialComposer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const words = (element: Element | null) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Holds back, fails or lets through the module request of one lazy part; `requested` counts them. */
export async function gate(
  name:
    | 'composer-publish'
    | 'composer-media'
    | 'composer-warning'
    | 'composer-discovery'
    | 'count'
    | 'draft',
  command: 'hold' | 'fail' | 'open' | 'state',
): Promise<{ requested: number }> {
  const response = await fetch(`/test-compose/gate/${name}/${command}`, {
    method: command === 'state' ? 'GET' : 'POST',
  });
  return (await response.json()) as { requested: number };
}

/** How many posts the test server received for `key`. */
export async function posts(key: string): Promise<number> {
  const log = (await (await fetch(`/test-compose/log/${key}`)).json()) as { method: string }[];
  return log.filter((request) => request.method === 'POST').length;
}

/** Types `text` the way a person's input event reaches the composer, without waiting for updates. */
export function typeNow(el: SocialComposer, text: string): void {
  const area = part(el, 'textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Types `text` the way a person's input event reaches the composer. */
export async function type(el: SocialComposer, text: string): Promise<void> {
  typeNow(el, text);
  await el.updateComplete;
}

/** A composer with `draft-key` `key`, connected without waiting for its update. */
export async function connect(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const el = document.createElement('social-composer');
  el.draftKey = key;
  wrapper.append(el);
  return el;
}

/** The draft kept in local storage under `draft-key` `key`, as stored. */
export const stored = (key: string) => localStorage.getItem(`social-composer:${key}`);

/** Saves, under `key`, a draft as a reload finds it, and returns it as stored. */
export function saveDraft(key: string, text: string, media: object[] = []): string {
  const draft = JSON.stringify({ text, warning: '', audience: 'public', media });
  localStorage.setItem(`social-composer:${key}`, draft);
  return draft;
}

/** A composer publishing by Micropub to the test server, its draft kept under `key`. */
export async function render(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <social-composer action="/test-compose/micropub/${key}/ok" draft-key=${key}></social-composer>
  </div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

/** A composer that counts by Mastodon's rules (no endpoint), its draft kept under `key`. */
export async function renderMastodon(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <social-composer format="mastodon" draft-key=${key}></social-composer>
  </div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

/** A link Mastodon counts as 23 characters, however long it is. */
export const LONG_LINK = 'https://example.com/a/really/long/link/that/counts/as/23';

/** Lets the page's pending work run: timers, module requests, renders. */
export const moment = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Saves, under `key`, a draft as a reload finds it: `text` with one uploaded image. */
export function saveDraftWithImage(key: string, text: string): void {
  const image = {
    key: 'm1',
    name: 'kept.jpg',
    type: 'image/jpeg',
    size: 10,
    alt: 'Kept alt text',
    url: 'https://media.example.com/file/kept.jpg',
  };
  saveDraft(key, text, [image]);
}
