// `npm test` step: every code block of the README and the guides (docs/**/*.md) compiles, and the tagged ones run
// as pasted.
//
// First, every TypeScript and JavaScript block (```ts, tsx, js, jsx) is type-checked by tsc against the package's
// built types (dist/, through `paths`), strict: an untagged block as a module of its own, a `file=` block at its
// path beside the other `file=` blocks (so their relative imports resolve). PRELUDE declares the few names a
// fragment may leave to the reader's app. A `same-as=` block is left to the step that builds its example. Blocks of
// any other language (sh, json, css, text, or none) are not code and are not compiled. docs/api/ is left out: it is
// generated from the declarations themselves. `--types-only` stops after the type-check (run `npm run build` first);
// `--no-types` skips it (npm test runs the type-check as an early step of its own).
//
// Then the runtime recipe:
// A fenced block joins in through its info string, which Markdown renderers ignore after the language:
//   ```tsx file=src/App.tsx        written, exactly as it stands, into a fresh Vite app with a Node server;
//   ```ts same-as=examples/next/…  must be byte-for-byte that file of an example (which its own step runs).
// A block tagged `file=` that examples/vite also holds must equal it, so the README, the example and this app
// cannot drift apart. The app gets only what `npm create vite -- --template react-ts` gives (index.html,
// package.json, tsconfig.json, src/main.tsx, src/index.css, taken from examples/vite); everything else comes from
// the blocks. Then: strict tsc, vite build, `node server.js`, and Chromium signs in through the development route
// and sees a card listed and chosen. Reuses examples/vite's install of the packed kit (scripts/example-vite.mjs).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { consumerCompilerOptions } from './consumer-compiler-options.mjs';
import { freePort } from './free-port.mjs';
import { installPackedKit, root, run } from './packed-kit.mjs';

const example = join(root, 'examples/vite');
const app = join(example, '.readme-app');
const SCAFFOLD = ['index.html', 'package.json', 'tsconfig.json', 'src/main.tsx', 'src/index.css'];
/** What the app cannot run without: if a tag is lost in an edit, this step says so instead of passing. */
const REQUIRED = ['src/App.tsx', 'saved-cards.js', 'server.js', 'api.js', 'vite.config.ts'];

/** README.md and every Markdown guide under docs/, wherever a guide moves to; not the generated docs/api/. */
function guides() {
  const found = [join(root, 'README.md')];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'docs/api')) walk(path);
      } else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  return found;
}

/** Every fenced block: where it comes from (file and line of its first code line), its language, tags and text. */
function allBlocks() {
  const blocks = [];
  for (const path of guides()) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/^```([\w-]*)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
      const tags = Object.fromEntries([...match[2].matchAll(/([\w-]+)=(\S+)/g)].map(([, key, value]) => [key, value]));
      const line = text.slice(0, match.index).split('\n').length + 1;
      blocks.push({
        file: relative(root, path),
        line,
        where: `${relative(root, path)}:${line - 1}`,
        lang: match[1],
        tags,
        code: match[3],
      });
    }
  }
  return blocks;
}

/** Every fenced block with a `file=` or `same-as=` tag. */
function taggedBlocks() {
  return allBlocks().filter(({ tags }) => tags.file || tags['same-as']);
}

const CODE = new Set(['ts', 'tsx', 'js', 'jsx']);
/** Names the guides' fragments leave to the reader's app, declared once for every block. */
const PRELUDE = `// Declared for the guides' code blocks (scripts/readme-recipes.mjs): what a reader's own app provides.
import type { ReactNode } from 'react';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SavedCard } from 'react-saved-cards';

