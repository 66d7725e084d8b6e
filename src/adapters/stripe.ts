import { normalizeBrand } from '../core/brands';
import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, networksOf, pick, textOf } from './read';
import type { SavedCardsAdapter } from './types';

/** Stripe's `allow_redisplay` values: whether the shopper agreed that the card may be shown again. */
export type StripeAllowRedisplay = 'always' | 'limited' | 'unspecified';

export interface StripeAdapterOptions {
  /** Which `allow_redisplay` values are listed. Default: `['always']`, the cards Stripe says may be shown again. */
  allowRedisplay?: readonly StripeAllowRedisplay[];
}

/** The default card's id: a string, or the expanded PaymentMethod object. */
function defaultIdOf(customer: unknown): unknown {
  const value = pick(pick(customer, 'invoice_settings'), 'default_payment_method');
  return isRecord(value) ? pick(value, 'id') : value;
}

function toCardInput(method: Record<string, unknown>, defaultId: unknown): CardInput {
  const card = pick(method, 'card');
  const displayBrand = textOf(card, 'display_brand');
  return {
    token: pick(method, 'id'),
    // display_brand is what the shopper chose or sees on the card (e.g. cartes_bancaires), when the kit knows it
    // ("eftpos_australia" or "other" would turn a known network into no brand at all).
    brand: normalizeBrand(displayBrand) !== 'unknown' ? displayBrand : pick(card, 'brand'),
    number: pick(card, 'last4'),
    expiryMonth: pick(card, 'exp_month'),
    expiryYear: pick(card, 'exp_year'),
    isPreferred: defaultId !== undefined && defaultId !== null && pick(method, 'id') === defaultId,
    holderName: pick(pick(method, 'billing_details'), 'name') ?? undefined,
    // Where stripeProvider's renameCard stores the shopper's name for the card.
    nickname: pick(pick(method, 'metadata'), 'nickname') ?? undefined,
    funding: pick(card, 'funding'),
    accountReference: pick(card, 'fingerprint'),
    networks: networksOf(pick(pick(card, 'networks'), 'available')),
  };
}

/**
 * Stripe's card PaymentMethods, as `stripeProvider()` hands them over: `{ data, customer }`, the
 * `GET /v1/customers/{id}/payment_methods?type=card` list (every page joined) beside the Customer,
 * whose `invoice_settings.default_payment_method` becomes `isPreferred`. Cards whose `allow_redisplay`
 * is not allowed, and cards made by a wallet (`card.wallet`, Apple Pay or Google Pay device tokens),
 * are not listed. The fingerprint groups duplicates and never reaches the browser.
 *
 * @example
 * stripeAdapter({ allowRedisplay: ['always', 'limited'] }).parseList({ data: methods, customer });
 */
export function stripeAdapter(options: StripeAdapterOptions = {}): SavedCardsAdapter {
  const allowed: readonly unknown[] = options.allowRedisplay ?? ['always'];
  return {
    name: 'stripe',
    parseList(body) {
      const data = pick(body, 'data');
      if (!Array.isArray(data)) throw new SavedCardsError('invalid-response');
      const defaultId = defaultIdOf(pick(body, 'customer'));
      const cards = data.flatMap((method, index): CardInput[] => {
        // Not an object: passed on, so the core reports it as malformed.
        if (!isRecord(method))
          return [
            { token: undefined, number: undefined, expiryMonth: undefined, expiryYear: undefined, sourceIndex: index },
          ];
        const card = pick(method, 'card');
        if (pick(method, 'type') !== 'card' || !isRecord(card)) return [];
        const wallet = pick(card, 'wallet');
        if (wallet !== undefined && wallet !== null) return [];
        if (!allowed.includes(pick(method, 'allow_redisplay'))) return [];
        return [{ ...toCardInput(method, defaultId), sourceIndex: index }];
      });
      return { cards };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    parseError(status, body) {
      const reason = textOf(pick(body, 'error'), 'message');
      // A 400 on a delete is Stripe refusing it; 402 is a card error.
      return reason ? { ...((status === 400 || status === 402) && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
