/**
 * The lines around a `<social-post>`'s header that only some posts have: who reposted it or that
 * it is pinned (above), and the reply context, a blog entry's title and the content warning with
 * its toggle (below).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeLink } from '../../html/url.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Actor } from '../../model/actor.js';
import type { Post } from '../../model/post.js';
import { pillButtonStyles } from '../shared/pill-button.styles.js';

/** What the lines need from the element. */
export interface ContextOptions {
  strings: PostStrings;
  /** Whether what the content warning hides is shown. */
  open: boolean;
  /** The reader pressed the warning's toggle. */
  toggle: () => void;
  /** Text with custom emoji, built once per key. */
  inline: (key: string, text: string, emoji: Post['emoji']) => string | Node[];
  displayName: (author: Actor) => string;
}

/** A string with `{name}` in it, with the name (text or nodes) put in its place. */
function fill(template: string, value: unknown): unknown[] {
  const [before = '', after = ''] = template.split('{name}');
  return [before, value, after];
}

function repostLine(post: Post, options: ContextOptions): TemplateResult | typeof nothing {
  const { strings } = options;
  const reposter = post.repostedBy;
  if (!reposter && !post.pinned) return nothing;
  let repost: TemplateResult | typeof nothing = nothing;
  if (reposter) {
    const name = options.inline('reposter', options.displayName(reposter), reposter.emoji);
    const profile = safeLink(reposter.url);
    const who = profile
      ? html`<a href=${profile} rel="nofollow noopener noreferrer ugc" dir="auto">${name}</a>`
      : html`<span dir="auto">${name}</span>`;
    repost = html`<span class="repost">${fill(strings.reposted, who)}</span>`;
  }
  return html`<p part="context" class="context">
    ${repost}
    ${post.pinned ? html`<span class="pinned">${strings.pinned}</span>` : nothing}
  </p>`;
}

function replyLine(post: Post, strings: PostStrings): TemplateResult | typeof nothing {
  const target = post.inReplyTo;
  if (!target) return nothing;
  const who = target.author?.handle?.trim() || target.author?.name?.trim();
  const href = safeLink(target.url);
  const label = who ? fill(strings.replyingTo, html`<bdi>${who}</bdi>`) : [strings.replyingToPost];
  return html`<p part="context" class="context reply">${
    href
      ? html`<a href=${href} rel="nofollow noopener noreferrer ugc">${label}</a>`
      : html`<span>${label}</span>`
  }</p>`;
}

function title(post: Post): TemplateResult | typeof nothing {
  const text = post.title?.trim();
  if (!text) return nothing;
  const href = safeLink(post.url);
  return html`<p part="title" class="title" lang=${ifDefined(post.language)} dir="auto">
    ${href ? html`<a href=${href} rel="nofollow noopener noreferrer ugc">${text}</a>` : text}
  </p>`;
}

function warning(post: Post, options: ContextOptions): TemplateResult | typeof nothing {
  const { strings, open } = options;
  if (!post.summary?.trim()) return nothing;
  return html`<p class="warning"
    ><span part="summary" lang=${ifDefined(post.language)} dir="auto"
      ><span class="visually-hidden" .textContent=${`${strings.contentWarning}: `}></span
      >${options.inline('summary', post.summary, post.emoji)}</span
    >
    <button
      part="toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="content"
      @click=${options.toggle}
      .textContent=${open ? strings.hideContent : strings.showContent}
    ></button
  ></p>`;
}

/** The line above the header, and the lines between the header and the content. */
export function renderContext(
  post: Post,
  options: ContextOptions,
): { above: TemplateResult | typeof nothing; below: TemplateResult } {
  return {
    above: repostLine(post, options),
    below: html`${replyLine(post, options.strings)}${title(post)}${warning(post, options)}`,
  };
}

export const contextStyles = css`
  ${pillButtonStyles}
  /* Its icons are drawn by the view's styles, as the counts' are. */
  .context {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em var(--_gap);
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .context > span,
  .context > a {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .context a {
    color: inherit;
  }
  .context:not(.reply) {
    margin-block-end: calc(var(--_gap) * -0.5);
  }
  .context.reply {
    margin-block-start: calc(var(--_gap) * -0.5);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  [part~='title'] a {
    color: inherit;
  }
  .warning {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_small-gap);
    margin: 0;
  }
  .pinned {
    --_icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M16 3l5 5-3 1-4 4 1 5-2 2-4-4-5 5-1-1 5-5-4-4 2-2 5 1 4-4z'/%3E%3C/svg%3E");
  }
  @media (forced-colors: active) {
    .context.reply::before,
    .context > :is(.repost, .pinned)::before {
      background: CanvasText;
    }
  }
`;
