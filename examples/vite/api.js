// Development: the API alone, on 127.0.0.1; `vite` proxies /api to it (vite.config.ts).
import http from 'node:http';
import { toNodeHandler } from 'react-saved-cards/server';
import { handler } from './saved-cards.js';

const port = Number(process.env.API_PORT ?? 3001);
http
  .createServer(toNodeHandler(handler))
  .listen(port, '127.0.0.1', () => console.log(`api on http://127.0.0.1:${port}`));
