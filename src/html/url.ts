/** The URL allow-list: only http(s) and mailto links from data ever reach an attribute. */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * A script scheme hidden behind characters the URL parser does not strip but older browsers did
 * (U+180E, zero-width and bidi marks): the parser would read it as a harmless relative path, yet
 * no honest link looks like that, so it is refused outright.
 */
const DISGUISED_SCHEME =
  /^[\p{Z}\p{Cc}\p{Cf}\s\u180e]*(?:javascript|vbscript|data)[\p{Z}\p{Cc}\p{Cf}\s\u180e]*:/iu;

function allowed(value: unknown, protocols: Set<string>, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (DISGUISED_SCHEME.test(value)) return undefined;
  try {
    const url = new URL(value.trim(), base ?? globalThis.document?.baseURI);
    return protocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute link target (http, https or mailto), or undefined for anything else. */
export function safeLink(value: unknown, base?: string): string | undefined {
  return allowed(value, LINK_PROTOCOLS, base);
}

/** An absolute image or media address (http or https), or undefined for anything else. */
export function safeMedia(value: unknown, base?: string): string | undefined {
  return allowed(value, MEDIA_PROTOCOLS, base);
}
