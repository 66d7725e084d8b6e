// The server entry: `import { createSavedCardsHandler, ottuProvider } from 'react-saved-cards/server'`.
// Core and adapters only: no React, no DOM.
export {
  createSavedCardsHandler,
  type SavedCardsHandler,
  type SavedCardsHandlerOptions,
  type SavedCardsRequestInfo,
  type SavedCardsRoute,
  type SavedCardsServerEvent,
  type SavedCardsSkippedEvent,
} from './handler';
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from './node';
export type { PaymentProvider } from './provider';
export type { ProviderHttpOptions } from './provider-request';
export { ottuProvider, type OttuProviderOptions } from './ottu-provider';
export { payuProvider, type PayuCommands, type PayuProviderOptions } from './payu-provider';
export { stripeProvider, type StripeProviderOptions } from './stripe-provider';
export type { StripeAllowRedisplay } from '../adapters/stripe';
export { adyenProvider, type AdyenProviderOptions } from './adyen-provider';
export { checkoutComProvider, type CheckoutComProviderOptions } from './checkout-com-provider';
export { razorpayProvider, type RazorpayProviderOptions } from './razorpay-provider';
export { payuStorecardProvider, type PayuStorecardProviderOptions } from './payu-storecard-provider';
export { cashfreeProvider, type CashfreeProviderOptions } from './cashfree-provider';
export { juspayProvider, type JuspayProviderOptions } from './juspay-provider';
export { braintreeProvider, type BraintreeProviderOptions } from './braintree-provider';
export { REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../core/http';
export {
  memoryProvider,
  type MemoryProvider,
  type MemoryProviderFaults,
  type MemoryProviderOptions,
} from './memory-provider';
export { readCookie } from './cookie';
export { memoryPreferences, type CardPreferences, type SavedCardsPreferences } from './preferences';
export {
  preferencesSchema,
  sqlPreferences,
  type SqlDialect,
  type SqlPreferencesOptions,
  type SqlQuery,
  type SqlValue,
} from './sql-preferences';
// What a custom provider needs: the adapter that reads its answer, the errors it throws, the card types.
export { jsonAdapter, type SavedCardsJsonCard } from '../adapters/json';
export type { AdapterFailure, AdapterListResult, AdapterRequest, SavedCardsAdapter } from '../adapters/types';
export { SavedCardsError, type SavedCardsErrorKind, type SavedCardsErrorOptions } from '../core/errors';
export type { CardInput, CardIssue, DeleteBlockedReason } from '../core/card';
export { prefetchSavedCards, type PrefetchCache, type PrefetchSavedCardsOptions } from './prefetch';
export type { SavedCard, SavedCardList, SavedCardsCapabilities } from '../core/card';
