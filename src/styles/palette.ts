/**
 * The global tokens and the theme presets, as plain data: the shadow styles, the shipped
 * `themes/*.css` files and the theming guide are all generated from this one table. The themed
 * tokens and the preset names are in `defaults.ts`, since every element's first render needs
 * them; this module loads only when a page or an element uses a preset.
 */
import { themedTokens, type PresetName, type Token } from './defaults.js';

export { defaultName, presetNames, themedTokens } from './defaults.js';
export type { PresetName, Token } from './defaults.js';

/** A preset: a `color-scheme` (or none, to follow the page) and values for the themed tokens. */
export interface Preset {
  readonly colorScheme?: 'light' | 'dark';
  readonly values: Readonly<Record<string, string>>;
}

/** Every global token: the themed ones, then type, space and shape, which presets leave alone. */
export const tokens: readonly Token[] = [
  ...themedTokens,
  { name: '--social-font-family', value: 'system-ui, sans-serif' },
  { name: '--social-font-size', value: '1rem' },
  { name: '--social-line-height', value: '1.5' },
  { name: '--social-space-2', value: '0.5rem' },
  { name: '--social-space-3', value: '0.75rem' },
  { name: '--social-space-4', value: '1rem' },
  { name: '--social-radius-s', value: '4px' },
  { name: '--social-radius-m', value: '0.75rem' },
  { name: '--social-radius-pill', value: '999px' },
  { name: '--social-avatar-radius', value: '50%' },
];

/**
 * What each token styles, in one sentence: for the guide and `themes/tokens.css` only, kept apart
 * so bundles that only apply the tokens leave the words out.
 */
export const tokenDescriptions: Readonly<Record<string, string>> = {
  '--social-color-text': 'Text.',
  '--social-color-text-muted': 'Secondary text: handles, times, counts, hints.',
  '--social-color-surface': 'Background of posts, cards, the composer and buttons.',
  '--social-color-surface-muted': 'Background of quotes, media boxes, skeletons and notices.',
  '--social-color-border': 'Borders and separators.',
  '--social-color-link': 'Links.',
  '--social-color-focus': 'The focus ring.',
  '--social-color-accent':
    'Filled buttons (Follow, pressed filters, new posts), poll bars and the banner tint.',
  '--social-color-on-accent': 'Text on the accent colour.',
  '--social-color-danger': 'Errors, and the counter over the limit.',
  '--social-color-caution': 'Warnings: the counter near the limit, the content-warning field.',
  '--social-color-success': 'Success: verified profile links, "copied".',
  '--social-link-decoration':
    'Underline of the quiet links (author, time, card, profile name); links in post text are always underlined.',
  '--social-focus-width': 'Width of the focus ring.',
  '--social-font-family':
    'Font family (the inline profile chip inherits the text around it instead).',
  '--social-font-size': 'Base font size; everything inside scales with it.',
  '--social-line-height': 'Line height.',
  '--social-space-2': 'Small gaps.',
  '--social-space-3': 'Gaps between the parts of an element, and between posts in a feed.',
  '--social-space-4': 'Padding inside posts, cards and the composer.',
  '--social-radius-s': 'Corners of badges, fields and the focus ring.',
  '--social-radius-m': 'Corners of posts, cards, media and the composer.',
  '--social-radius-pill': 'Corners of buttons and chips.',
  '--social-avatar-radius': 'Corners of avatars (50% is a circle).',
};

/** One branch of a `light-dark(a, b)` default (or the value itself when it is not one). */
export function branch(value: string, scheme: 'light' | 'dark'): string {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (!match) return value;
  return scheme === 'light' ? match[1]! : match[2]!;
}

function builtIn(scheme: 'light' | 'dark'): Record<string, string> {
  return Object.fromEntries(themedTokens.map((token) => [token.name, branch(token.value, scheme)]));
}

export const presets: Readonly<Record<PresetName, Preset>> = {
  light: {
    colorScheme: 'light',
    values: builtIn('light'),
  },
  dark: {
    colorScheme: 'dark',
    values: builtIn('dark'),
  },
  dim: {
    colorScheme: 'dark',
    values: {
      '--social-color-text': '#d3dbe3',
      '--social-color-text-muted': '#9aabbb',
      '--social-color-surface': '#1e2a36',
      '--social-color-surface-muted': '#283644',
      '--social-color-border': '#44566a',
      '--social-color-link': '#8fb9f2',
      '--social-color-focus': '#8fb9f2',
      '--social-color-accent': '#8fb9f2',
      '--social-color-on-accent': '#15202b',
      '--social-color-danger': '#f0a8a2',
      '--social-color-caution': '#e9c46a',
      '--social-color-success': '#85d19a',
      '--social-link-decoration': 'none',
      '--social-focus-width': '2px',
    },
  },
  'high-contrast': {
    values: {
      '--social-color-text': 'light-dark(#000000, #ffffff)',
      '--social-color-text-muted': 'light-dark(#2e2e2e, #d6d6d6)',
      '--social-color-surface': 'light-dark(#ffffff, #000000)',
      '--social-color-surface-muted': 'light-dark(#f0f0f0, #1a1a1a)',
      '--social-color-border': 'light-dark(#000000, #ffffff)',
      '--social-color-link': 'light-dark(#0033cc, #99c2ff)',
      '--social-color-focus': 'light-dark(#a3006b, #ffe14d)',
      '--social-color-accent': 'light-dark(#0033cc, #99c2ff)',
      '--social-color-on-accent': 'light-dark(#ffffff, #000000)',
      '--social-color-danger': 'light-dark(#a30000, #ff9e9e)',
      '--social-color-caution': 'light-dark(#6b3d00, #ffd166)',
      '--social-color-success': 'light-dark(#0a5c1f, #7ff0a0)',
      '--social-link-decoration': 'underline',
      '--social-focus-width': '3px',
    },
  },
};

/** What each preset is, for the guide and the `themes/*.css` headers (kept apart, as above). */
export const presetDescriptions: Readonly<Record<PresetName, string>> = {
  light: 'The built-in light colours.',
  dark: 'The built-in dark colours.',
  dim: 'A softer dark: blue-grey surfaces and less contrast than dark, still WCAG AA (text 10:1, secondary text 5:1).',
  'high-contrast':
    'WCAG AAA contrast (7:1 and more), borders in the text colour, underlined links and a 3px focus ring; light or dark with the page.',
};
