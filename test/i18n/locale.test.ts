import { expect, fixture, html } from '@open-wc/testing';
import { isRightToLeft, resolveLocale } from '../../src/i18n/locale.js';
import { registeredTables } from '../../src/i18n/strings.js';
import { postStrings } from '../../src/i18n/tables/post.js';
import '../../src/index.js';

describe('resolveLocale', () => {
  it('takes the closest [lang] ancestor', async () => {
    const el = await fixture(
      html`<div lang="fr">
        <section lang="de-AT"><p></p></section>
      </div>`,
    );
    expect(resolveLocale(el.querySelector('p')!)).to.equal('de-AT');
    expect(resolveLocale(el.querySelector('section')!)).to.equal('de-AT');
  });

  it('skips an empty lang and a malformed one is not trusted', async () => {
    const el = await fixture(
      html`<div lang="ja">
        <section lang=""><p></p></section>
      </div>`,
    );
    expect(resolveLocale(el.querySelector('p')!)).to.equal('ja');
    const bad = await fixture(html`<div lang="not a tag!"><p></p></div>`);
    expect(resolveLocale(bad.querySelector('p')!)).to.equal('en');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture(html`<div lang="he"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('he');
  });

  it('falls back to the document language', () => {
    const orphan = document.createElement('p');
    document.body.append(orphan);
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'es';
    try {
      expect(resolveLocale(orphan)).to.equal('es');
    } finally {
      if (previous === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = previous;
      orphan.remove();
    }
  });
});

describe('isRightToLeft', () => {
  it('knows scripts written right to left', () => {
    expect(isRightToLeft('ar')).to.equal(true);
    expect(isRightToLeft('he-IL')).to.equal(true);
    expect(isRightToLeft('en')).to.equal(false);
    expect(isRightToLeft('nonsense tag')).to.equal(false);
  });
});

describe('string tables', () => {
  it('every language of every table has every key of English, and the same languages', () => {
    expect(registeredTables.size).to.be.greaterThan(0);
    const languages = Object.keys(registeredTables.get('post')!).sort();
    for (const [name, tables] of registeredTables) {
      expect(Object.keys(tables).sort(), name).to.deep.equal(languages);
      const keys = Object.keys(tables.en).sort();
      for (const [language, table] of Object.entries(tables)) {
        expect(Object.keys(table).sort(), `${name}/${language}`).to.deep.equal(keys);
      }
    }
  });

  it('every message function of every language writes words for what English accepts', () => {
    // Message functions take names, counts or both; each is tried with the kinds of argument
    // the English one turns into text, and must then write text too, in every language.
    const samples: unknown[][] = [
      ['Ada', 'Ada', 'Ada'],
      [3, 3, 3],
      ['Ada', 3, 3],
      [3, 'Ada', 'Ada'],
      [1, 1, 1],
      [0, 0, 0],
    ];
    const writes = (value: unknown) =>
      typeof value === 'string' && value.trim() !== '' && !/undefined|NaN|\[object/.test(value);
    let checked = 0;
    for (const [name, tables] of registeredTables) {
      const english = tables.en as Record<string, unknown>;
      for (const [key, message] of Object.entries(english)) {
        if (typeof message !== 'function') continue;
        const accepted = samples.filter((args) => {
          try {
            return writes(message(...args));
          } catch {
            return false;
          }
        });
        expect(accepted.length, `${name}.${key} in English`).to.be.greaterThan(0);
        // English also writes something for arguments of the wrong kind, so one argument list
        // that every language turns into words is what proves the translations callable.
        const everywhere = accepted.filter((args) =>
          Object.values(tables).every((table) => {
            const translated = (table as Record<string, unknown>)[key] as (
              ...a: unknown[]
            ) => unknown;
            try {
              return writes(translated(...args));
            } catch {
              return false;
            }
          }),
        );
        expect(
          everywhere.length,
          `${name}.${key}: no arguments that every language writes`,
        ).to.be.greaterThan(0);
        checked += Object.keys(tables).length;
      }
    }
    expect(checked).to.be.greaterThan(50);
  });

  it('falls back from a region to its language, then to English', () => {
    expect(postStrings('de-CH').showContent).to.equal('Mehr anzeigen');
    expect(postStrings('zz').showContent).to.equal('Show more');
  });
});
