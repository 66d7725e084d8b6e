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
  // Maps all the way down: a token may be "__proto__" or "constructor".
  const store = new Map<string, { defaultToken?: string | undefined; nicknames: Map<string, string> }>();
  function write(
    customerId: string,
    listed: readonly string[],
    change: (defaultToken: string | undefined, nicknames: Map<string, string>) => string | undefined,
  ) {
    const current = store.get(customerId);
    const nicknames = new Map(current?.nicknames);
    const next = change(current?.defaultToken, nicknames);
    // Tokens no longer listed are removed here, on the next write.
    for (const token of nicknames.keys()) if (!listed.includes(token)) nicknames.delete(token);
    store.set(customerId, { defaultToken: next !== undefined && listed.includes(next) ? next : undefined, nicknames });
  }
  return {
    get: (customerId) => {
      const stored = store.get(customerId);
      // fromEntries defines each token as an own property, "__proto__" included.
      return { defaultToken: stored?.defaultToken, nicknames: Object.fromEntries(stored?.nicknames ?? []) };
    },
    setDefault: (customerId, token, listed) => write(customerId, listed, () => token),
    setNickname: (customerId, token, nickname, listed) =>
      write(customerId, listed, (defaultToken, nicknames) => {
        nicknames.set(token, nickname);
        return defaultToken;
      }),
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
