import type { CardInput, CardIssue } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { parseFlag } from '../core/fields';
import { isRecord, pick, readCard, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

// PayU's older API answers "no cards" as a failure; it is an empty list, not an error.
const NO_CARDS_MESSAGE = /\b(no|not) (user )?cards?\b|\bcards? not found\b/i;

/**
 * A delete refused with "card not found" (or the v2 storecard API's "card token is invalid", which PayU's page says
 * to treat as deleted): the card is already gone, which is what the shopper asked for.
 */
const DELETE_NOT_FOUND_MESSAGE = /\bnot found\b|\bcard ?token is invalid\b/i;

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
 * One entry of `user_cards`, in either naming (the map key is the token); the server's pass-through
 * lets exactly these fields through. The PCI vault's answer puts the network ("VISA", "MAST") in
 * `card_type` and has no `card_brand` and no expiry; the network token's `token_exp_*` is the token's
 * expiry, not the card's, so it is not read.
 */
export const PAYU_FIELDS = {
  brand: ['cardBrand', 'card_brand', 'cardType', 'card_type'],
  number: ['cardNo', 'card_no'],
  expiryMonth: ['cardExpiryMonth', 'expiry_month', 'expiryMonth'],
  expiryYear: ['cardExpiryYear', 'expiry_year', 'expiryYear'],
  isExpired: ['isExpired', 'is_expired'],
  holderName: ['nameOnCard', 'name_on_card'],
  nickname: ['cardName', 'card_name'],
  // The newest v2 page moves CC/DC to `cardCategory` and the network to `cardType`.
  funding: ['cardMode', 'card_mode', 'cardCategory', 'card_category', 'cardType', 'card_type'],
  cvvRequired: ['cardCVV', 'card_cvv'],
  accountReference: ['par', 'card_PAR', 'PAR'],
} as const satisfies FieldTable;

/** Where an entry of the newest v2 page's `user_cards` array keeps its token (the map's key in every older shape). */
const TOKEN_FIELDS = ['cardToken', 'card_token'];

/** PayU's `status: 0` (or "0", false, "N"): a refusal, even with HTTP 200. A missing status is none. */
function isRefusal(status: unknown): boolean {
  return status !== undefined && parseFlag(status) === false;
}

/** PayU's explanation of an answer. */
const messageOf = (body: unknown) => textOf(body, 'msg', 'message');

/**
 * PayU India's Get User Cards answer, v2 camelCase (`result.user_cards`, or the newest page's top-level
 * `user_cards` array) or snake_case (`user_cards`), passed through by the merchant's endpoint. `user_instruments`
 * (wallets) are not cards and never listed. `status: 0` is a refusal even with HTTP 200; soft-deleted cards are dropped.
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
      const result = pick(body, 'result');
      // A `result` that is there but no object is an answer we cannot read, never "no cards".
      if (result !== undefined && !isRecord(result)) throw new SavedCardsError('invalid-response');
      const userCards = pick(body, 'user_cards') ?? pick(result, 'user_cards', 'userCards');
      // PHP serialises an empty map as []. No map at all is an empty list only when PayU said it succeeded:
      // anything else ({}, {"status": "failure"}) is an answer we cannot read, never "no cards".
      const empty = Array.isArray(userCards)
        ? userCards.length === 0
        : userCards === undefined && parseFlag(status) === true;
      if (empty) return { cards: [] };
      // The newest v2 page answers an array of cards, each with its token; every older shape a map keyed by token.
      const entries = Array.isArray(userCards)
        ? userCards.map((card: unknown) => [pick(card, ...TOKEN_FIELDS), card] as const)
        : isRecord(userCards)
          ? Object.entries(userCards)
          : undefined;
      if (!entries) throw new SavedCardsError('invalid-response');
      const cards: CardInput[] = [];
      const issues: CardIssue[] = [];
      entries.forEach(([token, card], index) => {
        if (!isRecord(card)) {
          issues.push({ index, field: 'card', message: `Card ${index}: card is not an object.` });
          return;
        }
        if (!isSoftDeleted(card)) cards.push({ ...readCard(PAYU_FIELDS, card), token, sourceIndex: index });
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
