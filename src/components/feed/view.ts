/**
 * What `<social-feed>` shows once posts are in (or every source has answered): the post list,
 * plain or windowed, the source toggles, the new-posts button, per-source errors, the empty
 * message and "Load more", and the keyboard navigation between posts. A part of its own, loaded
 * with the feed's data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type * as WindowingModule from '@lit-labs/virtualizer/virtualize.js';
import { formatDateTime } from '../../i18n/format.js';
import { loadReasonText, type LoadReason } from '../../i18n/tables/errors.js';
import type { FeedStrings } from '../../i18n/tables/feed.js';
import type { Post } from '../../model/post.js';
import { displayName } from '../post/parts.js';

export { viewStyles } from './view.styles.js';

/**
 * No post is shorter than this, in CSS pixels (a one-line post with its header is about 120 in
 * the default theme; a tighter theme gets some room): a window's height over it is at least the
 * posts a first screen shows.
 */
const SHORTEST_POST = 100;

/**
 * How many posts can fill the window at most: the feed's first render with posts shows these,
 * and the others once that frame is painted (`afterPaint`), below them. All of them in a hidden
 * page, which paints nothing meanwhile.
 */
export function firstScreenful(): number {
  return document.visibilityState === 'hidden'
    ? Infinity
    : Math.max(3, Math.ceil(window.innerHeight / SHORTEST_POST) + 1);
}

/**
 * Resolves once the browser has painted the current frame: an animation frame runs just before
 * the paint, and a timer set in it just after. A page whose frames stop (hidden meanwhile, or
 * throttled) gets there by a timer of its own.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

/** A source that failed, as its error block shows it. */
export interface FailedSource {
  id: string;
  /** The reader-facing name: its label, else its host. */
  name: string;
  error: Error;
  reason: { reason: LoadReason; status?: number } | undefined;
  /** A retry is in flight: the block stays, in a busy state. */
  retrying: boolean;
}

/** What the feed knows for one render, and what the reader's actions call back. */
export interface ViewState {
  strings: FeedStrings;
  locale: string;
  /** The posts on screen, filtered and paged. */
  list: Post[];
  /** `aria-setsize` of each post: -1 while more can come. */
  setSize: number;
  /** Index of the post that takes Tab. */
  current: number;
  /** The windowing code when the list is windowed now. */
  windowing: typeof WindowingModule | undefined;
  labels: string[];
  /** The labels the reader chose (`sources`); all when undefined. */
  shown: string[] | undefined;
  /** New posts waiting behind the button. */
  pending: number;
  failed: FailedSource[];
  /** Nothing is loading any more. */
  settled: boolean;
  /** More posts can come: "Load more" shows. */
  more: boolean;
  /** Posts exist before the filters: the empty message says the filters hid them. */
  filteredOut: boolean;
  infinite: boolean;
  loadingMore: boolean;
  noHovercards: boolean;
  toggleSource(label: string): void;
  showNewPosts(): void;
  loadMore(event: Event): void;
  retry(id: string): void;
}

/** The pieces of the view, each for its place in the feed's frame. */
export interface View {
  /** Source toggles, the new-posts button and errors beside shown posts: above the list. */
  above: unknown;
  /**
   * The posts of the `role="feed"` element, in two parts so that a switch empties one at once:
   * the virtualizer never starts with the plain list's elements among its own.
   */
  windowed: unknown;
  plain: unknown;
  /** What shows once everything settled with no post: the errors or the empty message. */
  settled: unknown;
  /** "Load more" (and the infinite feed's sentinel). */
  more: unknown;
}

/** The feed's view for one render. */
export function renderView(state: ViewState): View {
  const { strings, list, failed, settled } = state;
  const noPosts = list.length === 0;
  const errors = () =>
    html`<div part="errors" class="errors">${failed.map((source) => renderError(source, state))}</div>`;
  return {
    above: html`${state.labels.length > 1 ? renderFilters(state) : nothing}${
      state.pending > 0
        ? html`<button part="new-posts" class="new-posts" type="button" @click=${state.showNewPosts}>
          <span aria-hidden="true" class="arrow">↑</span> ${strings.showNewPosts(state.pending)}
        </button>`
        : nothing
    }${failed.length > 0 && !(noPosts && settled) ? errors() : nothing}`,
    windowed: state.windowing
      ? state.windowing.virtualize({
          items: list,
          keyFunction: (post: Post) => post,
          renderItem: (post: Post, index: number) => renderPost(post, index, state),
        })
      : nothing,
    plain: state.windowing
      ? nothing
      : repeat(
          list,
          (post) => post,
          (post, index) => renderPost(post, index, state),
        ),
    settled:
      noPosts && settled
        ? failed.length > 0
          ? html`<slot name="error">${errors()}</slot>`
          : html`<slot name="empty"
            ><p part="empty" class="empty">
              ${state.filteredOut ? strings.noMatches : strings.empty}
            </p></slot
          >`
        : nothing,
    more:
      state.more && (!noPosts || settled)
        ? html`${state.infinite ? html`<div class="sentinel" id="sentinel"></div>` : nothing}
          <button
            part="load-more"
            class="load-more"
            type="button"
            aria-disabled=${state.loadingMore ? 'true' : 'false'}
            @click=${state.loadMore}
          >
            ${state.loadingMore ? strings.loadingMore : strings.loadMore}
          </button>`
        : nothing,
  };
}

