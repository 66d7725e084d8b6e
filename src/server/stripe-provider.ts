import { stripeAdapter, type StripeAllowRedisplay } from '../adapters/stripe';
import { pick, textOf } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** What `stripeProvider` needs: the secret key, where Stripe's API is, and which saved cards may be shown again. */
export interface StripeProviderOptions extends ProviderHttpOptions {
  /** The secret key (`sk_live_…`, `sk_test_…`) or a restricted key that may read customers and write payment methods. */
  secretKey: string;
  /** Default: "https://api.stripe.com". */
  baseUrl?: string;
  /** Which `allow_redisplay` values are listed. Default: `['always']` (see the README). */
  allowRedisplay?: readonly StripeAllowRedisplay[];
}

// 100 per page (Stripe's largest): ten pages are a thousand cards, far beyond any shopper.
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/**
 * Stripe's card PaymentMethods of one Customer. Lists with
 * `GET /v1/customers/{id}/payment_methods?type=card&limit=100` (every page, up to a thousand cards;
 * more is an `invalid-response` rather than a list cut short) and reads the default card from
 * `GET /v1/customers/{id}`; deletes with `POST /v1/payment_methods/{id}/detach`. Sets the default
 * with `POST /v1/customers/{id}` (`invoice_settings[default_payment_method]`) and stores a card name in
 * the PaymentMethod's `metadata[nickname]` (`POST /v1/payment_methods/{id}`), read back as `nickname`.
 * Detach and rename do not check the customer: the handler only forwards a token from this customer's own list.
 *
 * @example
 * const provider = stripeProvider({ secretKey: process.env.STRIPE_SECRET_KEY! });
 */
export function stripeProvider(options: StripeProviderOptions): PaymentProvider {
  const adapter = stripeAdapter(options.allowRedisplay ? { allowRedisplay: options.allowRedisplay } : {});
  const secrets = [options.secretKey];
  const http = providerHttp(options.baseUrl ?? 'https://api.stripe.com', { ...options, adapter, secrets });
  const headers = { Accept: 'application/json', Authorization: `Bearer ${options.secretKey}` };
  const post = async (path: string, form: Record<string, string>, signal: AbortSignal) => {
    const init = {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    };
    await http.send(path, init, signal, 'card');
  };
  const get = (path: string, signal: AbortSignal) => http.send(path, { method: 'GET', headers }, signal);

  return {
    name: 'stripe',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: true, rename: true },
    async listCards(customerId, signal) {
      const customerPath = `/v1/customers/${encodeURIComponent(customerId)}`;
      const customer = await get(customerPath, signal);
      // A deleted Customer is answered 200 with `deleted: true`, and has no cards.
      if (pick(customer, 'deleted') === true) return { data: [], customer };
      const data: unknown[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const query = new URLSearchParams({
          type: 'card',
          limit: String(PAGE_SIZE),
          ...(after && { starting_after: after }),
        });
        const list = await get(`${customerPath}/payment_methods?${query}`, signal);
        const items = pick(list, 'data');
        if (!Array.isArray(items)) throw new SavedCardsError('invalid-response');
        data.push(...items);
        if (pick(list, 'has_more') !== true) return { data, customer };
        after = textOf(items.at(-1), 'id');
        if (after === undefined) throw new SavedCardsError('invalid-response');
      }
      throw new SavedCardsError('invalid-response');
    },
    async deleteCard(_customerId, token, signal) {
      await post(`/v1/payment_methods/${encodeURIComponent(token)}/detach`, {}, signal);
    },
    async setDefaultCard(customerId, token, signal) {
      const path = `/v1/customers/${encodeURIComponent(customerId)}`;
      await post(path, { 'invoice_settings[default_payment_method]': token }, signal);
    },
    async renameCard(_customerId, token, nickname, signal) {
      await post(`/v1/payment_methods/${encodeURIComponent(token)}`, { 'metadata[nickname]': nickname }, signal);
    },
  };
}
