// The `database` project's globalSetup: a real PostgreSQL server of its own for the run, on 127.0.0.1
// and a free port, in a temporary data directory, stopped and removed at the end. Debian's package,
// installed with apt-get when missing and this runs as root (as for Chromium in scripts/test.mjs).
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasCommand, installDebianPackage, isExecutable, isRoot } from '../../scripts/debian-package.mjs';
import { freePort } from '../../scripts/free-port.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser connection string to the run's PostgreSQL server. */
    postgresUrl: string;
  }
}

/** Where initdb and pg_ctl are: $POSTGRES_BIN, else Debian's newest, else the PATH. */
function binDirectory(): string | undefined {
  if (process.env.POSTGRES_BIN) {
    if (isExecutable(join(process.env.POSTGRES_BIN, 'initdb'))) return process.env.POSTGRES_BIN;
    throw new Error(`POSTGRES_BIN is set to ${process.env.POSTGRES_BIN}, which holds no initdb. Fix it or unset it.`);
  }
  let versions: string[] = [];
  try {
    versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  } catch {
    // Not Debian's layout.
  }
  for (const version of versions) {
    const bin = `/usr/lib/postgresql/${version}/bin`;
    if (isExecutable(join(bin, 'initdb'))) return bin;
  }
  if (hasCommand('initdb'))
    return join(execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim(), '..');
  return undefined;
}

async function findPostgres(): Promise<string> {
  const found = binDirectory();
  if (found) return found;
  if (await installDebianPackage('postgresql', 'PostgreSQL is not installed')) {
    const installed = binDirectory();
    if (installed) return installed;
    throw new Error('apt-get installed postgresql, but no initdb was found under /usr/lib/postgresql.');
  }
  throw new Error(
    [
      'The database tests need a PostgreSQL server, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y postgresql',
      '  elsewhere:      install PostgreSQL and set POSTGRES_BIN to the folder holding initdb and pg_ctl',
    ].join('\n'),
  );
}

export default async function startPostgres(project: TestProject) {
  const bin = await findPostgres();
  // The server refuses to run as root: as root it runs as Debian's `postgres` user.
  const asServer = (command: string, args: string[]) =>
    isRoot()
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const data = mkdtempSync(join(tmpdir(), 'saved-cards-postgres-'));
  if (isRoot()) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' })));
    chownSync(data, uid ?? 0, gid ?? 0);
  }
  const port = await freePort();
  const started = performance.now();
  try {
    asServer('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '--no-instructions']);
    // No durability needed for a server that is deleted at the end; the socket stays in the data directory.
    const settings = `-h 127.0.0.1 -p ${port} -k ${data} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    asServer('pg_ctl', ['-D', data, '-l', join(data, 'server.log'), '-o', settings, '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(data, { recursive: true, force: true });
    throw error;
  }
  console.log(`PostgreSQL (${bin}) on 127.0.0.1:${port}, ready in ${Math.round(performance.now() - started)} ms`);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      asServer('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  };
}
