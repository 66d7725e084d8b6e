import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

/** Ottu's card, as data: the server's pass-through lets exactly these fields through. */
export const OTTU_FIELDS = {
  token: 'token',
  brand: 'brand',
  number: 'number',
  expiryMonth: 'expiry_month',
  expiryYear: 'expiry_year',
  isExpired: 'is_expired',
  isPreferred: 'is_preferred',
  expiresSoon: 'will_expire_soon',
  holderName: 'name_on_card',
  cvvRequired: 'cvv_required',
  gateway: 'pg_name',
} as const satisfies FieldTable;

/** A card an auto-debit agreement uses cannot be deleted. */
function agreementLock(card: Record<string, unknown>): Partial<CardInput> {
  const agreements = pick(card, 'agreements');
  return Array.isArray(agreements) && agreements.length > 0 ? { deleteBlockedReason: { code: 'agreement' } } : {};
}

/** Ottu's field errors: `{"customer_id": ["This field is required."]}`, read as "customer_id: This field is required." */
function fieldErrors(body: Record<string, unknown>): string | undefined {
  const parts = Object.entries(body)
    .filter(([, value]) => Array.isArray(value) && value.every((item) => typeof item === 'string'))
    .map(([field, value]) => `${field}: ${(value as string[]).join(' ')}`);
  return parts.length ? parts.join('; ') : undefined;
}

/** Ottu's other error body, `{"error": {"type", "code", "message", "field"}}`, read as "field: message". */
function errorObject(body: unknown): string | undefined {
  const error = pick(body, 'error');
  const message = textOf(error, 'message') ?? textOf(error, 'code');
  if (message === undefined) return undefined;
  const field = textOf(error, 'field');
  return field ? `${field}: ${message}` : message;
}

/**
 * Ottu's User Cards API (`/b/pbl/v2/card/`, not the Checkout SDK's preload payload), passed through by
 * the merchant's endpoint: an array of cards (or one card); delete is `DELETE {endpoint}/{token}/`.
 *
 * @example
 * createSavedCardsClient({ endpoint: '/api/ottu/cards', adapter: ottuAdapter() });
 */
export function ottuAdapter(): SavedCardsAdapter {
  return {
    name: 'ottu',
    parseList(body) {
      const refusal = textOf(body, 'detail') ?? errorObject(body);
      if (refusal !== undefined) throw new SavedCardsError('rejected', { reason: refusal });
      if (Array.isArray(body)) return { cards: readCards(body, OTTU_FIELDS, agreementLock) };
      // The OpenAPI's 200 schema is one Card; ottu-py reads an array. An object is a card only with a token.
      if (isRecord(body) && Object.hasOwn(body, 'token'))
        return { cards: readCards([body], OTTU_FIELDS, agreementLock) };
      throw new SavedCardsError('invalid-response');
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}/` }),
    parseError(status, body) {
      const detail = isRecord(body) ? (textOf(body, 'detail') ?? errorObject(body)) : undefined;
      // Ottu refuses a card an auto-debit agreement uses with a 403 (on a list it is the key: the server keeps no reason).
      if (status === 403) return { kind: 'rejected', reason: detail };
      if (!isRecord(body)) return undefined;
      // A 400 with a detail is Ottu refusing (409 is a refusal for every backend: errorForStatus).
      if (detail) return { ...(status === 400 && { kind: 'rejected' as const }), reason: detail };
      const fields = fieldErrors(body);
      return fields ? { reason: fields } : undefined;
    },
  };
}
