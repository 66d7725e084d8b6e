import { ottuAdapter } from '../adapters/ottu';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `ottuProvider` needs: the API key, where the merchant's Ottu is, and which PG codes and environment to list. */
export interface OttuProviderOptions extends ProviderHttpOptions {
  /** Your Ottu domain, e.g. "https://merchant.sandbox.ottu.net". */
  baseUrl: string;
  /** The private API key (`Authorization: Api-Key ...`), kept on the server: Ottu's public key gives no access to this API. */
  apiKey: string;
  /** Which of Ottu's card stores to read: Ottu's `type` field. */
  environment: 'sandbox' | 'production';
  /** Only cards of these gateways (Ottu's `pg_codes`): with several, list only the ones this checkout can charge. */
  pgCodes?: readonly string[];
  /** Only the card of this auto-debit agreement (Ottu's `agreement_id`). */
  agreementId?: string;
}

/**
 * Ottu's User Cards API (not available in KSA): `POST /b/pbl/v2/card/` with
 * `{customer_id, type, pg_codes?, agreement_id?}` lists a customer's cards; `DELETE
 * /b/pbl/v2/card/{token}/?customer_id=&type=` deletes one (204). Authenticates with
 * `Authorization: Api-Key {apiKey}`. Ottu refuses to delete a card an auto-debit agreement
 * uses (400 or 403 with a `detail`): a `rejected` error carrying Ottu's (redacted) explanation.
 *
 * @example
 * const provider = ottuProvider({ baseUrl: 'https://merchant.ottu.net', apiKey: process.env.OTTU_API_KEY!, environment: 'production' });
 */
export function ottuProvider(options: OttuProviderOptions): PaymentProvider {
  const adapter = ottuAdapter();
  const secrets = [options.apiKey];
  const http = providerHttp(options.baseUrl, { ...options, adapter, secrets }, '/b/pbl/v2/card/');
  const headers = { Accept: 'application/json', Authorization: `Api-Key ${options.apiKey}` };

  return {
    name: 'ottu',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards(customerId, signal) {
      const body = JSON.stringify({
        customer_id: customerId,
        type: options.environment,
        ...(options.pgCodes && { pg_codes: options.pgCodes }),
        ...(options.agreementId !== undefined && { agreement_id: options.agreementId }),
      });
      return http.send(
        '',
        { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body },
        signal,
      );
    },
    async deleteCard(customerId, token, signal) {
      const query = new URLSearchParams({ customer_id: customerId, type: options.environment });
      // A 403 here is Ottu refusing this card (an agreement uses it): `ottuAdapter().parseError` reads its reason.
      await http.send(`${encodeURIComponent(token)}/?${query}`, { method: 'DELETE', headers }, signal, 'card');
    },
  };
}
