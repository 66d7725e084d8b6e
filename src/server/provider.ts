import type { SavedCardsAdapter } from '../adapters/types';
import type { SavedCardsCapabilities } from '../core/card';

/**
 * A payment provider's card vault, seen from the merchant's server. The secret
 * lives inside it: nothing it throws or returns carries the secret.
 *
 * @example
 * const provider: PaymentProvider = ottuProvider({ baseUrl, apiKey: process.env.OTTU_API_KEY!, environment: 'production' });
 */
export interface PaymentProvider {
  /** A short id for logs, e.g. "ottu". */
  readonly name: string;
  /** Reads what `listCards` returns (e.g. `ottuAdapter()`), the same adapter a browser would use in pass-through mode. */
  readonly adapter: SavedCardsAdapter;
  /** Strings to scrub from anything the handler sends or logs (API keys, salts). */
  readonly secrets: readonly string[];
  /**
   * What this vault can do, sent to the browser with every list. What is left out counts as
   * `{ delete: true, setDefault: false, rename: false }`, the kit's defaults.
   */
  readonly capabilities?: Partial<SavedCardsCapabilities>;
  /**
   * The provider's own answer for one customer's cards (parsed JSON). Throws a
   * `SavedCardsError` for transport failures and failing HTTP statuses.
   */
  listCards(customerId: string, signal: AbortSignal): Promise<unknown>;
  /**
   * Deletes one token. Throws `SavedCardsError` with `kind: 'rejected'` (and a
   * redacted `reason`) when the provider refuses, `not-found` when it is already gone.
   */
  deleteCard(customerId: string, token: string, signal: AbortSignal): Promise<void>;
  /** Makes one token the customer's default card; throws as `deleteCard` does. Needed for `setDefault`. */
  setDefaultCard?(customerId: string, token: string, signal: AbortSignal): Promise<void>;
  /** Stores a card name, already checked by `checkNickname`; throws as `deleteCard` does. Needed for `rename`. */
  renameCard?(customerId: string, token: string, nickname: string, signal: AbortSignal): Promise<void>;
}
