'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { SavedCardsError } from '../core/errors';
import { useCardChange } from './use-card-change';

/** What `useRenameCard().mutate` takes: the card's token and its new name. */
export interface RenameCardVariables {
  token: string;
  /** The name to give the card; `onSuccess` receives it as stored (trimmed, NFC-normalised). */
  nickname: string;
}

/** Options of `useRenameCard`. */
export interface UseRenameCardOptions {
  /** The same customer scope as `useSavedCards`. */
  customerId?: string | null;
  /** After the backend stored the name. */
  onSuccess?: (result: RenameCardVariables) => void;
  /** After a failed rename (`invalid-nickname` for a refused name); the previous name already shows again. */
  onError?: (error: SavedCardsError, variables: RenameCardVariables) => void;
}

/** What `useRenameCard` returns: react-query's mutation result, with its meaning kept. */
export type UseRenameCardResult = UseMutationResult<RenameCardVariables, SavedCardsError, RenameCardVariables>;

/**
 * Names a saved card. The name is checked first (`checkNickname`): a refused one fails with `invalid-nickname`,
 * shows nothing and sends nothing. Otherwise it shows at once; if the rename fails, exactly that name is undone.
 * A 404 is a failure; a rename is never retried, and the list is refetched once after the customer's last
 * change or delete settles. Names are sent one at a time in the order asked; the last one shows.
 *
 * @example
 * const { mutate: rename } = useRenameCard({ onError: (error) => setFieldError(error.reason ?? error.message) });
 * rename({ token: card.token, nickname: 'Work card' });
 */
export function useRenameCard(options: UseRenameCardOptions = {}): UseRenameCardResult {
  return useCardChange({
    ...options,
    kind: 'rename',
    send: async (client, { token, nickname }) => {
      await client.renameCard(token, nickname);
      return { token, nickname };
    },
  });
}
