// Shared by scripts/size.mjs and scripts/size-next.mjs: the kit bundled the way a merchant's Vite build would
// (production mode, minified), and its sizes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Kept external as in the published package (package.json peers and dependencies, subpaths included);
// the merchant total bundles everything but React itself.
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
export const REACT = ['react', 'react-dom'];
export const KIT_EXTERNALS = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies ?? {})];

/** A repository file as an import specifier. */
export const src = (file) => JSON.stringify(resolve(root, file));

// An English page: the drop-in component and its client ("drop-in, English only" in npm run size).
export const DROP_IN_ENGLISH = `export { SavedCards, SavedCardsProvider, createSavedCardsClient } from ${src('src/index.ts')};`;

/** Bundles `code` (an ES module importing from the repository) and returns the minified JS and CSS. */
let entryCount = 0;
const entryDir = resolve(root, 'node_modules/.cache/size-entries');
rmSync(entryDir, { recursive: true, force: true });
mkdirSync(entryDir, { recursive: true });

export async function bundle(code, externals) {
  entryCount += 1;
  const entry = resolve(entryDir, `entry-${entryCount}.js`);
  writeFileSync(entry, code);
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      cssMinify: true,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: {
        // Library mode keeps whitespace in ES output; a merchant's app build minifies it fully.
        output: { minify: true },
        external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const js = outputs
    .filter((item) => item.type === 'chunk')
    .map((item) => item.code)
    .join('\n');
  const css = outputs
    .filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
    .map((item) => String(item.source))
    .join('\n');
  return { js, css };
}

export function sizes(text) {
  const buffer = Buffer.from(text);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
