/**
 * The media part of `<social-composer>` loads on demand; when it cannot load, what was written
 * (and the images a restored draft holds) stays, and the composer says so. The test server fails
 * the part's module request, so this runs in a page of its own, before anything else loads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import * as support from './lazy-support.js';
import { moment, newKey, part, saveDraftWithImage, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') =>
  support.gate('composer-media', command);

describe('<social-composer> when its media part does not load', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('keeps a restored draft with its images and says they cannot be shown', async () => {
    await gate('fail');
    const key = newKey('mediafail');
    saveDraftWithImage(key, 'with a picture');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <social-composer media-action="/test-compose/media/${key}/ok" draft-key=${key}></social-composer>
    </div>`);
    const el = wrapper.querySelector('social-composer')!;
    await el.updateComplete;
    expect((await gate('state')).requested).to.be.greaterThan(0);
    expect(el.value).to.equal('with a picture');
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    expect(el.draft.media.map((item) => item.alt)).to.deep.equal(['Kept alt text']);
    expect(JSON.parse(localStorage.getItem(`social-composer:${key}`)!).media).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says which file did not make it, and the picker button says so too', async () => {
    await gate('fail');
    const key = newKey('mediafail');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <social-composer media-action="/test-compose/media/${key}/ok" draft-key=${key}></social-composer>
    </div>`);
    const el: SocialComposer = wrapper.querySelector('social-composer')!;
    await el.updateComplete;
    el.addFiles([new File([new Uint8Array(16)], 'lost.png', { type: 'image/png' })]);
    await moment();
    await el.updateComplete;
    expect(words(part(el, 'error'))).to.equal('Could not upload lost.png.');

    (part(el, 'add-media') as HTMLButtonElement).click();
    await moment();
    await el.updateComplete;
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    expect(el.shadowRoot!.querySelector('input[type="file"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
