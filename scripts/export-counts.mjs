// `node scripts/export-counts.mjs` (after `npm run build`): how many values and types each package entry
// exports. Values are the built module's own export names; types are the names its declaration file adds.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const ENTRIES = { '.': 'index', './headless': 'headless', './server': 'server/index', './schema': 'schema' };

/** Every name a declaration file exports, following `export * from` into the files it names. */
function declaredNames(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const names = new Set();
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  for (const [, kind, name] of text.matchAll(
    /export\s+(?:declare\s+)?(?:abstract\s+)?(const|let|function|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g,
  ))
    if (kind) names.add(name);
  for (const [, target] of text.matchAll(/export\s+\*\s+from\s+['"]([^'"]+)['"]/g))
    for (const name of declaredNames(resolve(dirname(file), target.replace(/\.js$/, '.d.ts')), seen)) names.add(name);
  return names;
}

const rows = [];
for (const [entry, name] of Object.entries(ENTRIES)) {
  const values = Object.keys(await import(pathToFileURL(resolve(dist, `${name}.js`)).href));
  const types = [...declaredNames(resolve(dist, `${name}.d.ts`))].filter((declared) => !values.includes(declared));
  rows.push({ entry, values: values.length, types: types.length });
  if (process.argv.includes('--list'))
    console.log(`${entry}\n  values: ${values.sort().join(', ')}\n  types: ${types.sort().join(', ')}`);
}
console.table(rows);
