// server.js (`vite build && node server.js`): one node:http server on 127.0.0.1 for the API and the built app.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import { toNodeHandler } from 'react-saved-cards/server';
import { devSignIn, handler } from './saved-cards.js';

const api = toNodeHandler(handler);
const dist = join(import.meta.dirname, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const port = Number(process.env.PORT ?? 3000);

http
  .createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/dev/sign-in') return devSignIn(req, res);
    if (path === '/api/saved-cards' || path.startsWith('/api/saved-cards/')) return api(req, res);
    const file = join(dist, normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(await readFile(join(dist, 'index.html')));
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}`));
