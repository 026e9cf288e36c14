/**
 * The part of the palette that every element's static styles need: the themed tokens with their
 * built-in defaults and the preset names. The rest of the palette (the other tokens, the presets'
 * values, the words for the guide) is in `palette.ts`, which loads only when a preset is used.
 */

/** A global `--social-*` token with its built-in default. */
export interface Token {
  readonly name: `--social-${string}`;
  /** The built-in default; colours are `light-dark(light, dark)` and follow `color-scheme`. */
  readonly value: string;
}

/** The names the `theme` attribute and the page's `<meta name="social-elements-theme">` accept. */
export const presetNames = ['light', 'dark', 'dim', 'high-contrast'] as const;
export type PresetName = (typeof presetNames)[number];

/**
 * The built-in defaults of the tokens a preset sets (every colour, plus what high contrast
 * strengthens) as declarations of their private names (`defaultName()`): the fallbacks every
 * element's styles start with (`tokens.ts`), and the one source of `themedTokens`. Written as one
 * string because every element's first download carries it.
 */
export const defaultDeclarations =
  '--_default-color-text:light-dark(#16181c, #e7e9ea);' +
  '--_default-color-text-muted:light-dark(#536471, #9ba3ab);' +
  '--_default-color-surface:light-dark(#ffffff, #16181c);' +
  '--_default-color-surface-muted:light-dark(#f2f4f6, #22262b);' +
  '--_default-color-border:light-dark(#d5d9de, #3a3f45);' +
  '--_default-color-link:light-dark(#0b57d0, #8ab4f8);' +
  '--_default-color-focus:light-dark(#0b57d0, #8ab4f8);' +
  '--_default-color-accent:light-dark(#0b57d0, #8ab4f8);' +
  '--_default-color-on-accent:light-dark(#ffffff, #0d0f12);' +
  '--_default-color-danger:light-dark(#b3261e, #f2b8b5);' +
  '--_default-color-caution:light-dark(#8a5300, #ffcf70);' +
  '--_default-color-success:light-dark(#146c2e, #7dd699);' +
  '--_default-link-decoration:none;' +
  '--_default-focus-width:2px';

/** The tokens of `--_default-…: value` declarations: `{ name: '--social-…', value }`. */
function tokensOf(declarations: string): Token[] {
  return declarations.split(';').map((declaration) => {
    const colon = declaration.indexOf(':');
    return {
      name: `--social-${declaration.slice('--_default-'.length, colon)}`,
      value: declaration.slice(colon + 1),
    };
  });
}

/** The tokens a preset sets: every colour, plus what high contrast strengthens. */
// Marked pure so that bundles of elements, which read only `defaultDeclarations`, leave it out.
export const themedTokens: readonly Token[] = /* @__PURE__ */ tokensOf(defaultDeclarations);

/** The private name that holds a token's default inside the shadow root (`--_default-color-text`). */
export function defaultName(token: string): string {
  return `--_default-${token.slice('--social-'.length)}`;
}
