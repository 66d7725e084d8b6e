import type { CardBrand } from '../core/brands';
import type { SavedCardsErrorKind } from '../core/errors';
import type { NicknameProblem } from '../core/errors';

/** The built-in locales: English in the main entry, the others each its own import (`react-saved-cards/locales/<tag>`). */
export type SavedCardsLocale = 'en' | 'ar' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'nl' | 'tr' | 'hi' | 'id' | 'zh';

/**
 * Every text the components show or announce. Values are plain strings; `{name}`
 * placeholders are filled in by the kit (`{brand}`, `{last4}`, `{expiry}`, `{card}`, `{reason}`).
 * Numbers are always inserted in Latin digits.
 */
export interface SavedCardsMessages {
  /** The language of these texts, a BCP 47 tag ("ar"): the kit's `lang` attribute. */
  lang: string;
  /** Which way these texts read: the kit's `dir` attribute and its arrow keys. */
  dir: 'ltr' | 'rtl';
  /** The list heading. */
  heading: string;
  /** `{brand}`, `{last4}`: "Visa ending in 1258". Names a card in labels and announcements. */
  cardName: string;
  /** `{brand}`: "Visa card", the name of a card whose number the backend did not send. */
  cardNameWithoutNumber: string;
  /** `{expiry}` (MM/YY): "expires 05/37", part of a card's accessible name. */
  cardExpires: string;
  /** Suffixes of a card's accessible name. */
  cardExpired: string;
  cardExpiringSoon: string;
  cardPreferred: string;
  /** Joins a co-badged card's networks: " / " ("mada / Visa"). */
  networksSeparator: string;
  /** Joins the parts of an accessible name: ", ". */
  separator: string;
  /** `{last4}`: the visible masked number, "•••• 1258". */
  maskedNumber: string;
  /** `{expiry}`: the visible expiry, "Exp. 05/37". */
  expiry: string;
  badgePreferred: string;
  badgeExpiringSoon: string;
  badgeExpired: string;
  /** Under cards that need a security code at payment. The kit never asks for it. */
  cvvHint: string;
  /** `{card}`: the label of the place where the provider's security code field goes, "Security code for Visa ending in 4242". */
  cvcLabel: string;
  /** Where to find the security code: its description for most cards. */
  cvcWhere: string;
  /** Where to find an American Express card's security code. */
  cvcWhereAmex: string;
  /** The accessible description of a card that needs no security code (never shown as a sentence). */
  cvcNotNeeded: string;
  /** The delete button's visible text. */
  deleteButton: string;
  /** `{card}`: the delete button's accessible name, "Delete Visa ending in 1258". */
  deleteButtonLabel: string;
  /** Why a delete is refused: the card pays an automatic payment agreement. */
  deleteBlockedAgreement: string;
  /** Why a delete is refused, when the backend gave no usable words of its own. */
  deleteBlockedOther: string;
  /** `{card}`: the confirmation dialog's title. */
  dialogTitle: string;
  /** `{card}`: the confirmation dialog's description. */
  dialogDescription: string;
  dialogConfirm: string;
  dialogPending: string;
  /** Shown in a card's row while its delete is in flight. */
  cardDeleting: string;
  dialogCancel: string;
  /** `{card}`: announced after a successful delete. */
  deleted: string;
  /** `{card}`, `{reason}` (one of the error texts): shown and announced after a failed delete. */
  deleteFailed: string;
  /** `{card}`, `{reason}` (the backend's own words): a refused delete, in the card's row. */
  deleteRefused: string;
  /** `{card}`: a refused delete when the backend said no more. */
  deleteRefusedNoReason: string;
  /** `{card}`: a delete that failed on the way (network, timeout); it may work on a second try. */
  deleteRetry: string;
  /** `{card}`: the accessible name of a card's actions in manage mode, "Actions for Visa ending in 1258". */
  actionsLabel: string;
  /** The checkout's edit toggle: "Edit" shows each card's Delete, "Done" hides them again. */
  editButton: string;
  editDone: string;
  /** Announced when the edit mode starts and when it ends. */
  editing: string;
  editEnded: string;
  /** The account page's action that opens the merchant's new-card panel. */
  addCard: string;
  /** `{card}`: announced once a card the shopper added is listed. */
  cardAdded: string;
  /** The visible text of the button that makes a card the default one. */
  makeDefaultButton: string;
  /** `{card}`: its accessible name, starting with the visible text. */
  makeDefaultLabel: string;
  /** The visible text of the button that opens a card's name field. */
  renameButton: string;
  /** `{card}`: its accessible name, starting with the visible text. */
  renameLabel: string;
  /** The label of the card name field. */
  renameField: string;
  renameSave: string;
  renameCancel: string;
  /** Shown in a card's row while its change (new default or name) is in flight. */
  cardSaving: string;
  /** `{card}`: announced once the backend made it the default card. */
  defaultChanged: string;
  /** `{card}`, `{nickname}`: announced once the backend stored the name. */
  renamed: string;
  /** `{card}`, `{reason}` (one of the error texts): shown at the card when a new default failed. */
  setDefaultFailed: string;
  /** `{card}`, `{reason}` (one of the error texts): shown at the card when a new name failed. */
  renameFailed: string;
  /** Why the card name field refuses a name; nothing is sent. */
  nicknameProblems: Record<NicknameProblem, string>;
  loading: string;
  empty: string;
  retry: string;
  /** A failed load or delete, by `SavedCardsError.kind`; `unknown` for anything else. */
  errors: Record<SavedCardsErrorKind | 'unknown', string>;
  /** Brand names, the accessible text of the brand marks. */
  brands: Record<CardBrand, string>;
}

/** The keys of the texts only the account page (`<ManageSavedCards>`) says: its actions, the name field, its announcements. */
export type AccountMessageKey =
  | 'actionsLabel'
  | 'addCard'
  | 'cardAdded'
  | 'makeDefaultButton'
  | 'makeDefaultLabel'
  | 'renameButton'
  | 'renameLabel'
  | 'renameField'
  | 'renameSave'
  | 'renameCancel'
  | 'cardSaving'
  | 'defaultChanged'
  | 'renamed'
  | 'setDefaultFailed'
  | 'renameFailed'
  | 'nicknameProblems';

/** The account page's own texts. */
export type AccountMessages = Pick<SavedCardsMessages, AccountMessageKey>;

/**
 * The texts every view says, and the only ones the checkout (`<SavedCards>`) and the parts both views share read:
 * `useSavedCardsUI().messages` and `renderCard`'s `messages`. A whole catalogue is these and {@link AccountMessages}.
 */
export type CommonMessages = Omit<SavedCardsMessages, AccountMessageKey>;

/**
 * A catalogue, or any part of one, merged key by key (and brand by brand, error by error) over English;
 * with no `lang`/`dir` of its own it is English, left to right.
 */
export type SavedCardsMessagesOverride = Partial<Omit<SavedCardsMessages, 'errors' | 'brands' | 'nicknameProblems'>> & {
  errors?: Partial<SavedCardsMessages['errors']>;
  nicknameProblems?: Partial<SavedCardsMessages['nicknameProblems']>;
  brands?: Partial<SavedCardsMessages['brands']>;
};
