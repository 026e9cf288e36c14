import { expect, fixture, html } from '@open-wc/testing';
import { isRightToLeft, resolveLocale } from '../../src/i18n/locale.js';
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
