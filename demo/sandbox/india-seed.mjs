// @ts-check
// Seed cards of the sandbox's PayU v2 storecard, Cashfree and Juspay stand-ins, shaped after each provider's
// reference samples: PayU's v2 Get User Cards page (the seed document, and the newest page's array), Cashfree's
// Token Vault "Get All Saved Card Instrument" (typed by the official cashfree-pg SDK), Juspay's "List stored
// cards". BINs, PARs, ISINs and network tokens are present, as in real answers, and must never reach a browser.
import { CUSTOMER_A, CUSTOMER_B } from './seed.mjs';

/** @typedef {import('cashfree-pg').InstrumentEntityForAllSavedCard} CashfreeInstrument */

/** Tokens the demo's fault switch refuses to delete: each provider's Amex …8431. */
export const PAYU_STORECARD_AMEX_TOKEN = '8f4a2b0d6e5c73d1f9b4';
export const CASHFREE_AMEX_TOKEN = '2b7e1c4a-9d3f-4e8b-a6c5-0f1d2e3c4b5a';
export const JUSPAY_AMEX_TOKEN = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';

/**
 * One card of PayU's v2 answer, in the seed document's camelCase.
 * @param {string} token @param {Record<string, unknown>} fields
 */
export function payuCard(token, fields) {
  return {
    cardNo: 'XXXXXXXXXXXX1111',
    cardMode: 'CC',
    par: 'V0010013021320427651459792101',
    oneClickStatus: '',
    oneClickCardAlias: '',
    cardToken: token,
    oneClickFlow: '',
    cardName: '',
    nameOnCard: 'Asha Rao',
    cardType: 'CC',
    isExpired: false,
    cardExpiryMonth: 5,
    cardExpiryYear: 2037,
    networkToken: {
      tokenValue: '4895370012003478',
      isExpired: false,
      tokenExpiryMonth: 5,
      tokenExpiryYear: 2037,
      tokenBin: '489537',
    },
    cardCVV: '0',
    isDomestic: 'Y',
    cardBin: '411111',
    cardBrand: 'VISA',
    ...fields,
  };
}

/**
 * PayU v2 storecard: shopper A answers in the seed document's shape (`result.user_cards`, a map keyed by
 * token, with a wallet in `result.user_instruments`), shopper B in the newest page's (a top-level array).
 * @returns {Record<string, { shape: 'map' | 'array', cards: Record<string, unknown>[], instruments: Record<string, unknown>[] }>}
 */
export function payuStorecardSeed() {
  return {
    [CUSTOMER_A]: {
      shape: 'map',
      cards: [
        payuCard('5c1d9e7a3b2f40a8c6e1', { cardName: 'Everyday' }),
        // The same physical Visa saved twice: one PAR.
        payuCard('6d2e0f8b4c3a51b9d7f2', { cardName: 'Everyday' }),
        payuCard(PAYU_STORECARD_AMEX_TOKEN, {
          cardNo: 'XXXXXXXXXXX8431',
          cardBrand: 'AMEX',
          cardBin: '378282',
          par: 'A0010013021320427651459792103',
          cardExpiryMonth: 1,
          cardExpiryYear: 2031,
          cardName: 'Amex',
          networkToken: undefined,
        }),
        payuCard('7e3f1a9c5d4b62c0e8a3', {
          cardNo: 'XXXXXXXXXXXX0119',
          cardBrand: 'RUPAY',
          cardMode: 'DC',
          cardType: 'DC',
          cardBin: '508227',
          par: 'R0010013021320427651459792104',
          cardExpiryMonth: 3,
          cardExpiryYear: 2030,
          networkToken: undefined,
        }),
      ],
      instruments: [{ instrumentToken: 'w9e8d7c6b5a4f3e2d1c0', instrumentType: 'WALLET', instrumentProvider: 'PAYTM' }],
    },
    [CUSTOMER_B]: {
      shape: 'array',
      cards: [
        {
          cardToken: '1a2b3c4d5e6f7a8b9c0d',
          cardNo: 'XXXXXXXXXXXX5454',
          cardType: 'MAST',
          cardCategory: 'CC',
          cardExpiryMonth: '08',
          cardExpiryYear: '2031',
          isExpired: false,
          nameOnCard: 'Priya Sharma',
          cardName: 'Travel',
          cardCVV: '0',
          isDomestic: 'Y',
          cardBin: '545454',
          par: 'M0010013021320427651459792105',
        },
      ],
      instruments: [],
    },
  };
}

/**
 * @param {string} id @param {string} uid @param {{ network: string, last4: string, type?: string, status?: string }} card
 * @returns {CashfreeInstrument}
 */
