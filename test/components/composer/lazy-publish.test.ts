/**
 * The publishing part of `<social-composer>` loads on demand: a person who clicks before it has
 * arrived gets their post published once, and a part that cannot load loses nothing. The test
 * server holds back (or fails) the part's module request, so these run in a page of their own,
 * in this order, before anything else loads the part.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import { nextEvent } from '../../helpers.js';
import * as support from './lazy-support.js';
import { moment, newKey, part, posts, render, type, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') =>
  support.gate('composer-publish', command);
const textarea = (el: SocialComposer) => part(el, 'textarea') as HTMLTextAreaElement;

describe('<social-composer> before its publishing part has loaded', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('publishes once when clicked twice and sent Ctrl+Enter twice before the part arrives', async () => {
    await gate('hold');
    const key = newKey();
    const el = await render(key);
    await type(el, 'patience');
    const submit = part(el, 'submit') as HTMLButtonElement;
    const submitted = nextEvent(el, 'social-submit');
    const posted = nextEvent(el, 'social-posted');
    submit.click();
    submit.click();
    textarea(el).focus();
    for (let i = 0; i < 2; i++) {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
    }
    await moment();
    await el.updateComplete;
    // Waiting for the part looks like waiting for the server, and nothing went out yet.
    expect((await gate('state')).requested, 'the part was asked for once').to.equal(1);
    expect(words(submit)).to.equal('Posting…');
    expect(textarea(el).readOnly).to.equal(true);
    expect(await posts(key)).to.equal(0);
    // Nothing was sent, so nothing needs a key yet; what was written is kept.
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('"text":"patience"');
    await expect(el).to.be.accessible();

    await gate('open');
    expect((await submitted).draft.text).to.equal('patience');
    await posted;
    await moment();
    expect(await posts(key), 'published exactly once').to.equal(1);
    expect(el.value).to.equal('');
    expect(localStorage.getItem(`social-composer:${key}`)).to.equal(null);
    expect(words(part(el, 'status'))).to.equal('Posted. View post');
  });
});
