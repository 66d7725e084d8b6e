import { JUSPAY_INVALID_TOKEN_MESSAGE, juspayAdapter, juspayReason } from '../adapters/juspay';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderAnswer, type ProviderHttpOptions } from './provider-request';

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
  const base = (options.baseUrl ?? 'https://api.juspay.in').replace(/\/+$/, '');
  const adapter = juspayAdapter();
  const basic = btoa(`${options.apiKey}:`);
  const secrets = [options.apiKey, basic];
  const headersFor = (customerId: string) => ({
    Accept: 'application/json',
    Authorization: `Basic ${basic}`,
    'x-merchantid': options.merchantId,
    'x-routing-id': customerId,
  });
  const post = (path: string, customerId: string, form: Record<string, string>, signal: AbortSignal) =>
    requestProvider(
      `${base}${path}`,
      {
        method: 'POST',
        headers: { ...headersFor(customerId), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      },
      { ...options, signal, secrets },
    );
  // Juspay answers a token it does not hold with a 400 "Invalid card token": already gone.
  const throwIfGone = (answer: ProviderAnswer) => {
    if (answer.status === 400 && JUSPAY_INVALID_TOKEN_MESSAGE.test(juspayReason(answer.body) ?? ''))
      throw new SavedCardsError('not-found', { status: 400 });
  };

  return {
    name: 'juspay',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: true },
    async listCards(customerId, signal) {
      const answer = await requestProvider(
        `${base}/cards?${new URLSearchParams({ customer_id: customerId })}`,
        { method: 'GET', headers: headersFor(customerId) },
        { ...options, signal, secrets },
      );
      return successfulBody(answer, adapter, true);
    },
    async deleteCard(customerId, token, signal) {
      const answer = await post('/card/delete', customerId, { card_token: token }, signal);
      throwIfGone(answer);
      // Juspay says so in the body; anything but `deleted: true` is not a delete.
      if (pick(successfulBody(answer, adapter, true), 'deleted') !== true)
        throw new SavedCardsError('invalid-response', { status: answer.status });
    },
    async renameCard(customerId, token, nickname, signal) {
      const answer = await post(
        '/card/update',
        customerId,
        { card_token: token, customer_id: customerId, nickname },
        signal,
      );
      throwIfGone(answer);
      successfulBody(answer, adapter, false);
    },
  };
}
