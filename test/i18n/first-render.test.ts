/**
 * Each element's first render is already in the page's language, although that language's strings
 * load only then (this file runs in a page of its own, so none is loaded before its test).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, SAYS, create, record, type Kind } from './elements.js';

const kinds: Kind[] = ['post', 'feed', 'card', 'composer'];

describe('first render in the page language', () => {
  for (const [tag, language] of LOCALES) {
    it(`${tag}: every element's first text is ${language}, never English first`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${tag}></div>`);
      for (const kind of kinds) {
        const el = await create(kind);
        wrapper.append(el);
        const { texts, stop } = record(kind, el);
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        stop();
        expect(texts, `${kind} in ${tag}`).to.deep.equal([SAYS[language][kind]]);
      }
      await expect(wrapper.firstElementChild!).to.be.accessible();
    });
  }
});
