/** Media for a post: checking files against the server's limits, and uploading them with progress. */
import type { PublishFormat } from './config.js';
import { mastodonBase } from './endpoints.js';
import {
  errorFromResponse,
  publishNetworkError,
  publishTimeout,
  unexpectedAnswer,
} from './errors.js';
import { absoluteUrl } from '../formats/util.js';

export { defaultMediaEndpoint } from './endpoints.js';

/** Where and how a file went. */
export interface UploadedMedia {
  /** Where the file is now (Micropub `Location`; Mastodon `url`, null while it is processed). */
  url?: string;
  /** The server's media ID (Mastodon). */
  id?: string;
  /** A smaller image the server made (Mastodon `preview_url`). */
  preview?: string;
}

export interface UploadOptions {
  /** The media endpoint: Micropub's from `q=config`, or Mastodon's `/api/v2/media`. */
  endpoint: string;
  format: PublishFormat;
  /** Bearer token, when the host set one. */
  token?: string;
  /** Alt text; Mastodon stores it with the file (`description`). */
  alt?: string;
  /** Called as bytes go out, with the share sent from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Milliseconds without progress before giving up (default 60 000). */
  timeout?: number;
}

/**
 * Uploads one file as `multipart/form-data` with a `file` part (both the Micropub media endpoint
 * and Mastodon use that name). `XMLHttpRequest` because `fetch` reports no upload progress.
 * Resolves with where the file is; rejects with a `PublishError`, or the signal's reason.
 */
export function uploadMedia(
  file: Blob,
  name: string,
  options: UploadOptions,
): Promise<UploadedMedia> {
  const { endpoint, signal } = options;
  const timeout = options.timeout ?? 60_000;
  return new Promise<UploadedMedia>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const body = new FormData();
    body.append('file', file, name);
    if (options.format === 'mastodon' && options.alt?.trim()) {
      body.append('description', options.alt.trim());
    }
    const request = new XMLHttpRequest();
    request.open('POST', endpoint);
    request.setRequestHeader('accept', 'application/json');
    if (options.token) request.setRequestHeader('authorization', `Bearer ${options.token}`);
    // An upload's timeout counts from the last progress, so a big file on a slow line is not cut off.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sentAll = false;
    const arm = () => {
      clearTimeout(timer);
      if (timeout > 0) {
        timer = setTimeout(() => {
          request.abort();
          finish(() => reject(publishTimeout(endpoint, timeout, sentAll)));
        }, timeout);
      }
    };
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => {
      request.abort();
      finish(() => reject(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.upload.addEventListener('progress', (event) => {
      arm();
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(1, event.loaded / event.total));
      }
    });
    request.upload.addEventListener('load', () => {
      sentAll = true;
      options.onProgress?.(1);
    });
    request.addEventListener('error', () =>
      finish(() => reject(publishNetworkError(endpoint, new TypeError('upload failed')))),
    );
    request.addEventListener('load', () =>
      finish(() => {
        try {
          resolve(readUpload(request, endpoint, options.format));
        } catch (error) {
          reject(error);
        }
      }),
    );
    arm();
    request.send(body);
  });
}

function readUpload(
  request: XMLHttpRequest,
  endpoint: string,
  format: PublishFormat,
): UploadedMedia {
  const { status } = request;
  const base = request.responseURL || endpoint;
  if (status < 200 || status >= 300) {
    const retryAfter = request.getResponseHeader('retry-after');
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    throw errorFromResponse(
      endpoint,
      status,
      request.statusText,
      request.responseText,
      seconds === undefined ? undefined : new Date(Date.now() + seconds * 1000),
    );
  }
  if (format === 'mastodon') {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(request.responseText) as Record<string, unknown>;
    } catch (error) {
      throw unexpectedAnswer(endpoint, 'expected a JSON media attachment', error);
    }
    const id = data.id === undefined || data.id === null ? undefined : String(data.id);
    if (!id) throw unexpectedAnswer(endpoint, 'the media attachment has no id');
    const uploaded: UploadedMedia = { id };
    const url = absoluteUrl(data.url, base);
    if (url) uploaded.url = url;
    const preview = absoluteUrl(data.preview_url, base);
    if (preview) uploaded.preview = preview;
    return uploaded;
  }
  // Micropub: 201 Created with the file's URL in Location (a few servers put it in the body).
  let location = absoluteUrl(request.getResponseHeader('location'), base);
  if (!location) {
    try {
      const data = JSON.parse(request.responseText) as Record<string, unknown>;
      location = absoluteUrl(data.url ?? data.location, base);
    } catch {
      location = undefined;
    }
  }
  if (!location) {
    throw unexpectedAnswer(
      endpoint,
      `a ${status} answer without a Location header (is it exposed through CORS?)`,
    );
  }
  return { url: location, preview: location };
}

/**
 * Sends changed alt text for a file Mastodon already holds (`PUT /api/v1/media/:id` with
 * `description`), since people often write it after the upload started.
 */
export async function updateMastodonDescription(
  action: string,
  id: string,
  description: string,
  options: { token?: string; fetch?: typeof fetch; signal?: AbortSignal },
): Promise<void> {
  const url = new URL(`api/v1/media/${encodeURIComponent(id)}`, mastodonBase(action)).href;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ description }),
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw publishNetworkError(url, error);
  }
  if (!response.ok) {
    throw errorFromResponse(url, response.status, response.statusText, await response.text());
  }
}