declare global {
  /** Your Hono (\`all\`) or Express (\`use\`) app. */
  const app: {
    all(path: string, handler: (c: { req: { raw: Request } }) => Response | Promise<Response>): void;
    use(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  };
  /** Your session lookup. */
  function getSession(request: Request): Promise<{ customerId: string } | null>;
  /** The handler option, from your session. */
  function getCustomerId(request: Request): Promise<string | null>;
  /** Your provider's hosted card form, which saves a new card. */
  function HostedCardForm(props: { onSaved: (token: string) => void }): ReactNode;
  /** Your provider's hosted CVC field. */
  function HostedCvcField(props: {
    card: SavedCard;
    labelledBy: string;
    describedBy: string;
    onCompleteChange: (complete: boolean) => void;
  }): ReactNode;
}
`;

/** Type-checks every TypeScript and JavaScript block; returns the problems that fail the step. */
function typeCheckBlocks(blocks) {
  const dist = join(root, 'dist');
  assert.ok(existsSync(join(dist, 'index.d.ts')), 'dist/index.d.ts: run `npm run build` first');
  const dir = join(root, 'node_modules/.cache/doc-blocks');
  rmSync(dir, { recursive: true, force: true });
  const origin = new Map();
  const write = (file, code, block) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), code);
    origin.set(file, block);
  };
  let checked = 0;
  for (const block of blocks) {
    if (!CODE.has(block.lang) || block.tags['same-as']) continue;
    checked += 1;
    if (block.tags.file) write(join('app', block.tags.file), block.code, block);
    else
      write(
        `blocks/${block.file.replace(/\W+/g, '-')}-${block.line}.${block.lang}`,
        `${block.code}\nexport {};\n`,
        block,
      );
  }
  writeFileSync(join(dir, 'prelude.d.ts'), PRELUDE);
  const types = (entry) => [relative(dir, join(dist, entry))];
  const compilerOptions = {
    ...consumerCompilerOptions,
    noEmit: true,
    types: ['node', 'vite/client'],
    paths: {
      'react-saved-cards': types('index.d.ts'),
      'react-saved-cards/headless': types('headless.d.ts'),
      'react-saved-cards/server': types('server/index.d.ts'),
      'react-saved-cards/locales/*': types('i18n/*.d.ts'),
    },
  };
  const files = [...origin.keys()];
  // TypeScript blocks strict; JavaScript blocks strict but for implicit any, which plain JavaScript cannot avoid.
  const projects = [
    { name: 'tsconfig.ts.json', options: compilerOptions, files: files.filter((file) => /\.tsx?$/.test(file)) },
    {
      name: 'tsconfig.js.json',
      options: { ...compilerOptions, allowJs: true, checkJs: true, noImplicitAny: false },
      files: files.filter((file) => /\.jsx?$/.test(file)),
    },
  ];
  const failures = [];
  const unmapped = [];
  let failed = false;
  for (const project of projects) {
    if (!project.files.length) continue;
    const config = { compilerOptions: project.options, files: ['prelude.d.ts', ...project.files] };
    writeFileSync(join(dir, project.name), JSON.stringify(config, null, 2));
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', project.name, '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
    failed ||= tsc.status !== 0;
    let into = unmapped;
    for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
      const found = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line);
      const block = found && origin.get(found[1]);
      if (block) {
        into = failures;
        into.push(`${block.file}:${block.line + Number(found[2]) - 1}:${found[3]} ${found[4]}`);
      } else if (line.trim()) {
        // A message's further lines belong to the error above them.
        into.push(`  ${line.trim()}`);
      }
    }
  }
  if (failed && failures.length === 0) failures.push(...unmapped, 'tsc failed');
  rmSync(dir, { recursive: true, force: true });
  for (const message of failures) console.error(message);
  console.log(
    `readme-recipes: ${checked} TypeScript/JavaScript blocks type-checked against dist/: ${failures.length} errors`,
  );
  return failures;
}

if (!process.argv.includes('--no-types')) {
  const problems = typeCheckBlocks(allBlocks());
  if (problems.length) {
    console.error('A code block in the README or docs/ does not compile (file:line:column of the Markdown above).');
    process.exit(1);
  }
  if (process.argv.includes('--types-only')) process.exit(0);
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
