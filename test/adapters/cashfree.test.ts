// Cashfree's "Get All Saved Card Instrument" (cashfree.com/docs/api-reference/payments/latest/token-vault/get-all,
// OpenAPI v2025-01-01) sample, typed by the official cashfree-pg SDK (InstrumentEntityForAllSavedCard).
import type { InstrumentEntityForAllSavedCard } from 'cashfree-pg';
import { cashfreeAdapter } from '../../src/adapters/cashfree';
import { normalizeCards } from '../../src/core/normalize';

const SAMPLE = [
  {
    customer_id: 'siddhesh_desai',
    afa_reference: '740324562',
    instrument_id: '54deabb4-ba45-4a60-9e6a-9c016fe7ab10',
    instrument_type: 'card',
    instrument_uid: '0d8f70838cc5af8b1cd2bc0fe71278551fd3f1101e40020d89ad22ceba4f933c',
    instrument_display: 'xxxxxxxxxxxx4375',
    instrument_status: 'ACTIVE',
    created_at: '2021-11-11 16:57:57',
    instrument_meta: {
      card_network: 'VISA',
      card_bank_name: 'HDFC Bank Limited',
      card_country: 'IN',
      card_type: 'DEBIT_CARD',
      card_token_details: { par: 'somepar', expiry_month: '12', expiry_year: '23' },
    },
  },
] satisfies InstrumentEntityForAllSavedCard[];

function read(body: unknown) {
  const parsed = cashfreeAdapter().parseList(body);
  return normalizeCards(parsed.cards, { now: new Date(2026, 10, 24), issues: parsed.issues });
}

test('reads Cashfree’s sample: brand from card_network, last 4 from instrument_display, funding, no expiry', () => {
  const { cards, issues } = read(SAMPLE);
  expect(issues).toEqual([]);
  expect(cards).toEqual([
    {
      token: '54deabb4-ba45-4a60-9e6a-9c016fe7ab10',
      tokens: ['54deabb4-ba45-4a60-9e6a-9c016fe7ab10'],
      brand: 'visa',
      last4: '4375',
      funding: 'debit',
      cvvRequired: false,
      isExpired: false,
      isExpiringSoon: false,
      isPreferred: false,
    },
  ]);
  // The token's 2023 expiry is not the card's; the PAR and uid never leave.
  expect(JSON.stringify(cards)).not.toMatch(/somepar|0d8f70838cc5|2023/);
});

test('lists only ACTIVE cards, and groups duplicates by instrument_uid', () => {
  const [visa] = SAMPLE;
  const body = [
    visa,
    { ...visa, instrument_id: 'second-save' },
    { ...visa, instrument_id: 'gone', instrument_status: 'INACTIVE', instrument_uid: 'other' },
    { ...visa, instrument_id: 'upi', instrument_type: 'upi', instrument_uid: 'upi' },
  ];
  const { cards } = read(body);
  expect(cards.map((card) => card.tokens)).toEqual([['54deabb4-ba45-4a60-9e6a-9c016fe7ab10', 'second-save']]);
});

test('anything but an array is unreadable, never an empty list', () => {
  for (const body of [{}, { instruments: [] }, null, 'x']) {
    expect(() => cashfreeAdapter().parseList(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  }
  expect(read([]).cards).toEqual([]);
});
