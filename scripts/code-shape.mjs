// `node scripts/code-shape.mjs [--top N]`: the shape of src/ as issue 22 measures it. The largest files (lines)
// and functions (lines, nested ones on their own), the lines of src/, and the comment ratio: lines holding a
// comment that is not JSDoc (`//` or `/* */`), over the lines holding code; per folder and in all.
// Limits: a file over 250 lines, a function over 60, or comments outside JSDoc over 5 % of src/'s code lines
// exit 1 with `--check` (a step of `npm test`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const topArgument = process.argv.indexOf('--top');
const top = topArgument > 0 ? Number(process.argv[topArgument + 1]) : 5;
const LIMITS = { fileLines: 250, functionLines: 60, commentShare: 0.05 };

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

/** A function's name: its own, or the variable, property or method it is assigned to. */
function nameOf(node, parent) {
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  if (parent?.type === 'VariableDeclarator' && parent.id?.name) return parent.id.name;
  if (parent?.type === 'ObjectProperty' && parent.key?.name) return parent.key.name;
  return '(anonymous)';
}

function* functionsIn(node, parent) {
  if (!node || typeof node.type !== 'string') return;
  if (FUNCTION_TYPES.has(node.type))
    yield { name: nameOf(node, parent), lines: node.loc.end.line - node.loc.start.line + 1, line: node.loc.start.line };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    if (Array.isArray(value)) for (const child of value) yield* functionsIn(child, node);
    else if (value && typeof value === 'object') yield* functionsIn(value, node);
  }
}

const files = [];
const functions = [];
const folders = new Map();
for (const path of sourceFiles(src)) {
  const file = relative(src, path);
  const text = readFileSync(path, 'utf8');
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'], tokens: true });
  const codeLines = new Set();
  for (const token of ast.tokens)
    if (token.type !== 'CommentLine' && token.type !== 'CommentBlock')
      for (let line = token.loc.start.line; line <= token.loc.end.line; line += 1) codeLines.add(line);
  const commentLines = new Set();
  for (const comment of ast.comments) {
    if (comment.type === 'CommentBlock' && comment.value.startsWith('*')) continue;
    for (let line = comment.loc.start.line; line <= comment.loc.end.line; line += 1) commentLines.add(line);
  }
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  files.push({ file, lines });
  for (const found of functionsIn(ast.program)) functions.push({ ...found, file });
  const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '(entries)';
  const sum = folders.get(folder) ?? { lines: 0, code: 0, comments: 0 };
  folders.set(folder, {
    lines: sum.lines + lines,
    code: sum.code + codeLines.size,
    comments: sum.comments + commentLines.size,
  });
}

const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
files.sort((a, b) => b.lines - a.lines);
functions.sort((a, b) => b.lines - a.lines);
console.log(`largest files of src/ (limit ${LIMITS.fileLines} lines):`);
for (const { file, lines } of files.slice(0, top)) console.log(`  ${String(lines).padStart(5)}  ${file}`);
console.log(`largest functions (limit ${LIMITS.functionLines} lines):`);
for (const { file, name, lines, line } of functions.slice(0, top))
  console.log(`  ${String(lines).padStart(5)}  ${name} (${file}:${line})`);
console.log('comments that are not JSDoc, in lines, over lines of code:');
const total = { lines: 0, code: 0, comments: 0 };
for (const [folder, sum] of [...folders].sort()) {
  console.log(
    `  ${folder.padEnd(12)} ${String(sum.comments).padStart(5)} / ${String(sum.code).padStart(5)}  ${percent(sum.comments, sum.code)}`,
  );
  for (const key of Object.keys(total)) total[key] += sum[key];
}
console.log(
  `  ${'src/'.padEnd(12)} ${String(total.comments).padStart(5)} / ${String(total.code).padStart(5)}  ${percent(total.comments, total.code)}`,
);
console.log(`lines of src/ (.ts, .tsx): ${total.lines} in ${files.length} files`);

const over = [
  ...files.filter(({ lines }) => lines > LIMITS.fileLines).map(({ file, lines }) => `${file}: ${lines} lines`),
  ...functions
    .filter(({ lines }) => lines > LIMITS.functionLines)
    .map(({ file, name, lines }) => `${name} in ${file}: ${lines} lines`),
  ...(total.comments > total.code * LIMITS.commentShare
    ? [`comments that are not JSDoc: ${percent(total.comments, total.code)} of src/'s code lines`]
    : []),
];
for (const line of over) console.log(`over the limit: ${line}`);
if (process.argv.includes('--check') && over.length > 0) process.exit(1);
