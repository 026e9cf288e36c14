/** The UI string table: every word an element shows, in every language it speaks. */

export interface Strings {
  /** Alternative text of an avatar image, given the person's name. */
  avatarOf: (name: string) => string;
  /** Reveals text hidden behind a content warning. */
  showContent: string;
  /** Hides it again. */
  hideContent: string;
  /** Prefix that tells a screen reader the summary is a content warning. */
  contentWarning: string;
  /** Marks a post that was changed after publishing. */
  edited: string;
}

const en: Strings = {
  avatarOf: (name) => `Avatar of ${name}`,
  showContent: 'Show more',
  hideContent: 'Show less',
  contentWarning: 'Content warning',
  edited: 'Edited',
};

const de: Strings = {
  avatarOf: (name) => `Profilbild von ${name}`,
  showContent: 'Mehr anzeigen',
  hideContent: 'Weniger anzeigen',
  contentWarning: 'Inhaltswarnung',
  edited: 'Bearbeitet',
};

const ar: Strings = {
  avatarOf: (name) => `الصورة الرمزية لـ ${name}`,
  showContent: 'عرض المزيد',
  hideContent: 'عرض أقل',
  contentWarning: 'تحذير من المحتوى',
  edited: 'معدّل',
};

const tables: Record<string, Strings> = { en, de, ar };

/** The table for `locale`, falling back from `de-AT` to `de` and then to English. */
export function stringsFor(locale: string): Strings {
  const exact = tables[locale];
  if (exact) return exact;
  const language = locale.split('-')[0] ?? 'en';
  return tables[language] ?? en;
}

/** Languages with a complete table. */
export const supportedLocales: readonly string[] = Object.keys(tables);
