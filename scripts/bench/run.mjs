// `npm run bench`: how fast <SavedCards> renders 1,000 cards against a hand-written React list of
// the same rows, in headless Chromium, in one run. Not part of `npm test`: timings are reported,
// never enforced (targets: mount ≤ 1.5× the baseline; a delete ≤ 2× and re-rendering only the list
// and the removed row). It also times a floor: the least the requirements allow, by hand (see
// bench.tsx), to tell a target code can still meet from one that needs a decision.
//
//   npm run bench                       # 15 measured runs after 3 warm-up runs
//   npm run bench -- --runs 30 --warmup 5
//   npm run bench -- --profiling        # React's profiling build: adds <Profiler> render work
//   npm run bench -- --cards 10         # any other number of cards (default 1,000)
//
// How: Vite's build() bundles scripts/bench (production mode) from the kit's source, preview()
// serves it on 127.0.0.1, and Chromium runs one mount + one delete per tree per run
// (scripts/bench/bench.tsx). Commits are seen through React's DevTools hook, which production
// builds call too; timings come from the plain production build by default because the profiling
// build times every fiber, which costs the tree with more fibers more. Every component in
// src/components is instrumented at build time (in the bundle only) to count its renders.
// Adyen's Drop-in (@adyen/adyen-web, Preact) renders the same cards as stored payment methods in the
// same page; it is timed through a MutationObserver. The page runs offline: no request leaves
// 127.0.0.1 (Drop-in's brand logos get a local placeholder; the rest are aborted and counted).
import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '../..');
const componentsDir = resolve(root, 'src/components');
const outDir = resolve(root, 'node_modules/.cache/bench-dist');
const adyenVersion = JSON.parse(
  readFileSync(resolve(root, 'node_modules/@adyen/adyen-web/package.json'), 'utf8'),
).version;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    profiling: { type: 'boolean', default: false },
    cards: { type: 'string', default: '1000' },
  },
});
const cardCount = Number(options.cards);
if (!(Number.isInteger(cardCount) && cardCount >= 1)) throw new Error('--cards must be a whole number ≥ 1');
const runs = Number(options.runs);
const warmup = Number(options.warmup);
if (!(runs >= 1 && warmup >= 0)) throw new Error('--runs must be ≥ 1 and --warmup ≥ 0');

// The renders the delete target allows: the list's own components, once per commit. Rows are
// CardOption and DeleteCardButton (the brand mark is plain markup); none of them should render again.
const ROW_COMPONENTS = ['CardOption', 'DeleteCardButton'];
const MUST_INSTRUMENT = ['SavedCardsView', 'CardList', ...ROW_COMPONENTS];

/**
 * Adds `globalThis.__benchRender?.("Name")` as the first statement of every capitalised
 * `function Name(...) {` in src/components: the component functions (forwardRef render functions
 * included), so a call means React really rendered it (memo bail-outs do not call it).
 */
function instrumentComponents(instrumented) {
  return {
    name: 'bench:count-component-renders',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(componentsDir) || !file.endsWith('.tsx')) return null;
      const inserts = [];
      for (const match of code.matchAll(/\bfunction ([A-Z]\w*)\(/g)) {
        const bodyStart = code.indexOf(') {', match.index);
        const params = code.slice(match.index + match[0].length, bodyStart);
        if (bodyStart < 0 || /=>|\bfunction\b|;/.test(params)) continue;
        inserts.push({ at: bodyStart + 3, name: match[1] });
        instrumented.add(match[1]);
      }
      let out = code;
      for (const { at, name } of inserts.reverse()) {
        out = `${out.slice(0, at)} globalThis.__benchRender?.(${JSON.stringify(name)});${out.slice(at)}`;
      }
      return { code: out, map: null };
    },
  };
}

