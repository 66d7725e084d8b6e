import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import { normalizeCards } from '../../src/core/normalize';
import { sanitizeProviderAnswer } from '../../src/server/pass-through';

const reference = async (par: string) => `ref-${par.length}`;
const now = new Date(2026, 10, 24);

// Each spelling an adapter reads, one answer per spelling: the card the browser lists from the
// passed-through answer is the card it lists from the provider's own.
const payuSpellings = [
  {
    cardBrand: 'VISA',
    cardNo: 'XXXXXXXXXXXX1111',
    cardExpiryMonth: '05',
    cardExpiryYear: '2037',
    nameOnCard: 'A B',
    cardName: 'Work',
    cardMode: 'CC',
    cardCVV: '1',
    isExpired: 0,
  },
  {
    card_brand: 'MAST',
    card_no: 'XXXXXXXXXXXX2222',
    expiry_month: '06',
    expiry_year: '2038',
    name_on_card: 'C D',
    card_name: 'Home',
    card_mode: 'DC',
    card_cvv: '0',
    is_expired: '0',
  },
  { card_type: 'VISA', card_no: 'XXXXXXXXXXXX3333', expiryMonth: 7, expiryYear: 2039 },
];

test('pass-through keeps every PayU field the adapter reads, in each spelling', async () => {
  for (const card of payuSpellings) {
    const raw = { status: 1, user_cards: { tok_1: card } };
    const { answer: passed, dropped } = await sanitizeProviderAnswer('payu', raw, reference);
    const listed = (body: unknown) => normalizeCards(payuAdapter().parseList(body).cards, { now }).cards;
    expect(listed(passed)).toEqual(listed(raw));
    expect(dropped).toEqual([]);
    expect(dropped).toEqual([]);
    expect(listed(passed)[0]).toMatchObject({ expiryMonth: expect.any(Number), last4: expect.any(String) });
  }
});

test('pass-through keeps every Ottu field the adapter reads', async () => {
  const raw = [
    {
      token: 'tok_1',
      brand: 'VISA',
      number: 'XXXXXXXXXXXX1111',
      expiry_month: '05',
      expiry_year: '37',
      is_expired: false,
      is_preferred: true,
      will_expire_soon: true,
      name_on_card: 'A B',
      cvv_required: true,
      pg_name: 'mpgs',
    },
  ];
  const { answer: passed, dropped } = await sanitizeProviderAnswer('ottu', raw, reference);
  const listed = (body: unknown) => normalizeCards(ottuAdapter().parseList(body).cards, { now }).cards;
  expect(listed(passed)).toEqual(listed(raw));
  expect(dropped).toEqual([]);
  expect(listed(passed)[0]).toMatchObject({
    isPreferred: true,
    isExpiringSoon: true,
    gateway: 'mpgs',
    cvvRequired: true,
  });
});
