// @vitest-environment node
import { expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../src/core/errors';
import { createSavedCardsHandler, memoryProvider } from '../../src/server';

it("a refused token is worded by core's ERROR_MESSAGES, the sentence the browser shows for invalid-token", async () => {
  const handler = createSavedCardsHandler({
    provider: memoryProvider({ cards: { c: [{ token: 'tok_1', last4: '4242' }] } }),
    getCustomerId: () => 'c',
  });
  const answer = await handler(
    new Request('http://shop.test/api/saved-cards/%E2%80%AE', {
      method: 'DELETE',
      headers: { 'X-Requested-With': 'react-saved-cards' },
    }),
  );
  expect(answer.status).toBe(400);
  expect(await answer.json()).toEqual({
    error: { code: 'invalid-token', message: ERROR_MESSAGES['invalid-token'] },
  });
});