// Drop-in's brand logos are 40×26 SVGs.
const PLACEHOLDER_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="26" viewBox="0 0 40 26"><rect width="40" height="26" rx="3" fill="#e6e9eb"/></svg>';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summarise(samples, tree) {
  const pick = (key) => {
    const values = samples.map((sample) => sample[tree][key]);
    return values.includes(null) ? null : median(values);
  };
  const renders = (key) => {
    const names = new Set(samples.flatMap((sample) => Object.keys(sample[tree][key])));
    return Object.fromEntries(
      [...names].sort().map((name) => [name, median(samples.map((sample) => sample[tree][key][name] ?? 0))]),
    );
  };
  return {
    mountCommitMs: pick('mountCommitMs'),
    mountFrameMs: pick('mountFrameMs'),
    mountCommits: pick('mountCommits'),
    elements: pick('elements'),
    mountRenderWorkMs: pick('mountRenderWorkMs'),
    mountRenders: renders('mountRenders'),
    deleteCommitMs: pick('deleteCommitMs'),
    deleteFrameMs: pick('deleteFrameMs'),
    deleteCommitsUntilGone: pick('deleteCommitsUntilGone'),
    deleteCommitsUntilSettled: pick('deleteCommitsUntilSettled'),
    deleteRenderWorkMs: pick('deleteRenderWorkMs'),
    deleteRendersUntilGone: renders('deleteRendersUntilGone'),
    deleteRendersUntilSettled: renders('deleteRendersUntilSettled'),
  };
}

function summariseAdyen(samples) {
  const pick = (key) => median(samples.map((sample) => sample.adyen[key]));
  return Object.fromEntries(
    ['setupMs', 'mountCommitMs', 'mountFrameMs', 'elements', 'deleteCommitMs', 'deleteFrameMs'].map((key) => [
      key,
      pick(key),
    ]),
  );
}

function formatRenders(counts) {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  return entries.length ? entries.map(([name, count]) => `${name} ×${count}`).join(', ') : 'none';
}

