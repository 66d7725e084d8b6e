'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { SavedCardsError } from '../core/errors';
import { useCardChange } from './use-card-change';

/** Options of `useSetDefaultCard`. */
export interface UseSetDefaultCardOptions {
  /** The same customer scope as `useSavedCards`. */
  customerId?: string | null;
  /** After the backend confirmed the new default. */
  onSuccess?: (result: SetDefaultCardResult) => void;
  /** After a failed change; the previous default already shows again. */
  onError?: (error: SavedCardsError, token: string) => void;
}

/** What `useSetDefaultCard`'s `onSuccess` receives. */
export interface SetDefaultCardResult {
  /** The token passed to `mutate`. */
  token: string;
}

/** What `useSetDefaultCard` returns: react-query's mutation result (`mutate(token)`), with its meaning kept. */
export type UseSetDefaultCardResult = UseMutationResult<SetDefaultCardResult, SavedCardsError, string>;

/**
 * Makes a saved card the shopper's default. The card moves to the front of the list at once and is the only
 * preferred one; if the change fails, exactly that change is undone. A 404 is a failure (the card is gone,
 * and the refetch removes it); a change is never retried, and the list is refetched once after the
 * customer's last change or delete settles. Defaults are sent one at a time in the order asked; the last one shows.
 *
 * @example
 * const { mutate: setDefault } = useSetDefaultCard({ onError: (error) => toast(error.message) });
 * setDefault(card.token);
 */
export function useSetDefaultCard(options: UseSetDefaultCardOptions = {}): UseSetDefaultCardResult {
  return useCardChange({
    ...options,
    kind: 'setDefault',
    send: async (client, { token }) => {
      await client.setDefaultCard(token);
      return { token };
    },
  });
}
