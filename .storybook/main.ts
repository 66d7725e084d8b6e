import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // MSW's browser worker, served at /mockServiceWorker.js. Kept out of the package's own public/.
  staticDirs: ['./public'],
  // react-docgen-typescript needs the TypeScript compiler API, which TypeScript 7 does not have.
  typescript: { reactDocgen: 'react-docgen' },
  // Offline by design: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
