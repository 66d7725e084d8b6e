import { cashfreeAdapter } from '../adapters/cashfree';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `cashfreeProvider` needs: the client id and secret, the API version, and where Cashfree's API is. */
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
  const adapter = cashfreeAdapter();
  const secrets = [options.clientSecret];
  const http = providerHttp(options.baseUrl ?? 'https://api.cashfree.com/pg', { ...options, adapter, secrets });
  const headers = {
    Accept: 'application/json',
    'x-client-id': options.clientId,
    'x-client-secret': options.clientSecret,
    'x-api-version': options.apiVersion ?? '2026-01-01',
  };
  const instruments = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/instruments`;

  return {
    name: 'cashfree',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: (customerId, signal) =>
      http.send(`${instruments(customerId)}?instrument_type=card`, { method: 'GET', headers }, signal),
    async deleteCard(customerId, token, signal) {
      const path = `${instruments(customerId)}/${encodeURIComponent(token)}`;
      await http.send(path, { method: 'DELETE', headers }, signal, 'card');
    },
  };
}
