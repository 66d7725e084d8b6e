import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

// `card_token_details.expiry_*` is the network token's expiry, not the card's (as with PayU's), so it is not read:
// Cashfree gives no card expiry, and its cards are listed without one.
const CASHFREE_FIELDS = {
  token: 'instrument_id',
  brand: 'instrument_meta.card_network',
  number: 'instrument_display',
  accountReference: 'instrument_uid',
} as const satisfies FieldTable;

// Cashfree spells funding as DEBIT_CARD / CREDIT_CARD.
const FUNDING: Readonly<Record<string, string>> = { CREDIT_CARD: 'credit', DEBIT_CARD: 'debit' };

function cashfreeCard(instrument: Record<string, unknown>): Partial<CardInput> | undefined {
  if (pick(instrument, 'instrument_type') !== 'card' || pick(instrument, 'instrument_status') !== 'ACTIVE')
    return undefined;
  const type = pick(pick(instrument, 'instrument_meta'), 'card_type');
  return { funding: typeof type === 'string' ? (FUNDING[type] ?? 'unknown') : undefined };
}

/**
 * Cashfree's `GET /customers/{id}/instruments?instrument_type=card` answer: an array of saved instruments.
 * Only `ACTIVE` cards are listed; `instrument_uid` (one per physical card) groups duplicates. Cashfree keeps
 * no default card, no name and no card expiry.
 *
 * @example
 * cashfreeAdapter().parseList(await response.json());
 */
export function cashfreeAdapter(): SavedCardsAdapter {
  return {
    name: 'cashfree',
    parseList(body) {
      if (!Array.isArray(body)) throw new SavedCardsError('invalid-response');
      return { cards: readCards(body, CASHFREE_FIELDS, cashfreeCard) };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    parseError(status, body) {
      const reason = textOf(body, 'message');
      // 400 and 422 are Cashfree refusing the request as made: `invalid_request_error`.
      return reason ? { ...((status === 400 || status === 422) && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
