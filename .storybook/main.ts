import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/Introduction.mdx', '../stories/**/*.stories.@(js|ts)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The demo's local avatars, so stories never reach the internet.
  staticDirs: ['../demo/public'],
  // @storybook/web-components imports `lit/directive-helpers.js` from an un-prebundled chunk while
  // stories import the pre-bundled `lit`: two lit-html copies. Pre-bundling the helper too makes
  // them share one.
  viteFinal: async (config) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
    });
  },
  core: {
    builder: {
      name: '@storybook/builder-vite',
      options: { viteConfigPath: '.storybook/vite.config.ts' },
    },
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};
export default config;
