/** Timestamps as the JSON APIs write them, read into `Date`s; apart from util.ts, which the first render loads. */

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number that `count` decimal digits at `start` spell, or NaN. */
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) {
    const code = value.charCodeAt(index);
    if (!isDigit(code)) return NaN;
    number = number * 10 + code - 48;
  }
  return number;
}

/**
 * The time of a timestamp in the form APIs write (`2024-05-01T12:30:00.000Z`, or with an offset),
 * read by hand because `new Date(string)` is slow enough to show on a long feed; NaN for any other
 * form or an out-of-range field, which `new Date` then reads as before. Same result in every
 * engine: days past the month's end (which engines roll over) take the slow way too.
 */
function isoTime(value: string): number {
  const length = value.length;
  if (
    length < 20 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  ) {
    return NaN;
  }
  let end = 19;
  let millisecond = 0;
  if (value.charCodeAt(end) === 46) {
    // Engines keep the first three fraction digits and ignore the rest.
    do end++;
    while (isDigit(value.charCodeAt(end)));
    const digits = end - 20;
    if (digits === 0 || digits > 9) return NaN;
    millisecond =
      digitsAt(value, 20, Math.min(digits, 3)) * (digits === 1 ? 100 : digits === 2 ? 10 : 1);
  }
  let offset = 0;
  const zone = value.charCodeAt(end);
  if (zone === 43 || zone === 45) {
    if (length !== end + 6 || value.charCodeAt(end + 3) !== 58) return NaN;
    const hours = digitsAt(value, end + 1, 2);
    const minutes = digitsAt(value, end + 4, 2);
    if (!(hours <= 23 && minutes <= 59)) return NaN;
    offset = (zone === 45 ? -60_000 : 60_000) * (hours * 60 + minutes);
  } else if (zone !== 90 || length !== end + 1) {
    return NaN;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  const monthDays =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : 30 + ((month + (month >> 3)) & 1);
  // Years below 100 would mean 19xx to Date.UTC.
  if (
    !(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= monthDays) ||
    !(hour <= 23 && minute <= 59 && second <= 59)
  ) {
    return NaN;
  }
  return (
    epochDays(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millisecond -
    offset
  );
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1 to 12), by
 * H. Hinnant's `days_from_civil`: plain arithmetic, where `Date.UTC` is a call into the engine
 * that showed in profiles of long feeds. Equal to `Date.UTC(year, month - 1, day) / 86400000`.
 */
export function epochDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `Date` of a timestamp in the strict form `isoTime` reads, else undefined. */
export function strictIsoDate(value: string): Date | undefined {
  const time = isoTime(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** A valid `Date` from an ISO 8601 / RFC 3339 string or a timestamp, or undefined. */
export function asDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const strict = typeof value === 'string' ? strictIsoDate(value) : undefined;
  if (strict) return strict;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
