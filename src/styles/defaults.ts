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

/** The tokens a preset sets: every colour, plus what high contrast strengthens. */
export const themedTokens: readonly Token[] = [
  { name: '--social-color-text', value: 'light-dark(#16181c, #e7e9ea)' },
  { name: '--social-color-text-muted', value: 'light-dark(#536471, #9ba3ab)' },
  { name: '--social-color-surface', value: 'light-dark(#ffffff, #16181c)' },
  { name: '--social-color-surface-muted', value: 'light-dark(#f2f4f6, #22262b)' },
  { name: '--social-color-border', value: 'light-dark(#d5d9de, #3a3f45)' },
  { name: '--social-color-link', value: 'light-dark(#0b57d0, #8ab4f8)' },
  { name: '--social-color-focus', value: 'light-dark(#0b57d0, #8ab4f8)' },
  { name: '--social-color-accent', value: 'light-dark(#0b57d0, #8ab4f8)' },
  { name: '--social-color-on-accent', value: 'light-dark(#ffffff, #0d0f12)' },
  { name: '--social-color-danger', value: 'light-dark(#b3261e, #f2b8b5)' },
  { name: '--social-color-caution', value: 'light-dark(#8a5300, #ffcf70)' },
  { name: '--social-color-success', value: 'light-dark(#146c2e, #7dd699)' },
  { name: '--social-link-decoration', value: 'none' },
  { name: '--social-focus-width', value: '2px' },
];

/** The private name that holds a token's default inside the shadow root (`--_default-color-text`). */
export function defaultName(token: string): string {
  return `--_default-${token.slice('--social-'.length)}`;
}
