// @ts-check
/**
 * The in-browser half of `scripts/conformance.mjs`: fetches each file from the harness server,
 * decodes it as a careful client would, and runs the public format entry over it.
 */
import { FormatError, detectFormat, parseActor, parseFeed } from '/src/formats/index.ts';
import { isReaderBug } from '/src/formats/registry.ts';

/**
 * The text of a response: BOM, then the charset parameter, then an XML or HTML declaration, then
 * UTF-8 — and, for bytes that are not UTF-8 at all, windows-1252 (feeds in ISO-8859-1 that
 * declare nothing exist in the wild).
 * @param {ArrayBuffer} buffer
 * @param {string | null} contentType
 * @returns {{ text: string, encoding: string }}
 */
function decode(buffer, contentType) {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8 (BOM)' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes), encoding: `${label} (BOM)` };
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.trimStart())?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared.toLowerCase() };
    } catch {
      // An unknown label: fall through to the defaults.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252 (not valid UTF-8)',
    };
  }
}

/**
 * @param {unknown} error
 * @returns {{ kind: 'format' | 'crash', name: string, message: string, stack?: string, cause?: string }}
 */
function describeError(error) {
  if (isReaderBug(error) && error instanceof Error && error.cause instanceof Error) {
    // The public entry wraps a reader's own exception so callers survive it; here it is a bug.
    const { cause } = error;
    return {
      kind: 'crash',
      name: `${cause.name} in the ${error.format} reader`,
      message: cause.message,
      stack: cause.stack,
    };
  }
  if (error instanceof FormatError) {
    const cause =
      error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
    return {
      kind: 'format',
      name: error.name,
      message: error.message,
      ...(cause ? { cause } : {}),
    };
  }
  if (error instanceof Error) {
    return { kind: 'crash', name: error.name, message: error.message, stack: error.stack };
  }
  return { kind: 'crash', name: typeof error, message: String(error) };
}

/** @param {any} actor */
function actorLabel(actor) {
  return actor.handle ?? actor.name ?? actor.id;
}

/**
 * @param {{ path: string, served: string, url: string, headers?: Record<string, string> }[]} files
 */
export async function run(files) {
  const results = [];
  for (const file of files) {
    /** @type {Record<string, unknown>} */
    const result = { path: file.path };
    try {
      const response = await fetch(file.served);
      const contentType = response.headers.get('content-type');
      const { text, encoding } = decode(await response.arrayBuffer(), contentType);
      result.encoding = encoding;
      const context = {
        url: file.url,
        headers: { ...(file.headers ?? {}), 'content-type': contentType ?? '' },
      };
      try {
        result.format = detectFormat(text, context);
      } catch (error) {
        result.detectError = describeError(error);
      }
      try {
        const page = await parseFeed(text, context);
        result.feed = {
          format: page.format,
          posts: page.posts.length,
          withText: page.posts.filter((post) => post.text !== undefined || post.html !== undefined)
            .length,
          skipped: page.skipped.map((entry) =>
            entry.index === undefined ? entry.reason : `#${entry.index}: ${entry.reason}`,
          ),
          next: page.next,
          prev: page.prev,
          actor: page.actor ? actorLabel(page.actor) : undefined,
          first: page.posts[0]
            ? {
                id: page.posts[0].id,
                published: page.posts[0].published.toISOString(),
                author: actorLabel(page.posts[0].author),
              }
            : undefined,
        };
      } catch (error) {
        result.feedError = describeError(error);
      }
      try {
        const actor = await parseActor(text, context);
        result.actor = actorLabel(actor);
      } catch (error) {
        const described = describeError(error);
        // A feed is not a profile: the actor error matters only when the file is not a feed either.
        if (described.kind === 'crash' || result.feedError) {
          result.actorError = described;
        }
      }
    } catch (error) {
      result.harnessError = describeError(error);
    }
    results.push(result);
  }
  return results;
}
