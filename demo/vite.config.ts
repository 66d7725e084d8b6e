// The demo page's own Vite config (the repository's vite.config.ts builds the library).
// `react-saved-cards` imports resolve to the sources, so the page always shows the current code.
// scripts/start.mjs adds the merchant backend (demo/server.ts) and the sandbox.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own pre-bundle cache, apart from vitest's and Storybook's.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-saved-cards$/, replacement: source('index.ts') },
      { find: /^react-saved-cards\/headless$/, replacement: source('headless.ts') },
      { find: /^react-saved-cards\/server$/, replacement: source('server/index.ts') },
      { find: /^react-saved-cards\/locales\/(\w+)$/, replacement: source('i18n/$1.ts') },
      { find: /^react-saved-cards\/styles\.css$/, replacement: source('styles/saved-cards.css') },
    ],
  },
  // Pre-bundled up front: a dependency found mid-session reloads the page (and flakes the e2e tests).
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@tanstack/react-query', 'zod/mini'],
  },
  server: { host: '127.0.0.1' },
});
