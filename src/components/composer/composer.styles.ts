/** Styles of `<social-composer>`: tokens first, then component knobs, then private `--_*` values. */
import { css } from 'lit';

export const composerStyles = css`
  .composer {
    --_background: var(
      --social-composer-background,
      var(--social-color-surface, var(--_default-color-surface))
    );
    --_border: var(
      --social-composer-border-color,
      var(--social-color-border, var(--_default-color-border))
    );
    --_muted: var(--social-color-text-muted, var(--_default-color-text-muted));
    --_danger: var(--social-color-danger, var(--_default-color-danger));
    --_caution: var(--social-color-caution, var(--_default-color-caution));
    --_accent: var(--social-composer-accent, var(--social-color-link, var(--_default-color-link)));
    --_accent-text: var(
      --social-composer-accent-text,
      var(--social-color-on-accent, var(--_default-color-on-accent))
    );
    --_padding: var(--social-composer-padding, var(--social-space-4, 1rem));
    --_gap: var(--social-space-3, 0.75rem);
    --_small-gap: var(--social-space-2, 0.5rem);
    --_radius: var(--social-composer-radius, var(--social-radius-m, 0.75rem));
    --_field-radius: var(--social-radius-s, 4px);

    position: relative;
    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
  }
  textarea {
    inline-size: 100%;
    padding: var(--_small-gap);
  }
  [part~='textarea'] {
    display: block;
    field-sizing: content;
    min-block-size: calc(var(--social-composer-min-rows, 3) * 1lh + 2 * var(--_small-gap));
    max-block-size: var(--social-composer-max-height, 24rem);
    resize: vertical;
    font-size: 1.05em;
    border-color: transparent;
    padding-inline: 0;
  }
  [part~='textarea']:focus-visible {
    outline-offset: 4px;
  }
  [part~='textarea'][aria-invalid='true'] {
    text-decoration: underline wavy var(--_danger) 1px;
    text-decoration-skip-ink: none;
  }
  textarea::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  textarea[readonly] {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_small-gap);
    padding-block-start: var(--_small-gap);
    border-block-start: 1px solid var(--_border);
  }
  .tools,
  .send {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_small-gap);
  }
  .send {
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.5rem;
    min-block-size: 2.5rem;
    padding: 0 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--social-radius-pill, 999px);
    background: transparent;
    color: var(--_accent);
  }
  .icon.text {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .icon:hover:not(:disabled) {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  select {
    min-block-size: 2.5rem;
    padding: 0 0.5rem;
    border-radius: var(--social-radius-pill, 999px);
    font-size: 0.875em;
    background: var(--_background);
  }
  .choice {
    display: inline-flex;
    font-weight: 400;
  }
  .counter {
    min-inline-size: 3ch;
    text-align: end;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .counter[data-state='near'] {
    color: var(--_caution);
    font-weight: 600;
  }
  .counter[data-state='over'] {
    color: var(--_danger);
    font-weight: 700;
  }
  .submit {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.5rem;
    padding: 0 1.25rem;
    border: 1px solid transparent;
    border-radius: var(--social-radius-pill, 999px);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }
  .submit:hover:not(:disabled) {
    background: color-mix(
      in srgb,
      var(--_accent) 88%,
      var(--social-color-text, var(--_default-color-text))
    );
  }
  .submit[aria-disabled='true'] {
    opacity: 0.55;
  }

  .error:empty,
  .status:empty {
    display: none;
  }
  .error {
    display: grid;
    gap: var(--_small-gap);
    justify-items: start;
    padding: var(--_small-gap) var(--_gap);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_field-radius);
    background: color-mix(in srgb, var(--_danger) 8%, transparent);
  }
  .error p {
    margin: 0;
  }
  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .composer,
    textarea,
    select {
      border-color: CanvasText;
    }
    .submit,
    .icon {
      border-color: ButtonText;
    }
    .counter[data-state='over'],
    .error {
      color: CanvasText;
      border-color: Mark;
    }
  }
`;
