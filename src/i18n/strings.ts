/**
 * The one mechanism for UI strings: each element has a typed table per language, and every
 * lookup falls back from `de-AT` to `de` and then to English.
 */

/** A string table: English is complete by type; other languages must have every key too. */
export type Tables<T> = { en: T } & Record<string, T>;

/** Every registered table, by name, so one test can check that no language misses a key. */
export const registeredTables = new Map<string, Tables<object>>();

/**
 * Registers a table under `name` and returns its lookup: `lookup('de-CH')` gives German,
 * `lookup('xx')` English.
 */
export function defineStrings<T extends object>(
  name: string,
  tables: Tables<T>,
): (locale: string) => T {
  registeredTables.set(name, tables);
  return (locale) => {
    const exact = tables[locale];
    if (exact) return exact;
    const language = locale.split('-')[0] ?? 'en';
    return tables[language] ?? tables.en;
  };
}
