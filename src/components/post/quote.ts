/** The quoted post inside `<social-post>`: its author, time, text (or warning) and thumbnails. */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeLink, safeMedia } from '../../html/url.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import { contents } from './contents.js';
import { mediaItems } from './media.js';

/** What the quote needs from the element, which caches text and renders times the same way. */
export interface QuoteContext {
  strings: PostStrings;
  /** The permalink with the relative time, as the post's own header shows it. */
  time: (post: Post) => TemplateResult;
  /** Text with custom emoji, built once per key. */
  inline: (key: string, text: string, emoji: Post['emoji']) => string | Node[];
  /** The quoted post's text as nodes (its HTML through the sanitizer), built once. */
  content: (post: Post) => Node[] | undefined;
  displayName: (author: Actor) => string;
}

export function renderQuote(quote: Post, context: QuoteContext): TemplateResult {
  const { strings } = context;
  const author = quote.author;
  const name = context.displayName(author);
  const avatar = safeMedia(author.avatar);
  const hidden = Boolean(quote.summary?.trim());
  const thumbnails =
    hidden || quote.sensitive
      ? []
      : mediaItems(quote.attachments).filter((item) => item.preview || item.kind === 'image');
  const nodes = hidden ? undefined : context.content(quote);
  const permalink = safeLink(quote.url);
  return html`<blockquote part="quote" class="quote" cite=${ifDefined(permalink)}
    ><span class="visually-hidden" .textContent=${`${strings.quotedPost}: `}></span
    ><span class="quote-header"
      >${
        avatar
          ? html`<img
              class="quote-avatar"
              src=${avatar}
              alt=""
              width="20"
              height="20"
              referrerpolicy="no-referrer"
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }<span
        class="quote-name"
        dir="auto"
        ${contents(context.inline('quote-name', name, author.emoji))}
      ></span>
      ${
        author.handle && author.handle !== name
          ? html`<span class="quote-handle" dir="ltr" .textContent=${author.handle}></span> `
          : nothing
      }${context.time(quote)}</span
    >${
      hidden
        ? html`<p class="quote-warning" lang=${ifDefined(quote.language)} dir="auto"
            ><span class="visually-hidden" .textContent=${`${strings.contentWarning}: `}></span
            >${context.inline('quote-summary', quote.summary!, quote.emoji)}</p
          >`
        : nodes && nodes.length > 0
          ? html`<div
              class="quote-body"
              lang=${ifDefined(quote.language)}
              dir="auto"
              ${contents(nodes)}
            ></div>`
          : nothing
    }${
      thumbnails.length > 0
        ? html`<span class="quote-media"
            >${thumbnails.slice(0, 4).map(
              (item) =>
                html`<img
                  src=${item.preview ?? item.url}
                  alt=${item.alt ?? strings.imageWithoutAlt}
                  referrerpolicy="no-referrer"
                  loading="lazy"
                  decoding="async"
                />`,
            )}</span
          >`
        : nothing
    }</blockquote
  >`;
}

export const quoteStyles = css`
  /* Mastodon's "RE: link" fallback in the text repeats what the quote shows. */
  .has-quote .quote-inline {
    display: none;
  }
  [part~='quote'] {
    display: grid;
    gap: var(--_small-gap);
    margin: 0;
    padding: var(--_small-gap) var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_media-radius);
    background: color-mix(in srgb, var(--_surface-muted) 50%, transparent);
    font-size: 0.95em;
  }
  .quote-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.4em;
    min-inline-size: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .quote-header a {
    color: inherit;
  }
  .quote-avatar {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: var(--social-avatar-radius, 50%);
    object-fit: cover;
  }
  .quote-name {
    font-weight: 700;
    color: var(--social-color-text, var(--_default-color-text));
  }
  .quote-body {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 6;
    overflow: hidden;
  }
  .quote-body p {
    margin: 0 0 0.5em;
  }
  .quote-warning {
    margin: 0;
    font-style: italic;
  }
  .quote-media {
    display: flex;
    gap: var(--_media-gap);
  }
  .quote-media img {
    inline-size: 4rem;
    block-size: 4rem;
    object-fit: cover;
    border-radius: var(--_badge-radius);
    background: var(--_surface-muted);
  }
  @media (forced-colors: active) {
    [part~='quote'] {
      border: 1px solid CanvasText;
    }
  }
`;
