'use client';
import {
  useMutation,
  useQueryClient,
  type Mutation,
  type QueryClient,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SavedCardList } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import type { SavedCardsClient } from '../client/create-client';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';
import { refetchAfterLast } from './refetch-after-last';
import { tokensBeingDeleted, type DeleteCardContext } from './use-pending-deletes';

export interface UseDeleteCardOptions {
  /** The same customer scope as `useSavedCards`. */
  customerId?: string | null;
  /**
   * Which list a token is looked up in, to find every token of its physical card. Default true. With false,
   * only that token is deleted: the card stays in the deduplicated lists under its other tokens.
   */
  dedupe?: boolean;
  /** After the backend confirmed the delete. */
  onSuccess?: (result: DeleteCardResult) => void;
  /** After a failed delete; the card is already back in the list. */
  onError?: (error: SavedCardsError, token: string) => void;
}

export interface DeleteCardResult {
  /** The token passed to `mutate`. */
  token: string;
  /** Every token deleted for that physical card. */
  tokens: readonly string[];
}

export type UseDeleteCardResult = UseMutationResult<DeleteCardResult, SavedCardsError, string>;

/** Every token of the physical card that `token` names, from the cached list. */
function tokensOf(
  queryClient: QueryClient,
  client: SavedCardsClient,
  customerId: string | null | undefined,
  dedupe: boolean,
  token: string,
) {
  const preferred = queryClient.getQueryData<SavedCardList>(savedCardsKeys.list(client, customerId, dedupe));
  const lists = [
    preferred,
    ...queryClient
      .getQueriesData<SavedCardList>({ queryKey: savedCardsKeys.lists(client, customerId) })
      .map(([, list]) => list),
  ];
  return (
    lists.map((list) => list?.cards.find((candidate) => candidate.token === token)).find(Boolean)?.tokens ?? [token]
  );
}

/**
 * The list without the deleted tokens. A card leaves only when none of its tokens is left (with `dedupe: false`
 * one token goes, and the deduplicated lists keep the card); if its lead went, the next leads until the refetch.
 */
function withoutTokens(list: SavedCardList, deleted: readonly string[]): SavedCardList {
  const cards = list.cards.flatMap((card) => {
    if (!card.tokens.some((token) => deleted.includes(token))) return [card];
    const tokens = card.tokens.filter((token) => !deleted.includes(token));
    const [lead] = tokens;
    if (lead === undefined) return [];
    return [{ ...card, token: deleted.includes(card.token) ? lead : card.token, tokens }];
  });
  return { ...list, cards };
}

/** Settles with the outcome of a delete already in flight, so a second caller follows the first one's request. */
function outcomeOf(
  queryClient: QueryClient,
  pending: Mutation<unknown, Error, unknown, unknown>,
): Promise<DeleteCardResult> {
  return new Promise((resolve, reject) => {
    const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
      if (event.mutation !== pending) return;
      if (pending.state.status === 'success') resolve(pending.state.data as DeleteCardResult);
      else if (pending.state.status === 'error') reject(pending.state.error);
      else return;
      unsubscribe();
    });
  });
}

/**
 * Deletes a saved card. The card leaves the list at once; if the delete
 * fails, exactly that card comes back in its place. A 404 counts as deleted,
 * a delete is never retried, and the list is refetched once after the last
 * concurrent delete settles. A second delete of a card already being deleted
 * sends nothing: `mutate` ignores it, `mutateAsync` settles with the first one's outcome.
 *
 * @example
 * const { mutate: deleteCard } = useDeleteCard({ onError: (error) => toast(error.message) });
 * deleteCard(card.token);
 */
export function useDeleteCard(options: UseDeleteCardOptions = {}): UseDeleteCardResult {
  const client = useSavedCardsClient();
  const queryClient = useQueryClient();
  const { customerId, dedupe = true } = options;
  const mutationKey = savedCardsKeys.delete(client, customerId);

  const mutation = useMutation<DeleteCardResult, SavedCardsError, string, DeleteCardContext>({
    mutationKey,
    retry: false,
    mutationFn: async (token) => {
      // Again, as onMutate did (its result is not handed over here); a refetch landing in between is settled by
      // the refetch after this delete.
      const tokens = tokensOf(queryClient, client, customerId, dedupe, token);
      await client.deleteCard(tokens);
      return { token, tokens };
    },
    onMutate: (token) => {
      refetchAfterLast(queryClient);
      // Recorded on the mutation so the delete is known by every token it covers (usePendingDeletes).
      return { tokens: tokensOf(queryClient, client, customerId, dedupe, token) };
    },
    onSuccess: async (result) => {
      const listKey = savedCardsKeys.lists(client, customerId);
      // A list request that started before the delete may still answer with the card: drop it.
      await queryClient.cancelQueries({ queryKey: listKey });
      queryClient.setQueriesData<SavedCardList>(
        { queryKey: listKey },
        (list) => list && withoutTokens(list, result.tokens),
      );
      options.onSuccess?.(result);
    },
    onError: (error, token) => options.onError?.(error, token),
  });

  /** The pending delete that already covers `token` (or another token of its physical card), if any. */
  const pendingDeleteOf = useCallback(
    (token: string) => {
      const tokens = tokensOf(queryClient, client, customerId, dedupe, token);
      return queryClient
        .getMutationCache()
        .findAll({ mutationKey, status: 'pending', exact: true })
        .find((pending) => tokensBeingDeleted(pending).some((deleting) => tokens.includes(deleting)));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mutationKey is derived from client and customerId.
    [queryClient, client, customerId, dedupe],
  );

  const { mutate: baseMutate, mutateAsync: baseMutateAsync } = mutation;
  const mutate = useCallback<UseDeleteCardResult['mutate']>(
    (token, mutateOptions) => {
      if (!pendingDeleteOf(token)) baseMutate(token, mutateOptions);
    },
    [baseMutate, pendingDeleteOf],
  );
  const mutateAsync = useCallback<UseDeleteCardResult['mutateAsync']>(
    (token, mutateOptions) => {
      const pending = pendingDeleteOf(token);
      return pending ? outcomeOf(queryClient, pending) : baseMutateAsync(token, mutateOptions);
    },
    [baseMutateAsync, pendingDeleteOf, queryClient],
  );
  return { ...mutation, mutate, mutateAsync };
}
