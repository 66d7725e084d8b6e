// @vitest-environment node
// Issue 21, item 3, over the handler: the reproduction.
import { expect, it } from 'vitest';
import { createSavedCardsHandler, memoryProvider } from '../../src/server';

it('PATCH {"nickname":"4111ー1111ー1111ー1111"} is refused with 400 and nothing is stored', async () => {
  const handler = createSavedCardsHandler({
    provider: memoryProvider({
      cards: { c: [{ token: 'tok_1', brand: 'visa', last4: '1111', expiryMonth: 5, expiryYear: 2037 }] },
    }),
    getCustomerId: () => 'c',
  });
  const headers = { 'X-Requested-With': 'react-saved-cards' };
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards/tok_1', {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ nickname: '4111ー1111ー1111ー1111' }),
    }),
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    error: { code: 'invalid-nickname', message: "A card name can't contain a card number." },
  });
  const list = await handler(new Request('http://127.0.0.1/api/saved-cards', { headers }));
  expect(((await list.json()) as { cards: { nickname?: string }[] }).cards[0]?.nickname).toBeUndefined();
});
