/**
 * The publishing part of `<social-composer>` loads on demand: when it cannot load, nothing is
 * lost and the next click loads it. The test server fails the part's module request, so this
 * runs in a page of its own, before anything else loads the part.
 */
import { expect } from '@open-wc/testing';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import { nextEvent } from '../../helpers.js';
import * as support from './lazy-support.js';
import { moment, newKey, part, posts, render, type, words } from './lazy-support.js';

const gate = (command: 'hold' | 'fail' | 'open' | 'state') =>
  support.gate('composer-publish', command);
const textarea = (el: SocialComposer) => part(el, 'textarea') as HTMLTextAreaElement;

describe('<social-composer> when its publishing part does not load', () => {
  afterEach(async () => {
    await gate('open');
    localStorage.clear();
  });

  it('keeps everything when the part cannot load, says so with social-post-error, and loads it on the next click', async () => {
    await gate('fail');
    const key = newKey();
    const el = await render(key);
    await type(el, 'not lost');
    const failed = nextEvent(el, 'social-post-error');
    (part(el, 'submit') as HTMLButtonElement).click();
    await moment();
    await el.updateComplete;
    expect((await gate('state')).requested).to.be.greaterThan(0);
    // The page hears it too, as for a network failure, although the error class did not load.
    const { error } = await failed;
    expect(error.reason).to.equal('network');
    expect(error.kind).to.equal('network');
    expect(error.maybePosted).to.equal(false);
    expect(error).to.be.instanceOf(Error);
    expect(words(part(el, 'error'))).to.equal(
      'The server could not be reached. Nothing you wrote is lost.',
    );
    expect(textarea(el).readOnly, 'not stuck in publishing').to.equal(false);
    expect(el.value).to.equal('not lost');
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('not lost');
    expect(await posts(key)).to.equal(0);
    await expect(el).to.be.accessible();

    await gate('open');
    if (navigator.userAgent.includes('Firefox')) {
      // Firefox keeps a module that failed to load failed for the rest of the page (its module
      // map): publishing then needs a reload, which brings the draft back. Another click must
      // still lose nothing and post nothing.
      (part(el, 'submit') as HTMLButtonElement).click();
      await moment();
      await el.updateComplete;
      expect(words(part(el, 'error'))).to.equal(
        'The server could not be reached. Nothing you wrote is lost.',
      );
      expect(el.value).to.equal('not lost');
      expect(textarea(el).readOnly).to.equal(false);
      expect(await posts(key)).to.equal(0);
      return;
    }
    const posted = nextEvent(el, 'social-posted');
    (part(el, 'submit') as HTMLButtonElement).click();
    await posted;
    expect(await posts(key)).to.equal(1);
    expect(el.value).to.equal('');
  });
});
