/**
 * Shared base styles. Every token has a built-in fallback, so elements look right on a page
 * with no stylesheet; `light-dark()` follows the inherited `color-scheme` unless `theme` is set.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--social-font-family, system-ui, sans-serif);
    font-size: var(--social-font-size, 1rem);
    line-height: var(--social-line-height, 1.5);
    color: var(--social-color-text, light-dark(#16181c, #e7e9ea));
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--social-color-link, light-dark(#0b57d0, #8ab4f8));
  }
  :focus-visible {
    outline: var(--social-focus-width, 2px) solid
      var(--social-color-focus, light-dark(#0b57d0, #8ab4f8));
    outline-offset: 2px;
    border-radius: var(--social-radius-s, 4px);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
