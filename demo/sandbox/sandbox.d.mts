// Types of sandbox.mjs, for the TypeScript tests and the demo.

/** Fault switches. All off by default; `setFaults` merges what it is given. */
export interface SandboxFaults {
  /** Delay before every provider answer, in ms (capped at 60000). */
  latencyMs: number;
  /** Share of provider calls that fail (0..1), drawn from a generator seeded with `seed`. */
  failureRate: number;
  /** Seed of the failure draws; setting it restarts the sequence. */
  seed: number;
  /** This token's (or these tokens') delete is refused (Ottu 400 `{detail}`, PayU `status: 0`). */
  failDeleteToken: string | readonly string[] | null;
  /** Failures drawn by `failureRate` answer a 502 HTML page instead of the provider's JSON 500. */
  htmlErrors: boolean;
  /** List answers are broken: cut-off JSON (`true`/"truncated") or the wrong shape ("shape"). */
  malformed: boolean | 'truncated' | 'shape';
}

/** One provider request the sandbox answered. Holds no secret. */
export interface SandboxCall {
  provider:
    | 'ottu'
    | 'payu'
    | 'stripe'
    | 'adyen'
    | 'checkout'
    | 'razorpay'
    | 'payu-storecard'
    | 'cashfree'
    | 'juspay'
    | 'braintree';
  operation: 'list' | 'delete' | 'auth' | 'fault' | 'other';
  status: number;
  customerId?: string;
  token?: string;
  /** True when a card was actually removed. */
  deleted?: boolean;
}

export interface SandboxCredentials {
  ottuApiKey: string;
  payuKey: string;
  payuSalt: string;
  stripeSecretKey: string;
  adyenApiKey: string;
  adyenMerchantAccount: string;
  checkoutSecretKey: string;
  razorpayKeyId: string;
  razorpayKeySecret: string;
  payuMid: string;
  cashfreeClientId: string;
  cashfreeClientSecret: string;
  juspayApiKey: string;
  juspayMerchantId: string;
  braintreePublicKey: string;
  braintreePrivateKey: string;
  braintreeMerchantId: string;
  /** The hosted fields' secret key: the merchant's server stores and charges tokens with it. */
  hostedSecretKey: string;
}

export interface SandboxOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Loopback only: "127.0.0.1" (default), "::1" or "localhost". */
  host?: string;
  credentials?: Partial<SandboxCredentials>;
  faults?: Partial<SandboxFaults>;
  /** The clock the seed uses for "expiring soon" cards. */
  now?: () => Date;
}

export interface Sandbox {
  /** e.g. "http://127.0.0.1:53122": the base URL of both providers. */
  url: string;
  ottu: { baseUrl: string; apiKey: string };
  payu: { baseUrl: string; key: string; salt: string };
  /** Each with its path prefix in `baseUrl`, as the provider's `baseUrl` option takes it. */
  stripe: { baseUrl: string; secretKey: string };
  adyen: { baseUrl: string; apiKey: string; merchantAccount: string };
  checkoutCom: { baseUrl: string; secretKey: string };
  razorpay: { baseUrl: string; keyId: string; keySecret: string };
  /** PayU's v2 storecard API (same key and salt as `payu`). */
  payuStorecard: { baseUrl: string; key: string; salt: string; mid: string };
  cashfree: { baseUrl: string; clientId: string; clientSecret: string };
  juspay: { baseUrl: string; apiKey: string; merchantId: string };
  /** `baseUrl` is the GraphQL endpoint, `gatewayUrl` the gateway that sets a default. */
  braintree: { baseUrl: string; gatewayUrl: string; publicKey: string; privateKey: string; merchantId: string };
  /**
   * The hosted card form and CVC field (`${url}/card-form`, `${url}/cvc`, each with `?parent=<page origin>`), and the
   * merchant API behind them (`${url}/v1/vault`, `${url}/v1/charges`, with `Authorization: Bearer <secretKey>`).
   */
  hosted: { url: string; secretKey: string; merchants: readonly SandboxCall['provider'][] };
  /** Two shoppers with cards at both providers. */
  customers: { a: string; b: string };
  setFaults(faults: Partial<SandboxFaults>): SandboxFaults;
  getFaults(): SandboxFaults;
  /** Seed cards back, faults back to the start options, call log emptied. */
  reset(): void;
  calls(): SandboxCall[];
  close(): Promise<void>;
}

export declare const SANDBOX_CREDENTIALS: Readonly<SandboxCredentials>;
export declare const CUSTOMER_A: string;
export declare const CUSTOMER_B: string;
/** Shopper A's Ottu American Express (…1009) and PayU "travel" card, refused by the demo's fault switch. */
export declare const OTTU_AMEX_TOKEN: string;
export declare const PAYU_TRAVEL_TOKEN: string;
/** The five tokens of shopper A's one physical PayU Visa card (…1258). */
export declare const PAYU_DUPLICATE_TOKENS: readonly string[];
/** Shopper A's American Express at each of the four, refused by the demo's fault switch. */
export declare const STRIPE_AMEX_TOKEN: string;
export declare const ADYEN_AMEX_TOKEN: string;
export declare const CHECKOUT_AMEX_TOKEN: string;
export declare const RAZORPAY_AMEX_TOKEN: string;
/** Shopper A's American Express at PayU's v2 storecard API, Cashfree and Juspay, refused by the demo's fault switch. */
export declare const PAYU_STORECARD_AMEX_TOKEN: string;
export declare const CASHFREE_AMEX_TOKEN: string;
export declare const JUSPAY_AMEX_TOKEN: string;
/** Shopper A's Braintree American Express: its GraphQL id, the kit's token. */
export declare const BRAINTREE_AMEX_TOKEN: string;
/** A Braintree payment method's GraphQL id, made from its legacy token. */
export declare function braintreeId(token: string): string;
/** The two Stripe PaymentMethods of shopper A's one Visa …4242 (same fingerprint). */
export declare const STRIPE_DUPLICATE_TOKENS: readonly string[];
/** A Stripe customer with 205 cards: three pages of 100. */
export declare const STRIPE_MANY_CARDS_CUSTOMER: string;
export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
