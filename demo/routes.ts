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
