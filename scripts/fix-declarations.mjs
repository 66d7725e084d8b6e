// Gives every relative import in dist/**/*.d.ts an explicit `.js` path.
//
// Why: the sources use extensionless imports (`moduleResolution: "bundler"`), and tsc copies
// them into the .d.ts files as they are. A TypeScript user with `moduleResolution: "node16"` or
// `"nodenext"` then cannot follow `export * from './headless'` and loses every type
// (attw: "Internal resolution error"). The JavaScript that Vite writes already has `.js` paths;
// this makes the declarations agree with it. Run after `tsc -p tsconfig.build.json`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `from './x'`, `import './x'`, `import('./x')`, `declare module './x'`.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bdeclare\s+module\s+)(['"])(\.{1,2}\/[^'"\n]*)\2/g;

function* declarationFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The `.js` form of one relative specifier, or null when no declaration file backs it. */
function withExtension(fromFile, specifier) {
  if (specifier.endsWith('.js')) return specifier;
  const bare = specifier.replace(/\.(ts|tsx|mts)$/, '');
  const base = resolve(dirname(fromFile), bare);
  if (existsSync(`${base}.d.ts`)) return `${bare}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${bare}/index.js`;
  return null;
}

/** Rewrites the declarations under `directory`; returns problems found (unresolvable imports). */
export function fixDeclarations(directory) {
  const problems = [];
  let changed = 0;
  for (const file of declarationFiles(directory)) {
    const before = readFileSync(file, 'utf8');
    const after = before.replace(SPECIFIER, (match, lead, quote, specifier) => {
      const fixed = withExtension(file, specifier);
      if (fixed === null) {
        problems.push(`${relative(root, file)}: cannot resolve '${specifier}'`);
        return match;
      }
      return `${lead}${quote}${fixed}${quote}`;
    });
    if (after !== before) {
      writeFileSync(file, after);
      changed += 1;
    }
  }
  return { changed, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(root, 'dist');
  if (!existsSync(dist)) {
    console.error('fix-declarations: dist/ does not exist; run `vite build && tsc -p tsconfig.build.json` first.');
    process.exit(1);
  }
  const { changed, problems } = fixDeclarations(dist);
  if (problems.length > 0) {
    console.error(
      `fix-declarations: ${problems.length} import(s) point at no declaration file:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`fix-declarations: relative imports now end in .js in ${changed} declaration file(s).`);
}
