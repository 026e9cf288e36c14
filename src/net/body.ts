/** Reads a response body without trusting its size: bytes past a cap are never held in memory. */

/** The default cap on a document's body: far beyond any real feed page, far below a hostile one. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Thrown by {@link readBody} when the body is larger than allowed; the caller names the URL. */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  /** The cap that was passed. */
  readonly limit: number;
  /** How many bytes were seen (or announced by `Content-Length`) when reading stopped. */
  readonly seen: number;

  constructor(limit: number, seen: number) {
    super(`The body is larger than ${limit} bytes (${seen} or more).`);
    this.limit = limit;
    this.seen = seen;
  }
}

/**
 * The whole body of `response`, read chunk by chunk; past `maxBytes` (or when `Content-Length`
 * already says so) it stops, cancels the stream so the connection is let go, and throws
 * {@link BodyTooLarge}. `signal` cancels the read too, even with a custom `fetch` whose body
 * ignores the request's signal. `maxBytes` of `Infinity` or 0 reads without a cap.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<ArrayBuffer> {
  const capped = maxBytes > 0 && Number.isFinite(maxBytes);
  const announced = Number(response.headers.get('content-length'));
  if (capped && Number.isFinite(announced) && announced > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw new BodyTooLarge(maxBytes, announced);
  }
  if (!response.body) return capped ? new ArrayBuffer(0) : response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const onAbort = () => reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (capped && size > maxBytes) {
        reader.cancel().catch(() => undefined);
        throw new BodyTooLarge(maxBytes, size);
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * `response` with its body capped at `maxBytes`, for readers that take a `Response` (`.text()`,
 * `.json()`) rather than calling {@link readBody}: past the cap its stream errors with
 * {@link BodyTooLarge} and the rest is cancelled, never read; `text()`, `json()` and
 * `arrayBuffer()` reject with that error itself. Its `url` stays the original's.
 */
export function capResponse(response: Response, maxBytes: number): Response {
  const capped = maxBytes > 0 && Number.isFinite(maxBytes);
  // Opaque and informational responses cannot be rebuilt; they have no readable body anyway.
  if (!capped || !response.body || response.status < 200) return response;
  const announced = Number(response.headers.get('content-length'));
  const reader = response.body.getReader();
  let size = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (Number.isFinite(announced) && announced > maxBytes) {
        reader.cancel().catch(() => undefined);
        controller.error(new BodyTooLarge(maxBytes, announced));
      }
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        controller.error(new BodyTooLarge(maxBytes, size));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const result = new Response(stream, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // Reading through the stream's reader keeps the error itself: `Response.text()` would turn it
  // into a generic TypeError, and callers tell "too large" from "offline" by it.
  const bytes = () => readBody(result, Infinity);
  Object.defineProperties(result, {
    url: { value: response.url },
    arrayBuffer: { value: bytes },
    text: { value: async () => new TextDecoder().decode(await bytes()) },
    json: { value: async () => JSON.parse(new TextDecoder().decode(await bytes())) as unknown },
  });
  return result;
}
