import { expect } from '@open-wc/testing';
import {
  builtInLocaleOf,
  builtInLocales,
  builtInTables,
  englishTable,
  loadLocale,
  localeChain,
  registerLocale,
  type TableName,
} from '../../src/i18n/strings.js';
import { loadReasonOf } from '../../src/components/shared/load-reason.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { LoadError, tooLargeError } from '../../src/net/errors.js';
import { composerStrings } from '../../src/i18n/tables/composer.js';
// The composer's parts add their English as they load: the whole table, for comparing languages.
import '../../src/components/composer/composer-discovery.js';
import '../../src/components/composer/composer-media.js';
import '../../src/components/composer/composer-publish.js';
import '../../src/components/composer/composer-warning.js';
import { loadReasonText, type LoadReason } from '../../src/i18n/tables/errors.js';
import { feedStrings } from '../../src/i18n/tables/feed.js';
import { postStrings } from '../../src/i18n/tables/post.js';
import { profileCardStrings } from '../../src/i18n/tables/profile-card.js';

const translated = builtInLocales.filter((tag) => tag !== 'en');

/** The keys of a table, and of the records inside it ("audiences.public"), sorted. */
function keysOf(table: object, prefix = ''): string[] {
  return Object.entries(table)
    .flatMap(([key, value]) =>
      value && typeof value === 'object'
        ? keysOf(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

/** Every leaf of a table: strings, and message functions. */
function leaves(table: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(table).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('built-in locales', () => {
  it('ship the nine languages of the brief', () => {
    expect([...builtInLocales].sort()).to.deep.equal(
      ['ar', 'de', 'en', 'es', 'fr', 'he', 'ja', 'pt', 'zh-Hans'].sort(),
    );
  });

  it('every locale module has every table and every key of English, and nothing else', async () => {
    let compared = 0;
    for (const tag of translated) {
      const tables = await builtInTables(tag);
      const names = Object.keys(tables).sort() as TableName[];
      expect(names, tag).to.deep.equal(['composer', 'errors', 'feed', 'post', 'profile-card']);
      for (const name of names) {
        const english = englishTable(name)!;
        expect(english, `English ${name}`).to.be.an('object');
        expect(keysOf(tables[name]), `${tag}/${name}`).to.deep.equal(keysOf(english));
        compared += keysOf(english).length;
      }
    }
    expect(compared).to.be.greaterThan(8 * 150);
  });

  it('no string is empty or left in English where English has words', async () => {
    // Words that are the same in several languages ("ALT", "Details", "Audio", names) are fine;
    // a table that copied most of English is not.
    for (const tag of translated) {
      const tables = await builtInTables(tag);
      let same = 0;
      let total = 0;
      for (const name of Object.keys(tables) as TableName[]) {
        const english = new Map(leaves(englishTable(name)!));
        for (const [key, value] of leaves(tables[name])) {
          if (typeof value !== 'string') continue;
          expect(value.trim(), `${tag}/${name}.${key}`).not.to.equal('');
          total += 1;
          if (value === english.get(key)) same += 1;
        }
      }
      expect(same / total, `${tag}: share of strings identical to English`).to.be.below(0.05);
    }
  });

  it('every message function writes words in every language for the arguments English takes', async () => {
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
    const all = await Promise.all(translated.map((tag) => builtInTables(tag)));
    let checked = 0;
    for (const name of ['errors', 'post', 'feed', 'profile-card', 'composer'] as TableName[]) {
      for (const [key, message] of leaves(englishTable(name)!)) {
        if (typeof message !== 'function') continue;
        const accepted = samples.filter((args) => {
          try {
            return writes((message as (...a: unknown[]) => unknown)(...args));
          } catch {
            return false;
          }
        });
        expect(accepted.length, `${name}.${key} in English`).to.be.greaterThan(0);
        const everywhere = accepted.filter((args) =>
          all.every((tables) => {
            const translatedMessage = new Map(leaves(tables[name])).get(key) as (
              ...a: unknown[]
            ) => unknown;
            try {
              return writes(translatedMessage(...args));
            } catch {
              return false;
            }
          }),
        );
        expect(
          everywhere.length,
          `${name}.${key}: no arguments every language writes`,
        ).to.be.greaterThan(0);
        checked += all.length;
      }
    }
    expect(checked).to.be.greaterThan(200);
  });

  it('say every load reason, the new too-large included, in every language', async () => {
    const reasons: LoadReason[] = [
      'timeout',
      'network',
      'http',
      'rate-limit',
      'parse',
      'url',
      'too-large',
      'other',
    ];
    const english = englishTable('errors') as Parameters<typeof loadReasonText>[0];
    expect(loadReasonText(english, 'too-large')).to.equal('The response was too large to show.');
    expect(loadReasonText(english, 'http', 404)).to.equal('The server answered with error 404.');
    for (const tag of translated) {
      const { errors } = await builtInTables(tag);
      const said = reasons.map((reason) => loadReasonText(errors, reason));
      expect(new Set(said).size, `${tag}: one sentence per reason`).to.equal(reasons.length);
      for (const [index, text] of said.entries()) {
        expect(text, `${tag}/${reasons[index]!}`).not.to.equal(
          loadReasonText(english, reasons[index]!),
        );
      }
      expect(loadReasonText(errors, 'http', 503), tag).to.contain('503');
    }
  });
});

describe('the reason a load failed', () => {
  it('comes from the typed error, a body over the size cap included', async () => {
    const tooLarge = tooLargeError('https://social.example/feed', 5 * 1024 * 1024);
    expect(loadReasonOf(tooLarge)).to.deep.equal({ reason: 'too-large' });
    const missing = new LoadError('http', 'Not Found', { url: 'https://x.example/', status: 404 });
    expect(loadReasonOf(missing)).to.deep.equal({ reason: 'http', status: 404 });
    expect(
      loadReasonOf(new LoadError('abort', 'aborted', { url: 'https://x.example/' })),
    ).to.deep.equal({ reason: 'network' });
    expect(loadReasonOf(new TypeError('boom'))).to.deep.equal({ reason: 'other' });
    await loadLocale('de');
    const { reason } = loadReasonOf(tooLarge);
    expect(loadReasonText(feedStrings('de'), reason)).to.equal(
      'Die Antwort war zu groß, um sie anzuzeigen.',
    );
  });
});

describe('plural forms through Intl.PluralRules', () => {
  before(async () => {
    await Promise.all(translated.map((tag) => loadLocale(tag)));
  });

  const number = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

  it('Arabic uses all six categories', () => {
    const replies = postStrings('ar').replies;
    expect(replies(0)).to.equal('لا ردود');
    expect(replies(1)).to.equal('رد واحد');
    expect(replies(2)).to.equal('ردّان');
    expect(replies(3)).to.equal(`${number(3, 'ar')} ردود`);
    expect(replies(11)).to.equal(`${number(11, 'ar')} ردًا`);
    expect(replies(100)).to.equal(`${number(100, 'ar')} رد`);
    const left = composerStrings('ar-EG').charactersLeft;
    // Egyptian Arabic writes Arabic-Indic digits: the region's number system, not the table's.
    expect(left(3)).to.equal('يتبقى ٣ أحرف');
    expect(left(11)).to.equal('يتبقى ١١ حرفًا');
  });

  it('French counts 0 and 1 as one, and says "de" for millions', () => {
    const replies = postStrings('fr').replies;
    expect(replies(0)).to.equal('0 réponse');
    expect(replies(1)).to.equal('1 réponse');
    expect(replies(2)).to.equal('2 réponses');
    expect(replies(1_000_000)).to.equal(`${number(1_000_000, 'fr')} de réponses`);
    expect(composerStrings('fr-CA').charactersLeft(0)).to.equal('0 caractère restant');
  });

  it('Portuguese follows the reader’s region: 0 is singular in Brazil, plural in Portugal', () => {
    expect(postStrings('pt-BR').replies(0)).to.equal('0 resposta');
    expect(postStrings('pt-PT').replies(0)).to.equal('0 respostas');
    expect(postStrings('pt').replies(2)).to.equal('2 respostas');
  });

  it('Japanese and Chinese have one form, the measure word carries the count', () => {
    expect(postStrings('ja').replies(1)).to.equal('返信1件');
    expect(postStrings('ja').replies(1234)).to.equal('返信1,234件');
    expect(postStrings('zh-CN').replies(1)).to.equal('1 条回复');
    expect(feedStrings('zh').showNewPosts(12)).to.equal('显示 12 条新帖子');
  });

  it('Hebrew has a dual, German and Spanish one and other', () => {
    const replies = postStrings('he').replies;
    expect([replies(1), replies(2), replies(3)]).to.deep.equal([
      'תגובה אחת',
      'שתי תגובות',
      '3 תגובות',
    ]);
    expect(profileCardStrings('de').postsCount(1)).to.equal('1 Beitrag');
    expect(profileCardStrings('de').postsCount(1234)).to.equal('1.234 Beiträge');
    expect(feedStrings('es-MX').morePostsLoaded(1)).to.equal('Se cargó 1 publicación más');
    expect(feedStrings('es').morePostsLoaded(5)).to.equal('Se cargaron 5 publicaciones más');
  });

  it('a language that falls back to English counts in English, not by its own rules', () => {
    // Korean has one plural category; English words need English rules.
    expect(postStrings('ko').replies(1)).to.equal('1 reply');
    expect(postStrings('ko').replies(2)).to.equal('2 replies');
  });
});

describe('locale matching', () => {
  it('finds the built-in language of a tag', () => {
    const cases: Array<[string, string | undefined]> = [
      ['de', 'de'],
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
      ['he-IL', 'he'],
      ['ja-JP', 'ja'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      // Traditional Chinese is not served Simplified: English, unless a site registers it.
      ['zh-TW', undefined],
      ['zh-HK', undefined],
      ['zh-Hant', undefined],
      ['zh-Hant-CN', undefined],
      ['en', undefined],
      ['en-GB', undefined],
      ['ko', undefined],
    ];
    for (const [tag, expected] of cases) expect(builtInLocaleOf(tag), tag).to.equal(expected);
  });

  it('reads the old Hebrew tag iw as he', async () => {
    const host = document.createElement('div');
    host.lang = 'iw';
    const inner = host.appendChild(document.createElement('p'));
    document.body.append(host);
    try {
      expect(resolveLocale(inner)).to.equal('he');
      expect(builtInLocaleOf(resolveLocale(inner))).to.equal('he');
    } finally {
      host.remove();
    }
  });

  it('walks from the most specific tag to the language', () => {
    expect(localeChain('pt-BR')).to.deep.equal(['pt-BR', 'pt-Latn-BR', 'pt-Latn', 'pt']);
    expect(localeChain('zh-SG')).to.include('zh-Hans');
    expect(localeChain('zh-TW')).not.to.include('zh');
  });

  it('gives Traditional Chinese readers English, and Simplified to zh-CN', async () => {
    await loadLocale('zh-CN');
    expect(postStrings('zh-TW').showContent).to.equal('Show more');
    expect(postStrings('zh-CN').showContent).to.equal('显示更多');
    expect(postStrings('zh-Hans-SG').showContent).to.equal('显示更多');
  });

  it('falls back from a region to its language, then to English', async () => {
    await loadLocale('de');
    expect(postStrings('de-CH').showContent).to.equal('Mehr anzeigen');
    expect(postStrings('zz').showContent).to.equal('Show more');
  });

  it('loads a language once, and not at all for English', () => {
    expect(loadLocale('en-US')).to.equal(undefined);
    expect(loadLocale('xx')).to.equal(undefined);
    expect(loadLocale('de')).to.equal(undefined);
  });
});

describe('registerLocale', () => {
  it('adds a language; keys it leaves out are English', () => {
    registerLocale('nl', {
      post: { showContent: 'Meer tonen', replies: (count) => `${count} reacties` },
      errors: { retry: 'Opnieuw proberen' },
    });
    const strings = postStrings('nl-BE');
    expect(strings.showContent).to.equal('Meer tonen');
    expect(strings.replies(4)).to.equal('4 reacties');
    expect(strings.retry).to.equal('Opnieuw proberen');
    expect(strings.hideContent).to.equal('Show less');
    expect(feedStrings('nl').retry, 'errors are shared by every element').to.equal(
      'Opnieuw proberen',
    );
  });

  it('adds to a registration, and overrides a region over the built-in language', async () => {
    registerLocale('nl', { post: { hideContent: 'Minder tonen' } });
    expect(postStrings('nl').showContent).to.equal('Meer tonen');
    expect(postStrings('nl').hideContent).to.equal('Minder tonen');
    await loadLocale('de');
    registerLocale('de-CH', { post: { showContent: 'Mehr zeigen' } });
    expect(postStrings('de-CH').showContent).to.equal('Mehr zeigen');
    expect(postStrings('de-CH').hideContent).to.equal('Weniger anzeigen');
    expect(postStrings('de-AT').showContent).to.equal('Mehr anzeigen');
  });

  it('lets a site give Traditional Chinese its own strings', () => {
    registerLocale('zh-Hant', { post: { showContent: '顯示更多' } });
    expect(postStrings('zh-TW').showContent).to.equal('顯示更多');
    expect(postStrings('zh-HK').showContent).to.equal('顯示更多');
    expect(postStrings('zh-CN').showContent).to.equal('显示更多');
  });

  it('merges the records inside a table key by key', async () => {
    await loadLocale('es');
    registerLocale('es', { composer: { audiences: { unlisted: 'Público sin listar' } } });
    const audiences = composerStrings('es').audiences;
    expect(audiences.unlisted).to.equal('Público sin listar');
    expect(audiences.public).to.equal('Público');
    const overridden = composerStrings('es', { errors: { forbidden: 'Aquí no.' } }).errors;
    expect(overridden.forbidden).to.equal('Aquí no.');
    expect(overridden.server).to.equal(
      'El servidor tuvo un problema. Vuelve a intentarlo en un momento.',
    );
  });

  it('refuses what is not a language tag', () => {
    expect(() => registerLocale('not a tag!', {})).to.throw(RangeError);
  });
});

describe('per-element overrides', () => {
  it('beat the built-in table key by key, and undefined keeps the built-in', async () => {
    await loadLocale('fr');
    const strings = postStrings('fr', { showContent: 'Lire la suite', retry: undefined });
    expect(strings.showContent).to.equal('Lire la suite');
    expect(strings.retry).to.equal('Réessayer');
    expect(strings.hideContent).to.equal('Afficher moins');
  });
});
