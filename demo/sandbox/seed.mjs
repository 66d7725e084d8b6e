// Seed cards of the sandbox, after /work/shared/fixtures (copied here so a fresh clone needs nothing else).
// Card numbers are test values; network-token values are 16-digit Luhn-valid strings on purpose:
// they look exactly like card numbers and must never reach a browser.

/** Shopper A and shopper B, the same ids at both providers. */
export const CUSTOMER_A = 'cust-7f3a';
export const CUSTOMER_B = 'cust-b2c9';

/** Shopper A's Ottu American Express (…1009) and PayU "travel" card: the ones the demo's fault switch refuses to delete. */
export const OTTU_AMEX_TOKEN = '3782822463101009';
export const PAYU_TRAVEL_TOKEN = '9e8d7c6b5a4f3e2d1c0b';

/** @param {number} value */
const two = (value) => String(value).padStart(2, '0');

/**
 * The month after `now`: within the kit's default "expiring soon" window (this month or the next).
 * @param {Date} now
 */
function nextMonth(now) {
  const date = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return { month: date.getMonth() + 1, year: date.getFullYear() };
}

/**
 * @param {string} customerId
 * @param {Record<string, unknown>} fields
 */
export function ottuCard(customerId, fields) {
  return {
    customer_id: customerId,
    pg_code: 'ottu_pg_kwd_tkn',
    pg_name: 'mpgs',
    is_preferred: false,
    is_expired: false,
    will_expire_soon: false,
    cvv_required: true,
    agreements: [],
    ...fields,
  };
}

/**
 * Ottu's list answer per customer, in Ottu's field names and types (2-char month/year strings).
 * @param {Date} now
 */
export function ottuSeed(now) {
  const soon = nextMonth(now);
  return {
    [CUSTOMER_A]: [
      ottuCard(CUSTOMER_A, {
        brand: 'VISA',
        name_on_card: 'FATIMA AL-SABAH',
        number: '**** 0026',
        expiry_month: '01',
        expiry_year: '39',
        token: '9918766711067353',
        is_preferred: true,
      }),
      ottuCard(CUSTOMER_A, {
        brand: 'MASTERCARD',
        name_on_card: 'FATIMA AL-SABAH',
        number: '**** 4444',
        expiry_month: '09',
        expiry_year: '24',
        token: '5528090011220044',
        is_expired: true,
      }),
      // Locked by an auto-debit agreement: Ottu refuses to delete it. Also expiring soon.
      ottuCard(CUSTOMER_A, {
        brand: 'mada',
        name_on_card: null,
        number: '**** 7713',
        expiry_month: two(soon.month),
        expiry_year: two(soon.year % 100),
        token: '4464040000007713',
        pg_code: 'credit-card',
        pg_name: 'checkoutcom',
        will_expire_soon: true,
        cvv_required: false,
        agreements: ['gym-membership-monthly'],
      }),
      ottuCard(CUSTOMER_A, {
        brand: 'AMEX',
        name_on_card: 'F AL-SABAH',
        number: '**** 1009',
        expiry_month: '06',
        expiry_year: '31',
        token: OTTU_AMEX_TOKEN,
        pg_code: 'credit-card',
        pg_name: 'cybersource',
      }),
    ],
    [CUSTOMER_B]: [
      ottuCard(CUSTOMER_B, {
        brand: 'VISA',
        name_on_card: 'KHALID AL-MUTAIRI',
        number: '**** 1881',
        expiry_month: '08',
        expiry_year: '33',
        token: '7718203344551881',
        is_preferred: true,
      }),
      ottuCard(CUSTOMER_B, {
        brand: 'KNET',
        name_on_card: 'KHALID AL-MUTAIRI',
        number: '**** 6402',
        expiry_month: '03',
        expiry_year: '30',
        token: '6402117733886402',
        pg_name: 'knet',
        cvv_required: false,
      }),
    ],
  };
}

