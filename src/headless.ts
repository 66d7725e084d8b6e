// Hooks-only entry: no component, no CSS. `import { useSavedCards } from 'react-saved-cards/headless'`.
export { CARD_BRANDS, type CardBrand } from './core/brands';
export type {
  CardFunding,
  CardInput,
  CardIssue,
  DeleteBlockedReason,
  SavedCard,
  SavedCardList,
  SavedCardsCapabilities,
} from './core/card';
export { checkNickname, MAX_NICKNAME_LENGTH } from './core/nickname';
export { formatExpiry, type ExpiryOptions } from './core/expiry';
export { SavedCardsError, type NicknameProblem, type SavedCardsErrorKind } from './core/errors';

export { jsonAdapter } from './adapters/json';
export { ottuAdapter } from './adapters/ottu';
export { payuAdapter } from './adapters/payu';
export type { AdapterFailure, AdapterListResult, AdapterRequest, SavedCardsAdapter } from './adapters/types';

export {
  createSavedCardsClient,
  type ListOptions,
  type RequestOptions,
  type SavedCardsClient,
  type SavedCardsClientConfig,
} from './client/create-client';
export { REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from './core/http';

export { SavedCardsProvider, useSavedCardsClient, type SavedCardsProviderProps } from './hooks/provider';
export { notifySavedCardsChanged } from './hooks/cross-tab';
export { savedCardsKeys, savedCardsQueryOptions, type SavedCardsQueryScope } from './hooks/query-keys';
export { useSavedCards, type UseSavedCardsOptions, type UseSavedCardsResult } from './hooks/use-saved-cards';
export {
  useDeleteCard,
  type DeleteCardResult,
  type DeleteCardVariables,
  type UseDeleteCardOptions,
  type UseDeleteCardResult,
} from './hooks/use-delete-card';
export {
  useSetDefaultCard,
  type SetDefaultCardResult,
  type UseSetDefaultCardOptions,
  type UseSetDefaultCardResult,
} from './hooks/use-set-default-card';
export {
  useRenameCard,
  type RenameCardVariables,
  type UseRenameCardOptions,
  type UseRenameCardResult,
} from './hooks/use-rename-card';
export {
  useCardSelection,
  type UseCardSelectionOptions,
  type UseCardSelectionResult,
} from './hooks/use-card-selection';
export { defaultSelection } from './core/selection';
export type { PaymentChoice, PaymentChoiceKey, PaymentOptionValue, RequireCvc } from './core/choice';
export { brandName, cardAccessibleName, cardName } from './i18n/card-text';
export { en } from './i18n/en';
export type { CommonMessages, SavedCardsMessages } from './i18n/types';
