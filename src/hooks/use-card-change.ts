'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SavedCardList } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import type { SavedCardsClient } from '../client/create-client';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';
import { refetchAfterLast } from './refetch-after-last';
import { changeRecordOf, changesInFlight, withChanges, type PendingCardChange } from './use-pending-changes';

interface CardChangeOptions<TResult, TVariables, TChange extends PendingCardChange> {
  customerId?: string | null | undefined;
  /** The change `mutate` asks for; throws (nothing shown, nothing sent) when it cannot be made. */
  describe: (variables: TVariables) => TChange;
  send: (client: SavedCardsClient, change: TChange) => Promise<TResult>;
  onSuccess?: ((result: TResult) => void) | undefined;
  onError?: ((error: SavedCardsError, variables: TVariables) => void) | undefined;
}

/**
 * What `useSetDefaultCard` and `useRenameCard` share. Nothing is written to the cache until the backend confirms:
 * `useSavedCards` shows pending changes over the cached list, so a failure undoes exactly its own change.
 */
export function useCardChange<TResult, TVariables, TChange extends PendingCardChange>(
  options: CardChangeOptions<TResult, TVariables, TChange>,
): UseMutationResult<TResult, SavedCardsError, TVariables> {
  const client = useSavedCardsClient();
  const queryClient = useQueryClient();
  const { customerId, describe, send } = options;
  const mutationKey = savedCardsKeys.change(client, customerId);

  return useMutation<TResult, SavedCardsError, TVariables, TChange>({
    mutationKey,
    retry: false,
    // Computed again: react-query hands onMutate's result to the callbacks, not to mutationFn.
    mutationFn: (variables) => send(client, describe(variables)),
    // Recorded on the mutation: usePendingChanges reads it to show the change while it is in flight.
    onMutate: (variables) => {
      refetchAfterLast(queryClient);
      return describe(variables);
    },
    onSuccess: async (result, _variables, change) => {
      const listKey = savedCardsKeys.lists(client, customerId);
      // A list request that started before the change may still answer with the old state: drop it.
      await queryClient.cancelQueries({ queryKey: listKey });
      // Unless a later change of the same slot succeeded first: it wrote itself, and it is the shopper's wish.
      const mutations = queryClient.getMutationCache().findAll({ mutationKey });
      if (changesInFlight(mutations.map(changeRecordOf)).includes(change))
        queryClient.setQueriesData<SavedCardList>(
          { queryKey: listKey },
          (list) => list && { ...list, cards: withChanges(list.cards, [change]) },
        );
      options.onSuccess?.(result);
    },
    onError: (error, variables) => options.onError?.(error, variables),
  });
}
