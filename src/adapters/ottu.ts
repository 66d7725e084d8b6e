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

/**
 * Ottu's User Cards API, passed through by the merchant's endpoint: the list
 * answer is Ottu's JSON array of cards; delete is `DELETE {endpoint}/{token}/`
 * (204). Cards used by an auto-debit agreement come with `deleteBlockedReason`.
 *
 * @example
 * createSavedCardsClient({ endpoint: '/api/ottu/cards', adapter: ottuAdapter() });
 */
export function ottuAdapter(): SavedCardsAdapter {
  return {
    name: 'ottu',
    parseList(body) {
      const detail = textOf(body, 'detail');
      if (detail !== undefined) throw new SavedCardsError('rejected', { reason: detail });
      if (!Array.isArray(body)) throw new SavedCardsError('invalid-response');
      return { cards: body.map(toCardInput) };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}/` }),
    parseError(status, body) {
      if (!isRecord(body)) return undefined;
      const detail = textOf(body, 'detail');
      // A 400 with a detail is Ottu refusing (409 is a refusal for every backend: errorForStatus).
      if (detail) return { ...(status === 400 && { kind: 'rejected' as const }), reason: detail };
      const fields = fieldErrors(body);
      return fields ? { reason: fields } : undefined;
    },
  };
}
