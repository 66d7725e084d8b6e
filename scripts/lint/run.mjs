// `npm run lint` (a step of `npm test`): ESLint, then Prettier's check, over the whole repository.
// ESLint has its own install here (see package.json beside this file); it is made on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(resolve(here, 'node_modules/.bin/eslint'))) {
  run('npm', ['ci', '--no-audit', '--no-fund'], here);
}
run(
  resolve(here, 'node_modules/.bin/eslint'),
  ['--config', resolve(here, 'eslint.config.js'), '--max-warnings', '0', '.'],
  root,
);
run(resolve(root, 'node_modules/.bin/prettier'), ['--check', '--log-level', 'warn', '.'], root);
console.log('lint passed: ESLint and Prettier');
