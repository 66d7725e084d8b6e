// The server entry's declarations compile in a Node-only project: lib es2022 (no DOM), @types/node,
// skipLibCheck false. Run after `npm run build`; uses the package's own dist/ through its exports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = mkdtempSync(join(tmpdir(), 'saved-cards-server-types-'));
try {
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules/react-saved-cards'), 'dir');
  symlinkSync(join(root, 'node_modules/@types/node'), join(app, 'node_modules/@types/node'), 'dir');
  for (const name of ['undici-types'])
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        lib: ['es2022'],
        types: ['node'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files: ['server.ts'],
    }),
  );
  writeFileSync(
    join(app, 'server.ts'),
    [
      "import { createSavedCardsHandler, jsonAdapter, memoryProvider, readCookie, SavedCardsError, type PaymentProvider } from 'react-saved-cards/server';",
      'const custom: PaymentProvider = {',
      "  name: 'custom', adapter: jsonAdapter(), secrets: [],",
      '  listCards: async () => ({ cards: [] }),',
      "  deleteCard: async () => { throw new SavedCardsError('rejected', { reason: 'Locked' }); },",
      '};',
      "const handler = createSavedCardsHandler({ provider: custom, getCustomerId: (request) => readCookie(request, 'session') });",
      "const memory = memoryProvider({ cards: { c1: [{ token: 'tok_1', brand: 'visa', last4: '4242' }] } });",
      'export { handler, memory };',
      '',
    ].join('\n'),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], {
    encoding: 'utf8',
  });
  process.stdout.write(tsc.stdout + tsc.stderr);
  if (tsc.status !== 0) {
    console.error('server-types: react-saved-cards/server does not compile without the DOM lib (see above)');
    process.exit(1);
  }
  console.log('server-types: react-saved-cards/server compiles with lib es2022 only and skipLibCheck false');
} finally {
  rmSync(app, { recursive: true, force: true });
}
