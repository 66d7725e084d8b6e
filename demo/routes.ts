// The demo's URLs, shared by the page (demo/main.tsx) and the merchant backend (demo/server.ts).

/** The merchant endpoints the page calls, one per provider: the kit's handler answers them. */
export const ENDPOINTS = {
  ottu: '/api/ottu/saved-cards',
  payu: '/api/payu/saved-cards',
  stripe: '/api/stripe/saved-cards',
  adyen: '/api/adyen/saved-cards',
  checkout: '/api/checkout/saved-cards',
  razorpay: '/api/razorpay/saved-cards',
  'payu-storecard': '/api/payu-storecard/saved-cards',
  cashfree: '/api/cashfree/saved-cards',
  juspay: '/api/juspay/saved-cards',
  braintree: '/api/braintree/saved-cards',
} as const;
/** Demo only: `GET` → `{enabled}`, `PUT {enabled: boolean}` switches the sandbox's faults. */
export const FAULTS_PATH = '/api/demo/faults';
/** Demo only: `POST` puts the sandbox's seed cards back and turns faults off. */
export const RESET_PATH = '/api/demo/reset';

type Merchant = keyof typeof ENDPOINTS;
/** The merchant's payment routes: where the hosted fields live, store a new card, charge a card. */
export const PAY_PATHS = {
  /** `GET` → `{hostedUrl}`: the sandbox's hosted fields, on another origin than the page. */
  config: '/api/pay/config',
  /** `POST {token}` (the hosted form's single-use token) → 201 `{token}`: the saved card's token. */
  cards: (merchant: Merchant) => `/api/pay/${merchant}/cards`,
  /** `POST {token, cvcSession?}` (a saved card's token or a new card's single-use one) → 201 `{paymentId}`. */
  charges: (merchant: Merchant) => `/api/pay/${merchant}/charges`,
} as const;

/**
 * Merchants that ask for the security code of every saved card (the kit's `requireCvc`), as card-not-present
 * merchants at Stripe, Adyen, Checkout.com and Braintree often do. Elsewhere only a card the provider marks
 * `cvvRequired` asks for it; PayU India, Razorpay, Cashfree and Juspay cards are tokenised and CVV-less.
 */
export const CVC_RECOLLECTED: ReadonlySet<Merchant> = new Set(['stripe', 'adyen', 'checkout', 'braintree']);
