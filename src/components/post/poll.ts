/** The poll of `<social-post>`: each option's share as a bar, the leader once closed, voters and end. */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clock } from '../../i18n/clock.js';
import { formatPercent, formatRelativeTime } from '../../i18n/format.js';
import type { PostStrings } from '../../i18n/tables/post.js';
import type { Poll } from '../../model/post.js';
import { styleProperties } from '../shared/style-properties.js';
import { contents } from './contents.js';

/** What the poll needs from the element. */
export interface PollContext {
  strings: PostStrings;
  locale: string;
  language?: string;
  /** An option's title as text or nodes with custom emoji, built once per key. */
  inline: (key: string, text: string) => string | Node[];
}

function validDate(value: unknown): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}

export function renderPoll(poll: Poll, context: PollContext): TemplateResult {
  const { strings, locale } = context;
  const options = poll.options.filter((option) => typeof option?.title === 'string');
  const votes = options.reduce((sum, option) => sum + (option.votes ?? 0), 0);
  // With several choices a person, not a vote, is the whole: shares add up past 100 %.
  const whole = poll.multiple && poll.voters ? poll.voters : votes;
  const expires = validDate(poll.expiresAt);
  const closed = poll.closed || (expires !== undefined && expires.getTime() <= clock.now());
  const leading = Math.max(0, ...options.map((option) => option.votes ?? 0));
  const meta = [
    poll.voters !== undefined ? strings.voters(poll.voters) : strings.votes(votes),
    closed
      ? strings.pollClosed
      : expires
        ? strings.pollEnds(formatRelativeTime(expires, clock.now(), locale))
        : undefined,
  ].filter(Boolean);
  return html`<div part="poll" class="poll"
    ><ul class="poll-options" aria-label=${strings.poll}>${options.map((option, index) => {
      const share = whole > 0 ? (option.votes ?? 0) / whole : 0;
      const lead = closed && leading > 0 && option.votes === leading;
      return html`<li class=${lead ? 'option leading' : 'option'}
        ><span class="option-bar" aria-hidden="true" style=${styleProperties({ '--_share': String(share) })}
        ></span
        ><span class="option-percent" .textContent=${formatPercent(share, locale)}></span>
        <span
          class="option-title"
          lang=${ifDefined(context.language)}
          dir="auto"
          ${contents(context.inline(`poll-${index}`, option.title))}
        ></span
      ></li>`;
    })}</ul
    ><p class="poll-meta" .textContent=${meta.join(' · ')}></p
  ></div>`;
}

export const pollStyles = css`
  .poll {
    display: grid;
    gap: var(--_small-gap);
  }
  .poll-options {
    display: grid;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    position: relative;
    display: flex;
    gap: 0.75em;
    align-items: baseline;
    padding: 0.3em 0.6em;
    border-radius: var(--_badge-radius);
    isolation: isolate;
  }
  .option-bar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: calc(var(--_share, 0) * 100%);
    min-inline-size: 0.25rem;
    border-radius: inherit;
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    z-index: -1;
  }
  .leading .option-bar {
    background: color-mix(in srgb, var(--_accent) 38%, transparent);
  }
  .leading .option-title {
    font-weight: 700;
  }
  .option-percent {
    min-inline-size: 3.5ch;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .poll-meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .option-bar {
      background: Highlight;
      opacity: 0.4;
    }
  }
`;
