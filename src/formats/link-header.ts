/** Reads an RFC 8288 `Link` header into relation → absolute URL, for pagination and discovery. */

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

/**
 * The links of a `Link` header value by relation type (lower case), each resolved against `base`.
 * A link with several relation types (`rel="next last"`) is listed under each; when a relation
 * appears more than once the first one wins, as RFC 8288 §3.3 says for `rel` itself. Only http(s)
 * targets are kept, since every consumer fetches them. Garbage never throws: what cannot be read
 * is passed over up to the next link.
 */
export function parseLinkHeader(value: string, base?: string): Map<string, string> {
  const links = new Map<string, string>();
  if (typeof value !== 'string') return links;
  const scanner = new Scanner(value);

  while (!scanner.done) {
    scanner.skip((char) => WHITESPACE.has(char) || char === ',');
    if (scanner.done) break;
    if (scanner.peek() !== '<') {
      scanner.skipToNextLink();
      continue;
    }
    const close = value.indexOf('>', scanner.position + 1);
    if (close === -1) break;
    // Everything up to `>` is the target, commas included: they are legal in URIs.
    const target = value.slice(scanner.position + 1, close).trim();
    scanner.position = close + 1;
    const params = scanner.readParams();
    const rel = params.get('rel');
    const url = resolve(target, base);
    if (rel === undefined || url === undefined) continue;
    for (const type of rel.toLowerCase().split(/\s+/)) {
      if (type !== '' && !links.has(type)) links.set(type, url);
    }
  }
  return links;
}

function resolve(target: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(target, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A cursor over the header text; each method stops at the end without throwing. */
class Scanner {
  position = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get done(): boolean {
    return this.position >= this.#text.length;
  }

  peek(): string {
    return this.#text.charAt(this.position);
  }

  skip(test: (char: string) => boolean): void {
    while (!this.done && test(this.peek())) this.position++;
  }

  /** Passes over a broken link-value, honouring quoted strings and `<…>` so their commas do not split. */
  skipToNextLink(): void {
    while (!this.done) {
      const char = this.peek();
      if (char === ',') return;
      if (char === '"') this.#readQuoted();
      else if (char === '<') {
        const close = this.#text.indexOf('>', this.position);
        this.position = close === -1 ? this.#text.length : close + 1;
      } else this.position++;
    }
  }

  /** The `; name=value` parameters after a target, names in lower case, first occurrence kept. */
  readParams(): Map<string, string> {
    const params = new Map<string, string>();
    for (;;) {
      this.skip((char) => WHITESPACE.has(char));
      if (this.done || this.peek() === ',') return params;
      if (this.peek() !== ';') {
        this.skipToNextLink();
        return params;
      }
      this.position++;
      this.skip((char) => WHITESPACE.has(char));
      const name = this.#readToken().toLowerCase();
      this.skip((char) => WHITESPACE.has(char));
      let paramValue = '';
      if (this.peek() === '=') {
        this.position++;
        this.skip((char) => WHITESPACE.has(char));
        paramValue = this.peek() === '"' ? this.#readQuoted() : this.#readToken();
      }
      if (name !== '' && !params.has(name)) params.set(name, paramValue);
    }
  }

  #readToken(): string {
    const start = this.position;
    this.skip((char) => !WHITESPACE.has(char) && char !== ';' && char !== ',' && char !== '=');
    return this.#text.slice(start, this.position);
  }

  /** A quoted-string with backslash escapes; an unterminated one runs to the end of the header. */
  #readQuoted(): string {
    let result = '';
    this.position++;
    while (!this.done) {
      const char = this.peek();
      this.position++;
      if (char === '"') return result;
      if (char === '\\' && !this.done) {
        result += this.peek();
        this.position++;
      } else result += char;
    }
    return result;
  }
}
