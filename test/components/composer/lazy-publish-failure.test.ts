/**
 * The publishing part of `<social-composer>` loads on demand: when it cannot load, nothing is
 * lost and the next click loads it. The test server fails the part's module request, so this
 * runs in a page of its own, before anything else loads the part.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import '../../../src/define/social-composer.js';
import { nextEvent } from '../../helpers.js';

let counter = 0;
const newKey = () => `lazy${Date.now().toString(36)}${++counter}`;

const part = (el: SocialComposer, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textarea = (el: SocialComposer) => part(el, 'textarea') as HTMLTextAreaElement;
const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function gate(command: 'hold' | 'fail' | 'open' | 'state'): Promise<{ requested: number }> {
  const response = await fetch(`/test-compose/gate/composer-publish/${command}`, {
    method: command === 'state' ? 'GET' : 'POST',
  });
  return (await response.json()) as { requested: number };
}

async function posts(key: string): Promise<number> {
  const log = (await (await fetch(`/test-compose/log/${key}`)).json()) as { method: string }[];
  return log.filter((request) => request.method === 'POST').length;
}

async function type(el: SocialComposer, text: string): Promise<void> {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function render(key: string): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <social-composer action="/test-compose/micropub/${key}/ok" draft-key=${key}></social-composer>
  </div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

/** Lets the page's pending work run: timers, module requests, renders. */
const moment = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('<social-composer> when its publishing part does not load', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('keeps everything when the part cannot load, and loads it on the next click', async () => {
    await gate('fail');
    const key = newKey();
    const el = await render(key);
    await type(el, 'not lost');
    (part(el, 'submit') as HTMLButtonElement).click();
    await moment();
    await el.updateComplete;
    expect((await gate('state')).requested).to.be.greaterThan(0);
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    expect(textarea(el).readOnly, 'not stuck in publishing').to.equal(false);
    expect(el.value).to.equal('not lost');
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('not lost');
    expect(await posts(key)).to.equal(0);
    await expect(el).to.be.accessible();

    await gate('open');
    const posted = nextEvent(el, 'social-posted');
    (part(el, 'submit') as HTMLButtonElement).click();
    await posted;
    expect(await posts(key)).to.equal(1);
    expect(el.value).to.equal('');
  });
});
