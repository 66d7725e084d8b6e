import type { CardBrand } from './brands';

/** Whether a card is a credit or a debit card, when the backend says. */
export type CardFunding = 'credit' | 'debit' | 'unknown';

/**
 * One saved card, normalized. This is all the UI ever sees: no full number,
 * no BIN, no network token and no PAR.
 */
export interface SavedCard {
  /** Opaque token: pass it to your payment call, or to `useDeleteCard`. */
  readonly token: string;
  /**
   * Every token saved for this physical card, `token` first. More than one when
   * the backend stored the same card several times; deleting the card deletes them all.
   */
  readonly tokens: readonly string[];
  readonly brand: CardBrand;
  /** Exactly 4 digits; absent when the backend keeps the number to itself (Ottu allows a `null` one). */
  readonly last4?: string;
  /** 1–12; absent, with `expiryYear`, when the backend sends no expiry (PayU India's PCI-compliant vault). */
  readonly expiryMonth?: number;
  /** 4 digits. */
  readonly expiryYear?: number;
  /** The backend says so, or the last day of the expiry month has passed. A card without an expiry never expires by date. */
  readonly isExpired: boolean;
  /** Not expired, but expires within the configured window (or the backend hints so). */
  readonly isExpiringSoon: boolean;
  readonly isPreferred: boolean;
  readonly holderName?: string;
  readonly nickname?: string;
  readonly funding?: CardFunding;
  readonly cvvRequired?: boolean;
  /** The gateway that holds the token, e.g. "mpgs". */
  readonly gateway?: string;
  /** A co-badged card's networks, e.g. `['mada', 'visa']` (two or more; `brand` is among them or the first). */
  readonly networks?: readonly CardBrand[];
  /** Set when the backend will refuse to delete this card, e.g. an auto-debit agreement uses it. */
  readonly deleteBlockedReason?: DeleteBlockedReason;
}

/**
 * Why a delete would be refused. `agreement`: an auto-debit agreement uses the card.
 * `other`: the backend said so in its own words (see `message`, untrusted text).
 */
export interface DeleteBlockedReason {
  readonly code: 'agreement' | 'other';
  readonly message?: string;
}

/** What an adapter hands the core for each card: the backend's values in the kit's names, not yet checked. */
export interface CardInput {
  /** Required: a card without a readable token is skipped. */
  token?: unknown;
  brand?: unknown;
  /** The masked number as the backend sent it; `null` or missing means none. */
  number?: unknown;
  /** Missing (or `null`) together with `expiryYear`: a card without an expiry. */
  expiryMonth?: unknown;
  expiryYear?: unknown;
  isExpired?: unknown;
  isPreferred?: unknown;
  /** A backend hint such as Ottu's `will_expire_soon`. */
  expiresSoon?: unknown;
  holderName?: unknown;
  nickname?: unknown;
  funding?: unknown;
  cvvRequired?: unknown;
  gateway?: unknown;
  deleteBlockedReason?: DeleteBlockedReason | undefined;
  /** The network's Payment Account Reference, used only to group duplicates. */
  accountReference?: unknown;
  /** Every network a co-badged card can be charged on, as the kit's brand ids (e.g. `['cartes_bancaires', 'visa']`). */
  networks?: unknown;
  /** Position in the backend's answer, when the adapter skipped some entries before. */
  sourceIndex?: number;
}

/** A checked card with its grouping reference still attached (the server's list answer reads it too). */
export interface CheckedCard {
  card: SavedCard;
  accountReference: string | undefined;
}

/** A card the kit skipped because a field was missing or wrong. Holds no card data. */
export interface CardIssue {
  /** Position of the card in the backend's answer (map order for PayU). */
  readonly index: number;
  /** Which field, in the kit's names (`number`, `expiryMonth`, ...). */
  readonly field: string;
  readonly message: string;
}

/** What the backend can do with a saved card, as its list answer says. */
export interface SavedCardsCapabilities {
  readonly delete: boolean;
  readonly setDefault: boolean;
  readonly rename: boolean;
}

/** What a backend that sends no capabilities can do: delete, as every backend of the kit always could. */
export const DEFAULT_CAPABILITIES: SavedCardsCapabilities = { delete: true, setDefault: false, rename: false };

/** What the client returns for a list call. */
export interface SavedCardList {
  readonly cards: readonly SavedCard[];
  /** Cards that were skipped, with why. Empty when every card was good. */
  readonly issues: readonly CardIssue[];
  /** What the backend can do; {@link DEFAULT_CAPABILITIES} for what its answer did not say. */
  readonly capabilities: SavedCardsCapabilities;
}
