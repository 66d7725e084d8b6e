// `npm test`: every check the project has, in order, stopping at the first failure.
//
// To add a check, append a step to STEPS. Each step runs with node_modules/.bin on PATH and
// CHROMIUM_PATH set, and fails the run when it exits non-zero.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../test/chromium.mjs';
import { installDebianPackage, isExecutable } from './debian-package.mjs';

/** @type {{ name: string, command: string, args: string[] }[]} */
const STEPS = [
  // tsc -p tsconfig.json, then the demo's own tsconfig (see package.json `typecheck`).
  { name: 'type-check', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  // ESLint (typescript-eslint, react-hooks, jsx-a11y) and Prettier's check: scripts/lint/run.mjs.
  { name: 'lint (ESLint + Prettier)', command: 'npm', args: ['run', '--silent', 'lint'] },
  // src/'s shape (scripts/code-shape.mjs): no file over 250 lines, no function over 60, comments outside JSDoc <= 5 %.
  {
    name: 'code shape (file and function sizes, comments)',
    command: 'node',
    args: ['scripts/code-shape.mjs', '--check'],
  },
  // Every vitest project: unit (jsdom), browser (Chromium), and any project added later.
  {
    name: 'vitest',
    command: 'vitest',
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=node_modules/.cache/vitest-report.json'],
  },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  // docs/api/ regenerated from dist/*.d.ts into a temporary folder and diffed; every export has JSDoc (~10 s).
  {
    name: 'API reference up to date (docs/api), exports documented',
    command: 'node',
    args: ['scripts/api-reference.mjs', '--check'],
  },
  // Every TypeScript/JavaScript block of the README and docs/**/*.md type-checked against dist/ (~10 s).
  { name: 'code blocks in the docs compile', command: 'node', args: ['scripts/readme-recipes.mjs', '--types-only'] },
  { name: 'package checks (publint + attw)', command: 'npm', args: ['run', '--silent', 'lint:package'] },
  // Bytes a merchant pays: CSS and total within target, headless/kit within regression ceilings, tree-shaking holds.
  { name: 'size budgets', command: 'node', args: ['scripts/size.mjs', '--check'] },
  // zod is an optional peer: no entry but react-saved-cards/schema loads it (test/package/entry-imports.mjs).
  {
    name: 'entries: zod only in react-saved-cards/schema',
    command: 'node',
    args: ['--test', 'test/package/entry-imports.mjs'],
  },
  // dist/ under the react-server condition, 'use client' modules as client references (as an RSC bundler does).
  {
    name: 'React Server Components (dist under react-server)',
    command: 'npm',
    args: ['run', '--silent', 'test:server-components'],
  },
  // The server entry's .d.ts in a Node-only project: lib es2022, no DOM, skipLibCheck false.
  { name: 'server types without the DOM lib', command: 'node', args: ['test/package/server-types.mjs'] },
  // Packs dist/ (so after build) into temporary React 19 and 18 apps: tsc, vite build, render in Chromium.
  { name: 'consumer smoke test (React 19 + 18)', command: 'npm', args: ['run', '--silent', 'test:package'] },
  // The demo checkout (`npm start`) driven by Playwright in that Chromium: test/e2e/playwright.config.ts.
  { name: 'e2e (demo checkout in Chromium)', command: 'npm', args: ['run', '--silent', 'test:e2e'] },
  // examples/next on the packed kit: npm ci, next build, next start on 127.0.0.1, driven in Chromium (~25-40 s).
  { name: 'example: Next.js App Router (next build + Chromium)', command: 'node', args: ['scripts/example-next.mjs'] },
  // examples/vite on the packed kit: strict tsc + vite build, the production server and the dev proxy (~15 s).
  {
    name: 'example: Vite SPA (build, production server, dev proxy)',
    command: 'node',
    args: ['scripts/example-vite.mjs'],
  },
  // The README's and docs/ guides' tagged code blocks, pasted into a new Vite app with a Node server: tsc, vite
  // build, node server.js, a card listed in Chromium (~20 s, on examples/vite's install of the packed kit).
  { name: 'README recipes run as pasted', command: 'node', args: ['scripts/readme-recipes.mjs', '--no-types'] },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}

/** The Chromium the browser tests drive; installs Debian's package when it can. Never skips. */
async function findChromium() {
  const path = chromiumPath;
  if (isExecutable(path)) return path;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${path}, which is not an executable file. Fix it or unset it.`);
  }
  if (await installDebianPackage('chromium', `Chromium is not at ${path}`)) {
    if (isExecutable(path)) return path;
    throw new Error(`apt-get installed chromium, but ${path} is still missing.`);
  }
  throw new Error(
    [
      `Chromium is needed for the browser tests and was not found at ${path}.`,
      'Install it, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser',
      'Do not use `npx playwright install`: the tests drive the system Chromium.',
    ].join('\n'),
  );
}

function seconds(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)}s`;
}

async function main() {
  let chromium;
  try {
    chromium = await findChromium();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const bin = resolve(root, 'node_modules', '.bin');
  const env = { ...process.env, CHROMIUM_PATH: chromium, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
  console.log(`Chromium: ${chromium}`);

  const vitestReport = resolve(root, 'node_modules/.cache/vitest-report.json');
  rmSync(vitestReport, { force: true });
  const results = [];
  for (const step of STEPS) {
    console.log(`\n▶ ${step.name}: ${[step.command, ...step.args].join(' ')}`);
    const start = performance.now();
    const code = await run(step.command, step.args, env);
    const passed = code === 0;
    results.push({ name: step.name, passed, time: seconds(start) });
    console.log(
      `${passed ? '✔' : '✘'} ${step.name} ${passed ? 'passed' : `failed (exit ${code})`} in ${seconds(start)}`,
    );
    if (!passed) break;
  }

  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  console.log('\nSteps:');
  for (const result of results) console.log(`  ${result.passed ? '✔' : '✘'} ${result.name} (${result.time})`);
  for (const step of STEPS.slice(results.length)) console.log(`  - ${step.name} (not run)`);
  console.log(`steps: ${passed} passed, ${failed} failed`);
  // The last line counts the tests themselves (vitest: unit, browser and story tests).
  if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
    console.log(
      `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
    );
  } else {
    console.log(`tests: 0 passed, ${failed} failed`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
