/**
 * Elements follow the page's `lang` as it changes, to each language in turn, showing the next
 * language only once its strings are here (this file runs in a page of its own, so each language
 * loads on its change); the `strings` property and `registerLocale()` change what they say.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerLocale } from '../../src/index.js';
import type { SocialComposer, SocialFeed, SocialPost, SocialProfileCard } from '../../src/index.js';
import { LOCALES, SAYS, create, record, said, type Kind } from './elements.js';

const kinds: Kind[] = ['post', 'feed', 'card', 'composer'];

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

async function all(lang: string): Promise<{ wrapper: HTMLElement; elements: Updating[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const elements: Updating[] = [];
  for (const kind of kinds) {
    const el = (await create(kind)) as Updating;
    wrapper.append(el);
    await el.updateComplete;
    elements.push(el);
  }
  return { wrapper, elements };
}

describe('a change of the page language', () => {
  it('re-renders every element in each of the nine languages, with no flash of another', async () => {
    const { wrapper, elements } = await all('en');
    let previous: (typeof LOCALES)[number][1] = 'en';
    for (const [tag, language] of [...LOCALES.slice(1), LOCALES[0]]) {
      const recorders = elements.map((el, index) => record(kinds[index]!, el));
      wrapper.lang = tag;
      for (const [index, el] of elements.entries()) {
        const kind = kinds[index]!;
        await waitUntil(
          () => said(kind, el) === SAYS[language][kind],
          `${kind} never said ${language}`,
          { timeout: 5000 },
        );
        await el.updateComplete;
        recorders[index]!.stop();
        // Until the new language is ready the old text stays; then the new one, and nothing else.
        const changes = recorders[index]!.texts.filter((text) => text !== SAYS[previous][kind]);
        const same = SAYS[language][kind] === SAYS[previous][kind]; // "Seguir" in es and pt
        expect(changes, `${kind}: ${previous} → ${tag}`).to.deep.equal(
          same ? [] : [SAYS[language][kind]],
        );
      }
      const meta = elements[0]!.shadowRoot!.querySelector('.meta')!;
      expect(meta.getAttribute('dir'), tag).to.equal(
        language === 'ar' || language === 'he' ? 'rtl' : 'ltr',
      );
      previous = language;
    }
  });

  it('speaks Hebrew and Arabic right to left, and accessibly', async () => {
    for (const lang of ['he', 'ar']) {
      const { wrapper, elements } = await all(lang);
      const meta = elements[0]!.shadowRoot!.querySelector('.meta')!;
      expect(meta.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(meta).direction).to.equal('rtl');
      for (const el of elements) await expect(el).to.be.accessible();
      wrapper.remove();
    }
  });
});

describe('the strings property', () => {
  it('changes the visible text of each element and falls back per key', async () => {
    const { elements } = await all('de');
    const [post, feed, card, composer] = elements as [
      SocialPost,
      SocialFeed,
      SocialProfileCard,
      SocialComposer,
    ];
    post.strings = { showContent: 'Weiterlesen' };
    feed.strings = { empty: 'Hier ist noch nichts.' };
    card.strings = { follow: 'Abonnieren' };
    composer.strings = { submit: 'Senden', placeholder: 'Sag hallo' };
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(said('post', post)).to.equal('Weiterlesen');
    expect(said('feed', feed)).to.equal('Hier ist noch nichts.');
    expect(said('card', card)).to.equal('Abonnieren');
    expect(said('composer', composer)).to.equal('Senden');
    expect(composer.shadowRoot!.querySelector('textarea')!.placeholder).to.equal('Sag hallo');
    // Keys left out stay in the reader's language.
    const counts = post.shadowRoot!.querySelector('[part~="counts"]')!;
    expect(counts.getAttribute('aria-label')).to.equal('Reaktionen');
    expect(counts.textContent).to.contain('3 Antworten');
    expect(card.shadowRoot!.querySelector('.followers .count-label')!.textContent!.trim()).to.equal(
      'Follower',
    );
    // …and in the next language too, since an override is for every language.
    (post.parentElement as HTMLElement).lang = 'fr';
    await waitUntil(() => counts.getAttribute('aria-label') === 'Réactions', 'no French', {
      timeout: 5000,
    });
    expect(said('post', post)).to.equal('Weiterlesen');
    expect(said('card', card)).to.equal('Abonnieren');
    // Taking the override away brings the built-in text back.
    post.strings = undefined;
    await post.updateComplete;
    expect(said('post', post)).to.equal('Afficher plus');
  });

  it('also overrides the shared error strings of one element only', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const failing = document.createElement('social-post');
    // A truncated JSON Feed from the fixtures: the server answers, the document cannot be read.
    const broken = '/test/fixtures/jsonfeed/rsparser.allthis-partial.INVALID-truncated.json';
    failing.strings = { parse: 'Eso no es una publicación.', retry: 'Otra vez' };
    failing.src = broken;
    const plain = document.createElement('social-post');
    plain.src = broken;
    wrapper.append(failing, plain);
    await waitUntil(() => failing.shadowRoot!.querySelector('.error-reason'), 'no error', {
      timeout: 5000,
    });
    await waitUntil(() => plain.shadowRoot!.querySelector('.error-reason'), 'no error', {
      timeout: 5000,
    });
    const reason = (el: SocialPost) =>
      el.shadowRoot!.querySelector('.error-reason')!.textContent!.trim();
    const retry = (el: SocialPost) =>
      el.shadowRoot!.querySelector('[part~="retry"]')!.textContent!.trim();
    expect(reason(failing)).to.equal('Eso no es una publicación.');
    expect(retry(failing)).to.equal('Otra vez');
    expect(reason(plain)).to.equal('El servidor envió algo que esta página no puede leer.');
    expect(retry(plain)).to.equal('Reintentar');
  });
});

describe('registerLocale from the package entry', () => {
  it('adds a language that elements on the page switch to at once', async () => {
    const { elements } = await all('sv-SE');
    const [post, feed] = elements as [SocialPost, SocialFeed];
    expect(said('post', post), 'Swedish is not built in: English').to.equal('Show more');
    registerLocale('sv', {
      post: { showContent: 'Visa mer' },
      feed: { empty: 'Inga inlägg än.' },
    });
    await waitUntil(() => said('post', post) === 'Visa mer', 'no Swedish', { timeout: 5000 });
    expect(said('feed', feed)).to.equal('Inga inlägg än.');
    expect(said('composer', elements[3]!), 'keys a site left out stay English').to.equal('Post');
  });
});
