/** Dates as feeds write them (RFC 3339 and RFC 822 with real feeds' quirks): shared by RSS, Atom and h-feed. */
import { epochDays } from './timestamp.js';

const MONTHS: Record<string, number> = {
  jan: 0, ene: 0, gen: 0,
  feb: 1, fev: 1, fév: 1,
  mar: 2, mär: 2, mrz: 2, mrt: 2, maa: 2,
  apr: 3, abr: 3, avr: 3,
  may: 4, mai: 4, mag: 4, mei: 4,
  jun: 5, giu: 5,
  jul: 6, lug: 6,
  aug: 7, ago: 7, aou: 7, aoû: 7,
  sep: 8, set: 8,
  oct: 9, okt: 9, out: 9, ott: 9,
  nov: 10,
  dec: 11, dez: 11, dic: 11, déc: 11,
}; // prettier-ignore

/** Zone abbreviations seen in feeds, in minutes east of UTC (RFC 822's US zones included). */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BST: 60, WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  HKT: 480, SGT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570, ACDT: 630, AEST: 600,
  AEDT: 660, NZST: 720, NZDT: 780,
}; // prettier-ignore

function monthOf(token: string): number | undefined {
  const word = token.toLowerCase().replace(/\.$/, '');
  // French "juin" and "juillet" share their first three letters.
  if (word.startsWith('juin')) return 5;
  if (word.startsWith('juil')) return 6;
  if (word.length < 3) return undefined;
  return MONTHS[word.slice(0, 3)];
}

function offsetOf(sign: string, hours: string, minutes = '0'): number | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 14 || m > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  offset: number,
): Date | undefined {
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  // As `Date.UTC` reads them: years 0 to 99 are 1900 to 1999.
  const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
  // A day the month does not have (31 February) is not a date.
  if (day > daysInMonth(fullYear, month + 1)) return undefined;
  // By arithmetic rather than `Date.UTC`, a call into the engine that showed on long feeds.
  const time =
    epochDays(fullYear, month + 1, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    Math.min(second, 59) * 1000 +
    millisecond;
  return new Date(time - offset * 60_000);
}

/** Days in a month (1 to 12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return 30 + ((month + (month >> 3)) & 1);
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const RFC822 =
  /^(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (?:GMT|UTC?|Z|([+-])(\d{2})(\d{2}))$/;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

function isoDate(value: string): Date | undefined {
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  let offset = 0;
  const numeric = zone && /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const parsed = offsetOf(numeric[1]!, numeric[2]!, numeric[3]);
    if (parsed === undefined) return undefined;
    offset = parsed;
  }
  const millisecond = Number(fraction.padEnd(3, '0').slice(0, 3));
  return utc(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    millisecond,
    offset,
  );
}

/**
 * A date from a feed: RFC 3339 / ISO 8601, or RFC 822 as real feeds write it (missing weekday,
 * two-digit years, named zones, "1500" for 15:00, month names in a few European languages).
 * A date-time without a zone is read as UTC so the result does not depend on the reader's clock.
 * Parsed by hand, not by `new Date(string)`, whose leniency differs between browsers.
 */
export function parseFeedDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.length > 100) return undefined;
  const iso = isoDate(text);
  if (iso) return iso;
  // The form most RSS feeds write, read in one match; the tokens below read it the same way.
  const common = RFC822.exec(text);
  const commonMonth = common ? MONTHS[common[2]!.toLowerCase()] : undefined;
  if (common && commonMonth !== undefined) {
    const [, day, , year, hour, minute, second, sign, zoneHours, zoneMinutes] = common;
    const offset = sign ? offsetOf(sign, zoneHours!, zoneMinutes) : 0;
    if (offset === undefined) return undefined;
    return utc(
      Number(year),
      commonMonth,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
      0,
      offset,
    );
  }
  // A leading word followed by a comma is a weekday in any language ("Wed,", "Seg,", "mar.,").
  const tokens = text
    .replace(/^[^\d\s,]+\.?\s*,/, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: [number, number, number, number] | undefined;
  let offset: number | undefined;
  let meridiem: 'am' | 'pm' | undefined;
  for (const token of tokens) {
    let match: RegExpExecArray | null;
    if ((match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/.exec(token)) && !time) {
      const fraction = Number((match[4] ?? '0').padEnd(3, '0').slice(0, 3));
      time = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0), fraction];
    } else if (/^\d{4}$/.test(token)) {
      // "03 Apr 02 1500 GMT": a four-digit number after the year is the time.
      if (year === undefined) year = Number(token);
      else if (!time) time = [Number(token.slice(0, 2)), Number(token.slice(2)), 0, 0];
      else return undefined;
    } else if (/^\d{1,3}$/.test(token)) {
      const number = Number(token);
      if (day === undefined) day = number;
      else if (year === undefined) {
        // RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx; three digits add 1900.
        year = token.length === 3 ? number + 1900 : number < 50 ? 2000 + number : 1900 + number;
      } else return undefined;
    } else if ((match = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(token))) {
      offset = offsetOf(match[1]!, match[2]!, match[3]);
      if (offset === undefined) return undefined;
    } else if (/^[ap]\.?m\.?$/i.test(token)) {
      meridiem = token[0]!.toLowerCase() === 'a' ? 'am' : 'pm';
    } else if (/^[A-Za-z]+$/.test(token) && token.toUpperCase() in ZONES && month !== undefined) {
      offset = ZONES[token.toUpperCase()];
    } else if (month === undefined && monthOf(token) !== undefined) {
      month = monthOf(token);
    } else if (/^[A-Za-z]$/.test(token)) {
      // RFC 2822 §4.3: military zone letters are unreliable and mean UTC.
      offset = 0;
    } else if (/\d/.test(token)) {
      return undefined;
    }
    // Any other word (a weekday without a comma, "at", an unknown zone) carries no date.
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const [clockHour, minute, second, millisecond] = time ?? [0, 0, 0, 0];
  let hour = clockHour;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return utc(year, month, day, hour, minute, second, millisecond, offset ?? 0);
}
