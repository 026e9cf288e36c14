/**
 * The one mechanism for UI strings. English is inline and complete by type; every other language
 * is a module of its own, loaded the first time an element speaks it; a site adds or changes
 * languages with `registerLocale()`, and each element takes per-key overrides in its `strings`.
 */
import { errorsEnglish, type ErrorStrings } from './tables/errors.js';
import type { ComposerStrings } from './tables/composer.js';
import type { FeedStrings } from './tables/feed.js';
import type { PostStrings } from './tables/post.js';
import type { ProfileCardStrings } from './tables/profile-card.js';

/** An element's own table: its strings without the shared error strings. */
export type Own<T> = Omit<T, keyof ErrorStrings>;

/** Every table of one language, by name: the shape of a locale module. */
export interface LocaleTables {
  errors: ErrorStrings;
  post: Own<PostStrings>;
  feed: Own<FeedStrings>;
  'profile-card': Own<ProfileCardStrings>;
  composer: Own<ComposerStrings>;
}

/** The name of one table. */
export type TableName = keyof LocaleTables;

/**
 * Some keys of a table; a record inside it (the composer's `audiences`, `errors`) may also give
 * only some of its keys.
 */
export type StringOverrides<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends object
      ? Partial<T[K]>
      : T[K];
};

/**
 * What a site passes to `registerLocale()`: any tables, any keys. What it leaves out comes from
 * the built-in language it falls back to (`de` under `de-CH`), then from English.
 */
export type PartialLocaleTables = { [K in TableName]?: StringOverrides<LocaleTables[K]> };

/**
 * A locale module's default export: the tables for `locale`, a tag of that module's language
 * (`pt-PT` for `pt`), so plural rules and numbers follow the reader's region.
 */
export type LocaleModule = (locale: string) => LocaleTables;

/**
 * The languages that ship, each in its own chunk. Traditional Chinese (`zh-TW`, `zh-HK`,
 * `zh-Hant`) is not Simplified with other glyphs: it falls back to English unless a site
 * registers `zh-Hant`.
 */
const BUILT_IN: Record<string, () => Promise<{ default: LocaleModule }>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  ja: () => import('./locales/ja.js'),
  pt: () => import('./locales/pt.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

/** The tags of the languages that ship, English first. */
// Marked pure so that bundles of elements, which never read it, leave it out.
export const builtInLocales: readonly string[] = /* @__PURE__ */ ['en'].concat(
  /* @__PURE__ */ Object.keys(BUILT_IN),
);

/** The English of each table, in pieces: an element's own, then what its parts add as they load. */
const english = new Map<TableName, Array<(locale: string) => object>>([
  ['errors', [errorsEnglish]],
]);

/** The English table `name` from the pieces loaded so far. */
function englishOf(name: TableName, locale: string): object | undefined {
  const pieces = english.get(name);
  return pieces && Object.assign({}, ...pieces.map((piece) => piece(locale)));
}

const loaded = new Map<string, LocaleModule>();
const failed = new Set<string>();
const pending = new Map<string, Promise<void>>();
const registered = new Map<string, PartialLocaleTables>();
const listeners = new Set<() => void>();
/** Merged tables by table, locale and generation; a new generation starts when tables change. */
const merged = new Map<string, object>();
let generation = 0;

function tablesChanged(notify: boolean): void {
  generation += 1;
  merged.clear();
  if (notify) for (const listener of listeners) listener();
}

/** Calls `listener` whenever a site registers a locale, so elements on the page re-render. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The tags to look for, most specific first: `pt-BR` → `pt-BR`, `pt-Latn-BR`, `pt-Latn`, `pt`;
 * `zh-SG` → … `zh-Hans`, `zh`. A tag whose script is not its language's usual one stops before
 * the bare language, so `zh-TW` (Traditional) never lands on `zh-Hans` or `zh`.
 */
export function localeChain(tag: string): readonly string[] {
  // Every element asks on every update, and `maximize()` is not cheap: each tag is worked out once.
  let chain = chains.get(tag);
  if (!chain) {
    chain = Object.freeze(chainOf(tag));
    // Tags can come from remote posts (a quote's language): the cache stays small whatever comes.
    if (chains.size >= 256) chains.clear();
    chains.set(tag, chain);
  }
  return chain;
}

const chains = new Map<string, readonly string[]>();

function chainOf(tag: string): string[] {
  const chain = [tag];
  try {
    const locale = new Intl.Locale(tag);
    const { language } = locale;
    const { script, region } = locale.maximize();
    const usual = new Intl.Locale(language).maximize().script;
    if (script && region) chain.push(`${language}-${script}-${region}`);
    if (script) chain.push(`${language}-${script}`);
    if (script === usual) {
      if (region) chain.push(`${language}-${region}`);
      chain.push(language);
    }
  } catch {
    chain.push(tag.split('-')[0] ?? tag);
  }
  return [...new Set(chain)];
}

/** The built-in language `locale` is served by, or undefined for English and unknown ones. */
export function builtInLocaleOf(locale: string): string | undefined {
  return localeChain(locale).find((tag) => tag in BUILT_IN);
}

/**
 * Starts loading the built-in language `locale` needs and returns the promise, or undefined when
 * nothing needs to load (English, already loaded, or a module that failed: English then).
 */
export function loadLocale(locale: string): Promise<void> | undefined {
  const tag = builtInLocaleOf(locale);
  if (!tag || loaded.has(tag) || failed.has(tag)) return undefined;
  let promise = pending.get(tag);
  if (!promise) {
    promise = BUILT_IN[tag]!().then(
      (module) => {
        loaded.set(tag, module.default);
        tablesChanged(false);
      },
      () => {
        // A chunk that cannot load (offline, a CDN path changed) must not keep elements blank:
        // they render in English, and the browser's console already shows the failed request.
        failed.add(tag);
      },
    );
    pending.set(tag, promise);
    void promise.finally(() => pending.delete(tag));
  }
  return promise;
}

/**
 * Adds a language, or changes strings of one that ships. `tag` is a BCP 47 tag (`ko`, `de-CH`,
 * `zh-Hant`); keys left out fall back to the built-in language the tag falls back to, then to
 * English. Elements on the page re-render in it.
 *
 * ```js
 * registerLocale('nl', { feed: { loadMore: 'Meer berichten laden' }, errors: { retry: 'Opnieuw' } });
 * ```
 */
export function registerLocale(tag: string, tables: PartialLocaleTables): void {
  const [canonical] = Intl.getCanonicalLocales(tag);
  if (!canonical) throw new RangeError(`"${tag}" is not a language tag`);
  const previous = registered.get(canonical) ?? {};
  const next: PartialLocaleTables = { ...previous };
  for (const name of Object.keys(tables) as TableName[]) {
    next[name] = merge(previous[name] ?? {}, tables[name] ?? {}) as never;
  }
  registered.set(canonical, next);
  tablesChanged(true);
}

function instance(module: LocaleModule, locale: string): LocaleTables {
  const key = `module|${locale}`;
  let tables = merged.get(key) as LocaleTables | undefined;
  if (!tables) {
    tables = module(locale);
    merged.set(key, tables);
  }
  return tables;
}

function language(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `base` with each layer's keys on top, in order. A record inside a table is merged key by key,
 * so a layer that names one audience keeps the others; an undefined key is no override.
 */
function merge(base: object, ...layers: object[]): object {
  const result: Record<string, unknown> = { ...base };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      const under = result[key];
      result[key] = isRecord(value) && isRecord(under) ? merge(under, value) : value;
    }
  }
  return result;
}

