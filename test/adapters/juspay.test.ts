// Juspay's "List stored cards" (juspay.io/in/docs/api-reference/docs/express-checkout/list-stored-cards, and the
// older developer.juspay.in/reference/list-stored-cards, which names the year `card_expiry_year`).
import { juspayAdapter } from '../../src/adapters/juspay';
import { normalizeCards } from '../../src/core/normalize';

const card = {
  card_token: '1a1ea67b-9ec2-41db-8413-a0ddd8b3c5f6',
  card_reference: '80fec25769da85bae1a5565dabea9a5b',
  card_fingerprint: '2bp6l17bhqm700ktnv7h28q4qi',
  card_number: '4123-XXXXXXXX-3456',
  card_isin: '412356',
  card_exp_year: '2030',
  card_exp_month: '07',
  card_type: 'CREDIT',
  card_issuer: 'HDFC Bank',
  card_brand: 'VISA',
  nickname: 'Visa card',
  name_on_card: 'Sindbad',
  expired: false,
};

function read(body: unknown) {
  const parsed = juspayAdapter().parseList(body);
  return normalizeCards(parsed.cards, { now: new Date(2026, 10, 24), issues: parsed.issues });
}

test('reads brand, last 4 of the masked number, expiry, nickname and name; never the ISIN or fingerprint', () => {
  const { cards, issues } = read({ customer_id: 'user_108', merchantId: 'shop', cards: [card] });
  expect(issues).toEqual([]);
  expect(cards).toEqual([
    {
      token: card.card_token,
      tokens: [card.card_token],
      brand: 'visa',
      last4: '3456',
      expiryMonth: 7,
      expiryYear: 2030,
      isExpired: false,
      isExpiringSoon: false,
      isPreferred: false,
      holderName: 'Sindbad',
      nickname: 'Visa card',
      funding: 'credit',
      cvvRequired: false,
    },
  ]);
  expect(JSON.stringify(cards)).not.toMatch(/412356|4123|2bp6l17b|80fec257/);
});

test('expired from Juspay’s flag, the older card_expiry_year spelling, and duplicates by card_fingerprint', () => {
  const { card_exp_year: year, ...older } = card;
  const { cards } = read({
    cards: [
      { ...older, card_expiry_year: year },
      { ...card, card_token: 'again' },
      { ...card, card_token: 'old', card_fingerprint: 'other', card_exp_year: '2024', expired: true },
    ],
  });
  expect(cards.map((item) => [item.tokens, item.expiryYear, item.isExpired])).toEqual([
    [[card.card_token, 'again'], 2030, false],
    [['old'], 2024, true],
  ]);
});

test('an answer without a cards array is unreadable, never an empty list', () => {
  for (const body of [{}, { cards: 'none' }, [], null]) {
    expect(() => juspayAdapter().parseList(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  }
});
