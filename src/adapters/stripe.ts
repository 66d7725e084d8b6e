import { normalizeBrand, normalizeNetworks } from '../core/brands';
import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isDefault, isRecord, pick, readCards, textOf, type FieldTable } from './read';
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

const STRIPE_FIELDS = {
  token: 'id',
  number: 'card.last4',
  expiryMonth: 'card.exp_month',
  expiryYear: 'card.exp_year',
  holderName: 'billing_details.name',
  // Where stripeProvider's renameCard stores the shopper's name for the card.
  nickname: 'metadata.nickname',
  funding: 'card.funding',
  accountReference: 'card.fingerprint',
} as const satisfies FieldTable;

function stripeCard(
  method: Record<string, unknown>,
  defaultId: unknown,
  allowed: readonly unknown[],
): Partial<CardInput> | undefined {
  const card = pick(method, 'card');
  if (pick(method, 'type') !== 'card' || !isRecord(card)) return undefined;
  // A wallet's card (Apple Pay, Google Pay) is a device token, not a saved card.
  if (pick(card, 'wallet') != null || !allowed.includes(pick(method, 'allow_redisplay'))) return undefined;
  const displayBrand = textOf(card, 'display_brand');
  return {
    // The brand the shopper chose or sees, when the kit knows it ("eftpos_australia" would lose a known network).
    brand: normalizeBrand(displayBrand) !== 'unknown' ? displayBrand : pick(card, 'brand'),
    isPreferred: isDefault(method, defaultId),
    networks: normalizeNetworks(pick(pick(card, 'networks'), 'available')),
  };
}

/**
 * Stripe's card PaymentMethods as `stripeProvider()` hands them over, `{ data, customer }`: the customer's
 * default becomes `isPreferred`; wallet cards and those `allow_redisplay` does not allow are left out.
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
      const cards = readCards(data, STRIPE_FIELDS, (method) => stripeCard(method, defaultId, allowed));
      return { cards };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    // A PaymentMethod no longer attached is already gone, for the shopper.
    notFound: (status, body) =>
      status === 400 && /\bnot attached\b/i.test(textOf(pick(body, 'error'), 'message') ?? ''),
    parseError(status, body) {
      const reason = textOf(pick(body, 'error'), 'message');
      // A 400 on a delete is Stripe refusing it; 402 is a card error.
      return reason ? { ...((status === 400 || status === 402) && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
