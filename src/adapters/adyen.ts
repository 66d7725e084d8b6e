import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

// Adyen's spellings the brand table does not know; the rest ("visa", "mc", "amex", "cup") it does.
const ADYEN_BRANDS: Readonly<Record<string, string>> = { cartebancaire: 'cartes_bancaires' };

// `/paymentMethods` says "Ecommerce", `/storedPaymentMethods` "CardOnFile" (shopper present); saying neither is listed.
function supportsEcommerce(method: Record<string, unknown>): boolean {
  const interactions = pick(method, 'supportedShopperInteractions');
  if (Array.isArray(interactions)) return interactions.includes('Ecommerce');
  const models = pick(method, 'supportedRecurringProcessingModels');
  return Array.isArray(models) ? models.includes('CardOnFile') : true;
}

const ADYEN_FIELDS = {
  token: 'id',
  number: 'lastFour',
  expiryMonth: 'expiryMonth',
  expiryYear: 'expiryYear',
  holderName: 'holderName',
} as const satisfies FieldTable;

function adyenCard(method: Record<string, unknown>): Partial<CardInput> | undefined {
  if (pick(method, 'type') !== 'scheme' || !supportsEcommerce(method)) return undefined;
  const brand = pick(method, 'brand');
  return { brand: (typeof brand === 'string' && ADYEN_BRANDS[brand]) || brand };
}

/**
 * Adyen's `GET /storedPaymentMethods` answer: `{ storedPaymentMethods: [...] }`. Only cards
 * (`type: "scheme"`) that the shopper can use in a checkout (the `Ecommerce` interaction) are
 * listed. Adyen keeps no default card and no fingerprint, so there is neither here.
 *
 * @example
 * adyenAdapter().parseList(await response.json());
 */
export function adyenAdapter(): SavedCardsAdapter {
  return {
    name: 'adyen',
    parseList(body) {
      if (!isRecord(body)) throw new SavedCardsError('invalid-response');
      // A shopper with nothing stored gets an answer without the field.
      const methods = pick(body, 'storedPaymentMethods') ?? [];
      if (!Array.isArray(methods)) throw new SavedCardsError('invalid-response');
      const cards = readCards(methods, ADYEN_FIELDS, adyenCard);
      return { cards };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    // Adyen's error code 800: the stored payment method (a "contract") does not exist.
    notFound: (status, body) => status === 422 && textOf(body, 'errorCode') === '800',
    parseError(status, body) {
      const reason = textOf(body, 'message');
      // 422 is Adyen's "understood, but no": a validation refusal.
      return reason ? { ...(status === 422 && { kind: 'rejected' as const }), reason } : undefined;
    },
  };
}
