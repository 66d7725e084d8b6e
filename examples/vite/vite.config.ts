import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// vite.config.ts: in development the API runs on its own (`node api.js`); the dev server forwards /api to it.
export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3001}` },
  },
});
