/**
 * A site that registers a language before any language loaded (this file runs in a page of its
 * own): the strings are there at once, for the element's first render and for English readers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../../src/i18n/strings.js';
import { feedStrings } from '../../src/i18n/tables/feed.js';
import { create, record } from './elements.js';

describe('registerLocale before any language loaded', () => {
  it('gives the first render the registered words, and English regions their changes', async () => {
    registerLocale('nl', { post: { showContent: 'Meer tonen' } });
    registerLocale('en-GB', { errors: { retry: 'Have another go' } });
    expect(feedStrings('en-GB').retry).to.equal('Have another go');
    expect(feedStrings('en').retry).to.equal('Try again');
    expect(feedStrings('nl-BE').retry, 'keys it leaves out are English').to.equal('Try again');
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl-BE"></div>`);
    const el = await create('post');
    wrapper.append(el);
    const { texts, stop } = record('post', el);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    stop();
    expect(texts).to.deep.equal(['Meer tonen']);
  });
});
