// The main entry: everything in the headless entry, plus the components, texts and brand marks.
export * from './headless';

export { BrandMark, type BrandMarkProps } from './components/brand-mark';
export { CardList, type CardListProps } from './components/card-list';
export { CardOption, type CardOptionProps, type CardOptionState } from './components/card-option';
export {
  SavedCardsUIProvider,
  useSavedCardsUI,
  type SavedCardsClassNames,
  type SavedCardsUIProviderProps,
} from './components/context';
export { DeleteCardButton, type DeleteCardButtonProps } from './components/delete-card-button';
export { DeleteCardDialog, type DeleteCardDialogProps } from './components/delete-card-dialog';
export { ManageSavedCards, type ManageSavedCardsProps } from './components/manage-saved-cards';
export { SavedCards, type CardRenderState, type SavedCardsProps } from './components/saved-cards';
export type { PaymentOption, PaymentStepActions } from './components/payment-option';
export type { CvcField } from './components/cvc-place';
export {
  EmptyState,
  ErrorState,
  LiveRegion,
  LoadingState,
  type EmptyStateProps,
  type ErrorStateProps,
  type LiveRegionProps,
  type LoadingStateProps,
} from './components/states';
export { formatMessage, resolveMessages } from './i18n/messages';
export type { SavedCardsLocale, SavedCardsMessagesOverride } from './i18n/types';
