// @vitest-environment node
import { expect, it } from 'vitest';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import type { SavedCardsAdapter } from '../../src/adapters/types';
import { savedCardsResponseSchema } from '../../src/schema';
import { createSavedCardsHandler, memoryProvider, type PaymentProvider } from '../../src/server';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV1 from '../fixtures/payu-v1-user-cards.json';
import payuPci from '../fixtures/payu-pci-user-cards.json';

function fixtureProvider(adapter: SavedCardsAdapter, answer: unknown): PaymentProvider {
  return {
    name: adapter.name,
    adapter,
    secrets: [],
    listCards: async () => structuredClone(answer),
    deleteCard: async () => undefined,
  };
}

const providers: [string, PaymentProvider][] = [
  ['ottu', fixtureProvider(ottuAdapter(), ottuCards)],
  ['payu', fixtureProvider(payuAdapter(), payuV1)],
  ['payu pci', fixtureProvider(payuAdapter(), payuPci)],
  [
    'memory',
    memoryProvider({
      cards: {
        c1: [
          {
            token: 'tok_1',
            brand: 'visa',
            last4: '4242',
            expiryMonth: '05',
            expiryYear: 37,
            isPreferred: true,
            deleteBlocked: { code: 'agreement', message: 'Used by a plan' },
          },
          { token: 'tok_2', maskedNumber: '5555 55** **** 4444', holderName: 'A 4111111111111111', funding: 'debit' },
        ],
      },
    }),
  ],
];

it.each(providers)("the handler's %s answers parse with savedCardsResponseSchema", async (_name, provider) => {
  const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'c1', onSkippedCards: () => undefined });
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards', { headers: { 'X-Requested-With': 'react-saved-cards' } }),
  );
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  const parsed = savedCardsResponseSchema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data?.cards.length).toBeGreaterThan(0);
});

it('refuses what a merchant must not send: a whole card number, a missing token', () => {
  expect(savedCardsResponseSchema.safeParse({ cards: [{ token: 'tok_1', last4: '4111111111111111' }] }).success).toBe(
    false,
  );
  expect(savedCardsResponseSchema.safeParse({ cards: [{ brand: 'visa', last4: '4242' }] }).success).toBe(false);
  expect(savedCardsResponseSchema.safeParse({ cards: [{ token: 'tok_1', last4: '4242' }] }).success).toBe(true);
});
