import { SavedCardsError } from '../core/errors';
import { isRecord, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

/** Razorpay's "not there" is a 400: `{"error": {"code": "BAD_REQUEST_ERROR", "description": "The id provided does not exist"}}`. */
const RAZORPAY_NOT_FOUND_MESSAGE = /\bdoes not exist\b/i;

const RAZORPAY_FIELDS = {
  token: 'id',
  brand: 'card.network',
  number: 'card.last4',
  expiryMonth: 'card.expiry_month',
  expiryYear: 'card.expiry_year',
  holderName: 'card.name',
  funding: 'card.type',
} as const satisfies FieldTable;

/** A token the shopper can pay with: a card, and `active` when Razorpay gives a status (not initiated, suspended or deactivated). */
function isUsableCard(token: Record<string, unknown>): boolean {
  const status = pick(token, 'status');
  return (
    pick(token, 'method') === 'card' && isRecord(pick(token, 'card')) && (status === undefined || status === 'active')
  );
}

/**
 * Razorpay's `GET /v1/customers/{id}/tokens` answer: `{ entity: "collection", count, items }`.
 * Card tokens only (not UPI, e-mandate or wallet ones); Razorpay keeps no default card and no
 * fingerprint, so there is neither here. The token's `id` (`token_…`) is the card's token.
 *
 * @example
 * razorpayAdapter().parseList(await response.json());
 */
export function razorpayAdapter(): SavedCardsAdapter {
  return {
    name: 'razorpay',
    parseList(body) {
      const items = pick(body, 'items');
      if (!Array.isArray(items)) throw new SavedCardsError('invalid-response');
      const cards = readCards(items, RAZORPAY_FIELDS, (token) => (isUsableCard(token) ? {} : undefined));
      return { cards };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    notFound: (status, body) =>
      status === 400 && RAZORPAY_NOT_FOUND_MESSAGE.test(textOf(pick(body, 'error'), 'description') ?? ''),
    parseError(status, body) {
      const reason = textOf(pick(body, 'error'), 'description');
      return reason
        ? { ...(status === 400 && !RAZORPAY_NOT_FOUND_MESSAGE.test(reason) && { kind: 'rejected' as const }), reason }
        : undefined;
    },
  };
}
