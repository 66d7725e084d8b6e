// Issue 21, item 4: server-rendered HTML under a strict CSP (`style-src 'self'`, no inline styles), hydrated in
// Chromium. The page is the kit's SSR output (test/e2e/strict-csp/), served by a small node:http server here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, createServer } from 'vite';
import { expect, test } from 'playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let server: http.Server;
let origin: string;

/** The browser half as one ES module, bundled as a merchant's production build would. */
async function clientBundle(): Promise<string> {
  // Vite and its React plugin choose the production JSX runtime by NODE_ENV.
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      copyPublicDir: false,
      lib: { entry: `${root}test/e2e/strict-csp/client.tsx`, formats: ['es'], fileName: 'client' },
    },
  }).finally(() => {
    if (mode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = mode;
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  return chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

test.beforeAll(async () => {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  const serverSide = (await vite.ssrLoadModule(
    '/test/e2e/strict-csp/server.tsx',
  )) as typeof import('./strict-csp/server');
  const { html, state } = await serverSide.renderPage();
  const endpoint = serverSide.endpointHandler();
  await vite.close();
  const script = await clientBundle();
  const css = readFileSync(`${root}src/styles/saved-cards.css`, 'utf8');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/saved-cards.css"></head>
<body><div id="root">${html}</div>
<script type="application/json" id="state">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>
<script type="module" src="/client.js"></script></body></html>`;
  server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/saved-cards')) return void endpoint(request, response);
    const [type, body] =
      path === '/'
        ? ['text/html', page]
        : path === '/client.js'
          ? ['text/javascript', script]
          : path === '/saved-cards.css'
            ? ['text/css', css]
            : [undefined, undefined];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': CSP });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("the SSR page hydrates under style-src 'self': no CSP violation, and the announcement is clipped", async ({
  page,
}) => {
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });

  await page.goto(origin);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  // The stylesheet did load: the kit's own rules apply.
  expect(
    await page
      .locator('[data-sc-root]')
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily),
  ).toContain('system-ui');

  await page.getByRole('button', { name: 'Make default: American Express ending in 0005' }).click();
  const announcement = page
    .getByRole('status')
    .filter({ hasText: 'American Express ending in 0005 is now your default card.' });
  await expect(announcement).toHaveCount(1);
  for (const live of await page.locator('[data-sc-part="live"]').all()) {
    const box = await live.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(1);
    expect(box?.height).toBeLessThanOrEqual(1);
    expect(await live.evaluate((element) => getComputedStyle(element).clipPath)).toBe('inset(50%)');
  }
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
