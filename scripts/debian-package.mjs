// What `npm test` needs from the system (Chromium, PostgreSQL) and cannot get from npm: Debian's
// package, installed with apt-get when this process runs as root, as it does on a fresh CI machine.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(command, args, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}

/**
 * `apt-get update && apt-get install -y <name>`, when this process may (root, with apt-get).
 * Resolves false when it may not, so the caller can say how to install it; throws when apt-get fails.
 */
export async function installDebianPackage(name, why) {
  if (!isRoot() || !hasCommand('apt-get')) return false;
  console.log(`${why}; installing Debian's package: apt-get update && apt-get install -y ${name}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], env)) !== 0 || (await run('apt-get', ['install', '-y', name], env)) !== 0) {
    throw new Error(`apt-get could not install ${name} (see the output above).`);
  }
  return true;
}
