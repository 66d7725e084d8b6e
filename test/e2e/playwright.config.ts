// End-to-end tests of the demo checkout (`npm start`) in Debian's Chromium: `npm run test:e2e`.
// One worker: the tests share the sandbox's shopper and reset it before each test.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Under the git-ignored test-results/; Playwright empties this folder at the start of a run.
  outputDir: fileURLToPath(new URL('../../test-results/e2e/artifacts', import.meta.url)),
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // The payment step holds cross-origin iframes (the sandbox's hosted fields) that axe scans too: on 2 shared cores
  // a test with three axe runs took 26-33 s.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 900 },
    // The page's own settings decide the theme; the OS preference must not leak in.
    colorScheme: 'light',
    actionTimeout: 10_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