function renderPost(post: Post, index: number, state: ViewState): TemplateResult {
  const published =
    post.published instanceof Date && !Number.isNaN(post.published.getTime())
      ? formatDateTime(post.published, state.locale)
      : '';
  return html`<social-post
    part="post"
    role="article"
    .post=${post}
    data-index=${index}
    tabindex=${index === state.current ? '0' : '-1'}
    aria-posinset=${index + 1}
    aria-setsize=${state.setSize}
    aria-label=${state.strings.postLabel(displayName(post.author), published)}
    ?no-hovercards=${state.noHovercards}
  ></social-post>`;
}

function renderFilters(state: ViewState): TemplateResult {
  const { shown, labels } = state;
  return html`<div part="filters" class="filters" role="group" aria-label=${state.strings.sources}>
    ${labels.map((label) => {
      const pressed = !shown || shown.includes(label);
      return html`<button
        part="filter"
        class="filter"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => state.toggleSource(label)}
      >
        <span class="check" aria-hidden="true">${pressed ? '✓' : ''}</span>${label}
      </button>`;
    })}
  </div>`;
}

function renderError(source: FailedSource, state: ViewState): TemplateResult {
  const { strings } = state;
  const { reason, status } = source.reason ?? { reason: 'other' };
  return html`<div part="error" class="error" data-source=${source.id}>
    <p class="error-text">
      <strong>${strings.sourceFailed(source.name)}</strong> ${loadReasonText(strings, reason, status)}
    </p>
    <details part="error-details" class="details">
      <summary>${strings.details}</summary>
      <p class="cause" dir="ltr" lang="en">${source.error.message}</p>
    </details>
    <button
      part="retry"
      class="retry"
      type="button"
      aria-disabled=${source.retrying ? 'true' : 'false'}
      @click=${() => state.retry(source.id)}
    >
      ${source.retrying ? strings.loadingMore : strings.retry}<span class="visually-hidden">
        ${source.name}</span
      >
    </button>
  </div>`;
}

/** What keyboard navigation needs of the feed. */
export interface NavigationHost {
  root: ShadowRoot;
  /** The `role="feed"` element. */
  feed: HTMLElement;
  /** How many posts show now (it grows as a page loads). */
  count(): number;
  /** The first post the last "Load more" added. */
  firstNew: number | undefined;
  /** Whether more posts can show: a page to load, or filtered posts beyond the shown ones. */
  canShowMore(): boolean;
  loadMore(): Promise<void>;
  /** Moves focus to a post, bringing it into a windowed list first. */
  focusPost(index: number): Promise<void>;
  /** Moves focus to the end marker (`after`) or the heading. */
  focusOut(after: boolean): void;
}

/**
 * The feed pattern's keys: Page Down/Up between posts (Page Down past the last one loads the
 * next page), Ctrl+End/Home out of the feed; from "Load more", Page Up goes to the first post it
 * added (or the last post).
 */
export function navigate(event: KeyboardEvent, host: NavigationHost): void {
  const path = event.composedPath();
  const index = postIndex(path, host.feed);
  const control = event.ctrlKey || event.metaKey;
  if (index !== undefined) {
    if (event.key === 'PageDown' && !control) {
      event.preventDefault();
      void nextPost(index, host);
    } else if (event.key === 'PageUp' && !control) {
      event.preventDefault();
      if (index > 0) void host.focusPost(index - 1);
    } else if (event.key === 'End' && control) {
      event.preventDefault();
      focusAfterFeed(host);
    } else if (event.key === 'Home' && control) {
      event.preventDefault();
      focusBeforeFeed(host);
    }
    return;
  }
  const button = host.root.querySelector('[part~="load-more"]');
  if (event.key === 'PageUp' && button && path.includes(button)) {
    event.preventDefault();
    void host.focusPost(host.firstNew ?? host.count() - 1);
  }
}

/**
 * The index of the post of this feed that an event passed through, if any (a post inside a post,
 * such as a quote, is not the feed's).
 */
export function postIndex(path: EventTarget[], feed: HTMLElement | null): number | undefined {
  for (const target of path) {
    if (target instanceof HTMLElement && target.localName === 'social-post') {
      const index = Number(target.dataset.index);
      return target.parentElement === feed && Number.isInteger(index) ? index : undefined;
    }
  }
  return undefined;
}

async function nextPost(index: number, host: NavigationHost): Promise<void> {
  if (index + 1 < host.count()) {
    await host.focusPost(index + 1);
    return;
  }
  if (!host.canShowMore()) return;
  // At the last post with more to come: load it, as a reader paging through expects.
  await host.loadMore();
  if (index + 1 < host.count()) await host.focusPost(index + 1);
}

function focusAfterFeed(host: NavigationHost): void {
  const button = host.root.querySelector<HTMLElement>('[part~="load-more"]');
  if (button) button.focus();
  else host.focusOut(true);
}

function focusBeforeFeed(host: NavigationHost): void {
  const { root, feed } = host;
  const candidates = [
    ...root.querySelectorAll<HTMLElement>(
      '[part~="skip-link"], [part~="filter"], [part~="retry"], [part~="new-posts"]',
    ),
  ].filter((element) => element.compareDocumentPosition(feed) & Node.DOCUMENT_POSITION_FOLLOWING);
  const last = candidates.at(-1);
  if (last) last.focus();
  else host.focusOut(false);
}
