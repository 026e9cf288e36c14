/**
 * The publishing part of `<social-composer>`: what blocks a publish, the idempotency key,
 * `social-submit`, the protocols, success and failure, and what they show. Loaded right after
 * the composer's first render (a click before then waits for it), with its styles and words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mastodonStatusBody, plainJsonBody } from '../../compose/bodies.js';
import type { Draft } from '../../compose/draft.js';
import { newIdempotencyKey, reviveDraft } from '../../compose/draft.js';
import { configError, toPublishError } from '../../compose/errors.js';
import { updateMastodonDescription } from '../../compose/media.js';
import { publish } from '../../compose/publish.js';
import { SocialPostErrorEvent } from '../../events/post-error.js';
import { SocialPostedEvent } from '../../events/posted.js';
import { SocialSubmitEvent } from '../../events/submit.js';
import { hash } from '../../formats/util.js';
import { safeLink } from '../../html/url.js';
import { addEnglish } from '../../i18n/strings.js';
import { publishEnglish } from '../../i18n/tables/composer-publish.js';
import type { ComposerStrings } from '../../i18n/tables/composer.js';
import type { Post } from '../../model/post.js';
import type { ComposerHost, PostReceiver } from './composer.js';

// This part's words join the composer's table as it loads. Called, not a bare `import`: a
// bundler drops a side-effect-only import of a module the package marks free of side effects.
addEnglish('composer', publishEnglish);

export { publishStyles as styles } from './composer-publish.styles.js';

/** Sends one composer's drafts and reports how it went. */
export class Publisher {
  readonly #host: ComposerHost;
  /** The draft being published, as it was sent (or handed to the host page). */
  #sending?: Draft;
  /** Where the last post is, when the server said. */
  #postedUrl?: string;

  constructor(host: ComposerHost) {
    this.#host = host;
  }

  /**
   * Publishes what the composer holds, which the composer marked in flight: first says what
   * blocks it (too long, empty, uploads not done, alt text missing), else saves the draft with
   * its idempotency key before anything can go wrong, and publishes.
   */
  async submit(): Promise<void> {
    const { state, element } = this.#host;
    const blocked = this.#blockingProblem();
    if (blocked) {
      state.inFlight = false;
      // Waiting for this part looked like publishing.
      if (state.status === 'publishing') state.status = 'idle';
      state.problem = blocked.message;
      state.error = undefined;
      await element.updateComplete;
      blocked.focus?.();
      return;
    }
    state.problem = undefined;
    state.error = undefined;
    state.notice = undefined;
    this.#postedUrl = undefined;
    // Saved with its key before anything can go wrong; `publish` adds the digest of what is
    // sent to the key.
    state.idempotencyKey ??= newIdempotencyKey();
    this.#host.save();
    state.status = 'publishing';
    await this.publish();
  }

  #blockingProblem(): { message: string; focus?: () => void } | undefined {
    const { state, element } = this.#host;
    const strings = this.#host.strings();
    const length = element.length;
    const focusText = this.#host.focusText;
    if (length.over) {
      return {
        message:
          length.remaining < 0
            ? strings.tooLong(-length.remaining)
            : strings.bytesOver(length.byteLimit),
        focus: focusText,
      };
    }
    if (!state.text.trim() && !state.media.length)
      return { message: strings.empty, focus: focusText };
    if (state.pendingFiles.length || state.media.some((item) => item.uploading))
      return { message: strings.waitForUploads };
    const failed = state.media.find((item) => item.failed);
    if (failed) return { message: strings.uploadFailed(failed.name) };
    const undescribed = state.media.find((item) => !item.alt.trim());
    if (element.requireAlt && undescribed) {
      return {
        message: strings.altRequired,
        focus: () =>
          element.renderRoot.querySelector<HTMLElement>(`#alt-${undescribed.key}`)?.focus(),
      };
    }
    return undefined;
  }

  /**
   * Publishes the composer's draft, which `submit` checked and saved: with the key for what is
   * sent, through `social-submit` (the host page may take over), the surrounding form, or the
   * network.
   */
  async publish(): Promise<void> {
    const host = this.#host;
    const { state } = host;
    const composer = host.element;
    state.idempotencyKey = keyFor(composer.draft, composer.format, state.idempotencyKey);
    host.save();
    const draft = composer.draft;
    this.#sending = draft;
    const event = new SocialSubmitEvent(draft);
    composer.dispatchEvent(event);
    if (event.defaultPrevented) {
      // The host publishes; `complete()` or `fail()` ends this.
      state.status = 'waiting';
      return;
    }
    const { action, form } = composer;
    if (!action) {
      state.inFlight = false;
      state.status = 'idle';
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
          // The server holds this alt text now.
          state.media = state.media.map((medium) =>
            medium.key === item.key ? { ...medium, uploadedAlt: alt } : medium,
          );
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
    const { state } = host;
    const composer = host.element;
    // A composer removed while its post was on the way (a reload in a single-page app) finds a
    // newer draft in storage, written since by its successor: that one is not posted yet.
    const store = host.store();
    const stored = store?.load();
    const sent = this.#sending;
    host.reset();
    if (!stored || !sent || sameDraft(stored, sent)) store?.clear();
    this.#postedUrl = post.url;
    state.status = 'posted';
    state.lastBucket = 'far';
    state.announcement = '';
    const root = composer.getRootNode() as Document | ShadowRoot;
    const target = composer.htmlFor ? root.getElementById?.(composer.htmlFor) : null;
    if (target && typeof (target as Partial<PostReceiver>).insertPost === 'function') {
      (target as unknown as PostReceiver).insertPost(post);
    }
    await composer.updateComplete;
    state.inFlight = false;
    host.focusText();
    composer.dispatchEvent(new SocialPostedEvent(post, response));
  }

  /** Publishing failed: keep everything, say why, and wait for the connection when offline. */
  failed(cause: unknown): void {
    const host = this.#host;
    const { state } = host;
    const error = toPublishError(cause, host.element.action);
    if (error.reason === 'offline' || (error.reason === 'network' && state.offline)) {
      host.queue();
      return;
    }
    state.inFlight = false;
    state.error = error;
    state.status = 'failed';
    host.save();
    void host.element.updateComplete.then(() =>
      host.element.dispatchEvent(new SocialPostErrorEvent(error)),
    );
  }

  /**
   * After a failure: why publishing failed, whether it may have gone through anyway, and a retry
   * where one helps.
   */
  renderFailure(strings: ComposerStrings): TemplateResult | undefined {
    const { error, status } = this.#host.state;
    if (!error || status !== 'failed') return undefined;
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

  /** Once the post is published: says so, with a link to it when the server gave one. */
  renderPosted(strings: ComposerStrings): TemplateResult | undefined {
    if (this.#host.state.status !== 'posted') return undefined;
    const link = safeLink(this.#postedUrl);
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
