/**
 * The standalone `<social-post src>`: fetching and reading its post, the skeleton while it loads
 * and the error with a retry when it fails. Loaded only by posts that have a `src`, with the
 * network layer and the formats (`standalone-code.ts`).
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SocialErrorEvent } from '../../events/error.js';
import { SocialLoadEvent } from '../../events/load.js';
import { loadReasonText } from '../../i18n/tables/errors.js';
import type { PostErrorReason, PostStrings } from '../../i18n/tables/post.js';
import type { Post } from '../../model/post.js';
import { parseFeed } from '../../formats/index.js';
import type { EarlyRequest } from '../../net/early.js';
import { LoadError, isAbortError, parseError } from '../../net/errors.js';
import { load, type LoadFetch } from '../../net/load.js';
import { boneStyles } from '../../styles/skeleton.js';
import { loadErrorContent, loadErrorStyles } from '../shared/load-error.js';
import { loadReasonOf } from '../shared/load-reason.js';
import { pillButtonStyles } from '../shared/pill-button.styles.js';
import { embedRequest } from './embed.js';

/** The document held no post the element could show. */
export class NoPostError extends LoadError {
  constructor(url: string, skipped: readonly { reason: string }[]) {
    const why =
      skipped.length > 0 ? ` (skipped: ${skipped.map((entry) => entry.reason).join('; ')})` : '';
    super(
      'parse',
      `The document at ${url} holds no post this element can show${why} — check the src URL.`,
      {
        url,
      },
    );
  }
}

/** What a standalone embed loaded, with the URL it came from for the load event. */
interface Loaded {
  post: Post;
  url: string;
}

/**
 * Fetches and reads the post behind `src`. `early` is its request if the element sent it ahead of
 * this code: used when it is the very request this load would send, else cancelled.
 */
async function loadPost(
  src: string,
  format: string | undefined,
  fetchImpl: LoadFetch | undefined,
  signal: AbortSignal,
  timeout: number | undefined,
  early: EarlyRequest | undefined,
): Promise<Loaded> {
  const request = embedRequest(src);
  if (early?.matches(request.url, undefined, fetchImpl)) fetchImpl = early.fetch;
  else early?.cancel();
  const result = await load(request.url, {
    signal,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
  });
  signal.throwIfAborted();
  const wanted = request.format ?? (format && format !== 'auto' ? format : undefined);
  let page;
  try {
    page = await parseFeed(result.body, {
      url: result.url,
      headers: result.headers,
      ...(result.contentType ? { contentType: result.contentType } : {}),
      ...(wanted ? { format: wanted } : {}),
    });
  } catch (error) {
    throw parseError(result.url, error);
  }
  const post = page.posts[0];
  if (!post) throw new NoPostError(result.url, page.skipped);
  return { post, url: result.url };
}

/** The localized reason for a failure, from the typed error the network and formats give. */
function reasonOf(error: unknown): { reason: PostErrorReason; status?: number } {
  return error instanceof NoPostError ? { reason: 'empty' } : loadReasonOf(error);
}

/** The element's side of an embed: what it loads from, and how it hears of the outcome. */
export interface EmbedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: string;
  fetch?: LoadFetch;
  timeout?: number;
}

/** Loads the post behind the host's `src` whenever `src`, `format`, `fetch` or `timeout` change. */
export class Embed {
  readonly #task: Task<
    readonly [string | undefined, string | undefined, LoadFetch | undefined, number | undefined],
    Loaded
  >;

  /**
   * `announce` gets the load or error event, for the host to fire once the outcome is on screen;
   * `takeEarly` hands over the request the host sent before this code was in, if any.
   */
  constructor(
    host: EmbedHost,
    announce: (event: Event) => void,
    takeEarly: () => EarlyRequest | undefined = () => undefined,
  ) {
    this.#task = new Task(host, {
      args: () => [host.src, host.format, host.fetch, host.timeout] as const,
      task: async ([src, format, fetchImpl, timeout], { signal }) => {
        if (!src?.trim()) return initialState;
        // Updated while detached (added and removed in one task): a request now would outlive
        // the element, since disconnecting is what aborts it. connectedCallback runs it again.
        if (!host.isConnected) throw new DOMException('Not connected', 'AbortError');
        return loadPost(src, format, fetchImpl, signal, timeout, takeEarly());
      },
      onComplete: (loaded) => {
        announce(new SocialLoadEvent(1, { id: host.src ?? loaded.url, url: loaded.url }));
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        const cause = error instanceof Error ? error : new Error(String(error));
        announce(
          new SocialErrorEvent(cause, {
            id: host.src ?? '',
            ...(cause instanceof LoadError ? { url: cause.url } : {}),
          }),
        );
      },
    });
  }

  /** The loaded post, once loading completed. */
  get post(): Post | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value?.post : undefined;
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Why loading failed; undefined while it has not, or when it was only cut short. */
  get failure(): unknown {
    const error = this.#task.error;
    return this.#task.status === TaskStatus.ERROR && !isAbortError(error) ? error : undefined;
  }

  /** Loading was cut short (by a disconnect), so it is to run again. */
  get interrupted(): boolean {
    return this.#task.status === TaskStatus.ERROR && isAbortError(this.#task.error);
  }

  run(): Promise<void> {
    return this.#task.run();
  }

  abort(): void {
    this.#task.abort();
  }
}

export function renderSkeleton(strings: PostStrings): TemplateResult {
  return html`<div part="post" class="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${strings.loading}</span>
    <div class="skeleton-header" aria-hidden="true">
      <span class="bone avatar-bone"></span>
      <span class="skeleton-lines"
        ><span class="bone line short"></span><span class="bone line shorter"></span
      ></span>
    </div>
    <span class="bone line" aria-hidden="true"></span>
    <span class="bone line" aria-hidden="true"></span>
    <span class="bone line medium" aria-hidden="true"></span>
  </div>`;
}

export function renderError(
  error: unknown,
  strings: PostStrings,
  retry: () => void,
): TemplateResult {
  const { reason, status } = reasonOf(error);
  const text = {
    title: strings.loadFailed,
    reason: reason === 'empty' ? strings.noPost : loadReasonText(strings, reason, status),
    details: strings.details,
    retry: strings.retry,
  };
  return html`<div part="post error" class="error" tabindex="-1">
    ${loadErrorContent(text, error, retry)}
  </div>`;
}

/** The skeleton's and the error's styles, after the post's own so the error's border wins. */
export const standaloneStyles = [
  boneStyles,
  css`
  .skeleton {
    min-block-size: 9rem;
    align-content: start;
  }
  .skeleton-header {
    display: flex;
    gap: var(--_gap);
    align-items: center;
  }
  .skeleton-lines {
    display: grid;
    gap: 0.5rem;
    flex: 1;
  }
  .avatar-bone {
    flex: none;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: 50%;
  }
  .line {
    block-size: 0.9rem;
  }
  .line.short {
    inline-size: 40%;
  }
  .line.shorter {
    inline-size: 25%;
  }
  .line.medium {
    inline-size: 70%;
  }
  `,
  pillButtonStyles,
  loadErrorStyles,
];
