/**
 * The publishing part of `<social-composer>`: the idempotency key, `social-submit`, the protocols,
 * success and failure. Loaded when a person first focuses the composer or publishes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mastodonStatusBody, plainJsonBody } from '../../compose/bodies.js';
import type { Draft } from '../../compose/draft.js';
import { newIdempotencyKey, reviveDraft } from '../../compose/draft.js';
import type { PublishError } from '../../compose/errors.js';
import { configError, toPublishError } from '../../compose/errors.js';
import { updateMastodonDescription } from '../../compose/media.js';
import { publish } from '../../compose/publish.js';
import { SocialPostErrorEvent } from '../../events/post-error.js';
import { SocialPostedEvent } from '../../events/posted.js';
import { SocialSubmitEvent } from '../../events/submit.js';
import { hash } from '../../formats/util.js';
import { safeLink } from '../../html/url.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { Post } from '../../model/post.js';
import type { ComposerStatus, PostReceiver, SocialComposer } from './composer.js';

export { publishStyles as styles } from './composer-publish.styles.js';

/** What the publishing part reads and changes on its composer, including its private state. */
export interface PublishHost {
  /** The composer: its settings (`action`, `format`, `token` …), `draft` and events. */
  readonly element: SocialComposer;
  status: ComposerStatus;
  error: PublishError | undefined;
  /** The draft's idempotency key, kept until the server confirms. */
  key: string | undefined;
  /** The browser said it is offline. */
  readonly offline: boolean;
  /** Publishing is over, one way or another: the next submit may start. */
  settle(): void;
  /** The draft in storage now. */
  stored(): Draft | undefined;
  save(): void;
  /** Keeps the draft until the browser is back online. */
  queue(): void;
  /** Empties the composer after a post; `forget` also drops the stored draft. */
  posted(url: string | undefined, forget: boolean): void;
  /** The server holds `alt` for the medium `key` now. */
  described(key: string, alt: string): void;
  focusText(): void;
}

/** Sends one composer's drafts and reports how it went. */
export class Publisher {
  readonly #host: PublishHost;
  /** The draft being published, as it was sent (or handed to the host page). */
  #sending?: Draft;

  constructor(host: PublishHost) {
    this.#host = host;
  }

  /**
   * Publishes the composer's draft, which it checked and saved: with the key for what is sent,
   * through `social-submit` (the host page may take over), the surrounding form, or the network.
   */
  async publish(): Promise<void> {
    const host = this.#host;
    const composer = host.element;
    host.key = keyFor(composer.draft, composer.format, host.key);
    host.save();
    const draft = composer.draft;
    this.#sending = draft;
    const event = new SocialSubmitEvent(draft);
    composer.dispatchEvent(event);
    if (event.defaultPrevented) {
      // The host publishes; `complete()` or `fail()` ends this.
      host.status = 'waiting';
      return;
    }
    const { action, form } = composer;
    if (!action) {
      host.settle();
      host.status = 'idle';
      if (form) form.requestSubmit();
      else {
        this.failed(
          configError(
            '<social-composer> has no action: set action (and format), put it in a <form>, or handle social-submit.',
          ),
        );
      }
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      host.queue();
      return;
    }
    try {
      // Mastodon keeps alt text with the file: send what changed since the upload first.
      if (composer.format === 'mastodon') {
        for (const item of draft.media) {
          const alt = item.alt.trim();
          if (!item.id || alt === (item.uploadedAlt ?? '')) continue;
          await updateMastodonDescription(action, item.id, alt, {
            ...(composer.token ? { token: composer.token } : {}),
            ...(composer.fetch ? { fetch: composer.fetch as typeof fetch } : {}),
          });
          host.described(item.key, alt);
        }
      }
      const result = await publish(draft, {
        action,
        format: composer.format,
        encoding: composer.encoding,
        timeout: composer.timeout,
        ...(composer.token ? { token: composer.token } : {}),
        ...(composer.author ? { author: composer.author } : {}),
        ...(composer.fetch ? { fetch: composer.fetch } : {}),
      });
      await this.succeeded(result.post, result.response);
    } catch (error) {
      this.failed(error);
    }
  }

  /** The post is published: show it, hand it to the feed, and forget the draft. */
  async succeeded(post: Post, response?: Response): Promise<void> {
    const host = this.#host;
    const composer = host.element;
    // A composer removed while its post was on the way (a reload in a single-page app) finds a
    // newer draft in storage, written since by its successor: that one is not posted yet.
    const stored = host.stored();
    const sent = this.#sending;
    host.posted(post.url, !stored || !sent || sameDraft(stored, sent));
    const root = composer.getRootNode() as Document | ShadowRoot;
    const target = composer.htmlFor ? root.getElementById?.(composer.htmlFor) : null;
    if (target && typeof (target as Partial<PostReceiver>).insertPost === 'function') {
      (target as unknown as PostReceiver).insertPost(post);
    }
    await composer.updateComplete;
    host.settle();
    host.focusText();
    composer.dispatchEvent(new SocialPostedEvent(post, response));
  }

  /** Publishing failed: keep everything, say why, and wait for the connection when offline. */
  failed(cause: unknown): void {
    const host = this.#host;
    const error = toPublishError(cause, host.element.action);
    if (error.reason === 'offline' || (error.reason === 'network' && host.offline)) {
      host.queue();
      return;
    }
    host.settle();
    host.error = error;
    host.status = 'failed';
    host.save();
    void host.element.updateComplete.then(() =>
      host.element.dispatchEvent(new SocialPostErrorEvent(error)),
    );
  }

  /** Why publishing failed, whether it may have gone through anyway, and a retry where one helps. */
  renderFailure(error: PublishError, strings: ComposerStrings): TemplateResult {
    return html`<p>
        ${
          error.reason === 'timeout' || error.reason === 'network'
            ? strings[error.reason]
            : strings.errors[error.reason]
        }
        ${error.maybePosted ? strings.maybePosted : strings.kept}
      </p>
      ${
        error.serverMessage
          ? html`<p class="server-said">
              ${strings.serverSaid} <q dir="auto">${error.serverMessage}</q>
            </p>`
          : nothing
      }
      ${
        error.reason === 'config'
          ? nothing
          : html`<button part="retry" type="button" class="retry" @click=${this.#retry}>
              ${strings.retry}
            </button>`
      }`;
  }

  /** The post is published, with a link to it when the server gave one. */
  renderPosted(url: string | undefined, strings: ComposerStrings): TemplateResult {
    const link = safeLink(url);
    return html`${strings.posted}
    ${link ? html`<a href=${link}>${strings.viewPost}</a>` : nothing}`;
  }

  readonly #retry = (): void => {
    void this.#host.element.submit();
  };
}

/**
 * The idempotency key for the draft as written now: a random part kept for the draft's life
 * and a digest of what is sent. Retrying the same post reuses the key, so a server that
 * already took it answers with that post instead of a second one; an edited draft gets
 * another key, so the edit is posted instead of being answered with the earlier version.
 */
function keyFor(draft: Draft, format: string, previous: string | undefined): string {
  const base = previous?.split('.')[0] || newIdempotencyKey();
  const sent = format === 'mastodon' ? mastodonStatusBody(draft) : plainJsonBody(draft);
  return `${base}.${hash(JSON.stringify(sent))}`;
}

/** Whether two drafts hold the same thing, compared as storage keeps them. */
function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(reviveDraft(a)) === JSON.stringify(reviveDraft(b));
}