export function cashfreeInstrument(id, uid, card) {
  return {
    customer_id: '',
    afa_reference: '740324562',
    instrument_id: id,
    instrument_type: 'card',
    instrument_uid: uid,
    instrument_display: `xxxxxxxxxxxx${card.last4}`,
    instrument_status: card.status ?? 'ACTIVE',
    created_at: '2026-03-11 16:57:57',
    instrument_meta: {
      card_network: card.network,
      card_bank_name: 'HDFC Bank Limited',
      card_country: 'IN',
      card_type: card.type ?? 'CREDIT_CARD',
      card_sub_type: 'R',
      card_token_details: { par: `P${uid.slice(0, 28)}`, expiry_month: '12', expiry_year: '2030' },
    },
  };
}

/**
 * Cashfree: saved instruments per customer.
 * @returns {Record<string, CashfreeInstrument[]>}
 */
export function cashfreeSeed() {
  /** @param {string} customer @param {CashfreeInstrument[]} list */
  const owned = (customer, list) => list.map((item) => ({ ...item, customer_id: customer }));
  const visaUid = '0d8f70838cc5af8b1cd2bc0fe71278551fd3f1101e40020d89ad22ceba4f933c';
  return {
    [CUSTOMER_A]: owned(CUSTOMER_A, [
      cashfreeInstrument('54deabb4-ba45-4a60-9e6a-9c016fe7ab10', visaUid, {
        network: 'VISA',
        last4: '4375',
        type: 'DEBIT_CARD',
      }),
      // The same physical Visa saved again: one instrument_uid.
      cashfreeInstrument('54deabb4-ba45-4a60-9e6a-9c016fe7ab11', visaUid, {
        network: 'VISA',
        last4: '4375',
        type: 'DEBIT_CARD',
      }),
      cashfreeInstrument('6f1e2d3c-4b5a-4697-8877-665544332211', '1e9f81949dd6bf9c2de3cd1fe8238966', {
        network: 'MASTERCARD',
        last4: '5454',
      }),
      cashfreeInstrument(CASHFREE_AMEX_TOKEN, '2fa092a5ee7cf0ad3ef4de2ff934a077', { network: 'AMEX', last4: '8431' }),
      // Deactivated: not offered.
      cashfreeInstrument('7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', '3ab1a3b6ff8d01be4f05ef30a045b188', {
        network: 'RUPAY',
        last4: '0119',
        type: 'DEBIT_CARD',
        status: 'INACTIVE',
      }),
    ]),
    [CUSTOMER_B]: owned(CUSTOMER_B, [
      cashfreeInstrument('8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', '4bc2b4c7009e12cf5016f041b156c299', {
        network: 'VISA',
        last4: '1881',
      }),
    ]),
  };
}

/**
 * @param {string} token @param {Record<string, unknown>} fields
 */
export function juspayCard(token, fields) {
  return {
    card_token: token,
    card_reference: `ref${token.slice(0, 8)}`,
    card_fingerprint: '2bp6l17bhqm700ktnv7h28q4qi',
    card_number: '4111-XXXXXXXX-1111',
    card_isin: '411111',
    card_exp_year: '2034',
    card_exp_month: '07',
    card_type: 'CREDIT',
    card_issuer: 'HDFC Bank',
    card_brand: 'VISA',
    nickname: '',
    name_on_card: 'Asha Rao',
    expired: false,
    juspay_bank_code: 'JP_HDFC',
    card_sub_type: '',
    card_issuer_country: 'INDIA',
    ...fields,
  };
}

/**
 * Juspay: stored cards per customer (tokens are unique across the merchant).
 * @returns {Record<string, Record<string, unknown>[]>}
 */
export function juspaySeed() {
  return {
    [CUSTOMER_A]: [
      juspayCard('1a1ea67b-9ec2-41db-8413-a0ddd8b3c5f6', { nickname: 'Salary card' }),
      // The same physical Visa stored again: one fingerprint.
      juspayCard('2b2fb78c-0fd3-42ec-9524-b1eee9c4d6a7', { nickname: 'Salary card' }),
      juspayCard('3c30c89d-10e4-43fd-a635-c2fff0d5e7b8', {
        card_fingerprint: '5kq8m28cirn811lupw8i39r5rj',
        card_number: '5454-XXXXXXXX-5454',
        card_isin: '545454',
        card_brand: 'MASTERCARD',
        card_type: 'DEBIT',
        card_exp_year: '2024',
        card_exp_month: '02',
        expired: true,
      }),
      juspayCard(JUSPAY_AMEX_TOKEN, {
        card_fingerprint: '7ms0o40ektp033nwry0k51t7tl',
        card_number: '3782-XXXXXX-8431',
        card_isin: '378282',
        card_brand: 'AMEX',
        card_exp_year: '2031',
        card_exp_month: '01',
        nickname: 'Amex',
      }),
    ],
    [CUSTOMER_B]: [
      juspayCard('4d41d9ae-21f5-44ae-b746-d300a1e6f8c9', {
        card_fingerprint: '9ou2q62gmvr255pyta2m73v9vn',
        card_number: '5082-XXXXXXXX-0119',
        card_isin: '508227',
        card_brand: 'RUPAY',
        card_type: 'DEBIT',
        name_on_card: 'Priya Sharma',
      }),
    ],
  };
}
