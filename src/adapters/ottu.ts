import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, pick, textOf } from './read';
import type { SavedCardsAdapter } from './types';

function toCardInput(card: unknown): CardInput {
  const agreements = pick(card, 'agreements');
  const locked = Array.isArray(agreements) && agreements.length > 0;
  return {
    token: pick(card, 'token'),
    brand: pick(card, 'brand'),
    number: pick(card, 'number'),
    expiryMonth: pick(card, 'expiry_month'),
    expiryYear: pick(card, 'expiry_year'),
    isExpired: pick(card, 'is_expired'),
    isPreferred: pick(card, 'is_preferred'),
    expiresSoon: pick(card, 'will_expire_soon'),
    holderName: pick(card, 'name_on_card'),
    cvvRequired: pick(card, 'cvv_required'),
    gateway: pick(card, 'pg_name'),
    deleteBlockedReason: locked ? { code: 'agreement' } : undefined,
  };
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
 * Ottu's User Cards API (`/b/pbl/v2/card/`), passed through by the merchant's endpoint: the
 * list answer is Ottu's JSON array of cards, or one card object as Ottu's OpenAPI describes it;
 * delete is `DELETE {endpoint}/{token}/` (204). Cards used by an auto-debit agreement come with
 * `deleteBlockedReason`; a card whose `number` is `null` is listed without last 4 digits.
 * This reads the User Cards API's shape, not the Checkout SDK's preload payload (`sdk_preload_payload`).
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
      if (Array.isArray(body)) return { cards: body.map(toCardInput) };
      // The OpenAPI's 200 schema is one Card; ottu-py reads an array. An object is a card only with a token.
      if (isRecord(body) && Object.hasOwn(body, 'token')) return { cards: [toCardInput(body)] };
      throw new SavedCardsError('invalid-response');
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}/` }),
    parseError(status, body) {
      if (!isRecord(body)) return undefined;
      const detail = textOf(body, 'detail') ?? errorObject(body);
      // A 400 with a detail is Ottu refusing (409 is a refusal for every backend: errorForStatus).
      if (detail) return { ...(status === 400 && { kind: 'rejected' as const }), reason: detail };
      const fields = fieldErrors(body);
      return fields ? { reason: fields } : undefined;
    },
  };
}
