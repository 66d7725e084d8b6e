// `npm run size:next` (or `npm run size -- --next`): what a Next.js production build (Turbopack) ships for
// examples/next, gzip level 9, beside the Vite figure of `npm run size`. Slow (npm ci + next build), so not in npm test.
// The build has browser source maps on (SAVED_CARDS_SOURCE_MAPS=1 in next.config.mjs) so each byte of a chunk
// can be traced to its module; the chunks are measured without their `//# sourceMappingURL` line.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { app, buildNextExample, env } from './next-example-build.mjs';
import { piecesBySource } from './source-map-pieces.mjs';
import { bundle, DROP_IN_ENGLISH, KIT_EXTERNALS, src } from './vite-bundle.mjs';

env.SAVED_CARDS_SOURCE_MAPS = '1';
buildNextExample();

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const chunkText = (path) => readFileSync(join(app, path), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');

const stats = JSON.parse(readFileSync(join(app, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
const firstLoad = (route) => {
  const entry = stats.find((item) => item.route === route);
  if (!entry) throw new Error(`no ${route} in route-bundle-stats.json`);
  return entry.firstLoadChunkPaths;
};
const sumOfGzip = (paths) => paths.reduce((sum, path) => sum + gzip(chunkText(path)), 0);

/** A chunk's text split by the module each byte comes from. */
function chunkPieces(path) {
  const text = chunkText(path);
  const mapName = readFileSync(join(app, path), 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
  if (!mapName) return [{ source: undefined, text }]; // Next's prebuilt polyfills come without a map
  return piecesBySource(text, JSON.parse(readFileSync(join(app, dirname(path), mapName), 'utf8')));
}

const checkout = firstLoad('/');
const baseline = firstLoad('/_not-found');
const clientChunks = readdirSync(join(app, '.next/static/chunks'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `.next/static/chunks/${name}`);

// (c) Chunks the checkout route loads that hold kit code: the request marker and error brand only the kit has.
const KIT_MARKER = 'react-saved-cards';
const kitChunks = checkout.filter((path) => chunkText(path).includes(KIT_MARKER));
// The kit's own modules (and zod's, if any reached the browser), traced through the source maps.
const isKit = (source) => source?.includes('/node_modules/react-saved-cards/');
const isZod = (source) => source?.includes('/node_modules/zod/');
const pieces = checkout.flatMap(chunkPieces);
const kitCode = pieces
  .filter((piece) => isKit(piece.source))
  .map((piece) => piece.text)
  .join('');
const allPieces = clientChunks.flatMap(chunkPieces);
const zodCode = allPieces
  .filter((piece) => isZod(piece.source))
  .map((piece) => piece.text)
  .join('');
const zodChunks = clientChunks.filter((path) => /\$ZodType|ZodError/.test(chunkText(path)));

const unmarked = checkout.filter(
  (path) => !kitChunks.includes(path) && chunkPieces(path).some((piece) => isKit(piece.source)),
);
if (unmarked.length > 0) console.warn(`kit code without the marker in ${unmarked.join(', ')}: (c) undercounts`);

const viteGzip = gzip((await bundle(DROP_IN_ENGLISH, KIT_EXTERNALS)).js);
// Like for like: what examples/next imports from the kit (app/checkout.tsx and app/providers.tsx).
const EXAMPLE_IMPORTS = `export { SavedCards, SavedCardsProvider, createSavedCardsClient, cardName, defaultSelection, useSavedCards } from ${src('src/index.ts')};`;
const viteExampleGzip = gzip((await bundle(EXAMPLE_IMPORTS, KIT_EXTERNALS)).js);
const nextKit = gzip(kitCode) + (zodCode ? gzip(zodCode) : 0);
const ratio = nextKit / viteGzip;

const rows = [
  ['(a) checkout route (/) first-load JS', sumOfGzip(checkout)],
  ['(b) /_not-found first-load JS (same layout and providers)', sumOfGzip(baseline)],
  ["    the checkout page's own JS, (a) - (b)", sumOfGzip(checkout) - sumOfGzip(baseline)],
  [
    `(c) first-load chunks holding kit code (${kitChunks.length} of ${checkout.length}, whole chunks)`,
    sumOfGzip(kitChunks),
  ],
  ["    the kit's own modules in them (source maps), gzipped together", gzip(kitCode)],
  [`(d) zod in client chunks (source maps; ${zodChunks.length} chunks with zod markers)`, zodCode ? gzip(zodCode) : 0],
  ['Vite: drop-in, English only (SavedCards, provider, client), as in npm run size', viteGzip],
  ["Vite: the example's own kit imports (+ cardName, defaultSelection, useSavedCards)", viteExampleGzip],
];
for (const [name, bytes] of rows) console.log(`${name.padEnd(84)}${String(bytes).padStart(9)}`);
const percent = (value) => `${(value * 100).toFixed(1)} %`;
console.log(
  `kit + zod in Next ${nextKit} B vs Vite ${viteGzip} B (drop-in row): ${percent(ratio)} of Vite (${percent(nextKit / viteExampleGzip)} of the same imports in Vite); within 10 % (at most 110 %): ${ratio <= 1.1 ? 'yes' : 'NO'}`,
);
console.log('(bytes; gzip level 9; Next 16 Turbopack production build of examples/next, browser chunks only)');
