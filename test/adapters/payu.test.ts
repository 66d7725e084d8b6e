import payuV1 from '../fixtures/payu-v1-user-cards.json';
import payuV2 from '../fixtures/payu-v2-user-cards.json';
import payuPci from '../fixtures/payu-pci-user-cards.json';
import payuModel3 from '../fixtures/payu-model3-payment-instrument.json';
import payuV2Newest from '../fixtures/payu-v2-user-cards-newest.json';
import { payuAdapter } from '../../src/adapters/payu';
import { normalizeCards } from '../../src/core/normalize';

const now = new Date(2026, 10, 24);

function read(body: unknown, dedupe = true) {
  const parsed = payuAdapter().parseList(body);
  return normalizeCards(parsed.cards, { now, dedupe, issues: parsed.issues });
}

test('v2: five tokens of one physical card are listed once, with all five tokens', () => {
  const { cards, issues } = read(payuV2);
  expect(issues).toEqual([]);
  expect(cards).toHaveLength(1);
  expect(cards[0]).toMatchObject({
    brand: 'visa',
    last4: '1258',
    expiryMonth: 5,
    expiryYear: 2037,
    holderName: 'DUMMY',
    nickname: 'testAll',
    funding: 'credit',
    cvvRequired: false,
  });
  expect(cards[0]?.tokens).toEqual(Object.keys(payuV2.result.user_cards));
});

test('v2: every token is listed when duplicates are shown', () => {
  expect(read(payuV2, false).cards).toHaveLength(5);
});

test('never keeps network token values, PAR or BIN', () => {
  const text = JSON.stringify([read(payuV2, false), read(payuV1)]);
  for (const secret of [
    '4489682380100740',
    'V0010013021320427651459792018',
    '448968',
    '4390406210204342',
    'V0010013022526170404000072387',
    '439040',
    '608001',
  ]) {
    expect(text).not.toContain(secret);
  }
});

test('v1 snake_case: string and number flags, expired RuPay last', () => {
  const { cards } = read(payuV1);
  expect(
    cards.map((card) => [card.token, card.brand, card.last4, card.isExpired, card.funding, card.cvvRequired]),
  ).toEqual([
    ['b4e7c2a9f1d34e8a9c0b', 'visa', '6937', false, 'credit', false],
    ['1c9d0e7f6a5b4c3d2e1f', 'rupay', '0119', true, 'debit', true],
  ]);
});

test('status 0 with HTTP 200 is a refusal with the (redacted) message', () => {
  expect(() => payuAdapter().parseList({ status: 0, msg: 'Invalid hash 123456789' })).toThrow(
    expect.objectContaining({ kind: 'rejected', reason: 'Invalid hash •••' }),
  );
  expect(() => payuAdapter().parseList({ status: '0', msg: 'bad key' })).toThrow(
    expect.objectContaining({ kind: 'rejected' }),
  );
});

test('"card not found" from the older API is an empty list', () => {
  expect(read({ status: 0, msg: 'Card not found.' }).cards).toEqual([]);
});

test('an empty PHP map ([]) and a missing map are empty lists', () => {
  expect(read({ status: 1, user_cards: [] }).cards).toEqual([]);
  expect(read({ status: 1, result: { user_cards: [] } }).cards).toEqual([]);
  expect(read({ status: 1, msg: 'Cards fetched Successfully' }).cards).toEqual([]);
});