const FIVE_TIMES_VISA = {
  name_on_card: 'DUMMY',
  card_name: 'testAll',
  expiry_year: '2037',
  expiry_month: '05',
  card_type: 'CC',
  is_expired: 0,
  card_mode: 'CC',
  card_no: 'XXXXXXXXXXXX1258',
  card_brand: 'VISA',
  card_bin: '448968',
  isDomestic: 'Y',
  card_cvv: '0',
  card_PAR: 'V0010013021320427651459792018',
  network_token: {
    token_value: '4489682380100740',
    is_expired: 0,
    token_exp_mon: '05',
    token_exp_yr: '2037',
    token_bin: '448968',
  },
};

/** The five tokens PayU's own v2 sample lists for one physical card (same number, same PAR). */
export const PAYU_DUPLICATE_TOKENS = [
  'a4270b1fc031d38079e',
  '7ffe8ef0e2667aac3b8',
  'cde4561f038e60f488',
  '2f4537bbb66c15b1ca88',
  '2f5543d4fc7f23063df1',
];

/**
 * PayU's `get_user_cards` answer per customer: `user_cards` keyed by card token, snake_case.
 * @param {Date} now
 */
export function payuSeed(now) {
  const soon = nextMonth(now);
  /** @type {Record<string, Record<string, unknown>>} */
  const customerA = {
    b4e7c2a9f1d34e8a9c0b: {
      name_on_card: 'RAGHU K',
      card_name: 'raghu_visa',
      expiry_year: '2030',
      expiry_month: '11',
      card_type: 'CC',
      card_token: 'b4e7c2a9f1d34e8a9c0b',
      is_expired: 0,
      card_mode: 'CC',
      card_no: 'XXXXXXXXXXXX6937',
      card_brand: 'VISA',
      card_bin: '439040',
      isDomestic: 'Y',
      card_cvv: 0,
      card_PAR: 'V0010013022526170404000072387',
      network_token: {
        token_value: '4390406210204342',
        is_expired: 0,
        token_exp_mon: '11',
        token_exp_yr: '2030',
        token_bin: '439040',
      },
    },
  };
  for (const token of PAYU_DUPLICATE_TOKENS) customerA[token] = { ...FIVE_TIMES_VISA, card_token: token };
  customerA['1c9d0e7f6a5b4c3d2e1f'] = {
    name_on_card: 'RAGHU K',
    card_name: 'work card',
    expiry_year: '2023',
    expiry_month: '02',
    card_type: 'DC',
    card_token: '1c9d0e7f6a5b4c3d2e1f',
    is_expired: '1',
    card_mode: 'DC',
    card_no: 'XXXXXXXXXXXX0119',
    card_brand: 'RUPAY',
    card_bin: '608001',
    isDomestic: 'Y',
    card_cvv: '1',
  };
  customerA[PAYU_TRAVEL_TOKEN] = {
    name_on_card: 'RAGHU K',
    card_name: 'travel',
    expiry_year: String(soon.year),
    expiry_month: two(soon.month),
    card_type: 'CC',
    card_token: PAYU_TRAVEL_TOKEN,
    is_expired: 0,
    card_mode: 'CC',
    card_no: 'XXXXXXXXXXXX5454',
    card_brand: 'MASTERCARD',
    card_bin: '545454',
    isDomestic: 'N',
    card_cvv: 1,
  };
  return {
    [CUSTOMER_A]: customerA,
    [CUSTOMER_B]: {
      f00dfacecafe12345678: {
        name_on_card: 'PRIYA S',
        card_name: 'salary',
        expiry_year: '2031',
        expiry_month: '07',
        card_type: 'DC',
        card_token: 'f00dfacecafe12345678',
        is_expired: 0,
        card_mode: 'DC',
        card_no: 'XXXXXXXXXXXX2024',
        card_brand: 'RUPAY',
        card_bin: '652150',
        isDomestic: 'Y',
        card_cvv: 1,
      },
    },
  };
}
