import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs) built from custom-elements.json: attributes, properties, events, parts, CSS properties.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../examples', to: '/examples' }],
  core: { disableTelemetry: true },
};
export default config;
