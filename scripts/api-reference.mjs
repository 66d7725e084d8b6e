// The API reference in docs/api/, generated from the JSDoc of the declarations `npm run build` emits (dist/*.d.ts):
// @microsoft/api-extractor reads each entry's .d.ts into a doc model (it bundles its own TypeScript, since TS 7 has
// no compiler API), and @microsoft/api-documenter writes Markdown from it.
//
//   node scripts/api-reference.mjs           writes docs/api/ (commit it)
//   node scripts/api-reference.mjs --check   a `npm test` step: generates into a temporary folder and fails when
//                                            docs/api/ differs (run the line above and commit), or when an export
//                                            has no JSDoc that is not in scripts/api-undocumented.json, or when one
//                                            listed there has JSDoc now (remove it from the list).
// Needs dist/ (npm run build). Nothing in the output depends on the machine: paths are relative to the repository.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerCompilerOptions } from './consumer-compiler-options.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'docs/api');
const allowlistPath = join(root, 'scripts/api-undocumented.json');

/** The entries documented: their import path, their declaration file, and their folder under docs/api/. */
const ENTRIES = [
  { entry: 'react-saved-cards', dts: 'dist/index.d.ts', folder: 'main' },
  { entry: 'react-saved-cards/headless', dts: 'dist/headless.d.ts', folder: 'headless' },
  { entry: 'react-saved-cards/server', dts: 'dist/server/index.d.ts', folder: 'server' },
  // Every catalogue has the shape of the English one; its own page would repeat it eleven times.
  { entry: 'react-saved-cards/locales/en', dts: 'dist/i18n/en.d.ts', folder: 'locales-en' },
];

/** One entry's doc model (.api.json) in `workFolder`. */
function extract({ dts }, workFolder) {
  const apiJsonFilePath = join(workFolder, 'react-saved-cards.api.json');
  const configObject = {
    projectFolder: root,
    mainEntryPointFilePath: join(root, dts),
    compiler: {
      overrideTsconfig: {
        compilerOptions: { ...consumerCompilerOptions, types: [] },
        include: [join(root, 'dist')],
      },
    },
    apiReport: { enabled: false },
    docModel: { enabled: true, apiJsonFilePath },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    newlineKind: 'lf',
    messages: {
      compilerMessageReporting: { default: { logLevel: 'warning' } },
      extractorMessageReporting: { default: { logLevel: 'none' } },
      tsdocMessageReporting: { default: { logLevel: 'none' } },
    },
  };
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: true, showVerboseMessages: false });
  if (!result.succeeded) throw new Error(`api-extractor failed on ${dts} (${result.errorCount} errors)`);
  return apiJsonFilePath;
}

/** The exports of one doc model that carry no JSDoc at all. */
function undocumented(apiJsonFilePath, entry) {
  const model = JSON.parse(readFileSync(apiJsonFilePath, 'utf8'));
  const found = [];
  for (const entryPoint of model.members) {
    for (const member of entryPoint.members) {
      if (!member.docComment?.trim()) found.push(`${entry}: ${member.name} (${member.kind})`);
    }
  }
  return found;
}

/** Markdown for one entry in `outFolder`, with the entry's import path as the package page's title. */
function document({ entry }, workFolder, outFolder) {
  const documenter = join(root, 'node_modules/.bin/api-documenter');
  const run = spawnSync(documenter, ['markdown', '-i', workFolder, '-o', outFolder], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`api-documenter failed:\n${run.stdout}\n${run.stderr}`);
  for (const file of readdirSync(outFolder)) {
    const path = join(outFolder, file);
    const text = readFileSync(path, 'utf8')
      .replace(/^## react-saved-cards package$/m, `## \`${entry}\``)
      .replace(/\[Home\]\(\.\/index\.md\)/g, '[API reference](../README.md)')
      .replace(/\[react-saved-cards\]\(\.\/react-saved-cards\.md\)/g, `[\`${entry}\`](./react-saved-cards.md)`);
    writeFileSync(path, text);
  }
  rmSync(join(outFolder, 'index.md'));
}

function indexPage() {
  const rows = ENTRIES.map(({ entry, folder }) => `- [\`${entry}\`](${folder}/react-saved-cards.md)`);
  return [
    '# API reference',
    '',
    'Generated from the JSDoc of the published declarations by `node scripts/api-reference.mjs` (api-extractor and',
    'api-documenter); do not edit by hand. `npm test` fails when it is stale.',
    '',
    ...rows,
    '',
    'The other catalogues (`react-saved-cards/locales/ar`, `fr`, …) have the shape of `locales/en`.',
    '',
  ].join('\n');
}

/** Generates the whole reference into `outRoot`; returns the exports without JSDoc. */
function generate(outRoot) {
  const scratch = mkdtempSync(join(tmpdir(), 'api-reference-'));
  const missing = [];
  try {
    for (const item of ENTRIES) {
      const work = join(scratch, item.folder);
      mkdirSync(work, { recursive: true });
      missing.push(...undocumented(extract(item, work), item.entry));
      const out = join(outRoot, item.folder);
      mkdirSync(out, { recursive: true });
      document(item, work, out);
    }
    writeFileSync(join(outRoot, 'README.md'), indexPage());
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return missing;
}

function files(folder) {
  const found = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(folder)) walk(folder);
  return found;
}

/** What differs between the committed reference and a fresh one, as short lines. */
function differences(fresh) {
  const before = files(committed);
  const after = files(fresh);
  const lines = [];
  for (const [file, text] of after) {
    if (!before.has(file)) lines.push(`missing: docs/api/${file}`);
    else if (before.get(file) !== text) lines.push(`stale:   docs/api/${file}`);
  }
  for (const file of before.keys()) if (!after.has(file)) lines.push(`extra:   docs/api/${file}`);
  return lines;
}

function checkJsdoc(missing) {
  const allowed = new Set(JSON.parse(readFileSync(allowlistPath, 'utf8')).undocumented);
  const problems = [];
  for (const name of missing)
    if (!allowed.has(name)) problems.push(`no JSDoc: ${name} (document it; the list only shrinks)`);
  for (const name of allowed)
    if (!missing.includes(name)) problems.push(`documented now, remove from scripts/api-undocumented.json: ${name}`);
  return problems;
}

const check = process.argv.includes('--check');
if (!existsSync(join(root, 'dist/index.d.ts'))) {
  console.error('api-reference: dist/index.d.ts is missing; run `npm run build` first.');
  process.exit(1);
}
if (check) {
  const fresh = mkdtempSync(join(tmpdir(), 'api-reference-out-'));
  try {
    const missing = generate(fresh);
    const stale = differences(fresh);
    const problems = checkJsdoc(missing);
    for (const line of stale) console.error(line);
    if (stale.length)
      console.error('The API reference is stale: run `node scripts/api-reference.mjs` and commit docs/api/.');
    for (const line of problems) console.error(line);
    console.log(`api-reference: ${files(fresh).size} pages, ${missing.length} exports without JSDoc (listed)`);
    process.exitCode = stale.length || problems.length ? 1 : 0;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
} else {
  rmSync(committed, { recursive: true, force: true });
  mkdirSync(committed, { recursive: true });
  const missing = generate(committed);
  console.log(`api-reference: wrote docs/api/ (${files(committed).size} pages)`);
  if (process.argv.includes('--list-undocumented')) for (const name of missing) console.log(name);
  else console.log(`${missing.length} exports without JSDoc; --list-undocumented prints them`);
}
