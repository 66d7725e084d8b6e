// The official SDKs' types for what the sandbox's Razorpay stand-in answers (see vault-seed.mjs), shared
// with test/fixtures/vaults.ts.
import type { Payments } from 'razorpay/dist/types/payments';
import type { Tokens } from 'razorpay/dist/types/tokens';

// The SDK's card type extends its request body (number, cvv), and its token has the Token HQ fields
// `customer` and `billing_address`: a customer's listed token has none of them.
export type RazorpayListedCard = Omit<Payments.RazorpayCard, 'number' | 'cvv'>;
export type RazorpayListedToken = Omit<Tokens.RazorpayToken, 'card' | 'customer' | 'billing_address'> & {
  card?: RazorpayListedCard;
};
