'use client';
import { hashKey, useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SavedCardList } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import type { SavedCardsClient } from '../client/create-client';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';
import { refetchAfterLast } from './refetch-after-last';
import {
  describeChange,
  withChanges,
  type CardChange,
  type CardChangeVariables,
  type PendingCardChange,
} from './use-pending-changes';

interface CardChangeOptions<TResult, TKind extends PendingCardChange['kind']> {
  customerId?: string | null | undefined;
  kind: TKind;
  send: (client: SavedCardsClient, change: CardChange<TKind>) => Promise<TResult>;
  onSuccess?: ((result: TResult) => void) | undefined;
  onError?: ((error: SavedCardsError, variables: CardChangeVariables[TKind]) => void) | undefined;
}

/**
 * What `useSetDefaultCard` and `useRenameCard` share. Nothing is written to the cache until the backend confirms:
 * `useSavedCards` shows pending changes over the cached list, so a failure undoes exactly its own change.
 */
export function useCardChange<TResult, TKind extends PendingCardChange['kind']>(
  options: CardChangeOptions<TResult, TKind>,
): UseMutationResult<TResult, SavedCardsError, CardChangeVariables[TKind]> {
  const client = useSavedCardsClient();
  const queryClient = useQueryClient();
  const { customerId, kind, send } = options;
  // The kind last, so usePendingChanges reads it back from the key.
  const mutationKey = [...savedCardsKeys.change(client, customerId), kind];

  return useMutation({
    mutationKey,
    // One at a time per customer and kind, in the order asked: the backend ends with the shopper's last wish.
    scope: { id: hashKey(mutationKey) },
    retry: false,
    onMutate: () => refetchAfterLast(queryClient),
    mutationFn: (variables: CardChangeVariables[TKind]) => send(client, describeChange(kind, variables)),
    onSuccess: async (result, variables) => {
      const listKey = savedCardsKeys.lists(client, customerId);
      // A list request that started before the change may still answer with the old state: drop it.
      await queryClient.cancelQueries({ queryKey: listKey });
      const change = describeChange(kind, variables);
      queryClient.setQueriesData<SavedCardList>(
        { queryKey: listKey },
        (list) => list && { ...list, cards: withChanges(list.cards, [change]) },
      );
      options.onSuccess?.(result);
    },
    onError: (error, variables) => options.onError?.(error, variables),
  });
}
