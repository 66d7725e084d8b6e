import type { CheckedInput } from '../core/normalize';
import { checkNickname } from '../core/nickname';

/** What a shopper chose for their cards: the default token and each token's name. */
export interface CardPreferences {
  readonly defaultToken?: string | undefined;
  readonly nicknames: Readonly<Record<string, string>>;
}

/**
 * Where the handler keeps defaults and card names for providers that cannot store them (Ottu, PayU,
 * Adyen, Razorpay). Back it with your own database; `listed` is the customer's current tokens, so a
 * write can drop entries of tokens that are gone.
 */
export interface SavedCardsPreferences {
  get(customerId: string): CardPreferences | Promise<CardPreferences>;
  setDefault(customerId: string, token: string, listed: readonly string[]): void | Promise<void>;
  setNickname(customerId: string, token: string, nickname: string, listed: readonly string[]): void | Promise<void>;
}

/**
 * Preferences in this process's memory, for development and tests; they are lost on restart.
 *
 * @example
 * createSavedCardsHandler({ provider: ottuProvider(...), preferences: memoryPreferences(), getCustomerId });
 */
export function memoryPreferences(): SavedCardsPreferences {
  const store = new Map<string, CardPreferences>();
  function write(customerId: string, listed: readonly string[], change: (current: CardPreferences) => CardPreferences) {
    const current = store.get(customerId) ?? { nicknames: {} };
    const next = change(current);
    // Tokens no longer listed are removed here, on the next write.
    const nicknames = Object.fromEntries(Object.entries(next.nicknames).filter(([token]) => listed.includes(token)));
    const defaultToken =
      next.defaultToken !== undefined && listed.includes(next.defaultToken) ? next.defaultToken : undefined;
    store.set(customerId, { defaultToken, nicknames });
  }
  return {
    get: (customerId) => structuredClone(store.get(customerId) ?? { nicknames: {} }),
    setDefault: (customerId, token, listed) =>
      write(customerId, listed, (current) => ({ ...current, defaultToken: token })),
    setNickname: (customerId, token, nickname, listed) =>
      write(customerId, listed, (current) => ({ ...current, nicknames: { ...current.nicknames, [token]: nickname } })),
  };
}

/** The list with the stored default and names applied; entries for tokens not listed are ignored. */
export function applyPreferences(checked: readonly CheckedInput[], preferences: CardPreferences): CheckedInput[] {
  const listed = new Set(checked.map(({ card }) => card.token));
  const defaultToken =
    preferences.defaultToken !== undefined && listed.has(preferences.defaultToken)
      ? preferences.defaultToken
      : undefined;
  return checked.map((entry) => {
    const stored = Object.hasOwn(preferences.nicknames, entry.card.token)
      ? preferences.nicknames[entry.card.token]
      : undefined;
    let nickname = entry.card.nickname;
    try {
      // A database row is untrusted text too: only a name the rule accepts is shown.
      if (stored !== undefined) nickname = checkNickname(stored);
    } catch {
      // Keep the provider's own name.
    }
    const isPreferred = defaultToken === undefined ? entry.card.isPreferred : entry.card.token === defaultToken;
    return { ...entry, card: { ...entry.card, isPreferred, ...(nickname !== undefined && { nickname }) } };
  });
}
