/** Styles of `<social-post>`: tokens first, then the component's knobs, then private `--_x`. */
import { css } from 'lit';

export const postStyles = css`
  [part~='post'] {
    --_background: var(
      --social-post-background,
      var(--social-color-surface, var(--_default-color-surface))
    );
    --_surface-muted: var(--social-color-surface-muted, var(--_default-color-surface-muted));
    --_border: var(
      --social-post-border-color,
      var(--social-color-border, var(--_default-color-border))
    );
    --_muted: var(--social-color-text-muted, var(--_default-color-text-muted));
    --_accent: var(--social-color-accent, var(--_default-color-accent));
    --_padding: var(--social-post-padding, var(--social-space-4, 1rem));
    --_gap: var(--social-space-3, 0.75rem);
    --_small-gap: var(--social-space-2, 0.5rem);
    --_avatar-size: var(--social-post-avatar-size, 3rem);
    --_radius: var(--social-post-radius, var(--social-radius-m, 0.75rem));
    --_media-radius: var(--social-post-media-radius, var(--social-radius-m, 0.75rem));
    --_media-gap: var(--social-post-media-gap, 0.25rem);
    --_media-max: var(--social-post-media-max-height, 32rem);
    --_badge-radius: var(--social-radius-s, 4px);

    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part~='post']:focus {
    outline: none;
  }
  [part~='post']:focus-visible {
    outline: var(--social-focus-width, var(--_default-focus-width)) solid
      var(--social-color-focus, var(--_default-color-focus));
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: currentColor;
  }

  /* ---- context, header, byline ---- */
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
  header {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  [part~='avatar'] {
    flex: none;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    border-radius: var(--social-avatar-radius, 50%);
    object-fit: cover;
    background: var(--_border);
  }
  .initial {
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: calc(var(--_avatar-size) * 0.45);
    color: var(--_background);
    background: var(--_muted);
    user-select: none;
  }
  .byline {
    display: grid;
    min-inline-size: 0;
  }
  [part~='author'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    align-items: baseline;
    color: inherit;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
    min-inline-size: 0;
  }
  a[part~='author']:hover [part~='name'] {
    text-decoration: underline;
  }
  [part~='name'] {
    font-weight: 700;
  }
  [part~='handle'],
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='handle'] {
    overflow-wrap: anywhere;
  }
  .meta {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.4em;
  }
  .meta a {
    color: inherit;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
  }
  .meta a:hover {
    text-decoration: underline;
  }
  /* WCAG 2.5.8: the permalink is a pointer target of at least 24 × 24 px. */
  .meta > a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  /* The full date, read by screen readers, and shown to keyboard readers on focus. */
  [part~='time']:focus-visible .absolute {
    clip-path: none;
    inline-size: max-content;
    block-size: auto;
    margin: 0;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 1;
    padding: 0.2em 0.5em;
    border-radius: var(--_badge-radius);
    background: var(--social-color-text, var(--_default-color-text));
    color: var(--_background);
  }
  [part~='source'] {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
    font-size: 0.85em;
  }

  /* ---- title, warning, body ---- */
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
  [part~='toggle'],
  [part~='retry'],
  .rehide {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  :is([part~='toggle'], [part~='retry'], .rehide):hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .content {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .content[hidden] {
    display: none;
  }
  [part~='body'] {
    margin: 0;
  }
  [part~='body'].text {
    white-space: pre-wrap;
  }
  [part~='body'].html > :first-child {
    margin-block-start: 0;
  }
  [part~='body'].html > :last-child {
    margin-block-end: 0;
  }
  [part~='body'] :is(p, ul, ol, blockquote, pre) {
    margin-block: 0 0.75em;
  }
  [part~='body'] pre {
    overflow-x: auto;
    white-space: pre;
  }
  [part~='body'] blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  [part~='body'] img:not(.emoji) {
    max-inline-size: 100%;
    block-size: auto;
  }
  /* Mastodon's "RE: link" fallback repeats what the quote below shows. */
  .has-quote .quote-inline {
    display: none;
  }
  img.emoji {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
    object-fit: contain;
    margin: 0;
  }

  /* ---- media ---- */
  .media {
    position: relative;
    border-radius: var(--_media-radius);
  }
  .items {
    display: grid;
    gap: var(--_media-gap);
  }
  .grid {
    display: grid;
    gap: var(--_media-gap);
    border-radius: var(--_media-radius);
    overflow: hidden;
    grid-template-columns: 1fr 1fr;
  }
  /* Several items share one 16:9 box; its size is known before any image arrives. */
  .layout-2,
  .layout-3,
  .layout-4 {
    aspect-ratio: 16 / 9;
    grid-auto-rows: 1fr;
  }
  .layout-2 {
    grid-template-rows: 1fr;
  }
  .layout-3 {
    grid-template-rows: 1fr 1fr;
  }
  .layout-3 > .tile:first-child {
    grid-row: span 2;
  }
  .layout-4 {
    grid-template-rows: 1fr 1fr;
  }
  .layout-many {
    grid-template-columns: repeat(3, 1fr);
  }
  .layout-many > .tile {
    aspect-ratio: 1;
  }
  .layout-1 {
    grid-template-columns: 1fr;
    justify-items: start;
  }
  .layout-1 > .tile {
    aspect-ratio: var(--_ratio, 16 / 9);
    inline-size: min(100%, calc(var(--_media-max) * var(--_ratio, 16 / 9)));
    border-radius: var(--_media-radius);
    overflow: hidden;
  }
  .tile {
    position: relative;
    min-inline-size: 0;
    min-block-size: 0;
    background: var(--_surface-muted);
  }
  .thumb {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
    color: inherit;
  }
  a.thumb,
  span.thumb {
    position: relative;
    cursor: pointer;
  }
  .thumb:focus-visible {
    outline-offset: -4px;
  }
  .tile img,
  .tile video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: var(--_surface-muted);
  }
  .tile video:not(.animation) {
    object-fit: contain;
    background: #000;
  }
  .badge {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-start: 0.5rem;
    padding: 0.1em 0.45em;
    border: 0;
    border-radius: var(--_badge-radius);
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font: inherit;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.03em;
    line-height: 1.5;
    /* WCAG 2.5.8: the ALT button is a pointer target of at least 24 × 24 px. */
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  button.badge {
    cursor: pointer;
  }
  .tile.video .badge {
    inset-block: 0.5rem auto;
  }
  .no-alt {
    background: rgb(0 0 0 / 0.55);
    font-weight: 600;
  }
  .alt-text {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0.75rem 0.75rem 2.5rem;
    overflow: auto;
    background: rgb(0 0 0 / 0.82);
    color: #fff;
    font-size: 0.875rem;
  }
  .alt-text[hidden] {
    display: none;
  }
  .alt-text + .badge,
  .badge[aria-expanded='true'] {
    z-index: 1;
  }
  .animation-toggle {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    cursor: pointer;
  }
  .icon.play,
  .play {
    display: block;
    inline-size: 0;
    block-size: 0;
    border-block: 0.45rem solid transparent;
    border-inline-start: 0.75rem solid currentColor;
    margin-inline-start: 0.2rem;
  }
  .icon.pause {
    display: block;
    inline-size: 0.7rem;
    block-size: 0.8rem;
    border-inline: 0.25rem solid currentColor;
  }
  .thumb .play {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    translate: -50% -50%;
    border-block-width: 1rem;
    border-inline-start-width: 1.6rem;
    color: #fff;
    filter: drop-shadow(0 0 4px rgb(0 0 0 / 0.7));
  }
  .listed {
    display: grid;
    gap: var(--_small-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .listed audio {
    inline-size: 100%;
  }
  .audio-label {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .covered .items {
    filter: blur(1.5rem);
    opacity: 0.7;
    clip-path: inset(0 round var(--_media-radius));
  }
  .cover {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.25rem;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_media-radius);
    background: color-mix(in srgb, var(--_background) 55%, transparent);
    color: inherit;
    font: inherit;
    cursor: pointer;
    text-align: center;
  }
  .covered {
    min-block-size: 6rem;
  }
  .cover-action {
    font-size: 0.875em;
    text-decoration: underline;
  }
  .rehide {
    margin-block-start: var(--_small-gap);
    font-weight: 500;
  }

  /* ---- lightbox ---- */
  .lightbox {
    max-inline-size: min(96vw, 80rem);
    max-block-size: 96vh;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
  }
  .lightbox::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .lightbox-bar,
  .lightbox-nav {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_gap);
  }
  .lightbox-figure {
    display: grid;
    gap: var(--_small-gap);
    justify-items: center;
    margin: var(--_small-gap) 0;
  }
  .lightbox-figure img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 72vh;
    inline-size: auto;
    block-size: auto;
    object-fit: contain;
  }
  .lightbox-figure figcaption {
    max-inline-size: 60ch;
    font-size: 0.9em;
  }
  .lightbox button {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .lightbox .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .lightbox .arrow {
    scale: -1 1;
  }

  /* ---- card, quote ---- */
  [part~='card'] {
    display: grid;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_media-radius);
    color: inherit;
    text-decoration: none;
  }
  .card-media {
    display: block;
    aspect-ratio: 1.91 / 1;
    background: var(--_surface-muted);
    border-block-end: 1px solid var(--_border);
  }
  .card-media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .card-text {
    display: grid;
    gap: 0.15rem;
    padding: var(--_small-gap) var(--_gap);
    min-inline-size: 0;
  }
  .card-site,
  .card-description {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .card-title {
    font-weight: 600;
    text-decoration: var(--social-link-decoration, var(--_default-link-decoration));
  }
  .card-description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  [part~='card']:hover .card-title {
    text-decoration: underline;
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

  /* ---- poll, counts ---- */
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
  [part~='counts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='counts'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  /* ---- standalone: loading and error ---- */
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
  .bone {
    display: block;
    border-radius: var(--_badge-radius);
    background: var(--_surface-muted);
    animation: pulse 1.6s ease-in-out infinite;
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
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    /* Slower, not gone: the pulse still says "loading". */
    .bone {
      animation-duration: 4s;
    }
  }
  @media (forced-colors: active) {
    [part~='post'],
    .tile,
    .grid,
    [part~='card'],
    [part~='quote'],
    .lightbox {
      border: 1px solid CanvasText;
    }
    [part~='toggle'],
    [part~='retry'],
    .rehide,
    .cover,
    .badge,
    .animation-toggle,
    .lightbox button {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .option-bar {
      background: Highlight;
      opacity: 0.4;
    }
    .covered .items {
      opacity: 0;
    }
    .alt-text {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
