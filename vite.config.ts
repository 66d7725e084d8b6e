import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './test/chromium.mjs';
import { libraryBuild } from './scripts/library-build.ts';

// Both real-browser projects (tests and stories) run headless in the system Chromium. A fresh
// object each: vitest names each project's instances in place, so they must not be shared.
const provider = playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } });
const browser = () => ({ enabled: true, headless: true, provider, instances: [{ browser: 'chromium' as const }] });

export default defineConfig({
  plugins: [react()],
  // The npm package: ESM, one file per source module. Details in scripts/library-build.ts.
  build: libraryBuild(import.meta.dirname),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'test/e2e/**', 'test/database/**'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        // Against real engines: SQLite through better-sqlite3, and a PostgreSQL server this project starts.
        test: {
          name: 'database',
          environment: 'node',
          include: ['test/database/**/*.test.ts'],
          globalSetup: ['test/database/postgres-server.ts'],
          globals: true,
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering them mid-run reloads the page and loads React twice.
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            '@tanstack/react-query',
            '@testing-library/react',
            'axe-core',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          browser: browser(),
        },
      },
      {
        extends: true,
        // Every story in stories/ becomes a test: rendered, its play function run, then axe (a11y.test: 'error').
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: browser(),
        },
      },
    ],
  },
});
