import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const known = new Set(files);

/** Relative imports (type-only ones too) of one file, resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const match = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => known.has(path));
    return match ? [match] : [];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

test('no module of core imports, even for a type, a module that imports it back', () => {
  const cycles: string[] = [];
  for (const [file, imports] of graph) {
    if (!name(file).startsWith('core/')) continue;
    for (const target of imports) {
      if (graph.get(target)?.includes(file)) cycles.push(`${name(file)} <-> ${name(target)}`);
    }
  }
  expect(cycles).toEqual([]);
});

test('the server imports nothing from the browser client, as ARCHITECTURE.md layers it', () => {
  const crossings = [...graph]
    .filter(([file]) => name(file).startsWith('server/'))
    .flatMap(([file, imports]) =>
      imports
        .filter((target) => name(target).startsWith('client/'))
        .map((target) => `${name(file)} -> ${name(target)}`),
    );
  expect(crossings).toEqual([]);
});
