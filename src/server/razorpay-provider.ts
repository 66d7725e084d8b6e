import { RAZORPAY_NOT_FOUND_MESSAGE, razorpayAdapter } from '../adapters/razorpay';
import { pick, textOf } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

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
  const base = (options.baseUrl ?? 'https://api.razorpay.com').replace(/\/+$/, '');
  const adapter = razorpayAdapter();
  const basic = btoa(`${options.keyId}:${options.keySecret}`);
  const secrets = [options.keySecret, basic];
  const headers = { Accept: 'application/json', Authorization: `Basic ${basic}` };
  const tokensPath = (customerId: string) => `${base}/v1/customers/${encodeURIComponent(customerId)}/tokens`;

  return {
    name: 'razorpay',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        tokensPath(customerId),
        { method: 'GET', headers },
        { ...options, signal, secrets },
      );
      return successfulBody(answer, adapter, true);
    },
    async deleteCard(customerId, token, signal) {
      const answer = await requestProvider(
        `${tokensPath(customerId)}/${encodeURIComponent(token)}`,
        { method: 'DELETE', headers },
        { ...options, signal, secrets },
      );
      const description = textOf(pick(answer.body, 'error'), 'description');
      if (answer.status === 400 && description !== undefined && RAZORPAY_NOT_FOUND_MESSAGE.test(description))
        throw new SavedCardsError('not-found', { status: 400 });
      const body = successfulBody(answer, adapter, false);
      // Razorpay says so in the body; anything but `deleted: true` is not a delete.
      if (pick(body, 'deleted') !== true) throw new SavedCardsError('invalid-response', { status: answer.status });
    },
  };
}
