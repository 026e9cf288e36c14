/**
 * Shared base styles and the built-in token fallbacks. Every token has a built-in fallback, so elements look
 * right on a page with no stylesheet; `light-dark()` follows the inherited `color-scheme`.
 *
 * Where a token's value comes from, strongest first:
 * 1. the token set on the element itself (its `style`, or a page rule that selects it);
 * 2. the preset of the element's `theme` attribute (a `:host([theme=…])` rule);
 * 3. the token inherited from an ancestor (`:root`, a wrapper, a themed `<social-feed>`);
 * 4. the preset of the page's `<meta name="social-elements-theme">` (a `:state(page-…)`, see
 *    `theme.ts`), which only replaces the fallbacks;
 * 5. the built-in fallback.
 * Components therefore read a themed token as `var(--social-x, var(--_default-x))`.
 *
 * Only the built-in fallbacks are static: the presets of 2 and 4 are style sheets that
 * `ThemeController` (`theme.ts`) loads and adopts when one is used (`preset-sheets.ts`), before
 * the render that needs them.
 */
import { css, unsafeCSS } from 'lit';
import { defaultDeclarations } from './defaults.js';

/** The built-in fallbacks, which the page's preset replaces. */
const fallbackStyles = unsafeCSS(`:host { ${defaultDeclarations} }`);

export const hostStyles = [
  fallbackStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--social-font-family, system-ui, sans-serif);
      font-size: var(--social-font-size, 1rem);
      line-height: var(--social-line-height, 1.5);
      color: var(--social-color-text, var(--_default-color-text));
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    a {
      color: var(--social-color-link, var(--_default-color-link));
    }
    :focus-visible {
      outline: var(--social-focus-width, var(--_default-focus-width)) solid
        var(--social-color-focus, var(--_default-color-focus));
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
  `,
];
