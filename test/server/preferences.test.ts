// @vitest-environment node
import { expect, it } from 'vitest';
import { jsonAdapter } from '../../src/adapters/json';
import {
  createSavedCardsHandler,
  memoryPreferences,
  type PaymentProvider,
  type SavedCardsPreferences,
} from '../../src/server';

const CARDS = [
  { token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
  { token: 'tok_2', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036, nickname: 'Old name' },
  { token: 'tok_3', brand: 'amex', last4: '0005', expiryMonth: 9, expiryYear: 2035 },
];

/** A vault like Ottu's or PayU's: it lists and deletes, and can store neither a default nor a name. */
function listOnlyProvider(cards: { current: typeof CARDS }): PaymentProvider {
  return {
    name: 'list-only',
    adapter: jsonAdapter(),
    secrets: [],
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: async () => ({ cards: cards.current }),
    deleteCard: async () => undefined,
  };
}

function setup(preferences: SavedCardsPreferences = memoryPreferences()) {
  const cards = { current: CARDS };
  const handler = createSavedCardsHandler({
    provider: listOnlyProvider(cards),
    preferences,
    getCustomerId: () => 'customer-1',
  });
  const headers = { 'X-Requested-With': 'react-saved-cards', 'Content-Type': 'application/json' };
  const patch = (token: string, body: unknown) =>
    handler(
      new Request(`http://127.0.0.1/api/saved-cards/${token}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers,
      }),
    );
  const list = async () =>
    (await (await handler(new Request('http://127.0.0.1/api/saved-cards', { headers }))).json()) as {
      cards: { token: string; isPreferred: boolean; nickname?: string }[];
      capabilities: unknown;
    };
  return { cards, patch, list, preferences };
}

it('with a store, a provider that cannot set a default or name cards gets both', async () => {
  const { patch, list } = setup();
  expect((await list()).capabilities).toEqual({ delete: true, setDefault: true, rename: true });
  expect((await patch('tok_3', { isPreferred: true })).status).toBe(204);
  expect((await patch('tok_2', { nickname: 'Travel' })).status).toBe(204);
  const { cards } = await list();
  expect(cards.map((card) => [card.token, card.isPreferred, card.nickname])).toEqual([
    ['tok_3', true, undefined],
    ['tok_1', false, undefined],
    ['tok_2', false, 'Travel'],
  ]);
});

it('a store entry whose token is no longer listed is ignored, and removed on the next write', async () => {
  const { cards, patch, list, preferences } = setup();
  await patch('tok_3', { isPreferred: true });
  await patch('tok_3', { nickname: 'Gone soon' });
  cards.current = CARDS.filter((card) => card.token !== 'tok_3');
  // The provider's own default shows again.
  expect((await list()).cards.map((card) => [card.token, card.isPreferred])).toEqual([
    ['tok_1', true],
    ['tok_2', false],
  ]);
  expect(await preferences.get('customer-1')).toEqual({ defaultToken: 'tok_3', nicknames: { tok_3: 'Gone soon' } });
  await patch('tok_2', { nickname: 'Work' });
  expect(await preferences.get('customer-1')).toEqual({ defaultToken: undefined, nicknames: { tok_2: 'Work' } });
});

it('a token not in the list is a 404 and never reaches the store; a stored name that breaks the rule is not shown', async () => {
  const stored = { defaultToken: undefined, nicknames: { tok_1: '4111 1111 1111 1111' } };
  const writes: string[] = [];
  const { patch, list } = setup({
    get: () => stored,
    setDefault: (_customer, token) => void writes.push(token),
    setNickname: (_customer, token) => void writes.push(token),
  });
  expect((await patch('tok_other', { isPreferred: true })).status).toBe(404);
  expect(writes).toEqual([]);
  expect((await list()).cards.find((card) => card.token === 'tok_1')?.nickname).toBeUndefined();
});

it("a failing store is answered and reported as the store's failure, not the provider's", async () => {
  const events: { route: string | null; status: number; code: string }[] = [];
  const broken: SavedCardsPreferences = {
    get: () => Promise.reject(new Error('database is down: postgres://user:secret@db')),
    setDefault: () => {
      throw new Error('database is down');
    },
    setNickname: () => Promise.reject(new Error('database is down')),
  };
  const handler = createSavedCardsHandler({
    provider: listOnlyProvider({ current: CARDS }),
    preferences: broken,
    getCustomerId: () => 'customer-1',
    onError: ({ route, status, code }) => void events.push({ route, status, code }),
  });
  const headers = { 'X-Requested-With': 'react-saved-cards', 'Content-Type': 'application/json' };
  const url = 'http://127.0.0.1/api/saved-cards';
  const answers = [
    await handler(new Request(url, { headers })),
    await handler(new Request(`${url}/tok_1`, { method: 'PATCH', body: '{"isPreferred":true}', headers })),
    await handler(new Request(`${url}/tok_1`, { method: 'PATCH', body: '{"nickname":"Work"}', headers })),
  ];
  const bodies = await Promise.all(answers.map((answer) => answer.text()));
  expect(answers.map((answer) => answer.status)).toEqual([500, 500, 500]);
  expect(bodies.join()).not.toContain('secret');
  expect(events).toEqual([
    { route: 'list', status: 500, code: 'preferences-failed' },
    { route: 'update', status: 500, code: 'preferences-failed' },
    { route: 'update', status: 500, code: 'preferences-failed' },
  ]);
});