/** Table `name` for `locale` from every layer: registered and built-in, nearest first, English last. */
function lookup(name: TableName, locale: string): object {
  const key = `${name}|${locale}|${generation}`;
  const cached = merged.get(key);
  if (cached) return cached;
  const layers: object[] = [];
  for (const tag of localeChain(locale)) {
    const site = registered.get(tag)?.[name];
    if (site) layers.push(site);
    const module = loaded.get(tag);
    if (module) layers.push(instance(module, locale)[name]);
  }
  // English numbers and plurals for a language that falls back to English ("1 reply" in Korean).
  const base = englishOf(name, language(locale) === 'en' ? locale : 'en')!;
  const table = merge(base, ...layers.reverse());
  merged.set(key, table);
  return table;
}

/**
 * Registers the English table of an element and returns its lookup: the element's strings with
 * the shared error strings, in `locale` as far as it is loaded, with `overrides` on top.
 * `lookup('de-CH')` gives German once German has loaded, `lookup('xx')` English.
 */
export function defineStrings<K extends Exclude<TableName, 'errors'>>(
  name: K,
  englishTable: (locale: string) => LocaleTables[K],
): (
  locale: string,
  overrides?: StringOverrides<LocaleTables[K] & ErrorStrings>,
) => LocaleTables[K] & ErrorStrings {
  english.set(name, [englishTable, ...(english.get(name) ?? [])]);
  return (locale, overrides) => {
    const key = `${name}+errors|${locale}|${generation}`;
    let table = merged.get(key) as (LocaleTables[K] & ErrorStrings) | undefined;
    if (!table) {
      table = { ...lookup('errors', locale), ...lookup(name, locale) } as LocaleTables[K] &
        ErrorStrings;
      merged.set(key, table);
    }
    return overrides ? (merge(table, overrides) as LocaleTables[K] & ErrorStrings) : table;
  };
}

/**
 * Adds the English of some keys of table `name` when the part of an element that shows them
 * loads, so the element's first download carries only the words its first render needs. Other
 * languages come whole, in their own chunk; the `strings` property overrides every key.
 */
export function addEnglish<K extends Exclude<TableName, 'errors'>>(
  name: K,
  piece: (locale: string) => Partial<LocaleTables[K]>,
): void {
  english.set(name, [...(english.get(name) ?? []), piece]);
  tablesChanged(false);
}

/**
 * The English table `name` (once its module, and the modules that add to it, are imported), for
 * tests that compare languages.
 */
export function englishTable(name: TableName, locale = 'en'): object | undefined {
  return englishOf(name, locale);
}

/** The tables a built-in locale module gives for `locale`, loading it first (for tests and tools). */
export async function builtInTables(tag: string, locale = tag): Promise<LocaleTables> {
  const load = BUILT_IN[tag];
  if (!load) throw new RangeError(`"${tag}" is not a built-in locale`);
  return (await load()).default(locale);
}
