// `npm test` step: examples/vite on the packed kit: npm ci, tsc (strict template) + vite build, then the
// production server (server.js) and the dev server's /api proxy (api.js + vite), each on 127.0.0.1.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';
import { installPackedKit } from './packed-kit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'examples/vite');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: app, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${app}`);
}

const running = [];
/** Starts a server in its own process group and waits until it prints `ready`. */
function start(command, args, env, ready) {
  const child = spawn(command, args, {
    cwd: app,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  running.push(child);
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => ready.test(String(chunk)) && done());
    child.on('exit', (code) => fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
  });
}

/** Signs in through the development-only route, as a first run does, then lists the cards with that cookie. */
async function listsCards(origin) {
  const signIn = await fetch(`${origin}/api/dev/sign-in`, { redirect: 'manual' });
  assert.equal(signIn.status, 303, `${origin}/api/dev/sign-in answers 303`);
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  assert.equal(cookie, 'session=demo-session');
  const response = await fetch(`${origin}/api/saved-cards`, {
    headers: { Cookie: cookie, 'X-Requested-With': 'react-saved-cards' },
  });
  assert.equal(response.status, 200, `${origin}/api/saved-cards answers 200`);
  const body = await response.json();
  assert.deepEqual(
    body.cards.map((card) => card.token),
    ['tok_visa', 'tok_mc'],
  );
}

try {
  installPackedKit(app);
  run('npm', ['run', 'build']);

  const port = await freePort();
  await start(process.execPath, ['server.js'], { PORT: String(port) }, /127\.0\.0\.1/);
  const html = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  assert.match(html, /<div id="root"><\/div>/);
  assert.match(html, /<script type="module"[^>]*src="\/assets\//);
  await listsCards(`http://127.0.0.1:${port}`);

  const apiPort = await freePort();
  const devPort = await freePort();
  await start(process.execPath, ['api.js'], { API_PORT: String(apiPort) }, /api on/);
  await start(
    join(app, 'node_modules/.bin/vite'),
    ['--port', String(devPort), '--strictPort'],
    { API_PORT: String(apiPort) },
    /Local|ready/i,
  );
  await listsCards(`http://127.0.0.1:${devPort}`);
  console.log('example-vite: strict tsc and vite build pass; production server and the dev proxy both serve the API');
} finally {
  for (const child of running) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
