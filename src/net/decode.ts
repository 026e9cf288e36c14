/** Turns response bytes into text with the right character encoding. */

/** The media type and charset parameter of a `Content-Type` value, lower-cased. */
export function parseContentType(value: string | null | undefined): {
  type: string | undefined;
  charset: string | undefined;
} {
  if (!value) return { type: undefined, charset: undefined };
  const [essence = '', ...parameters] = value.split(';');
  let charset: string | undefined;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  const type = essence.trim().toLowerCase();
  return { type: type === '' ? undefined : type, charset };
}

/** The encoding a byte order mark announces; it wins over any header, as browsers do. */
function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * Decodes `bytes` with the BOM's encoding, else `charset`, else UTF-8. An unknown charset label
 * falls back to UTF-8 rather than failing: a wrong label is common and the text is usually ASCII.
 */
export function decodeBody(bytes: ArrayBuffer, charset: string | undefined): string {
  const view = new Uint8Array(bytes);
  const label = sniffBom(view) ?? charset ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(view);
}