test('an answer without a card map is an empty list only when PayU said it succeeded', () => {
  for (const body of [{}, { status: 'failure', error: 'Internal error' }, { error: 'x' }, { status: -1 }]) {
    expect(() => read(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  }
});

test('soft-deleted cards are never listed', () => {
  const body = structuredClone(payuV1) as { user_cards: Record<string, Record<string, unknown>> };
  (body.user_cards['b4e7c2a9f1d34e8a9c0b'] as Record<string, unknown>).is_deleted = '1';
  expect(read(body).cards.map((card) => card.last4)).toEqual(['0119']);
  const v2 = structuredClone(payuV2) as { result: { user_cards: Record<string, Record<string, unknown>> } };
  for (const card of Object.values(v2.result.user_cards)) card.isDeleted = true;
  expect(read(v2).cards).toEqual([]);
});

test('__proto__ and constructor keys are cards like any other: no pollution, nothing dropped', () => {
  const body = JSON.parse(
    '{"status":1,"user_cards":{"__proto__":{"card_no":"XXXX1111","card_brand":"VISA","expiry_month":"1","expiry_year":"2030"},' +
      '"constructor":{"card_no":"XXXX2222","card_brand":"VISA","expiry_month":"2","expiry_year":"2030"},' +
      '"hasOwnProperty":{"card_no":"XXXX3333","card_brand":"VISA","expiry_month":"3","expiry_year":"2030"}}}',
  ) as unknown;
  const { cards } = read(body);
  expect(cards.map((card) => card.token).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
  expect(({} as Record<string, unknown>).card_no).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('card_no');
});

test('the map key is the token when the inner token is missing or differs', () => {
  const { cards } = read({
    status: 1,
    user_cards: {
      'key-token': {
        card_token: 'inner-token',
        card_no: 'XXXX1111',
        card_brand: 'VISA',
        expiry_month: 1,
        expiry_year: 2030,
      },
      'no-inner': { card_no: 'XXXX2222', card_brand: 'VISA', expiry_month: 2, expiry_year: 2030 },
    },
  });
  expect(cards.map((card) => card.token)).toEqual(['key-token', 'no-inner']);
});

test('a bad entry is reported by its position in the map, the others still show', () => {
  const { cards, issues } = read({
    status: 1,
    user_cards: {
      a: { card_no: 'XXXX1111', card_brand: 'VISA', expiry_month: 1, expiry_year: 2030 },
      b: 'not a card',
      c: { card_no: 'XXXX3333', card_brand: 'VISA', expiry_month: 'thirteen', expiry_year: 2030 },
      d: { card_no: 'XXXX4444', card_brand: 'VISA', expiry_month: 4, expiry_year: 2030 },
    },
  });
  expect(cards.map((card) => card.token)).toEqual(['a', 'd']);
  expect(issues.map(({ index, field }) => [index, field])).toEqual([
    [1, 'card'],
    [2, 'expiryMonth'],
  ]);
});

test('a delete answered with status 0 is a refusal', () => {
  expect(() => payuAdapter().parseDelete?.({ status: 0, msg: 'Card is in use' })).toThrow(
    expect.objectContaining({ kind: 'rejected', reason: 'Card is in use' }),
  );
  expect(() => payuAdapter().parseDelete?.({ status: 1, msg: 'deleted' })).not.toThrow();
});

test('a delete answered status 0 "card not found" is not-found, which the client counts as deleted', () => {
  for (const msg of ['card not found', 'Card Not Found.']) {
    expect(() => payuAdapter().parseDelete?.({ status: 0, msg }), msg).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
  }
});

test('PayU’s PCI-compliant sample lists its card: no expiry, brand from card_type, funding from card_mode, usable', () => {
  const { cards, issues } = read(payuPci);
  expect(issues).toEqual([]);
  expect(cards).toEqual([
    {
      token: '0c186bdb8c0ebda30ab9d92816772cbfb946d027',
      tokens: ['0c186bdb8c0ebda30ab9d92816772cbfb946d027'],
      brand: 'visa',
      last4: '8548',
      nickname: 'nilesh2_card_name',
      funding: 'credit',
      cvvRequired: false,
      isExpired: false,
      isExpiringSoon: false,
      isPreferred: false,
    },
  ]);
  // The 2021 network token expiry is the token's, not the card's; its value and PAR never leave.
  expect(JSON.stringify(cards)).not.toMatch(/8koNvAdC1bT0Hv5a|RCKGgxEEFX1un19I|2021/);
});

test('card_mode is the funding even when card_type says otherwise; card_type is the brand only without card_brand', () => {
  const { cards } = read({
    status: 1,
    user_cards: {
      t1: { card_no: 'XXXXXXXXXXXX5454', card_type: 'MAST', card_mode: 'DC' },
      t2: { card_no: 'XXXXXXXXXXXX0119', card_brand: 'RUPAY', card_type: 'CC' },
    },
  });
  expect(cards.map((card) => [card.token, card.brand, card.funding])).toEqual([
    ['t1', 'mastercard', 'debit'],
    ['t2', 'rupay', 'credit'],
  ]);
});

test('PayU’s Model 3 get_payment_instrument sample reads like get_user_cards', () => {
  const { cards, issues } = read(payuModel3);
  expect(issues).toEqual([]);
  expect(
    cards.map((card) => [card.token, card.brand, card.last4, card.expiryMonth, card.expiryYear, card.funding]),
  ).toEqual([['a52aa1c09e11ac56926005', 'visa', '6937', 11, 2030, 'credit']]);
  expect(JSON.stringify(cards)).not.toMatch(/4390406210204342|439040621|V0010013022320257414953977387/);
});

// The sample of PayU's newest v2 page (docs.payu.in/v2/reference/v2_get_user_cards_api, updated 2026-10-05), as
// issue 23 describes it: `user_cards` a top-level array, the network in `cardType`, CC/DC in `cardCategory`,
// string expiry; `user_instruments` (wallets) beside it.
test('v2, newest page: a top-level user_cards array reads, with the network from cardType and funding from cardCategory', () => {
  const { cards, issues } = read(payuV2Newest);
  expect(issues).toEqual([]);
  expect(
    cards.map((card) => [
      card.token,
      card.brand,
      card.last4,
      card.funding,
      card.expiryMonth,
      card.expiryYear,
      card.isExpired,
      card.nickname,
      card.holderName,
    ]),
  ).toEqual([
    ['7c1e5a9d3b2f4e6a8c0d', 'mastercard', '5454', 'credit', 8, 2031, false, 'Travel', 'Asha Rao'],
    ['3d9b1f7e5a2c4b8d6e0f', 'visa', '1111', 'debit', 12, 2030, false, undefined, 'Asha Rao'],
    ['1f2e3d4c5b6a79880716', 'amex', '8431', 'credit', 1, 2029, false, 'Amex', 'Asha Rao'],
    // Expired cards sort last.
    ['9a8b7c6d5e4f3a2b1c0d', 'rupay', '0119', 'debit', 3, 2025, true, 'Old RuPay', 'Asha Rao'],
  ]);
  // Wallets are not cards; BINs, PARs and network tokens never leave.
  const text = JSON.stringify(cards);
  expect(text).not.toMatch(/w1a2b3c4d5e6f7a8b9c0|PAYTM|545454|411111|5204730000002514|M0010013021320427651459792001/);
});

test('v2, newest page: an array entry without cardToken is reported, not listed, and the others still are', () => {
  const body = structuredClone(payuV2Newest) as { user_cards: Record<string, unknown>[] };
  delete body.user_cards[1]?.cardToken;
  const { cards, issues } = read(body);
  expect(cards.map((card) => card.last4)).toEqual(['5454', '8431', '0119']);
  expect(issues).toEqual([expect.objectContaining({ index: 1, field: 'token' })]);
});

test('v2, newest page: "No cards found" is an empty list, and a wallet-only answer lists nothing', () => {
  expect(read({ status: 0, message: 'No cards found' }).cards).toEqual([]);
  expect(read({ status: 1, user_cards: [], user_instruments: payuV2Newest.user_instruments }).cards).toEqual([]);
});

test('a result that is no object is unreadable, never "no cards", even with status 1', () => {
  for (const result of ['unavailable', 0, [], null]) {
    expect(() => read({ status: 1, message: 'Success', result })).toThrow(
      expect.objectContaining({ kind: 'invalid-response' }),
    );
  }
});
