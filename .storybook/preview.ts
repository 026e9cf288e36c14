import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// Generated from the elements' JSDoc by `npm run analyze`: drives the controls and docs tables.
import customElements from '../custom-elements.json';

setCustomElementsManifest(customElements);

/** The page around the elements for each theme: what a site with that theme would look like. */
const PAGES: Record<string, { scheme: string; background: string; text: string }> = {
  auto: {
    scheme: 'light dark',
    background: 'light-dark(#f4f5f7, #0d0f12)',
    text: 'light-dark(#16181c, #e7e9ea)',
  },
  light: { scheme: 'light', background: '#f4f5f7', text: '#16181c' },
  dark: { scheme: 'dark', background: '#0d0f12', text: '#e7e9ea' },
  dim: { scheme: 'dark', background: '#15202b', text: '#f7f9f9' },
  'high-contrast': {
    scheme: 'light dark',
    background: 'light-dark(#ffffff, #000000)',
    text: 'light-dark(#000000, #ffffff)',
  },
};

/**
 * Applies the toolbar's theme the way a site would, with no JavaScript on the elements: the
 * `social-elements-theme` meta (absent for "auto") plus the page's own `color-scheme` and colours.
 */
function applyTheme(theme: string, page: boolean): void {
  // On a docs page the page keeps Storybook's look; the elements still follow the meta.
  if (page) {
    const colours = PAGES[theme] ?? PAGES.auto!;
    const root = document.documentElement;
    root.style.colorScheme = colours.scheme;
    root.style.background = colours.background;
    root.style.color = colours.text;
  }
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="social-elements-theme"]');
  if (theme === 'auto' || !PAGES[theme]) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'social-elements-theme';
    document.head.append(meta);
  }
  meta.content = theme;
}

/** Applies the toolbar's theme, direction and language around every story. */
const withPageSettings: Decorator = (story, context) => {
  const { scheme, direction, locale } = context.globals as Record<string, string>;
  applyTheme(scheme ?? 'auto', context.viewMode === 'story');
  const wide = (context.parameters as { page?: string }).page === 'wide';
  // The elements read the meta and the language when they connect: a new set of globals makes
  // new elements rather than asking the old ones to notice.
  return html`${keyed(
    `${scheme}|${direction}|${locale}`,
    html`<div lang=${locale ?? 'en'} dir=${direction ?? 'ltr'} class=${wide ? 'story-page wide' : 'story-page'}>${story()}</div>`,
  )}`;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Showroom', 'Elements'] },
    },
  },
  globalTypes: {
    scheme: {
      description: 'Theme of the page and the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (follow the system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'dim', title: 'Dim' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'pt', title: 'Português' },
          { value: 'ja', title: '日本語' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'ar', title: 'العربية' },
          { value: 'he', title: 'עברית' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light', direction: 'ltr', locale: 'en' },
  decorators: [withPageSettings, withActions],
};
export default preview;
