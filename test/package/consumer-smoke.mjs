// `npm run test:package`: the kit as a merchant gets it. Packs dist/ with `npm pack`, installs the
// tarball into two throwaway Vite + React apps (React 19 and React 18, which the peer range keeps),
// and for each one:
//   1. type-checks the app with tsc (strict, skipLibCheck off, so the kit's .d.ts files are checked);
//   2. builds it with vite;
//   3. runs the three JS entries in plain Node (resolution through `exports`, server-rendering
//      <SavedCards> from a preloaded cache, the server handler answering a request), and each of the
//      twelve `./locales/<tag>` entries rendering the list in its language;
//   4. serves the built app with Vite's preview() on 127.0.0.1 and opens it in Chromium: the cards
//      render (through client -> server handler -> fake provider), the stylesheet applies, a card
//      is deleted through the dialog, and no error reaches the console.
// Needs `npm run build` first (npm test runs it as an earlier step). Temp dirs, servers and the
// browser are always cleaned up; set KEEP_CONSUMER_APPS=1 to keep the apps for debugging.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { appFiles, LOCALES, REACT_VARIANTS } from './consumer-app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const started = performance.now();
const timings = [];
const cleanups = [];

function since(start) {
  return (performance.now() - start) / 1000;
}

async function timed(label, task) {
  const start = performance.now();
  const result = await task().catch((error) => {
    // Name the step a Playwright or Vite error came from; ours already do.
    throw error instanceof StepError ? error : new StepError(`${label}: ${error?.message ?? error}`);
  });
  const seconds = since(start);
  timings.push({ label, seconds });
  console.log(`  ✔ ${label} (${seconds.toFixed(1)}s)`);
  return result;
}

class StepError extends Error {}

