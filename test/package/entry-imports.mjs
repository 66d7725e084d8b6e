// The built entries and what they import, after `npm run build`: zod is an optional peer, so no entry but
// `react-saved-cards/schema` may load it, directly or through another module of dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');

/** Every bare specifier (a package) that `file` loads, following its relative imports through dist/. */
function packagesLoadedBy(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const packages = new Set();
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
    if (specifier.startsWith('.')) {
      for (const name of packagesLoadedBy(resolve(dirname(file), specifier), seen)) packages.add(name);
    } else packages.add(specifier);
  }
  return packages;
}

const isZod = (specifier) => specifier === 'zod' || specifier.startsWith('zod/');

for (const entry of ['index.js', 'headless.js', 'server/index.js']) {
  test(`dist/${entry} loads no zod`, () => {
    const modules = new Set();
    const packages = [...packagesLoadedBy(resolve(dist, entry), modules)];
    assert.ok(modules.size > 1, 'the walk followed the imports');
    assert.deepEqual(packages.filter(isZod), []);
  });
}

test('dist/schema.js is the one entry that loads zod', () => {
  assert.ok([...packagesLoadedBy(resolve(dist, 'schema.js'))].some(isZod));
});
