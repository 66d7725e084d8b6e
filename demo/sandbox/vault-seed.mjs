// @ts-check
// Seed cards of the sandbox's Stripe, Adyen, Checkout.com and Razorpay stand-ins, shaped after each
// provider's API reference samples (as test/fixtures/vaults.ts is). Card numbers are the providers'
// published test cards; fingerprints and BINs are present, as in real answers, and must never reach a browser.
import { CUSTOMER_A, CUSTOMER_B } from './seed.mjs';

// Checked by `tsc -p demo/tsconfig.json` (allowJs + the @ts-check above) against the official SDKs' types.
/** @typedef {import('stripe').Stripe.PaymentMethod} StripePaymentMethod */
/** @typedef {import('stripe').Stripe.Customer} StripeCustomer */
/** @typedef {import('@adyen/api-library/lib/src/typings/checkout/storedPaymentMethodResource').StoredPaymentMethodResource} AdyenStoredMethod */
/** @typedef {import('./vault-seed.types').RazorpayListedToken} RazorpayToken */
/** @typedef {import('./vault-seed.types').RazorpayListedCard} RazorpayCard */

/** A Stripe customer with more cards than one page holds, to exercise pagination. */
export const STRIPE_MANY_CARDS_CUSTOMER = 'cust-many';
/** Tokens the demo's fault switch refuses to delete, one per provider. */
export const STRIPE_AMEX_TOKEN = 'pm_1Q0PsIJvEtkwdCNYamex0005';
export const ADYEN_AMEX_TOKEN = '8415718415172204';
export const CHECKOUT_AMEX_TOKEN = 'src_amex7mvzkbz3bupnzqqadaweq';
export const RAZORPAY_AMEX_TOKEN = 'token_4lsdksD31GaZ0a';
/** The two Stripe PaymentMethods of one physical Visa (same fingerprint). */
export const STRIPE_DUPLICATE_TOKENS = ['pm_1Q0PsIJvEtkwdCNYvisa0001', 'pm_1Q0PsIJvEtkwdCNYvisa0002'];

/**
 * @param {string} id @param {string} customer
 * @param {{ brand: string, last4: string, exp_month: number, exp_year: number, fingerprint: string, funding?: string,
 *   display_brand?: string, networks?: string[], wallet?: import('stripe').Stripe.PaymentMethod.Card.Wallet | null,
 *   allow_redisplay?: import('stripe').Stripe.PaymentMethod.AllowRedisplay, name?: string | null }} card
 * @returns {StripePaymentMethod}
 */
