// `npm test` step: the README's and the guides' (docs/**/*.md) code blocks run as pasted.
//
// A fenced block joins in through its info string, which Markdown renderers ignore after the language:
//   ```tsx file=src/App.tsx        written, exactly as it stands, into a fresh Vite app with a Node server;
//   ```ts same-as=examples/next/…  must be byte-for-byte that file of an example (which its own step runs).
// A block tagged `file=` that examples/vite also holds must equal it, so the README, the example and this app
// cannot drift apart. The app gets only what `npm create vite -- --template react-ts` gives (index.html,
// package.json, tsconfig.json, src/main.tsx, src/index.css, taken from examples/vite); everything else comes from
// the blocks. Then: strict tsc, vite build, `node server.js`, and Chromium signs in through the development route
// and sees a card listed and chosen. Reuses examples/vite's install of the packed kit (scripts/example-vite.mjs).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { freePort } from './free-port.mjs';
import { installPackedKit, root, run } from './packed-kit.mjs';

const example = join(root, 'examples/vite');
const app = join(example, '.readme-app');
const SCAFFOLD = ['index.html', 'package.json', 'tsconfig.json', 'src/main.tsx', 'src/index.css'];
/** What the app cannot run without: if a tag is lost in an edit, this step says so instead of passing. */
const REQUIRED = ['src/App.tsx', 'saved-cards.js', 'server.js', 'api.js', 'vite.config.ts'];

/** README.md and every Markdown guide under docs/, wherever a guide moves to. */
function guides() {
  const found = [join(root, 'README.md')];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  return found;
}

/** Every fenced block with a `file=` or `same-as=` tag: where it comes from, its tags and its text. */
function taggedBlocks() {
  const blocks = [];
  for (const path of guides()) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/^```[\w-]*([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
      const tags = Object.fromEntries([...match[1].matchAll(/([\w-]+)=(\S+)/g)].map(([, key, value]) => [key, value]));
      if (!tags.file && !tags['same-as']) continue;
      const line = text.slice(0, match.index).split('\n').length;
      blocks.push({ where: `${relative(root, path)}:${line}`, tags, code: match[2] });
    }
  }
  return blocks;
}

const running = [];
let browser;
try {
  const blocks = taggedBlocks();
  const files = new Map();
  for (const { where, tags, code } of blocks) {
    if (tags['same-as']) {
      assert.equal(code, readFileSync(join(root, tags['same-as']), 'utf8'), `${where} is ${tags['same-as']} as it is`);
    }
    if (!tags.file) continue;
    const earlier = files.get(tags.file);
    assert.ok(!earlier || earlier.code === code, `${where} and ${earlier?.where} both write ${tags.file}, differently`);
    files.set(tags.file, { where, code });
    const inExample = join(example, tags.file);
    if (existsSync(inExample))
      assert.equal(code, readFileSync(inExample, 'utf8'), `${where} is examples/vite/${tags.file} as it is`);
  }
  for (const file of REQUIRED) assert.ok(files.has(file), `a block tagged file=${file} in the README or docs/`);

  rmSync(app, { recursive: true, force: true });
  for (const file of SCAFFOLD) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), readFileSync(join(example, file)));
  }
  for (const [file, { code }] of files) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), code);
  }
  // The app resolves packages from examples/vite/node_modules, one folder up: the packed kit and its peers.
  if (!existsSync(join(example, 'node_modules/react-saved-cards'))) installPackedKit(example);
  const bin = (name) => join(example, 'node_modules/.bin', name);
  run(bin('tsc'), ['-p', 'tsconfig.json'], app);
  run(bin('vite'), ['build', '--logLevel', 'warn'], app);

  const port = await freePort();
  const server = spawn(process.execPath, ['server.js'], {
    cwd: app,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  running.push(server);
  await new Promise((ready, fail) => {
    server.stdout.on('data', (chunk) => /127\.0\.0\.1/.test(String(chunk)) && ready());
    server.on('exit', (code) => fail(new Error(`node server.js exited with ${code}`)));
  });

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await (await browser.newContext()).newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // A first run: the development sign-in sets the session cookie and opens the page.
  await page.goto(`http://127.0.0.1:${port}/api/dev/sign-in`);
  const visa = page.getByRole('radio', { name: /Visa ending in 4242/ });
  await visa.waitFor({ timeout: 15_000 });
  assert.equal(await visa.getAttribute('aria-checked'), 'true', 'the preferred card is chosen');
  await page.getByRole('button', { name: 'Pay with Visa ending in 4242' }).waitFor();
  assert.deepEqual(problems, []);
  console.log(
    `readme-recipes: ${blocks.length} tagged blocks (${files.size} files: ${[...files.keys()].join(', ')}) built and run; a card listed and chosen in Chromium`,
  );
} finally {
  await browser?.close();
  for (const child of running) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  rmSync(app, { recursive: true, force: true });
}
