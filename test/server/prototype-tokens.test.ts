// @vitest-environment node
// Issue 21, item 2: tokens named like Object.prototype members, through the handler, with and without a preferences store.
import { expect, it } from 'vitest';
import { createSavedCardsHandler, memoryPreferences, memoryProvider } from '../../src/server';

const TOKENS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
const HEADERS = { 'X-Requested-With': 'react-saved-cards' };

function cards() {
  return TOKENS.map((token, index) => ({
    token,
    brand: 'visa',
    last4: `${index + 1}`.repeat(4),
    expiryMonth: 5,
    expiryYear: 2037,
  }));
}

const send = (handler: (request: Request) => Promise<Response>, method: string, token = '', body?: string) =>
  handler(
    new Request(`http://127.0.0.1/api/saved-cards${token && `/${encodeURIComponent(token)}`}`, {
      method,
      headers: HEADERS,
      body,
    }),
  );

async function listed(handler: (request: Request) => Promise<Response>) {
  const response = await send(handler, 'GET');
  expect(response.status).toBe(200);
  return ((await response.json()) as { cards: { token: string; isPreferred: boolean; nickname?: string }[] }).cards;
}

it.each([
  ['the provider', false],
  ['a preferences store', true],
])('names, makes default and deletes prototype-named tokens, keeping them with %s', async (_where, withStore) => {
  const handler = createSavedCardsHandler({
    provider: memoryProvider({ cards: { 'customer-1': cards() } }),
    ...(withStore && { preferences: memoryPreferences() }),
    getCustomerId: () => 'customer-1',
  });
  expect((await listed(handler)).map(({ token }) => token)).toEqual(TOKENS);
  for (const [index, token] of TOKENS.entries()) {
    expect((await send(handler, 'PATCH', token, JSON.stringify({ nickname: `Card ${index}` }))).status).toBe(204);
  }
  expect((await send(handler, 'PATCH', '__proto__', '{"isPreferred":true}')).status).toBe(204);
  const named = await listed(handler);
  expect(Object.fromEntries(named.map(({ token, nickname }) => [token, nickname]))).toEqual(
    Object.fromEntries(TOKENS.map((token, index) => [token, `Card ${index}`])),
  );
  expect(named.filter(({ isPreferred }) => isPreferred).map(({ token }) => token)).toEqual(['__proto__']);
  expect((await send(handler, 'DELETE', 'constructor')).status).toBe(204);
  expect((await listed(handler)).map(({ token }) => token)).toEqual(['__proto__', 'toString', 'hasOwnProperty']);
  // An invented token of the same kind is still nobody's card.
  expect((await send(handler, 'DELETE', 'valueOf')).status).toBe(404);
});
