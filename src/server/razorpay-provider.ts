import { razorpayAdapter } from '../adapters/razorpay';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `razorpayProvider` needs: the key id and secret, and where Razorpay's API is. */
export interface RazorpayProviderOptions extends ProviderHttpOptions {
  /** The key id (`rzp_live_…`, `rzp_test_…`). */
  keyId: string;
  /** The key secret. */
  keySecret: string;
  /** Default: "https://api.razorpay.com". */
  baseUrl?: string;
}

/**
 * Razorpay's saved-card tokens of one Customer. Lists with `GET /v1/customers/{id}/tokens` and
 * deletes with `DELETE /v1/customers/{id}/tokens/{token_id}` (`{"deleted": true}`).
 * Authenticates with HTTP Basic (key id and key secret).
 *
 * @example
 * const provider = razorpayProvider({ keyId: process.env.RAZORPAY_KEY_ID!, keySecret: process.env.RAZORPAY_KEY_SECRET! });
 */
export function razorpayProvider(options: RazorpayProviderOptions): PaymentProvider {
  const adapter = razorpayAdapter();
  const basic = btoa(`${options.keyId}:${options.keySecret}`);
  const secrets = [options.keySecret, basic];
  const http = providerHttp(options.baseUrl ?? 'https://api.razorpay.com', { ...options, adapter, secrets });
  const headers = { Accept: 'application/json', Authorization: `Basic ${basic}` };
  const tokensPath = (customerId: string) => `/v1/customers/${encodeURIComponent(customerId)}/tokens`;

  return {
    name: 'razorpay',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: (customerId, signal) => http.send(tokensPath(customerId), { method: 'GET', headers }, signal),
    async deleteCard(customerId, token, signal) {
      const path = `${tokensPath(customerId)}/${encodeURIComponent(token)}`;
      const body = await http.send(path, { method: 'DELETE', headers }, signal, 'card');
      // Razorpay says so in the body; anything but `deleted: true` is not a delete.
      if (pick(body, 'deleted') !== true) throw new SavedCardsError('invalid-response');
    },
  };
}
