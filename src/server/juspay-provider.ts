import { juspayAdapter } from '../adapters/juspay';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `juspayProvider` needs: the API key and merchant id, and where Juspay's API is. */
export interface JuspayProviderOptions extends ProviderHttpOptions {
  /** The API key: the user of HTTP Basic, with an empty password. */
  apiKey: string;
  /** The merchant id (`x-merchantid`). */
  merchantId: string;
  /** Default: "https://api.juspay.in"; "https://sandbox.juspay.in" is Juspay's sandbox. */
  baseUrl?: string;
}

/**
 * Juspay's card locker: lists with `GET /cards?customer_id=`, deletes with `POST /card/delete` (`card_token`)
 * and names a card with `POST /card/update` (`card_token`, `customer_id`, `nickname`), so `rename` needs no
 * preferences store. Authenticates with HTTP Basic (the API key, an empty password) and `x-merchantid`, and
 * sends the customer id as `x-routing-id`, as Juspay recommends.
 *
 * @example
 * const provider = juspayProvider({ apiKey: process.env.JUSPAY_API_KEY!, merchantId: 'shop' });
 */
export function juspayProvider(options: JuspayProviderOptions): PaymentProvider {
  const adapter = juspayAdapter();
  const basic = btoa(`${options.apiKey}:`);
  const secrets = [options.apiKey, basic];
  const http = providerHttp(options.baseUrl ?? 'https://api.juspay.in', { ...options, adapter, secrets });
  const headersFor = (customerId: string) => ({
    Accept: 'application/json',
    Authorization: `Basic ${basic}`,
    'x-merchantid': options.merchantId,
    'x-routing-id': customerId,
  });
  const post = (
    path: string,
    customerId: string,
    form: Record<string, string>,
    signal: AbortSignal,
    needsBody: boolean,
  ) => {
    const init = {
      method: 'POST',
      headers: { ...headersFor(customerId), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    };
    return http.send(path, init, signal, 'card', needsBody);
  };

  return {
    name: 'juspay',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: true },
    listCards: (customerId, signal) =>
      http.send(
        `/cards?${new URLSearchParams({ customer_id: customerId })}`,
        { method: 'GET', headers: headersFor(customerId) },
        signal,
      ),
    async deleteCard(customerId, token, signal) {
      const body = await post('/card/delete', customerId, { card_token: token }, signal, true);
      // Juspay says so in the body; anything but `deleted: true` is not a delete.
      if (pick(body, 'deleted') !== true) throw new SavedCardsError('invalid-response');
    },
    async renameCard(customerId, token, nickname, signal) {
      await post('/card/update', customerId, { card_token: token, customer_id: customerId, nickname }, signal, false);
    },
  };
}
