/**
 * What an idle `<social-composer>` shows and what typing needs are in its first download: with
 * every part that loads on demand held back by the test server (publishing, media, the content
 * warning field, discovery, the counting rules), it paints its text area, counter and publish
 * button, counts what is typed and keeps the draft, and a publish clicked meanwhile goes out
 * once, when the parts arrive. A page of its own, so no earlier test loaded the parts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialComposer } from '../../../src/components/composer/composer.js';
import { nextEvent } from '../../helpers.js';
import { gate, moment, newKey, part, posts, words } from './lazy-support.js';

const held = [
  'composer-publish',
  'composer-media',
  'composer-warning',
  'composer-discovery',
  'count',
] as const;

describe('<social-composer> while its parts are held back', () => {
  afterEach(async () => {
    for (const name of held) await gate(name, 'open');
    localStorage.clear();
  });

  it('paints, counts what is typed and publishes once when the parts arrive', async () => {
    for (const name of held) await gate(name, 'hold');
    const key = newKey('held');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <social-composer
        action="/test-compose/micropub/${key}/ok"
        media-action="/test-compose/media/${key}/ok"
        draft-key=${key}
        maxlength="100"
      ></social-composer>
    </div>`);
    const el = wrapper.querySelector<SocialComposer>('social-composer')!;
    await el.updateComplete;
    const textarea = part(el, 'textarea') as HTMLTextAreaElement;
    const submit = part(el, 'submit') as HTMLButtonElement;
    expect(textarea.labels?.[0]?.textContent).to.equal('Post text');
    expect(textarea.placeholder).to.equal('What’s on your mind?');
    expect(words(part(el, 'counter'))).to.equal('100');
    expect(words(submit)).to.equal('Post');
    expect(part(el, 'add-media'), 'the picker button, before the media part').to.not.equal(null);
    // The parts were asked for as soon as the composer showed, without waiting for a person.
    await moment();
    expect((await gate('composer-publish', 'state')).requested).to.equal(1);
    expect((await gate('count', 'state')).requested).to.equal(1);

    // Typed from the keyboard: counted at once (in code points until the rules arrive) and kept.
    textarea.focus();
    await sendKeys({ type: 'hello held' });
    await moment();
    expect(textarea.value).to.equal('hello held');
    expect(words(part(el, 'counter'))).to.equal('90');
    expect(el.shadowRoot!.querySelector('#length')!.textContent).to.equal('90 characters left');
    expect(localStorage.getItem(`social-composer:${key}`)).to.contain('hello held');
    await expect(el).to.be.accessible();

    // Clicked twice, and sent Ctrl+Enter, before the publishing part is in: it waits for it.
    const posted = nextEvent(el, 'social-posted');
    submit.click();
    submit.click();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await moment();
    expect(words(submit)).to.equal('Posting…');
    expect(textarea.readOnly).to.equal(true);
    expect(await posts(key)).to.equal(0);
    expect((await gate('composer-publish', 'state')).requested, 'asked for once').to.equal(1);
    await expect(el).to.be.accessible();

    for (const name of held) await gate(name, 'open');
    await posted;
    await moment();
    expect(await posts(key), 'published exactly once').to.equal(1);
    expect(el.value).to.equal('');
    expect(words(part(el, 'status'))).to.equal('Posted. View post');
    expect(localStorage.getItem(`social-composer:${key}`)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
