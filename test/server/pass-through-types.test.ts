// @vitest-environment node
// Issue 21, item 6: pass-through forwards a field only when it is of its kit field's type.
import { expect, it } from 'vitest';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import { createSavedCardsHandler, type PaymentProvider, type SavedCardsSkippedEvent } from '../../src/server';

const CARD_NUMBER = '4111111111111111';
const LONG = 'Y'.repeat(3000);
const HEADERS = { 'X-Requested-With': 'react-saved-cards' };

function passThrough(provider: PaymentProvider) {
  const events: SavedCardsSkippedEvent[] = [];
  const handler = createSavedCardsHandler({
    provider,
    passThrough: true,
    getCustomerId: () => 'customer-1',
    onSkippedCards: (event) => events.push(event),
  });
  return {
    events,
    async list() {
      const response = await handler(new Request('http://127.0.0.1/api/saved-cards', { headers: HEADERS }));
      expect(response.status).toBe(200);
      return { text: await response.clone().text(), body: (await response.json()) as unknown };
    },
  };
}

const provider = (name: 'ottu' | 'payu', answer: unknown): PaymentProvider => ({
  name,
  adapter: name === 'ottu' ? ottuAdapter() : payuAdapter(),
  secrets: [],
  listCards: async () => answer,
  deleteCard: async () => undefined,
});

const OTTU_GOOD = {
  token: 'tok_good',
  brand: 'VISA',
  number: 'XXXXXXXXXXXX4242',
  expiry_month: '05',
  expiry_year: 37,
  is_preferred: true,
  is_expired: 'false',
  will_expire_soon: 0,
  cvv_required: false,
  name_on_card: 'FATIMA',
  pg_name: 'mpgs',
};

it('Ottu: a card number in brand, a 3,000-character flag, a month 13, a 3-digit year are dropped and named, never quoted', async () => {
  const { list, events } = passThrough(
    provider('ottu', [
      OTTU_GOOD,
      {
        ...OTTU_GOOD,
        token: 'tok_bad',
        brand: CARD_NUMBER,
        cvv_required: LONG,
        is_preferred: 'maybe',
        expiry_month: '13',
        expiry_year: '123',
      },
    ]),
  );
  const { text, body } = await list();
  expect(text).not.toContain('4111');
  expect(text).not.toContain('YYYY');
  // The good card's fields pass as they came: booleans stay booleans, strings strings.
  expect((body as Record<string, unknown>[])[0]).toMatchObject({
    token: 'tok_good',
    brand: 'VISA',
    expiry_month: '05',
    expiry_year: 37,
    is_preferred: true,
    is_expired: 'false',
    will_expire_soon: 0,
    cvv_required: false,
  });
  const bad = (body as Record<string, unknown>[])[1] as Record<string, unknown>;
  for (const name of ['brand', 'cvv_required', 'is_preferred', 'expiry_month', 'expiry_year']) {
    expect(bad).not.toHaveProperty(name);
  }
  const reported = events.flatMap((event) => event.skipped);
  for (const field of ['brand', 'cvv_required', 'is_preferred', 'expiry_month', 'expiry_year']) {
    expect(reported).toContainEqual({ index: 1, field });
  }
  expect(JSON.stringify(events)).not.toMatch(/4111|YYYY|maybe/);
});

it('PayU: brand, mode, flags and the envelope status are checked too', async () => {
  const { list, events } = passThrough(
    provider('payu', {
      status: LONG,
      msg: 'Cards fetched',
      user_cards: {
        tok_good: {
          cardBrand: 'MAST',
          cardNo: 'XXXXXXXXXXXX4444',
          cardExpiryMonth: '6',
          cardExpiryYear: '2038',
          cardMode: 'CC',
          isExpired: 0,
        },
        tok_bad: {
          cardBrand: `VISA ${CARD_NUMBER}`,
          cardNo: 'XXXXXXXXXXXX1111',
          cardExpiryMonth: 0,
          cardExpiryYear: 20381,
          cardMode: LONG,
          cardCVV: 2,
          isDeleted: LONG,
        },
      },
    }),
  );
  const { text, body } = await list();
  expect(text).not.toContain('4111');
  expect(text).not.toContain('YYYY');
  const cards = (body as { user_cards: Record<string, Record<string, unknown>> }).user_cards;
  expect(cards.tok_good).toMatchObject({ cardBrand: 'MAST', cardExpiryMonth: '6', cardMode: 'CC', isExpired: 0 });
  expect(Object.keys(cards.tok_bad ?? {}).sort()).toEqual(['cardNo']);
  const reported = events.flatMap((event) => event.skipped);
  for (const field of ['cardBrand', 'cardExpiryMonth', 'cardExpiryYear', 'cardMode', 'cardCVV', 'isDeleted']) {
    expect(reported).toContainEqual({ index: 1, field });
  }
  // The envelope's own field: no card's, so index -1.
  expect(reported).toContainEqual({ index: -1, field: 'status' });
});
