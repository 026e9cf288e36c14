/** Cached `Intl` formatters for dates and relative times: building one costs more than using it. */

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    relativeFormats.set(locale, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Past this age a post shows its date rather than "n days ago". */
const RELATIVE_LIMIT = 7 * DAY;

/**
 * How long ago `date` was, in the reader's language: "now", "5 minutes ago", "yesterday".
 * Posts older than a week (or in the future by more than a week) show a short date instead,
 * with the year only when it is not the current one.
 */
export function formatRelativeTime(date: Date, now: number, locale: string): string {
  const delta = date.getTime() - now;
  const distance = Math.abs(delta);
  if (distance >= RELATIVE_LIMIT) {
    const sameYear = new Date(now).getFullYear() === date.getFullYear();
    return dateFormat(locale, {
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
    }).format(date);
  }
  const format = relativeFormat(locale);
  if (distance < MINUTE) return format.format(0, 'second');
  if (distance < HOUR) return format.format(Math.trunc(delta / MINUTE), 'minute');
  if (distance < DAY) return format.format(Math.trunc(delta / HOUR), 'hour');
  return format.format(Math.trunc(delta / DAY), 'day');
}

/** The full date and time, for a tooltip or an accessible description. */
export function formatDateTime(date: Date, locale: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A whole number as the reader writes it: "1,234", "1.234", "١٬٢٣٤". */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** A count short enough for a row of counters: "15.3K" in English, "2,5 Mio." in German, "1.5万" in Japanese. */
export function formatCompactNumber(value: number, locale: string): string {
  // Below a thousand the compact form is the plain number, which is far cheaper to format; most
  // counts on a page are small.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return formatNumber(value, locale);
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A share from 0 to 1 as a whole percentage: "42%", "42 %", "٤٢٪". */
export function formatPercent(value: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The plural category of `count` in `locale` ("one", "few", …), from cached rules. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * Builds the formatters a post shows (its date, how long ago, its counts) ahead of need: the
 * first one a page builds loads the language's data, tens of milliseconds, which an element that
 * waits for its posts can spend while it waits rather than once they are in.
 */
export function prepareFormats(locale: string): void {
  const now = new Date();
  formatDateTime(now, locale);
  formatRelativeTime(now, now.getTime(), locale);
  formatNumber(0, locale);
  pluralCategory(1, locale);
}

/** Plural forms by category: Arabic uses all six, Japanese and Chinese only `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the form for `count` by the plural rules of `locale` (French says "0 réponse",
 * Portuguese in Portugal "0 respostas") and writes the number as `locale` does in place of `{n}`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(count, locale)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, locale));
}
