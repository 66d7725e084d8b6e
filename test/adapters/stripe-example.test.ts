// The custom adapter shown in the README ("Any other backend"), kept in a test so it stays true.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createSavedCardsClient, type CardInput, type SavedCardsAdapter } from '../../src/headless';

// --- README example starts ---
const stripeAdapter: SavedCardsAdapter = {
  name: 'stripe',
  parseList(body) {
    // Your endpoint returns Stripe's `GET /v1/customers/:id/payment_methods?type=card` answer as-is.
    const list = body as {
      data?: Array<{ id: string; card?: Record<string, unknown>; billing_details?: { name?: string | null } }>;
    };
    if (!Array.isArray(list.data)) throw new Error('not a Stripe list');
    return {
      cards: list.data.map((method): CardInput => ({
        token: method.id,
        brand: method.card?.brand,
        number: method.card?.last4,
        expiryMonth: method.card?.exp_month,
        expiryYear: method.card?.exp_year,
        funding: method.card?.funding,
        holderName: method.billing_details?.name ?? undefined,
        accountReference: method.card?.fingerprint, // groups the same card saved twice
      })),
    };
  },
  // Your endpoint detaches the PaymentMethod on the server.
  deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
};
// --- README example ends ---

const endpoint = 'http://shop.test/api/stripe/cards';
const server = setupServer(
  http.get(endpoint, () =>
    HttpResponse.json({
      object: 'list',
      has_more: false,
      data: [
        {
          id: 'pm_1',
          type: 'card',
          card: { brand: 'visa', last4: '4242', exp_month: 8, exp_year: 2030, funding: 'credit', fingerprint: 'fp_A' },
          billing_details: { name: 'Jenny Rosen' },
        },
        {
          id: 'pm_2',
          type: 'card',
          card: { brand: 'visa', last4: '4242', exp_month: 8, exp_year: 2030, funding: 'credit', fingerprint: 'fp_A' },
          billing_details: { name: null },
        },
        {
          id: 'pm_3',
          type: 'card',
          card: { brand: 'amex', last4: '8431', exp_month: 1, exp_year: 2029, funding: 'credit', fingerprint: 'fp_B' },
          billing_details: {},
        },
      ],
    }),
  ),
  http.delete(`${endpoint}/:id`, () => HttpResponse.json({ id: 'pm_1', customer: null })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

test('the README Stripe adapter lists and deletes through the same interface', async () => {
  const client = createSavedCardsClient({ endpoint, adapter: stripeAdapter, now: () => new Date(2026, 10, 24) });
  const { cards } = await client.listCards();
  expect(cards.map((card) => [card.brand, card.last4, card.tokens])).toEqual([
    ['visa', '4242', ['pm_1', 'pm_2']],
    ['amex', '8431', ['pm_3']],
  ]);
  expect(cards[0]?.holderName).toBe('Jenny Rosen');
  await expect(client.deleteCard(cards[0]!.tokens)).resolves.toBeUndefined();
});

test('an adapter that throws a plain error becomes a typed invalid-response', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json({ error: { message: 'No such customer' } })));
  const client = createSavedCardsClient({ endpoint, adapter: stripeAdapter });
  await expect(client.listCards()).rejects.toMatchObject({ kind: 'invalid-response' });
});
