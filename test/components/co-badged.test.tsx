// @vitest-environment node
import { jsonAdapter } from '../../src/adapters/json';
import { stripeAdapter } from '../../src/adapters/stripe';
import { normalizeCards } from '../../src/core/normalize';
import { createSavedCardsHandler, type PaymentProvider } from '../../src/server';

const madaVisa = {
  token: 'tok_1',
  brand: 'mada',
  last4: '7713',
  expiryMonth: 12,
  expiryYear: 2030,
  networks: ['MADA', 'Visa', 'nonsense'],
};

test("the JSON contract carries a co-badged card's networks as brand ids; one known network is no co-badging", () => {
  const { cards } = normalizeCards(
    jsonAdapter().parseList({ cards: [madaVisa, { ...madaVisa, token: 'tok_2', last4: '1111', networks: ['visa'] }] })
      .cards,
  );
  expect(cards[0]?.networks).toEqual(['mada', 'visa']);
  expect(cards[1]).not.toHaveProperty('networks');
});

test("Stripe's card.networks.available maps onto networks", () => {
  const method = {
    id: 'pm_1',
    type: 'card',
    allow_redisplay: 'always',
    card: {
      brand: 'visa',
      display_brand: 'cartes_bancaires',
      last4: '1001',
      exp_month: 3,
      exp_year: 2031,
      networks: { available: ['cartes_bancaires', 'visa'] },
    },
  };
  const { cards } = normalizeCards(stripeAdapter().parseList({ data: [method], customer: { id: 'cus_1' } }).cards);
  expect(cards[0]).toMatchObject({ brand: 'cartes_bancaires', networks: ['cartes_bancaires', 'visa'] });
});

test("the server handler's JSON answer keeps the networks", async () => {
  const provider: PaymentProvider = {
    name: 'own',
    adapter: jsonAdapter(),
    secrets: [],
    listCards: async () => ({ cards: [madaVisa] }),
    deleteCard: async () => {},
  };
  const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'customer-a' });
  const response = await handler(
    new Request('https://shop.example/api/saved-cards', { headers: { 'X-Requested-With': 'fetch' } }),
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { cards: { networks?: string[] }[] };
  expect(body.cards[0]?.networks).toEqual(['mada', 'visa']);
});
