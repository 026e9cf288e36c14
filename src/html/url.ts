/** The URL allow-list: only http(s) and mailto links from data ever reach an attribute. */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_PROTOCOLS = new Set(['http:', 'https:']);

function allowed(value: unknown, protocols: Set<string>, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
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
