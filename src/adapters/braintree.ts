import type { CardInput } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isDefault, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

// Braintree's GraphQL `CreditCardDetails`; `bin` and `binData` are never read.
const BRAINTREE_FIELDS = {
  token: 'id',
  brand: 'details.brandCode',
  number: 'details.last4',
  expiryMonth: 'details.expirationMonth',
  expiryYear: 'details.expirationYear',
  holderName: 'details.cardholderName',
  accountReference: 'details.uniqueNumberIdentifier',
} as const satisfies FieldTable;

function braintreeCard(method: Record<string, unknown>, defaultId: unknown): Partial<CardInput> | undefined {
  // Credit cards only (not PayPal, Venmo or bank accounts), and only vaulted ones.
  if (pick(pick(method, 'details'), '__typename') !== 'CreditCardDetails') return undefined;
  if (pick(method, 'usage') === 'SINGLE_USE') return undefined;
  return { isPreferred: isDefault(method, defaultId) };
}

/**
 * Braintree's GraphQL payment methods of one customer as `braintreeProvider()` hands them over,
 * `{ paymentMethods, defaultPaymentMethodId }`: credit cards only; the customer's `defaultPaymentMethod`
 * becomes `isPreferred`; `uniqueNumberIdentifier` (one per card number) groups duplicates.
 *
 * @example
 * braintreeAdapter().parseList({ paymentMethods: nodes, defaultPaymentMethodId: customer.defaultPaymentMethod?.id });
 */
export function braintreeAdapter(): SavedCardsAdapter {
  return {
    name: 'braintree',
    parseList(body) {
      const methods = pick(body, 'paymentMethods');
      if (!Array.isArray(methods)) throw new SavedCardsError('invalid-response');
      const defaultId = pick(body, 'defaultPaymentMethodId');
      return { cards: readCards(methods, BRAINTREE_FIELDS, (method) => braintreeCard(method, defaultId)) };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    // The gateway (setting the default) answers a refusal with 422 and an XML body the kit does not read.
    parseError: (status) => (status === 422 ? { kind: 'rejected' } : undefined),
  };
}

/** A GraphQL `errors` entry as a kit error: Braintree answers most failures with HTTP 200 and an `errorClass`. */
export function graphQlFailure(errors: unknown): SavedCardsError | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const [first] = errors;
  const errorClass = pick(pick(first, 'extensions'), 'errorClass');
  const reason = textOf(first, 'message');
  if (errorClass === 'NOT_FOUND') return new SavedCardsError('not-found', { status: 404 });
  if (errorClass === 'VALIDATION') return new SavedCardsError('rejected', { status: 422, reason });
  if (errorClass === 'AUTHENTICATION' || errorClass === 'AUTHORIZATION')
    return new SavedCardsError('unauthorized', { status: errorClass === 'AUTHENTICATION' ? 401 : 403 });
  if (errorClass === 'RESOURCE_LIMIT') return new SavedCardsError('http', { status: 429 });
  return new SavedCardsError('http', { status: 502 });
}
