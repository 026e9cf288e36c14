import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
// Generated from the elements' JSDoc by `npm run analyze`: drives the controls and docs tables.
import customElements from '../custom-elements.json';

setCustomElementsManifest(customElements);

/** Applies the toolbar's color scheme, direction and language around every story. */
const withPageSettings: Decorator = (story, context) => {
  const { scheme, direction, locale } = context.globals as Record<string, string>;
  document.documentElement.style.colorScheme = scheme === 'auto' ? 'light dark' : scheme;
  document.documentElement.style.background = 'light-dark(#f4f5f7, #0d0f12)';
  document.documentElement.style.color = 'light-dark(#16181c, #e7e9ea)';
  return html`<div lang=${locale} dir=${direction} style="max-inline-size: 40rem">${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    scheme: {
      description: 'Color scheme of the page',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Follow the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
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
          { value: 'ja', title: '日本語' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light', direction: 'ltr', locale: 'en' },
  decorators: [withPageSettings],
};
export default preview;
