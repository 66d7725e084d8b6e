import { cashfreeAdapter } from '../adapters/cashfree';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

export interface CashfreeProviderOptions extends ProviderHttpOptions {
  /** The app id (`x-client-id`). */
  clientId: string;
  /** The secret key (`x-client-secret`). */
  clientSecret: string;
  /** `x-api-version`. Default: "2026-01-01", the official `cashfree-pg` SDK's (6.x). */
  apiVersion?: string;
  /** Default: "https://api.cashfree.com/pg"; "https://sandbox.cashfree.com/pg" is Cashfree's sandbox. */
  baseUrl?: string;
}

/**
 * Cashfree's Token Vault: lists a customer's saved cards with
 * `GET /customers/{id}/instruments?instrument_type=card` and deletes one with
 * `DELETE /customers/{id}/instruments/{instrument_id}`. Authenticates with the `x-client-id` and
 * `x-client-secret` headers, and names its API version in `x-api-version`.
 *
 * @example
 * const provider = cashfreeProvider({ clientId: process.env.CASHFREE_APP_ID!, clientSecret: process.env.CASHFREE_SECRET! });
 */
export function cashfreeProvider(options: CashfreeProviderOptions): PaymentProvider {
  const base = (options.baseUrl ?? 'https://api.cashfree.com/pg').replace(/\/+$/, '');
  const adapter = cashfreeAdapter();
  const secrets = [options.clientSecret];
  const headers = {
    Accept: 'application/json',
    'x-client-id': options.clientId,
    'x-client-secret': options.clientSecret,
    'x-api-version': options.apiVersion ?? '2026-01-01',
  };
  const instruments = (customerId: string) => `${base}/customers/${encodeURIComponent(customerId)}/instruments`;

  return {
    name: 'cashfree',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        `${instruments(customerId)}?instrument_type=card`,
        { method: 'GET', headers },
        { ...options, signal, secrets },
      );
      return successfulBody(answer, adapter, true);
    },
    async deleteCard(customerId, token, signal) {
      const answer = await requestProvider(
        `${instruments(customerId)}/${encodeURIComponent(token)}`,
        { method: 'DELETE', headers },
        { ...options, signal, secrets },
      );
      successfulBody(answer, adapter, false);
    },
  };
}
