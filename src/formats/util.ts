/** Small readers shared by the format modules: remote data is never trusted to have a shape. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be one item or a list of them, as a list. */
export function asArray<T = unknown>(value: T | T[] | null | undefined): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A non-empty trimmed string, or undefined. */
export function asString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number (numeric strings accepted), or undefined. */
export function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A valid `Date` from an ISO 8601 / RFC 3339 string or a timestamp, or undefined. */
export function asDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An absolute http(s) URL resolved against `base`, or undefined. */
export function absoluteUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses JSON, or throws a `SyntaxError` whose message names the problem. */
export function parseJson(body: string): unknown {
  return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
}

/** The value of one header from either a `Headers` or a plain record, case-insensitively. */
export function header(
  headers: Headers | Record<string, string> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/**
 * Plain text from untrusted HTML, for filters, counts and accessible names: never for display.
 * Uses an inert document, so nothing loads and no script runs.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const br of doc.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of doc.querySelectorAll('p, div, li, blockquote, h1, h2, h3, h4, h5, h6')) {
    block.append('\n\n');
  }
  for (const hidden of doc.querySelectorAll('script, style, template')) hidden.remove();
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
