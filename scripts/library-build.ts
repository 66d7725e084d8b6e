// The `build` section of vite.config.ts: how the npm package is built.
//
// - ESM only, one output file per source module (preserveModules), so a merchant's bundler can
//   drop what they do not import, and per-module directives such as 'use client' survive.
// - Entries: `.` (src/index.ts), `./headless` (src/headless.ts), `./server`
//   (src/server/index.ts), `./schema` (src/schema.ts) and `./locales/{en,ar,fr,de,es,pt,it,nl,tr,hi,id,zh}` (src/i18n). package.json `exports` mirrors this list.
// - 'use client' only on the modules that use hooks, context or the DOM (see directivesPlugin); the
//   entries themselves carry none, so Server Components can call core, adapters, client and query options.
// - Peer and runtime dependencies (react, react-dom, @tanstack/react-query, zod and all their
//   subpaths) and node: builtins stay imports; nothing of them is bundled.
// - The stylesheet src/styles/saved-cards.css is copied to dist/styles.css (`./styles.css`).
// Declarations come afterwards from `tsc -p tsconfig.build.json`; see package.json `build`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildEnvironmentOptions, Rolldown } from 'vite';

/** Output name (without `.js`) -> source file, relative to the repository root. */
export const libraryEntries = {
  index: 'src/index.ts',
  headless: 'src/headless.ts',
  'server/index': 'src/server/index.ts',
  // `./schema`: the JSON contract as a zod schema, the only entry that imports zod (an optional peer).
  schema: 'src/schema.ts',
  // `./locales/{en,ar,fr,…}`: each catalogue its own import, so an English page ships no other language.
  'i18n/en': 'src/i18n/en.ts',
  'i18n/ar': 'src/i18n/ar.ts',
  'i18n/fr': 'src/i18n/fr.ts',
  'i18n/de': 'src/i18n/de.ts',
  'i18n/es': 'src/i18n/es.ts',
  'i18n/pt': 'src/i18n/pt.ts',
  'i18n/it': 'src/i18n/it.ts',
  'i18n/nl': 'src/i18n/nl.ts',
  'i18n/tr': 'src/i18n/tr.ts',
  'i18n/hi': 'src/i18n/hi.ts',
  'i18n/id': 'src/i18n/id.ts',
  'i18n/zh': 'src/i18n/zh.ts',
} as const;

/** Copied to dist/styles.css, the package's `./styles.css` export. */
export const stylesheet = { source: 'src/styles/saved-cards.css', output: 'styles.css' } as const;

function readPackageDependencies(root: string): string[] {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}

/** True for every import that must stay an import in dist/: dependencies, their subpaths, node builtins. */
export function isExternal(id: string, dependencies: readonly string[]): boolean {
  if (id.startsWith('node:')) return true;
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/** Every output file and external import that `fileName` loads, directly or through other chunks. */
function reachableFrom(bundle: Rolldown.OutputBundle, fileName: string): Set<string> {
  const seen = new Set<string>();
  const pending = [fileName];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const output = bundle[current];
    if (output?.type === 'chunk') pending.push(...output.imports, ...output.dynamicImports);
  }
  return seen;
}

const startsWithUseClient = (code: string) => /^\s*['"]use client['"]/.test(code);

/** Names whose import makes a module client-only: React's hooks and context, react-query's hooks and providers. */
const CLIENT_ONLY = /^(use[A-Z]\w*|createContext|QueryClientProvider|QueryClientContext|HydrationBoundary)$/;

/** A module that only re-exports: the modules it names carry their own directives. */
function isBarrel(code: string): boolean {
  const rest = code
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .replace(/\b(import|export)\s*(\*|\{[^}]*\})?\s*(from\s*)?["'][^"']+["'];?|\bexport\s*\{[^}]*\};?/g, '');
  return rest.trim() === '';
}

/** True when `code` imports a hook (any `useX`, ours included), a context or a provider. */
function needsClient(code: string): boolean {
  if (isBarrel(code)) return false;
  for (const [, names] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'][^"']+["']/g)) {
    const imported = (names ?? '').split(',').map((name) => name.trim().split(/\s+as\s+/)[0] ?? '');
    if (imported.some((name) => CLIENT_ONLY.test(name))) return true;
  }
  return false;
}

// Each module keeps its own directive (preserveModules), so a Server Component can import and call the
// pure functions through the same entries. The build fails when a module's directive and its imports disagree.
function directivesPlugin(entryNames: readonly string[]): Rolldown.Plugin {
  return {
    name: 'react-saved-cards:use-client',
    generateBundle(_options, bundle) {
      for (const name of entryNames) {
        const output = bundle[`${name}.js`];
        if (!output || output.type !== 'chunk') this.error(`entry ${name}.js is missing from the build`);
      }
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const client = startsWithUseClient(output.code);
        if (needsClient(output.code) && !client)
          this.error(`${output.fileName} uses hooks or context and must start with 'use client'`);
        if (!needsClient(output.code) && client)
          this.error(`${output.fileName} uses no hook or context and must not start with 'use client'`);
      }
      // The promises of the entries: headless pulls in no component and no CSS; server no React at all.
      const loads = (name: string) => [...reachableFrom(bundle, `${name}.js`)];
      const headlessLeak = loads('headless').find((file) => file.startsWith('components/') || file.endsWith('.css'));
      if (headlessLeak) this.error(`headless.js must not load ${headlessLeak}`);
      const serverLeak = loads('server/index').find((file) => {
        const output = bundle[file];
        return (
          /^react(-dom)?(\/|$)|^@tanstack\//.test(file) ||
          (output?.type === 'chunk' && startsWithUseClient(output.code))
        );
      });
      if (serverLeak) this.error(`server/index.js must not load ${serverLeak}`);
    },
  };
}

function stylesheetPlugin(root: string): Rolldown.Plugin {
  const source = resolve(root, stylesheet.source);
  return {
    name: 'react-saved-cards:stylesheet',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: stylesheet.output, source: readFileSync(source, 'utf8') });
    },
  };
}

/** Vite `build` options for the package. `root` is the repository root. */
export function libraryBuild(root: string): BuildEnvironmentOptions {
  const entry = Object.fromEntries(Object.entries(libraryEntries).map(([name, file]) => [name, resolve(root, file)]));
  const dependencies = readPackageDependencies(root);
  return {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    // Readable output; the merchant's bundler minifies. Keeps /*#__PURE__*/ hints intact.
    minify: false,
    sourcemap: false,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      external: (id) => isExternal(id, dependencies),
      plugins: [directivesPlugin(Object.keys(libraryEntries)), stylesheetPlugin(root)],
      output: {
        preserveModules: true,
        preserveModulesRoot: resolve(root, 'src'),
        entryFileNames: '[name].js',
      },
    },
  };
}
