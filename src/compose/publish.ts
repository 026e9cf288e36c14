/**
 * Publishing a draft: the request each protocol expects (Micropub form or JSON, the Mastodon
 * statuses API, a plain JSON body), sent once, and the answer read back into a `Post`.
 */
import type { Actor } from '../model/actor.js';
import type { Attachment, Post } from '../model/post.js';
import { absoluteUrl } from '../formats/util.js';
import type { PublishFormat } from './config.js';
import { mastodonStatusBody, photos, plainJsonBody } from './bodies.js';
import { documentBase, mastodonBase } from './endpoints.js';
import type { Draft } from './draft.js';
import {
  configError,
  errorFromResponse,
  publishNetworkError,
  publishTimeout,
  unexpectedAnswer,
} from './errors.js';
import { parseRetryAfter } from '../net/retry.js';
import { capResponse } from '../net/body.js';

export { mastodonStatusBody, plainJsonBody } from './bodies.js';

/**
 * The most of a publish answer that is read: a created post's JSON is a few kilobytes, and a
 * broken or hostile endpoint must not fill the page's memory.
 */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** How a Micropub create is encoded: `auto` sends form-encoded unless a photo has alt text. */
export type MicropubEncoding = 'auto' | 'form' | 'json';

export interface PublishOptions {
  /** The endpoint: a Micropub endpoint, a Mastodon server (or its `/api/v1/statuses`), or a JSON API. */
  action: string;
  format: PublishFormat;
  /** Bearer token; without one the browser's cookies for the site's own origin go along. */
  token?: string;
  /** Micropub only (default `auto`). */
  encoding?: MicropubEncoding;
  /** Who is posting, for the `Post` built from a Micropub or JSON answer. */
  author?: Actor;
  /** Milliseconds to wait for an answer (default 30 000; 0 for no limit). */
  timeout?: number;
  signal?: AbortSignal;
  /** Replaces the global `fetch`: the seam for auth wrappers and tests. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** The moment a post without a server date is said to be published (default now). */
  now?: () => Date;
}

export interface PublishResult {
  /** The new post, as the composer and a feed show it. */
  post: Post;
  /** The server's answer (its body already read). */
  response: Response;
}

/** The request that publishes `draft`, without sending it: URL, method, headers, body. */
export interface PublishRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** `application/x-www-form-urlencoded` for one value: spaces as `+`, as the spec's examples write them. */
function formValue(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/**
 * Form-encodes name/value pairs the way the Micropub spec writes them: a property with several
 * values gets PHP-style brackets (`category[]=foo&category[]=bar`), left unescaped.
 */
export function micropubForm(pairs: ReadonlyArray<readonly [string, string | string[]]>): string {
  const parts: string[] = [];
  for (const [name, value] of pairs) {
    const values = Array.isArray(value) ? value : [value];
    const key = values.length > 1 ? `${formValue(name)}[]` : formValue(name);
    for (const item of values) parts.push(`${key}=${formValue(item)}`);
  }
  return parts.join('&');
}

/** The Micropub create as form fields: `h=entry`, `content`, `summary`, `category`, `photo`, `mp-syndicate-to`. */
export function micropubFormBody(draft: Draft): string {
  const pairs: Array<[string, string | string[]]> = [['h', 'entry']];
  if (draft.text) pairs.push(['content', draft.text]);
  if (draft.warning.trim()) pairs.push(['summary', draft.warning.trim()]);
  if (draft.categories?.length) pairs.push(['category', draft.categories]);
  const photo = photos(draft.media).map((item) => item.url);
  if (photo.length) pairs.push(['photo', photo]);
  if (draft.syndicateTo?.length) pairs.push(['mp-syndicate-to', draft.syndicateTo]);
  if (draft.audience && draft.audience !== 'public') pairs.push(['visibility', draft.audience]);
  return micropubForm(pairs);
}

/**
 * The Micropub create as JSON: `{"type": ["h-entry"], "properties": {…}}` with every value an
 * array, and a photo with alt text as `{"value": url, "alt": text}`.
 */
export function micropubJsonBody(draft: Draft): Record<string, unknown> {
  const properties: Record<string, unknown[]> = {};
  if (draft.text) properties.content = [draft.text];
  if (draft.warning.trim()) properties.summary = [draft.warning.trim()];
  if (draft.categories?.length) properties.category = [...draft.categories];
  const photo = photos(draft.media).map(({ url, alt }) => (alt ? { value: url, alt } : url));
  if (photo.length) properties.photo = photo;
  if (draft.syndicateTo?.length) properties['mp-syndicate-to'] = [...draft.syndicateTo];
  if (draft.audience && draft.audience !== 'public') properties.visibility = [draft.audience];
  return { type: ['h-entry'], properties };
}

/** Whether the draft needs JSON to say everything in Micropub (alt text cannot be form-encoded). */
function needsJson(draft: Draft): boolean {
  return photos(draft.media).some((item) => item.alt !== '');
}

/** The Mastodon statuses endpoint for an `action` that names the server or the endpoint itself. */
export function mastodonStatusesUrl(action: string): string {
  return new URL('api/v1/statuses', mastodonBase(action)).href;
}

/** Builds the request that publishes `draft`. Throws a `PublishError` ("config") for a bad `action`. */
export function buildPublishRequest(draft: Draft, options: PublishOptions): PublishRequest {
  let url: string;
  try {
    url =
      options.format === 'mastodon'
        ? mastodonStatusesUrl(options.action)
        : new URL(options.action, documentBase()).href;
  } catch {
    throw configError(
      `"${options.action}" is not a URL to publish to: check the action attribute.`,
    );
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string;
  if (options.format === 'micropub') {
    const encoding = options.encoding ?? 'auto';
    if (encoding === 'json' || (encoding === 'auto' && needsJson(draft))) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(micropubJsonBody(draft));
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
      body = micropubFormBody(draft);
    }
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(
      options.format === 'mastodon' ? mastodonStatusBody(draft) : plainJsonBody(draft),
    );
    // Micropub servers do not know the header (and a cross-origin one may refuse it in a preflight).
    if (draft.idempotencyKey) headers['idempotency-key'] = draft.idempotencyKey;
  }
  return { url, method: 'POST', headers, body };
}

/**
 * Publishes `draft` with one request: a POST is not retried here, because a retry without an
 * idempotency key could post twice. The caller retries when the person asks (or the browser is
 * back online), with the same `draft.idempotencyKey`.
 */
export async function publish(draft: Draft, options: PublishOptions): Promise<PublishResult> {
  const request = buildPublishRequest(draft, options);
  const timeout = options.timeout ?? 30_000;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.throwIfAborted();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`Timed out after ${timeout} ms`, 'TimeoutError'));
        }, timeout)
      : undefined;
  const fail = (error: unknown): never => {
    if (options.signal?.aborted) throw options.signal.reason;
    // Without an idempotency key the server may have taken the post before the answer was lost.
    if (timedOut) throw publishTimeout(request.url, timeout, options.format === 'micropub');
    throw publishNetworkError(request.url, error);
  };
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        credentials: 'same-origin',
        signal: controller.signal,
      });
    } catch (error) {
      return fail(error);
    }
    let text: string;
    try {
      text = await capResponse(response, MAX_ANSWER_BYTES).text();
    } catch (error) {
      // The status already says what happened. A Micropub or JSON server that said 2xx took the
      // post: a lost, cut or oversized answer must not make the person publish it again.
      // Mastodon's answer is the post itself, and it dedupes a retry by its Idempotency-Key.
      if (options.signal?.aborted || (response.ok && options.format === 'mastodon')) {
        return fail(error);
      }
      text = '';
    }
    if (!response.ok) {
      throw errorFromResponse(
        request.url,
        response.status,
        response.statusText,
        text,
        parseRetryAfter(response.headers.get('retry-after')),
      );
    }
    // A Micropub server answers a create with its Location. A web page without one is a login,
    // captive-portal or proxy error page that said 200: the post did not reach the server, and
    // calling it published would throw the draft away.
    if (
      options.format === 'micropub' &&
      !response.headers.has('location') &&
      /^text\/html\b/i.test(response.headers.get('content-type') ?? '')
    ) {
      throw unexpectedAnswer(
        request.url,
        'a web page instead of a Micropub answer (no Location), maybe a login or error page',
      );
    }
    const post = await readPublished(draft, options, request.url, response, text);
    return { post, response };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The post the server made, from its answer and what was sent. */
