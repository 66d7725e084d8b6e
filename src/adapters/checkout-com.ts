import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, networksOf, pick, textOf } from './read';
import type { SavedCardsAdapter } from './types';

function toCardInput(instrument: Record<string, unknown>, defaultId: unknown): CardInput {
  const scheme = pick(instrument, 'scheme');
  const local = pick(instrument, 'scheme_local');
  return {
    token: pick(instrument, 'id'),
    brand: scheme,
    number: pick(instrument, 'last4'),
    expiryMonth: pick(instrument, 'expiry_month'),
    expiryYear: pick(instrument, 'expiry_year'),
    isPreferred: defaultId !== undefined && defaultId !== null && pick(instrument, 'id') === defaultId,
    holderName: pick(instrument, 'name'),
    funding: pick(instrument, 'card_type'),
    accountReference: pick(instrument, 'fingerprint'),
    // A co-badged card has a local scheme beside the international one (e.g. Cartes Bancaires and Visa).
    networks: local === undefined ? undefined : networksOf([scheme, local]),
  };
}

/**
 * Checkout.com's `GET /customers/{id}` answer: the customer's `instruments` (cards only are listed)
 * and the id of its `default` instrument, which becomes `isPreferred`. The fingerprint groups
 * duplicates and never reaches the browser; the BIN is never read.
 *
 * @example
 * checkoutComAdapter().parseList(await response.json());
 */
export function checkoutComAdapter(): SavedCardsAdapter {
  return {
    name: 'checkout-com',
    parseList(body) {
      if (!isRecord(body)) throw new SavedCardsError('invalid-response');
      const instruments = pick(body, 'instruments') ?? [];
      if (!Array.isArray(instruments)) throw new SavedCardsError('invalid-response');
      const defaultId = pick(body, 'default');
      const cards = instruments.flatMap((instrument, index): CardInput[] => {
        if (!isRecord(instrument))
          return [
            { token: undefined, number: undefined, expiryMonth: undefined, expiryYear: undefined, sourceIndex: index },
          ];
        if (pick(instrument, 'type') !== 'card') return [];
        return [{ ...toCardInput(instrument, defaultId), sourceIndex: index }];
      });
      return { cards };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    parseError(status, body) {
      // Checkout.com explains a 422 with codes, e.g. {"error_type": "request_invalid", "error_codes": ["instrument_in_use"]}.
      const codes = pick(body, 'error_codes');
      const reason =
        Array.isArray(codes) && codes.every((code) => typeof code === 'string') && codes.length
          ? codes.join(', ')
          : textOf(body, 'error_type');
      return reason ? { ...(status === 422 && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