export function stripeMethod(id, customer, card) {
  return {
    id,
    object: 'payment_method',
    allow_redisplay: card.allow_redisplay ?? 'always',
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: card.name ?? null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      display_brand: card.display_brand ?? card.brand,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      fingerprint: card.fingerprint,
      funding: card.funding ?? 'credit',
      generated_from: null,
      last4: card.last4,
      networks: { available: card.networks ?? [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: card.wallet ?? null,
    },
    created: 1726000000,
    customer,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

/**
 * Stripe: Customers (keyed by id) and their card PaymentMethods, oldest first.
 * @returns {{ customers: Record<string, StripeCustomer>, methods: StripePaymentMethod[] }}
 */
export function stripeSeed() {
  const a = CUSTOMER_A;
  const methods = [
    stripeMethod(STRIPE_DUPLICATE_TOKENS[0] ?? '', a, {
      brand: 'visa',
      last4: '4242',
      exp_month: 8,
      exp_year: 2032,
      fingerprint: 'Xt5EWLLDS7FJjR1c',
      name: 'Jenny Rosen',
    }),
    stripeMethod(STRIPE_DUPLICATE_TOKENS[1] ?? '', a, {
      brand: 'visa',
      last4: '4242',
      exp_month: 8,
      exp_year: 2032,
      fingerprint: 'Xt5EWLLDS7FJjR1c',
      name: 'Jenny Rosen',
    }),
    // Co-badged: the shopper chose Cartes Bancaires over Visa.
    stripeMethod('pm_1Q0PsIJvEtkwdCNYcbvi0003', a, {
      brand: 'visa',
      display_brand: 'cartes_bancaires',
      networks: ['cartes_bancaires', 'visa'],
      last4: '1001',
      exp_month: 3,
      exp_year: 2031,
      fingerprint: 'cB7nq2LkW0pZ9xYv',
      funding: 'debit',
    }),
    stripeMethod('pm_1Q0PsIJvEtkwdCNYmast0004', a, {
      brand: 'mastercard',
      last4: '4444',
      exp_month: 2,
      exp_year: 2023,
      fingerprint: 'Mc4x8sQp1ZrT6uWe',
    }),
    stripeMethod(STRIPE_AMEX_TOKEN, a, {
      brand: 'amex',
      last4: '8431',
      exp_month: 11,
      exp_year: 2030,
      fingerprint: 'Ax9a1Bc2De3Fg4Hi',
    }),
    // Saved without the shopper's consent to show it again: hidden by the default allowRedisplay.
    stripeMethod('pm_1Q0PsIJvEtkwdCNYlimi0006', a, {
      brand: 'discover',
      last4: '1117',
      exp_month: 5,
      exp_year: 2033,
      fingerprint: 'Ds1q2w3e4r5t6y7u',
      allow_redisplay: 'limited',
    }),
    // An Apple Pay device token: not a saved card.
    stripeMethod('pm_1Q0PsIJvEtkwdCNYappl0007', a, {
      brand: 'visa',
      last4: '0000',
      exp_month: 12,
      exp_year: 2034,
      fingerprint: 'Ap0l1e2P3a4y5D6n',
      wallet: { apple_pay: {}, dynamic_last4: '0000', type: 'apple_pay' },
    }),
    stripeMethod('pm_1Q0PsIJvEtkwdCNYbvis0008', CUSTOMER_B, {
      brand: 'visa',
      last4: '5556',
      exp_month: 4,
      exp_year: 2031,
      fingerprint: 'Bv5556dEbItCaRd0',
      funding: 'debit',
    }),
  ];
  for (let index = 0; index < 205; index += 1) {
    const id = `pm_many${String(index).padStart(4, '0')}`;
    methods.push(
      stripeMethod(id, STRIPE_MANY_CARDS_CUSTOMER, {
        brand: 'visa',
        last4: String(1000 + (index % 9000)).slice(-4),
        exp_month: 1 + (index % 12),
        exp_year: 2035,
        fingerprint: `fp${index}`,
      }),
    );
  }
  /** @param {string} id @param {string | null} defaultMethod @returns {StripeCustomer} */
  const customer = (id, defaultMethod) => ({
    id,
    object: 'customer',
    balance: 0,
    created: 1726000000,
    default_source: null,
    description: null,
    email: null,
    invoice_settings: {
      custom_fields: null,
      default_payment_method: defaultMethod,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: {},
    shipping: null,
  });
  return {
    customers: {
      [CUSTOMER_A]: customer(CUSTOMER_A, 'pm_1Q0PsIJvEtkwdCNYcbvi0003'),
      [CUSTOMER_B]: customer(CUSTOMER_B, null),
      [STRIPE_MANY_CARDS_CUSTOMER]: customer(STRIPE_MANY_CARDS_CUSTOMER, null),
    },
    methods,
  };
}

/** @param {string} id @param {AdyenStoredMethod} fields @returns {AdyenStoredMethod} */
export function adyenMethod(id, fields) {
  return {
    brand: 'visa',
    cardBin: '411111',
    expiryMonth: '03',
    expiryYear: '2030',
    holderName: 'John Smith',
    id,
    lastFour: '1111',
    name: 'VISA',
    networkTxReference: '0ccdf4c2f74c4bd1',
    shopperEmail: 'john.smith@example.com',
    supportedRecurringProcessingModels: ['CardOnFile', 'UnscheduledCardOnFile'],
    type: 'scheme',
    ...fields,
  };
}

/**
 * Adyen: stored payment methods per shopperReference.
 * @returns {Record<string, AdyenStoredMethod[]>}
 */
export function adyenSeed() {
  return {
    [CUSTOMER_A]: [
      adyenMethod('8315718415172200', {}),
      adyenMethod('8315718415172201', {
        brand: 'mc',
        name: 'MasterCard',
        lastFour: '4444',
        expiryMonth: '10',
        expiryYear: '2031',
      }),
      adyenMethod('8315718415172202', {
        brand: 'cartebancaire',
        name: 'Carte Bancaire',
        lastFour: '0006',
        expiryMonth: '01',
        expiryYear: '2032',
      }),
      // Stored for subscriptions only: the shopper cannot pay with it in a checkout.
      adyenMethod('8315718415172203', {
        brand: 'visa',
        lastFour: '0008',
        supportedRecurringProcessingModels: ['Subscription'],
      }),
      adyenMethod(ADYEN_AMEX_TOKEN, {
        brand: 'amex',
        name: 'American Express',
        lastFour: '8431',
        expiryMonth: '04',
        expiryYear: '2033',
      }),
      {
        id: '8315718415172205',
        type: 'paypal',
        shopperEmail: 'john.smith@example.com',
        supportedRecurringProcessingModels: ['CardOnFile'],
      },
    ],
    [CUSTOMER_B]: [
      adyenMethod('8315718415172206', { holderName: 'Ana Silva', lastFour: '0004', brand: 'mc', name: 'MasterCard' }),
    ],
  };
}

/** @param {string} id @param {Record<string, unknown>} fields */
export function checkoutInstrument(id, fields) {
  return {
    id,
    type: 'card',
    fingerprint: 'vnsdrvikkvre3dtrjjvlm5du4q',
    expiry_month: 6,
    expiry_year: 2031,
    name: 'John Smith',
    scheme: 'VISA',
    last4: '4242',
    bin: '424242',
    card_type: 'CREDIT',
    card_category: 'CONSUMER',
    issuer: 'STATE BANK OF MAURITIUS',
    issuer_country: 'MU',
    product_id: 'F',
    product_type: 'CLASSIC',
    ...fields,
  };
}

/** Checkout.com: customers with their instruments and default. */
export function checkoutSeed() {
  return {
    [CUSTOMER_A]: {
      id: CUSTOMER_A,
      email: 'john.smith@example.com',
      name: 'John Smith',
      default: 'src_wmlfc3zyhqzehihu7giusaaawu',
      instruments: [
        checkoutInstrument('src_wmlfc3zyhqzehihu7giusaaawu', {}),
        checkoutInstrument('src_lmyvsjadlxxu7kqlgevt6ebkra', {}),
        checkoutInstrument('src_cbco5kbqa5fe7lhydpyiu3mm7q', {
          scheme: 'MASTERCARD',
          scheme_local: 'cartes_bancaires',
          last4: '4444',
          bin: '555555',
          fingerprint: 'dqyyd5vu2rsetbfrmgpwjtcvtm',
          card_type: 'DEBIT',
        }),
        checkoutInstrument(CHECKOUT_AMEX_TOKEN, {
          scheme: 'AMEX',
          last4: '8431',
          bin: '378282',
          fingerprint: 'ay3rnqcucq3ujl6mdfpx5ngsue',
          expiry_month: 9,
          expiry_year: 2030,
        }),
        {
          id: 'src_bankvwtpwkoeuv3mptbkubvgyq',
          type: 'bank_account',
          fingerprint: 'b4nkvwtpwkoeuv3mptbkubvgyq',
          account_type: 'savings',
        },
      ],
    },
    [CUSTOMER_B]: {
      id: CUSTOMER_B,
      email: 'ana.silva@example.com',
      name: 'Ana Silva',
      instruments: [
        checkoutInstrument('src_bbbbc3zyhqzehihu7giusaaawu', {
          name: 'Ana Silva',
          last4: '0019',
          fingerprint: 'sc0019bbbbbbbbbbbbbbbbbbbb',
          expiry_year: 2032,
        }),
      ],
    },
  };
}

/** @param {string} id @param {Partial<RazorpayCard>} card @param {Partial<RazorpayToken>} [fields] @returns {RazorpayToken} */
export function razorpayToken(id, card, fields = {}) {
  return {
    id,
    entity: 'token',
    token: `${id.slice(6)}Hm`,
    bank: null,
    wallet: null,
    method: 'card',
    card: {
      id: `card_${id.slice(6)}`,
      entity: 'card',
      name: 'Gaurav Kumar',
      last4: '1111',
      network: 'Visa',
      type: 'credit',
      issuer: 'HDFC',
      international: false,
      emi: true,
      sub_type: 'customer',
      token_iin: '411111',
      expiry_month: 12,
      expiry_year: 2031,
      flows: { otp: true, recurring: true },
      ...card,
    },
    recurring: false,
    recurring_details: { status: 'not_applicable', failure_reason: null },
    auth_type: null,
    mrn: null,
    used_at: 1629779657,
    start_time: 1629779657,
    created_at: 1629779657,
    expired_at: 1953233999,
    dcc_enabled: false,
    status: 'active',
    source: null,
    ...fields,
  };
}

/**
 * Razorpay: token collections per customer.
 * @returns {Record<string, RazorpayToken[]>}
 */
export function razorpaySeed() {
  return {
    [CUSTOMER_A]: [
      razorpayToken('token_4lsdksD31GaZ09', {}),
      razorpayToken('token_4lsdksD31GaZ0b', {
        network: 'RuPay',
        last4: '8950',
        type: 'debit',
        issuer: 'UTIB',
        expiry_month: 11,
        expiry_year: 2030,
      }),
      razorpayToken(RAZORPAY_AMEX_TOKEN, {
        network: 'American Express',
        last4: '8431',
        issuer: 'AMEX',
        expiry_month: 7,
        expiry_year: 2032,
      }),
      // Suspended by the network: it cannot be charged, so it is not offered.
      razorpayToken('token_4lsdksD31GaZ0c', { network: 'MasterCard', last4: '4444' }, { status: 'suspended' }),
      {
        ...razorpayToken('token_4lsdksD31GaZ0d', {}),
        method: 'upi',
        card: undefined,
        vpa: { username: 'gaurav.kumar', handle: 'upi', name: 'Gaurav Kumar' },
      },
    ],
    [CUSTOMER_B]: [
      razorpayToken('token_5mtelsE42HbA10', { name: 'Priya Sharma', last4: '1112', network: 'MasterCard' }),
    ],
  };
}
