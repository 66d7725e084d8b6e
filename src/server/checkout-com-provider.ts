import { checkoutComAdapter } from '../adapters/checkout-com';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `checkoutComProvider` needs: the secret key, and where Checkout.com's API is. */
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
  const adapter = checkoutComAdapter();
  const secrets = [options.secretKey];
  const http = providerHttp(options.baseUrl ?? 'https://api.checkout.com', { ...options, adapter, secrets });
  const headers = { Accept: 'application/json', Authorization: `Bearer ${options.secretKey}` };
  const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}`;

  return {
    name: 'checkout-com',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: true, rename: false },
    listCards: (customerId, signal) => http.send(customerPath(customerId), { method: 'GET', headers }, signal),
    async deleteCard(_customerId, token, signal) {
      await http.send(`/instruments/${encodeURIComponent(token)}`, { method: 'DELETE', headers }, signal, 'card');
    },
    async setDefaultCard(customerId, token, signal) {
      const init = {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ default: token }),
      };
      await http.send(customerPath(customerId), init, signal, 'card');
    },
  };
}
