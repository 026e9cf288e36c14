/**
 * Shared base styles and the theme presets. Every token has a built-in fallback, so elements look
 * right on a page with no stylesheet; `light-dark()` follows the inherited `color-scheme`.
 *
 * Where a token's value comes from, strongest first:
 * 1. the token set on the element itself (its `style`, or a page rule that selects it);
 * 2. the preset of the element's `theme` attribute (declared here on `:host`);
 * 3. the token inherited from an ancestor (`:root`, a wrapper, a themed `<social-feed>`);
 * 4. the preset of the page's `<meta name="social-elements-theme">` (a `:state(page-…)`, see
 *    `theme.ts`), which only replaces the fallbacks;
 * 5. the built-in fallback.
 * Components therefore read a themed token as `var(--social-x, var(--_default-x))`.
 */
import { css, unsafeCSS } from 'lit';
import { defaultName, presetNames, presets, themedTokens, type Preset } from './palette.js';

function declarations(preset: Preset, name: (token: string) => string): string {
  const scheme = preset.colorScheme ? `color-scheme: ${preset.colorScheme};` : '';
  const values = Object.entries(preset.values).map(([token, value]) => `${name(token)}: ${value};`);
  return [scheme, ...values].join('\n');
}

/** The fallbacks (built-in, or the page's preset), then the presets the attribute chooses. */
const presetStyles = unsafeCSS(
  [
    `:host { ${themedTokens.map((token) => `${defaultName(token.name)}: ${token.value};`).join('\n')} }`,
    ...presetNames.map(
      (name) => `:host(:state(page-${name})) { ${declarations(presets[name], defaultName)} }`,
    ),
    // Later and as specific, so the attribute wins over the page's preset.
    ...presetNames.map(
      (name) => `:host([theme='${name}']) { ${declarations(presets[name], (token) => token)} }`,
    ),
  ].join('\n'),
);

export const hostStyles = [
  presetStyles,
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
