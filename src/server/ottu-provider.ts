import { ottuAdapter } from '../adapters/ottu';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

export interface OttuProviderOptions extends ProviderHttpOptions {
  /** Your Ottu domain, e.g. "https://merchant.sandbox.ottu.net". */
  baseUrl: string;
  /** The private API key. Since 2026-09 the public key is refused on these endpoints. */
  apiKey: string;
  /** Which of Ottu's card stores to read: Ottu's `type` field. */
  environment: 'sandbox' | 'production';
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * Ottu's User Cards API: `POST /b/pbl/v2/card/` with `{customer_id, type}` lists
 * a customer's cards (a JSON array); `DELETE /b/pbl/v2/card/{token}/?customer_id=&type=`
 * deletes one (204). Authenticates with `Authorization: Api-Key {apiKey}`.
 * A card used by an auto-debit agreement is refused with a `{"detail": ...}` answer,
 * which becomes a `rejected` error carrying Ottu's (redacted) explanation.
 *
 * @example
 * const provider = ottuProvider({ baseUrl: 'https://merchant.ottu.net', apiKey: process.env.OTTU_API_KEY!, environment: 'production' });
 */
export function ottuProvider(options: OttuProviderOptions): PaymentProvider {
  const base = `${trimBase(options.baseUrl)}/b/pbl/v2/card/`;
  const adapter = ottuAdapter();
  const secrets = [options.apiKey];
  const headers = { Accept: 'application/json', Authorization: `Api-Key ${options.apiKey}` };

  return {
    name: 'ottu',
    adapter,
    secrets,
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        base,
        {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ customer_id: customerId, type: options.environment }),
        },
        { ...options, signal },
      );
      return successfulBody(answer, adapter, secrets, true);
    },
    async deleteCard(customerId, token, signal) {
      const query = new URLSearchParams({ customer_id: customerId, type: options.environment });
      const answer = await requestProvider(
        `${base}${encodeURIComponent(token)}/?${query}`,
        { method: 'DELETE', headers },
        { ...options, signal },
      );
      successfulBody(answer, adapter, secrets, false);
    },
  };
}
