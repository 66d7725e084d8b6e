// api.js (development: `node api.js & vite`): the API alone, on 127.0.0.1; `vite` proxies /api to it.
import http from 'node:http';
import { toNodeHandler } from 'react-saved-cards/server';
import { devSignIn, handler } from './saved-cards.js';

const api = toNodeHandler(handler);
const port = Number(process.env.API_PORT ?? 3001);
http
  .createServer((req, res) => (req.url === '/api/dev/sign-in' ? devSignIn(req, res) : api(req, res)))
  .listen(port, '127.0.0.1', () => console.log(`api on http://127.0.0.1:${port}`));
