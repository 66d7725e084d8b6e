// `npm test` step: examples/next (Next.js App Router) on the packed kit, built with `next build`,
// served by `next start` on 127.0.0.1 and driven in Chromium. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';
import { gzipSync } from 'node:zlib';
import { expect } from 'playwright/test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { app, buildNextExample, env } from './next-example-build.mjs';

let server;
let browser;
try {
  buildNextExample();

  // What the production build ships (Next 16 prints no First Load JS): gzip of each route's first-load chunks.
  const stats = JSON.parse(readFileSync(join(app, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
  const gzipOf = (route) =>
    stats
      .find((entry) => entry.route === route)
      .firstLoadChunkPaths.reduce((sum, path) => sum + gzipSync(readFileSync(join(app, path)), { level: 9 }).length, 0);
  const checkout = gzipOf('/');
  const notFound = gzipOf('/_not-found');
  console.log(
    `example-next: first-load JS gzip: checkout ${checkout} B, _not-found (same layout and providers) ${notFound} B, checkout page's own ${checkout - notFound} B`,
  );

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  server = spawn(join(app, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise((ready, fail) => {
    server.stdout.on('data', (chunk) => /Ready|started server/i.test(String(chunk)) && ready());
    server.on('exit', (code) => fail(new Error(`next start exited with ${code}`)));
  });

  // The first HTML, as the server sends it: the cards, the preselected card and the Pay button in step.
  const html = await (await fetch(origin, { headers: { Cookie: 'session=demo-session' } })).text();
  for (const text of ['Visa ending in 4242', 'Mastercard ending in 4444', 'Pay with Visa ending in 4242'])
    assert.ok(html.includes(text), `first HTML holds "${text}"`);

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext();
  await context.addCookies([{ name: 'session', value: 'demo-session', url: origin }]);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const listRequests = [];
  page.on(
    'request',
    (request) =>
      request.method() === 'GET' &&
      new URL(request.url()).pathname === '/api/saved-cards' &&
      listRequests.push(request.url()),
  );

  await page.goto(origin);
  await expect(page.getByRole('radio', { name: /Visa ending in 4242/ })).toBeChecked();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(listRequests, [], 'hydration sends no list request');

  await page.getByRole('radio', { name: /Mastercard ending in 4444/ }).click();
  await expect(page.getByRole('button', { name: 'Pay with Mastercard ending in 4444' })).toBeVisible();
  // Issue 20: a checkout card's Delete is behind the Edit toggle beside the heading.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Delete Mastercard ending in 4444' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Mastercard ending in 4444?' });
  await dialog.getByRole('button', { name: 'Delete card' }).click();
  await expect(page.getByRole('radio', { name: /Mastercard ending in 4444/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Visa ending in 4242/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Mastercard ending in 4444/ })).toHaveCount(0);

  await page.goto(`${origin}/headless`);
  await expect(page.getByRole('radio', { name: /Visa ending in 4242/ })).toBeChecked();
  await page.getByRole('button', { name: 'Delete' }).last().click();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('This card pays your subscription.');

  // The route answers the changes ManageSavedCards offers (memoryProvider can set defaults and names).
  const renamed = await fetch(`${origin}/api/saved-cards/tok_visa`, {
    method: 'PATCH',
    headers: {
      Cookie: 'session=demo-session',
      'X-Requested-With': 'react-saved-cards',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ nickname: 'Work card' }),
  });
  assert.ok([200, 204].includes(renamed.status), `PATCH answers ${renamed.status}, not 405`);
  // The development sign-in is off under `next start` (NODE_ENV production).
  assert.equal((await fetch(`${origin}/api/dev/sign-in`, { redirect: 'manual' })).status, 404);

  assert.deepEqual(
    problems.filter((text) => /hydrat|did not match|error/i.test(text)),
    [],
    'no hydration warning or error in the console',
  );
  console.log(
    'example-next: first HTML with cards and selection, no list request on hydration, choose, delete, reload, headless page, PATCH, dev sign-in off',
  );
} finally {
  await browser?.close();
  // `next start` runs the server in a child process: end the whole group it leads.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}
