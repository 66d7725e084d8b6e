// `npm run screenshots`: pictures of the demo checkout for the README, in Debian's Chromium, into docs/screenshots/.
import { defineConfig } from 'playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testMatch: 'screenshots.shots.ts',
  reporter: [['list']],
});
