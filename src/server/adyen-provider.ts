import { adyenAdapter } from '../adapters/adyen';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `adyenProvider` needs: the Checkout API key and merchant account, and where Adyen's API is. */
export interface AdyenProviderOptions extends ProviderHttpOptions {
  /** The API key of a web-service user with the Checkout API role. */
  apiKey: string;
  /** The merchant account the shopper's cards were stored under. */
  merchantAccount: string;
  /**
   * The Checkout API root with its version: "https://checkout-test.adyen.com/v71" (test), or
   * "https://{prefix}-checkout-live.adyenpayments.com/checkout/v71" with your live prefix.
   */
  baseUrl: string;
}

/**
 * Adyen's stored payment methods of one shopper (`shopperReference`). Lists with
 * `GET {baseUrl}/storedPaymentMethods?merchantAccount=&shopperReference=` and deletes with
 * `DELETE {baseUrl}/storedPaymentMethods/{id}?merchantAccount=&shopperReference=` (204).
 * Authenticates with the `X-API-Key` header.
 *
 * @example
 * const provider = adyenProvider({ apiKey: process.env.ADYEN_API_KEY!, merchantAccount: 'ShopCOM', baseUrl: 'https://checkout-test.adyen.com/v71' });
 */
export function adyenProvider(options: AdyenProviderOptions): PaymentProvider {
  const adapter = adyenAdapter();
  const secrets = [options.apiKey];
  const http = providerHttp(options.baseUrl, { ...options, adapter, secrets }, '/storedPaymentMethods');
  const headers = { Accept: 'application/json', 'X-API-Key': options.apiKey };
  const query = (customerId: string) =>
    new URLSearchParams({ merchantAccount: options.merchantAccount, shopperReference: customerId });

  return {
    name: 'adyen',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: (customerId, signal) => http.send(`?${query(customerId)}`, { method: 'GET', headers }, signal),
    async deleteCard(customerId, token, signal) {
      await http.send(
        `/${encodeURIComponent(token)}?${query(customerId)}`,
        { method: 'DELETE', headers },
        signal,
        'card',
      );
    },
  };
}
