import { checkoutComAdapter } from '../adapters/checkout-com';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

export interface CheckoutComProviderOptions extends ProviderHttpOptions {
  /** The secret key (`sk_…`, `sk_sbox_…` in the sandbox). */
  secretKey: string;
  /** Default: "https://api.checkout.com". Sandbox: "https://api.sandbox.checkout.com", or your account's `https://{prefix}.api.checkout.com`. */
  baseUrl?: string;
}

/**
 * Checkout.com's payment instruments of one Customer. Lists with `GET /customers/{id}` (its
 * `instruments` and `default`), deletes with `DELETE /instruments/{id}` (204) and sets the default
 * instrument with `PATCH /customers/{id}` (`{ "default": id }`). It has nowhere to store a card name.
 * The delete does not check the customer: the handler only forwards a token from this customer's own list.
 * Authenticates with `Authorization: Bearer {secretKey}`.
 *
 * @example
 * const provider = checkoutComProvider({ secretKey: process.env.CKO_SECRET_KEY! });
 */
export function checkoutComProvider(options: CheckoutComProviderOptions): PaymentProvider {
  const base = (options.baseUrl ?? 'https://api.checkout.com').replace(/\/+$/, '');
  const adapter = checkoutComAdapter();
  const secrets = [options.secretKey];
  const headers = { Accept: 'application/json', Authorization: `Bearer ${options.secretKey}` };

  return {
    name: 'checkout-com',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: true, rename: false },
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        `${base}/customers/${encodeURIComponent(customerId)}`,
        { method: 'GET', headers },
        { ...options, signal, secrets },
      );
      return successfulBody(answer, adapter, true);
    },
    async deleteCard(_customerId, token, signal) {
      const answer = await requestProvider(
        `${base}/instruments/${encodeURIComponent(token)}`,
        { method: 'DELETE', headers },
        { ...options, signal, secrets },
      );
      successfulBody(answer, adapter, false);
    },
    async setDefaultCard(customerId, token, signal) {
      const answer = await requestProvider(
        `${base}/customers/${encodeURIComponent(customerId)}`,
        {
          method: 'PATCH',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ default: token }),
        },
        { ...options, signal, secrets },
      );
      successfulBody(answer, adapter, false);
    },
  };
}