/** Runs a command, capturing its output; on failure the error carries the output. */
function exec(command, args, cwd, label) {
  return new Promise((done, fail) => {
    // Without the shell's NODE_ENV: the apps build for production as a merchant's would.
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NODE_ENV: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => fail(new StepError(`${label}: could not start ${command}: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) done(output);
      else
        fail(
          new StepError(
            `${label} failed (${signal ?? `exit ${code}`}): ${command} ${args.join(' ')}\n${output.trim()}`,
          ),
        );
    });
  });
}

function assert(condition, message) {
  if (!condition) throw new StepError(message);
}

async function packKit(workDir) {
  assert(existsSync(resolve(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first.');
  const output = await exec(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir],
    root,
    'npm pack',
  );
  const [pack] = JSON.parse(output.slice(output.indexOf('[')));
  return join(workDir, pack.filename);
}

async function createApp(workDir, tarball, variant) {
  const dir = join(workDir, variant);
  for (const [path, content] of Object.entries(appFiles(tarball, variant))) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function installApp(dir, variant) {
  await timed(`${variant}: npm install`, () =>
    exec(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
      dir,
      `${variant}: npm install`,
    ),
  );
}

async function checkApp(dir, variant) {
  const bin = (name) => join(dir, 'node_modules/.bin', name);
  await timed(`${variant}: tsc (strict, skipLibCheck off)`, () =>
    exec(bin('tsc'), ['-p', 'tsconfig.json'], dir, `${variant}: tsc`),
  );
  await timed(`${variant}: vite build`, () =>
    exec(bin('vite'), ['build', '--logLevel', 'warn'], dir, `${variant}: vite build`),
  );
  const output = await timed(`${variant}: Node ESM entries + renderToString`, () =>
    exec('node', ['node-check.mjs'], dir, `${variant}: node check`),
  );
  const result = JSON.parse(output.trim().split('\n').at(-1));
  const major = variant.split('-')[1];
  assert(result.react.startsWith(`${major}.`), `${variant}: Node loaded React ${result.react}`);
  assert(result.handlerStatus === 200, `${variant}: the server handler answered ${result.handlerStatus}, not 200`);
  assert(result.cards === 2, `${variant}: the client listed ${result.cards} cards through the handler, not 2`);
  assert(
    result.html.includes('Visa ending in 4242'),
    `${variant}: renderToString has no "Visa ending in 4242":\n${result.html}`,
  );
  assert(
    result.html.includes('2 cards'),
    `${variant}: the headless useSavedCards did not see the cards in renderToString`,
  );
  const missing = LOCALES.filter((locale) => result.locales[locale] !== true);
  assert(
    missing.length === 0,
    `${variant}: react-saved-cards/locales/{${missing.join(',')}} did not render with its heading, lang and dir`,
  );
}

async function renderApp(browser, dir, variant) {
  const { preview } = await import(pathToFileURL(join(dir, 'node_modules/vite/dist/node/index.js')).href);
  const server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const closeServer = () =>
    new Promise((done) => {
      server.httpServer.close(() => done());
      server.httpServer.closeAllConnections();
    });
  cleanups.push(closeServer);
  const context = await browser.newContext();
  cleanups.push(() => context.close());
  try {
    const address = server.httpServer.address();
    const url = `http://127.0.0.1:${address.port}/`;
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await page.goto(url);

    const visa = page.getByRole('radio', { name: /Visa ending in 4242/ });
    await visa.waitFor({ timeout: 10_000 });
    const major = variant.split('-')[1];
    const reactVersion = await page.getByTestId('react-version').textContent();
    assert(reactVersion?.startsWith(`${major}.`), `${variant}: the page rendered with React ${reactVersion}`);
    assert((await visa.getAttribute('aria-checked')) === 'true', `${variant}: the preferred card is not selected`);
    assert(
      (await page.evaluate(() => window.selectedLast4)) === '4242',
      `${variant}: onValueChange did not report the preferred card`,
    );
    const expired = page.getByRole('radio', { name: /Mastercard ending in 4444/ });
    assert(
      (await expired.getAttribute('aria-disabled')) === 'true',
      `${variant}: the expired card is not aria-disabled`,
    );
    assert(
      (await page.getByTestId('count').textContent()) === '2 cards',
      `${variant}: the headless useSavedCards did not see the cards`,
    );
    const radius = await page.evaluate(() =>
      getComputedStyle(document.querySelector('[data-sc-root]')).getPropertyValue('--sc-radius').trim(),
    );
    assert(radius === '8px', `${variant}: react-saved-cards/styles.css did not apply (--sc-radius is "${radius}")`);

    await page.getByRole('button', { name: 'Delete Visa ending in 4242' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: /delete/i }).click();
    await visa.waitFor({ state: 'detached', timeout: 10_000 });
    assert(
      JSON.stringify(await page.evaluate(() => window.deletedTokens)) === '["tok_visa"]',
      `${variant}: the provider did not get exactly one delete of tok_visa`,
    );
    await page.getByTestId('count').filter({ hasText: '1 cards' }).waitFor({ timeout: 10_000 });
    assert(problems.length === 0, `${variant}: the page logged problems:\n${problems.join('\n')}`);
    return reactVersion;
  } finally {
    await context.close();
    await closeServer();
  }
}

async function main() {
  const workDir = await mkdtemp(join(tmpdir(), 'react-saved-cards-consumer-'));
  if (!process.env.KEEP_CONSUMER_APPS) cleanups.push(() => rm(workDir, { recursive: true, force: true }));
  else console.log(`keeping ${workDir}`);
  const variants = Object.keys(REACT_VARIANTS);

  console.log(`Consumer smoke test in ${workDir}`);
  const tarball = await timed('npm pack', () => packKit(workDir));
  const apps = Object.fromEntries(
    await Promise.all(variants.map(async (variant) => [variant, await createApp(workDir, tarball, variant)])),
  );

  // Install both apps at once (the npm cache is safe to share), then check each as soon as it is in.
  const launching = chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  launching.catch(() => {}); // awaited below; until then a failed launch must not crash the process
  cleanups.push(async () => (await launching.catch(() => null))?.close());
  await timed('install + tsc + vite build + Node check, both apps in parallel', async () => {
    // allSettled: never delete the temp dir under a sibling that is still installing.
    const results = await Promise.allSettled(
      variants.map(async (variant) => {
        await installApp(apps[variant], variant);
        await checkApp(apps[variant], variant);
      }),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.length > 0)
      throw new StepError(failures.map((failure) => failure.reason?.message ?? failure.reason).join('\n\n'));
  });

  const browser = await launching;
  const versions = {};
  for (const variant of variants) {
    versions[variant] = await timed(`${variant}: render in Chromium (${browser.version()})`, () =>
      renderApp(browser, apps[variant], variant),
    );
  }
  return Object.entries(versions).map(([variant, version]) => `${variant} → React ${version}`);
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // Already closed.
    }
  }
}

process.on('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});

try {
  const rendered = await main();
  console.log(
    `\nconsumer smoke: ${rendered.length} passed, 0 failed (${rendered.join(', ')}) in ${since(started).toFixed(1)}s`,
  );
} catch (error) {
  console.error(
    `\n✘ consumer smoke test failed: ${error instanceof StepError ? error.message : (error?.stack ?? error)}`,
  );
  console.log(`consumer smoke: failed in ${since(started).toFixed(1)}s`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
