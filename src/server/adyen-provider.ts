import { adyenAdapter } from '../adapters/adyen';
import { textOf } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

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

// Adyen's error code for a stored payment method (a "contract") that does not exist.
const CONTRACT_NOT_FOUND = '800';

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
  const base = `${options.baseUrl.replace(/\/+$/, '')}/storedPaymentMethods`;
  const adapter = adyenAdapter();
  const secrets = [options.apiKey];
  const headers = { Accept: 'application/json', 'X-API-Key': options.apiKey };
  const query = (customerId: string) =>
    new URLSearchParams({ merchantAccount: options.merchantAccount, shopperReference: customerId });

  return {
    name: 'adyen',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        `${base}?${query(customerId)}`,
        { method: 'GET', headers },
        { ...options, signal, secrets },
      );
      return successfulBody(answer, adapter, true);
    },
    async deleteCard(customerId, token, signal) {
      const answer = await requestProvider(
        `${base}/${encodeURIComponent(token)}?${query(customerId)}`,
        { method: 'DELETE', headers },
        { ...options, signal, secrets },
      );
      if (answer.status === 422 && textOf(answer.body, 'errorCode') === CONTRACT_NOT_FOUND)
        throw new SavedCardsError('not-found', { status: 422 });
      successfulBody(answer, adapter, false);
    },
  };
}
