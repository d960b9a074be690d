import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../examples', to: '/examples' }],
  core: { disableTelemetry: true },
};
export default config;
