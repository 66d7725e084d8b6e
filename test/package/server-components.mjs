// The package under React Server Components: `node --conditions=react-server --import
// ./test/package/client-references.mjs test/package/server-components.mjs`, after `npm run build`.
// Pure functions are callable from a Server Component; hooks and components are client references.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const isClientReference = (value) => value?.$$typeof === Symbol.for('react.client.reference');

test('runs under the react-server condition (React without hooks)', async () => {
  const react = await import('react');
  assert.equal(typeof react.useState, 'undefined');
});

for (const entry of ['react-saved-cards', 'react-saved-cards/headless']) {
  test(`${entry}: client, query options, the default choice, names and expiry run in a Server Component`, async () => {
    const kit = await import(entry);
    const client = kit.createSavedCardsClient({ endpoint: 'https://shop.example/api/saved-cards' });
    const options = kit.savedCardsQueryOptions(client, { customerId: 'customer-1' });
    assert.deepEqual(options.queryKey.slice(2), ['customer-1', 'list', { dedupe: true }]);
    assert.equal(typeof options.queryFn, 'function');
    const card = { token: 'tok_1', tokens: ['tok_1'], brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 };
    const cards = [{ ...card, isExpired: false, isExpiringSoon: false, isPreferred: true }];
    assert.equal(kit.defaultSelection(cards), cards[0]);
    assert.equal(kit.cardName(cards[0]), 'Visa ending in 4242');
    assert.equal(kit.formatExpiry(5, 2037), '05/37');
    assert.ok(isClientReference(kit.useSavedCards), 'useSavedCards is a client reference');
    assert.ok(isClientReference(kit.SavedCardsProvider), 'SavedCardsProvider is a client reference');
  });
}

test('react-saved-cards: components are client references, pure helpers are not', async () => {
  const kit = await import('react-saved-cards');
  assert.ok(isClientReference(kit.SavedCards));
  assert.ok(!isClientReference(kit.createSavedCardsClient));
  assert.ok(!isClientReference(kit.savedCardsKeys.list));
});

function* modules(directory) {
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, item.name);
    if (item.isDirectory()) yield* modules(path);
    else if (item.name.endsWith('.js')) yield relative(dist, path);
  }
}

test("dist: 'use client' exactly on the modules that use hooks or context", () => {
  const client = [...modules(dist)].filter((file) =>
    /^\s*['"]use client['"]/.test(readFileSync(join(dist, file), 'utf8')),
  );
  for (const file of [
    'hooks/provider.js',
    'hooks/use-saved-cards.js',
    'hooks/use-card-selection.js',
    'hooks/use-delete-card.js',
    'components/saved-cards.js',
    'components/context.js',
  ]) {
    assert.ok(client.includes(file), `${file} starts with 'use client'`);
  }
  for (const file of client) {
    assert.ok(/^(hooks|components)\//.test(file), `${file} is pure and must not start with 'use client'`);
    assert.match(
      readFileSync(join(dist, file), 'utf8'),
      /\buse[A-Z]\w*\b|createContext/,
      `${file} uses a hook or context`,
    );
  }
  for (const file of [
    'index.js',
    'headless.js',
    'hooks/query-keys.js',
    'client/create-client.js',
    'core/normalize.js',
    'core/expiry.js',
    'server/index.js',
  ]) {
    assert.ok(!client.includes(file), `${file} carries no 'use client'`);
  }
});
