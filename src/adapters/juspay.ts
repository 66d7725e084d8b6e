import { SavedCardsError } from '../core/errors';
import { pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

/** Juspay's "not there": a 400 `BAD_REQUEST` "Invalid card token". */
const JUSPAY_INVALID_TOKEN_MESSAGE = /\binvalid card token\b/i;

// `card_isin` (the BIN) is deliberately not read: it never leaves the server.
const JUSPAY_FIELDS = {
  token: 'card_token',
  brand: 'card_brand',
  number: 'card_number',
  expiryMonth: 'card_exp_month',
  // Juspay's older reference names it `card_expiry_year`, its newer ones `card_exp_year`.
  expiryYear: ['card_exp_year', 'card_expiry_year'],
  isExpired: 'expired',
  holderName: 'name_on_card',
  nickname: 'nickname',
  funding: 'card_type',
  accountReference: 'card_fingerprint',
} as const satisfies FieldTable;

/** Juspay's explanation of a failure: `error_message`, or `user_message` for older answers. */
const juspayReason = (body: unknown) => textOf(body, 'error_message', 'user_message', 'message');

/**
 * Juspay's `GET /cards?customer_id=` answer: `{ customer_id, merchantId, cards: [...] }`. Brand, last 4 of
 * the masked number, expiry, `expired`, `nickname`, `name_on_card`; `card_fingerprint` groups duplicates.
 *
 * @example
 * juspayAdapter().parseList(await response.json());
 */
export function juspayAdapter(): SavedCardsAdapter {
  return {
    name: 'juspay',
    parseList(body) {
      const cards = pick(body, 'cards');
      if (!Array.isArray(cards)) throw new SavedCardsError('invalid-response');
      return { cards: readCards(cards, JUSPAY_FIELDS) };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    notFound: (status, body) => status === 400 && JUSPAY_INVALID_TOKEN_MESSAGE.test(juspayReason(body) ?? ''),
    parseError(status, body) {
      const reason = juspayReason(body);
      return reason ? { ...(status === 400 && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