async function readPublished(
  draft: Draft,
  options: PublishOptions,
  url: string,
  response: Response,
  text: string,
): Promise<Post> {
  const base = response.url || url;
  if (options.format === 'mastodon') {
    // The Mastodon reader loads only now: a page that never posts does not download it.
    const { mastodon } = await import('../formats/mastodon.js');
    let page;
    try {
      page = await mastodon.parseFeed(text, { url: base, format: 'mastodon' });
    } catch (error) {
      throw unexpectedAnswer(url, 'expected the new status as JSON', error);
    }
    const post = page.posts[0];
    if (!post) throw unexpectedAnswer(url, 'the answer holds no status');
    // The server answers with HTML; the plain text the person wrote is the exact source of it.
    return post.text || !draft.text ? post : { ...post, text: draft.text };
  }
  const location = absoluteUrl(response.headers.get('location'), base);
  let data: Record<string, unknown> = {};
  if (text.trim()) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        data = parsed as Record<string, unknown>;
      }
    } catch {
      // A Micropub server need not send a body; an HTML page is no reason to doubt a 201.
    }
  }
  const permalink = location ?? absoluteUrl(data.url, base);
  const id =
    (typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : undefined) ??
    permalink ??
    `local:${draft.idempotencyKey ?? Date.now().toString(36)}`;
  const publishedValue = typeof data.published === 'string' ? new Date(data.published) : undefined;
  const published =
    publishedValue && !Number.isNaN(publishedValue.getTime())
      ? publishedValue
      : (options.now?.() ?? new Date());
  const post: Post = {
    id,
    author: options.author ?? { id: new URL(base).origin },
    published,
  };
  if (permalink) post.url = permalink;
  if (draft.text) post.text = draft.text;
  if (draft.warning.trim()) {
    post.summary = draft.warning.trim();
    post.sensitive = true;
  }
  if (draft.language) post.language = draft.language;
  const attachments = draft.media.flatMap((item): Attachment[] =>
    item.url
      ? [
          {
            kind: item.type.startsWith('video/') ? 'video' : 'image',
            url: item.url,
            ...(item.type ? { mimeType: item.type } : {}),
            ...(item.alt.trim() ? { alt: item.alt.trim() } : {}),
          },
        ]
      : [],
  );
  if (attachments.length) post.attachments = attachments;
  if (draft.categories?.length) post.tags = [...draft.categories];
  return post;
}
