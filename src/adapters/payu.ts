import type { CardInput, CardIssue } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { parseFlag } from '../core/normalize';
import { isRecord, pick, textOf } from './read';
import type { SavedCardsAdapter } from './types';

// PayU's older API answers "no cards" as a failure; it is an empty list, not an error.
const NO_CARDS_MESSAGE = /\b(no|not) (user )?cards?\b|\bcards? not found\b/i;

/**
 * A delete refused with "card not found": the card is already gone, which is what the shopper asked for.
 * Shared with the server's PayU provider, so a pass-through answer reads as the server reads it.
 */
const DELETE_NOT_FOUND_MESSAGE = /\bnot found\b/i;

/** Every spelling of PayU's soft-delete flag (the server's pass-through lets exactly these through). */
export const SOFT_DELETE_FIELDS = [
  'isDeleted',
  'is_deleted',
  'softDeleted',
  'soft_deleted',
  'isSoftDeleted',
  'is_soft_deleted',
  'deleted',
];

function isSoftDeleted(card: Record<string, unknown>): boolean {
  return SOFT_DELETE_FIELDS.some((field) => parseFlag(pick(card, field)) === true);
}

/**
 * One entry of `user_cards`, in either naming. The map key is the token.
 * PayU's samples put CC/DC in `card_mode` and, in its PCI-compliant vault answer, the network
 * ("VISA", "MAST") in `card_type` with no `card_brand`: funding reads `card_mode` first, the brand
 * falls back to `card_type`. That answer has no card expiry either. The network token's expiry
 * (`token_exp_mon`/`token_exp_yr`) is not used in its place: it is the token's, which the network
 * renews on its own schedule (PayU's own sample shows a token expired in 2021 on a live card).
 */
function toCardInput(token: string, card: Record<string, unknown>): CardInput {
  return {
    token,
    brand: pick(card, 'cardBrand', 'card_brand', 'cardType', 'card_type'),
    number: pick(card, 'cardNo', 'card_no'),
    expiryMonth: pick(card, 'cardExpiryMonth', 'expiry_month', 'expiryMonth'),
    expiryYear: pick(card, 'cardExpiryYear', 'expiry_year', 'expiryYear'),
    isExpired: pick(card, 'isExpired', 'is_expired'),
    holderName: pick(card, 'nameOnCard', 'name_on_card'),
    nickname: pick(card, 'cardName', 'card_name'),
    funding: pick(card, 'cardMode', 'card_mode', 'cardType', 'card_type'),
    cvvRequired: pick(card, 'cardCVV', 'card_cvv'),
    accountReference: pick(card, 'par', 'card_PAR', 'PAR'),
  };
}

/** PayU's `status: 0` (or "0", false, "N"): a refusal, even with HTTP 200. A missing status is none. */
function isRefusal(status: unknown): boolean {
  // parseFlag reads a missing value as false.
  return status !== undefined && parseFlag(status) === false;
}

/** PayU's explanation of an answer. */
const messageOf = (body: unknown) => textOf(body, 'msg', 'message');

/**
 * PayU India's Get User Cards answer (`get_user_cards`, or `get_payment_instrument` for Model 3
 * merchants), passed through by the merchant's endpoint:
 * v2 camelCase (`result.user_cards`) or the older snake_case (`user_cards` at
 * the top). `status: 0` is a refusal even with HTTP 200; soft-deleted cards
 * are dropped; network tokens, PAR and BIN never leave the adapter.
 *
 * @example
 * createSavedCardsClient({ endpoint: '/api/payu/cards', adapter: payuAdapter() });
 */
export function payuAdapter(): SavedCardsAdapter {
  return {
    name: 'payu',
    parseList(body) {
      if (!isRecord(body)) throw new SavedCardsError('invalid-response');
      const status = pick(body, 'status');
      if (isRefusal(status)) {
        const message = messageOf(body);
        if (message && NO_CARDS_MESSAGE.test(message)) return { cards: [] };
        throw new SavedCardsError('rejected', { reason: message });
      }
      const userCards = pick(body, 'user_cards') ?? pick(pick(body, 'result'), 'user_cards', 'userCards');
      // PHP serialises an empty map as []. No map at all is an empty list only when PayU said it succeeded:
      // anything else ({}, {"status": "failure"}) is an answer we cannot read, never "no cards".
      const empty = Array.isArray(userCards)
        ? userCards.length === 0
        : userCards === undefined && parseFlag(status) === true;
      if (empty) return { cards: [] };
      if (!isRecord(userCards)) throw new SavedCardsError('invalid-response');
      const cards: CardInput[] = [];
      const issues: CardIssue[] = [];
      Object.entries(userCards).forEach(([token, card], index) => {
        if (!isRecord(card)) {
          issues.push({ index, field: 'card', message: `Card ${index}: card is not an object.` });
          return;
        }
        if (!isSoftDeleted(card)) cards.push({ ...toCardInput(token, card), sourceIndex: index });
      });
      return { cards, issues };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    parseDelete(body) {
      if (!isRefusal(pick(body, 'status'))) return;
      const message = messageOf(body);
      if (message && DELETE_NOT_FOUND_MESSAGE.test(message)) throw new SavedCardsError('not-found');
      throw new SavedCardsError('rejected', { reason: message });
    },
    parseError(_status, body) {
      const reason = textOf(body, 'msg', 'message', 'error');
      return reason ? { reason } : undefined;
    },
  };
}
