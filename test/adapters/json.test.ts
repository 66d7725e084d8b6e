import { jsonAdapter } from '../../src/adapters/json';
import { normalizeCards } from '../../src/core/normalize';

test('reads the kit contract', () => {
  const parsed = jsonAdapter().parseList({
    cards: [
      {
        token: 't1',
        brand: 'visa',
        last4: '4242',
        expiryMonth: 5,
        expiryYear: 2037,
        isPreferred: true,
        deleteBlocked: { code: 'agreement', message: 'Gym membership' },
      },
      {
        token: 't2',
        brand: 'amex',
        maskedNumber: '•••• 0005',
        expiryMonth: '06',
        expiryYear: '31',
        funding: 'credit',
        nickname: 'Work',
      },
    ],
  });
  const { cards } = normalizeCards(parsed.cards, { now: new Date(2026, 10, 24) });
  expect(cards[0]).toMatchObject({
    token: 't1',
    last4: '4242',
    isPreferred: true,
    deleteBlockedReason: { code: 'agreement', message: 'Gym membership' },
  });
  expect(cards[1]).toMatchObject({
    token: 't2',
    brand: 'amex',
    last4: '0005',
    expiryYear: 2031,
    funding: 'credit',
    nickname: 'Work',
  });
});

test('a blocked reason is backend text: redacted and capped like a holder name', () => {
  const parsed = jsonAdapter().parseList({
    cards: [
      {
        token: 't1',
        brand: 'visa',
        last4: '4242',
        expiryMonth: 5,
        expiryYear: 2037,
        deleteBlocked: { code: 'weird', message: `PAN 4111.1111.1111.1111 locked ${'x'.repeat(300)}` },
      },
    ],
  });
  const reason = normalizeCards(parsed.cards).cards[0]?.deleteBlockedReason;
  expect(reason?.code).toBe('other');
  expect(reason?.message).toMatch(/^PAN ••• locked x+…$/);
  expect(reason?.message?.length).toBe(120);
});

test('anything without a cards array is an invalid response', () => {
  for (const body of [undefined, [], { cards: {} }, { data: [] }]) {
    expect(() => jsonAdapter().parseList(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  }
});

test('delete is DELETE {endpoint}/{token}; error bodies are read', () => {
  const adapter = jsonAdapter();
  expect(adapter.deleteRequest('t%201')).toEqual({ method: 'DELETE', path: '/t%201' });
  expect(adapter.parseError?.(409, { error: { code: 'rejected', message: 'Used by a subscription' } })).toEqual({
    kind: 'rejected',
    reason: 'Used by a subscription',
  });
  expect(adapter.parseError?.(500, { error: { code: 'provider_down', message: 'Try later' } })).toEqual({
    reason: 'Try later',
  });
});
