/**
 * The media part of `<social-composer>` loads when a person first adds an image, or when a
 * restored draft holds some: images added before it arrives wait for it, publishing waits for
 * them, and its styles arrive with it. The test server holds back the part's module request, so
 * this runs in a page of its own, before anything else loads the part.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import { nextEvent } from '../../helpers.js';
import * as support from './lazy-support.js';
import { part, saveDraftWithImage, words } from './lazy-support.js';

const newKey = () => support.newKey('lazymedia');
const png = (name: string) => new File([new Uint8Array(256).fill(5)], name, { type: 'image/png' });
const gate = (command: 'hold' | 'open' | 'state') => support.gate('composer-media', command);

async function until(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 3000) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function render(template: ReturnType<typeof html>): Promise<SocialComposer> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">${template}</div>`);
  const el = wrapper.querySelector('social-composer')!;
  await el.updateComplete;
  return el;
}

describe('<social-composer> before its media part has loaded', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('keeps images added before the part arrives, and publishing waits for them', async () => {
    await gate('hold');
    const key = newKey();
    const el = await render(
      html`<social-composer action="/test-compose/json/${key}/ok" format="json" media-action="/test-compose/media/${key}/ok"></social-composer>`,
    );
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length.greaterThan(0);
    el.addFiles([png('early.png')]);
    const area = part(el, 'textarea') as HTMLTextAreaElement;
    area.value = 'with a picture';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // `updateComplete` waits for the part, so look at the screen instead (the checks come with
    // the publishing part, which loads meanwhile).
    void el.submit();
    await until(() => words(part(el, 'error')) !== '');
    expect(words(part(el, 'error'))).to.equal('Wait until the images have finished uploading.');
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;
    expect(part(el, 'media'), 'nothing to show before the part arrives').to.equal(null);
    expect((await gate('state')).requested, 'the part was asked for once').to.equal(1);

    const shown = el.updateComplete;
    await gate('open');
    await shown;
    // `updateComplete` covers the part's arrival and the render that shows the image.
    const alt = part(el, 'alt') as HTMLTextAreaElement;
    expect(alt, 'the image waited for the part').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(alt);
    expect(el.shadowRoot!.querySelector('label[for="' + alt.id + '"]')!.textContent).to.equal(
      'Description of image 1 (early.png)',
    );
    // Its styles came with it, adopted after the element's own: never a <style> element.
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets + 1);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(part(el, 'media-item')!).display).to.equal('grid');
    await expect(el).to.be.accessible();

    await until(() => el.draft.media[0]?.url !== undefined);
    alt.value = 'A grey square';
    alt.dispatchEvent(new InputEvent('input'));
    const posted = nextEvent(el, 'social-posted');
    await el.submit();
    const { post } = await posted;
    expect(post.attachments?.map((attachment) => attachment.alt)).to.deep.equal(['A grey square']);
  });

  it('opens the file picker from the keyboard, and drops show their hint', async () => {
    const key = newKey();
    const el = await render(
      html`<social-composer action="/test-compose/json/${key}/ok" format="json" media-action="/test-compose/media/${key}/ok"></social-composer>`,
    );
    const picked = new Promise<HTMLInputElement>((resolve) => {
      el.shadowRoot!.addEventListener('click', (event) => {
        const target = event.target as HTMLInputElement;
        if (target.type !== 'file') return;
        // No dialog in a test: what matters is that the picker was asked to open.
        event.preventDefault();
        resolve(target);
      });
    });
    const button = part(el, 'add-media') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const input = await picked;
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.equal('image/jpeg,image/png,image/gif,image/webp,image/avif');

    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(8)], 'hover.png', { type: 'image/png' }));
    part(el, 'composer')!.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    const hint = el.shadowRoot!.querySelector('.drop-hint')!;
    expect(words(hint)).to.equal('Drop images to add them');
    expect(getComputedStyle(hint).position).to.equal('absolute');
    part(el, 'composer')!.dispatchEvent(
      new DragEvent('dragleave', { dataTransfer: data, bubbles: true }),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.drop-hint')).to.equal(null);
  });

  it('shows the images of a restored draft once the part is there', async () => {
    const key = newKey();
    saveDraftWithImage(key, 'back again');
    const el = await render(
      html`<social-composer media-action="/test-compose/media/${key}/ok" draft-key=${key}></social-composer>`,
    );
    expect(el.value).to.equal('back again');
    expect((part(el, 'alt') as HTMLTextAreaElement).value).to.equal('Kept alt text');
    expect((part(el, 'thumbnail') as HTMLImageElement).src).to.equal(
      'https://media.example.com/file/kept.jpg',
    );
    expect(el.draft.media.map((item) => item.alt)).to.deep.equal(['Kept alt text']);
  });
});
