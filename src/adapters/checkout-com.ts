import { normalizeNetworks } from '../core/brands';
import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isDefault, isRecord, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

const CHECKOUT_COM_FIELDS = {
  token: 'id',
  brand: 'scheme',
  number: 'last4',
  expiryMonth: 'expiry_month',
  expiryYear: 'expiry_year',
  holderName: 'name',
  funding: 'card_type',
  accountReference: 'fingerprint',
} as const satisfies FieldTable;

function checkoutComCard(instrument: Record<string, unknown>, defaultId: unknown): Partial<CardInput> | undefined {
  if (pick(instrument, 'type') !== 'card') return undefined;
  const local = pick(instrument, 'scheme_local');
  return {
    isPreferred: isDefault(instrument, defaultId),
    // A co-badged card has a local scheme beside the international one (e.g. Cartes Bancaires and Visa).
    networks: local === undefined ? undefined : normalizeNetworks([pick(instrument, 'scheme'), local]),
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
      const cards = readCards(instruments, CHECKOUT_COM_FIELDS, (instrument) => checkoutComCard(instrument, defaultId));
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
