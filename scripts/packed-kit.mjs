// Shared by the example steps (scripts/example-next.mjs, scripts/example-vite.mjs) and scripts/size-next.mjs:
// an example installs the kit as a merchant would, from the packed tarball (run `npm run build` first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command to completion, throwing if it fails. */
export function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/** `npm pack`s the kit, then `npm ci` in `app` and `npm install --no-save` of the tarball there. */
export function installPackedKit(app, env = process.env) {
  const packs = mkdtempSync(join(tmpdir(), 'saved-cards-pack-'));
  try {
    run('npm', ['pack', '--silent', '--pack-destination', packs], root, env);
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], app, env);
    run(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--prefer-offline',
        join(packs, 'react-saved-cards-0.1.0.tgz'),
      ],
      app,
      env,
    );
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}
