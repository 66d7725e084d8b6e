import type { SavedCard } from '../src/core/card';

/** A card as the kit holds it, for tests: a usable Visa ending in 1258, expiring 05/37, not preferred; `extra` wins. */
export function savedCard(token: string, extra: Partial<SavedCard> = {}): SavedCard {
  return {
    token,
    tokens: [token],
    brand: 'visa',
    last4: '1258',
    expiryMonth: 5,
    expiryYear: 2037,
    isExpired: false,
    isExpiringSoon: false,
    isPreferred: false,
    ...extra,
  };
}