async function main() {
  const componentFiles = readdirSync(componentsDir).filter((file) => file.endsWith('.tsx'));

  const buildStart = performance.now();
  const instrumented = new Set();
  await build({
    root: benchDir,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    plugins: [instrumentComponents(instrumented), react()],
    // Production React and react-query whatever the shell's NODE_ENV; bench.tsx refuses anything else.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // --profiling: production React with the Profiler's timings switched on.
    resolve: { alias: options.profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [] },
    build: { outDir, emptyOutDir: true, target: 'esnext', reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  const missing = MUST_INSTRUMENT.filter((name) => !instrumented.has(name));
  if (missing.length > 0) {
    throw new Error(
      `could not instrument ${missing.join(', ')} in src/components (${componentFiles.join(', ')}); update instrumentComponents`,
    );
  }
  console.log(
    `built the bench page in ${((performance.now() - buildStart) / 1000).toFixed(1)}s (render counters in: ${[...instrumented].sort().join(', ')})`,
  );

  const server = await preview({
    root: benchDir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
      headless: true,
    });
    const page = await browser.newPage();
    // Offline: nothing but the preview server answers. Drop-in's brand logos (Adyen's CDN) get one local
    // placeholder of their size, so its rows still load and paint an image each; every other request is aborted.
    const blocked = new Map();
    let logos = 0;
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        const url = new URL(route.request().url());
        if (/\/images\/logos\/[\w-]+\.svg$/.test(url.pathname)) {
          logos += 1;
          return route.fulfill({ contentType: 'image/svg+xml', body: PLACEHOLDER_LOGO });
        }
        const what = `${url.origin}${url.pathname.split('/').slice(0, 3).join('/')}/…`;
        blocked.set(what, (blocked.get(what) ?? 0) + 1);
        return route.abort('blockedbyclient');
      },
    );
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // An aborted request logs "Failed to load resource"; those are counted in `blocked`.
      if (message.type() === 'error' && !message.text().includes('net::ERR_BLOCKED_BY_CLIENT'))
        problems.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/?cards=${cardCount}`);
    await page
      .waitForFunction(() => typeof window.benchOnce === 'function', null, { timeout: 15_000 })
      .catch(() => {
        throw new Error(`the bench page did not start:\n${problems.join('\n')}`);
      });
    const info = await page.evaluate(() => window.benchInfo());

    const samples = [];
    for (let index = 0; index < warmup + runs; index += 1) {
      const sample = await page.evaluate(() => window.benchOnce());
      if (index >= warmup) samples.push(sample);
      process.stdout.write(index < warmup ? 'w' : '.');
    }
    process.stdout.write('\n');
    if (problems.length > 0) throw new Error(`the bench page logged errors:\n${problems.join('\n')}`);

    report({ info, samples, browserVersion: browser.version(), blocked, logos });
  } finally {
    await browser?.close();
    await server.close();
  }
}

function report({ info, samples, browserVersion, blocked, logos }) {
  const kit = summarise(samples, 'kit');
  const base = summarise(samples, 'baseline');
  const hand = summarise(samples, 'handWritten');
  const floor = summarise(samples, 'floor');
  const adyen = summariseAdyen(samples);
  // The kit adds its live region; anything more means the hand-written list no longer renders the kit's markup.
  if (Math.abs(kit.elements - hand.elements) > 2) {
    throw new Error(
      `the hand-written list renders ${hand.elements} elements against the kit's ${kit.elements}: update it in bench.tsx to the kit's markup`,
    );
  }
  const cpu = cpus();
  const ms = (value) => `${value.toFixed(2)} ms`;
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  const profiled = kit.mountRenderWorkMs !== null;
  const row = (label, key, format, target = '') => [
    label,
    format(kit[key]),
    format(base[key]),
    ratio(kit[key], base[key]),
    target,
    format(hand[key]),
    ratio(kit[key], hand[key]),
    // Drop-in's Preact commits and renders are not counted.
    key in adyen ? format(adyen[key]) : 'n/a',
    key in adyen ? ratio(kit[key], adyen[key]) : '',
  ];
  const rows = [
    row('mount: render → cards committed', 'mountCommitMs', ms, '≤ 1.5×'),
    row('mount: render → next frame painted', 'mountFrameMs', ms),
    row('mount: DOM elements rendered', 'elements', String),
    row('mount: React commits', 'mountCommits', String),
    profiled && row('mount: React render work (all commits)', 'mountRenderWorkMs', ms),
    row('delete: click → card gone (commit)', 'deleteCommitMs', ms, '≤ 2×'),
    row('delete: click → next frame painted', 'deleteFrameMs', ms),
    row('delete: React commits until card gone', 'deleteCommitsUntilGone', String),
    row('delete: React commits until settled*', 'deleteCommitsUntilSettled', String),
    profiled && row('delete: React render work until settled*', 'deleteRenderWorkMs', ms),
  ].filter(Boolean);
  const header = [
    '',
    '<SavedCards>',
    'plain list',
    'ratio',
    'target',
    'same markup by hand',
    'ratio',
    'Adyen Drop-in',
    'ratio',
  ];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column].length)));
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');

  console.log(
    `\nreact-saved-cards render benchmark: ${info.cards} cards (deleting card ${info.target}), median of ${samples.length} runs after ${warmup} warm-up`,
  );
  console.log(`cards: ${info.mix}; <SavedCards allowDelete> with the kit's CSS`);
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Chromium ${browserVersion} (headless), React ${info.react} ${profiled ? 'profiling' : 'production'} build, Node ${process.version}`,
  );
  console.log(
    'plain list: brand, last 4, expiry and a delete button per row (5 elements), deleting with one setState, no backend.',
  );
  console.log(
    "hand-written: the kit's markup, ARIA and CSS written by hand, deleting once the same in-memory endpoint confirmed.\n",
  );
  console.log(line(header));
  for (const cells of rows) console.log(line(cells));
  console.log(
    '* until settled: the backend confirmed the delete and the list was refetched (the hand-written list does not refetch).',
  );
  console.log(
    `Adyen Drop-in: adyen-web ${adyenVersion}, AdyenCheckout() first (${ms(adyen.setupMs)}, not in the mount), then new Dropin().mount() until all ${info.cards} stored cards are in the DOM (MutationObserver); delete: "Yes, remove" → onDisableStoredPaymentMethod resolved after the same in-memory endpoint → card gone. Ratios in its column: the kit ÷ Drop-in.`,
  );
  const blockedList = [...blocked].map(([origin, count]) => `${origin} ×${count}`).join(', ');
  console.log(
    `offline: ${logos} brand-logo requests answered with a local placeholder; aborted: ${blockedList || 'none'}`,
  );

  console.log('\nrenders during the mount (component ×renders):');
  console.log(`  <SavedCards>: ${formatRenders(kit.mountRenders)}`);
  console.log(`  plain list:   ${formatRenders(base.mountRenders)}`);
  console.log(`  hand-written: ${formatRenders(hand.mountRenders)}`);
  console.log(`  floor:        ${formatRenders(floor.mountRenders)}`);
  console.log('\nrenders during one delete (component ×renders):');
  console.log(`  <SavedCards>, until the card is gone: ${formatRenders(kit.deleteRendersUntilGone)}`);
  console.log(`  <SavedCards>, until settled:          ${formatRenders(kit.deleteRendersUntilSettled)}`);
  console.log(`  plain list:                           ${formatRenders(base.deleteRendersUntilSettled)}`);
  console.log(`  hand-written:                         ${formatRenders(hand.deleteRendersUntilSettled)}`);
  console.log(`  floor:                                ${formatRenders(floor.deleteRendersUntilSettled)}`);

  const rowRenders = ROW_COMPONENTS.reduce((sum, name) => sum + (kit.deleteRendersUntilSettled[name] ?? 0), 0);
  const verdict = (value, limit) => `${value <= limit ? 'met' : 'MISSED'} (${value.toFixed(2)}×)`;
  console.log('\ntargets (reported, not enforced):');
  // The targets are against the plain list; the same markup by hand is context (what that DOM costs by itself).
  console.log(
    `  mount ≤ 1.5× the plain list: ${verdict(kit.mountCommitMs / base.mountCommitMs, 1.5)}; against the same markup by hand ${ratio(kit.mountCommitMs, hand.mountCommitMs)}`,
  );
  console.log(
    `  delete ≤ 2× the plain list: ${verdict(kit.deleteCommitMs / base.deleteCommitMs, 2)}; against the same markup by hand ${ratio(kit.deleteCommitMs, hand.deleteCommitMs)}`,
  );
  // The project's guide judges render speed against the same markup by hand and against Adyen's Drop-in.
  console.log(
    `  against Adyen's Drop-in (same cards, same delete through its UI): mount ${ratio(kit.mountCommitMs, adyen.mountCommitMs)}, delete ${ratio(kit.deleteCommitMs, adyen.deleteCommitMs)}, DOM elements ${ratio(kit.elements, adyen.elements)}`,
  );
  console.log(
    // The removed row may render itself (it shows "deleting" while the request runs); no other row may.
    `  delete re-renders only the list and the removed row: ${ROW_COMPONENTS.every((name) => (kit.deleteRendersUntilSettled[name] ?? 0) <= 1) ? 'met' : 'MISSED'} (${rowRenders} renders of row components: ${formatRenders(
      Object.fromEntries(ROW_COMPONENTS.map((name) => [name, kit.deleteRendersUntilSettled[name] ?? 0])),
    )})`,
  );
  // What no implementation of the requirements can beat: if the floor itself is near or over a target, the target needs a decision, not code.
  console.log(
    `\nfloor (by hand, the least the issue allows: an accessible radio row of ${(floor.elements / info.cards).toFixed(1)} elements over react-query, deleted with useMutation through the kit's client):`,
  );
  console.log(
    `  mount ${ms(floor.mountCommitMs)} = ${ratio(floor.mountCommitMs, base.mountCommitMs)} the plain list (the kit: ${ratio(kit.mountCommitMs, base.mountCommitMs)}, ${ratio(kit.mountCommitMs, floor.mountCommitMs)} the floor)`,
  );
  console.log(
    `  delete ${ms(floor.deleteCommitMs)} = ${ratio(floor.deleteCommitMs, base.deleteCommitMs)} the plain list (the kit: ${ratio(kit.deleteCommitMs, base.deleteCommitMs)}, ${ratio(kit.deleteCommitMs, floor.deleteCommitMs)} the floor)`,
  );
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
