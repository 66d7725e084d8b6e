'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SavedCardList } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';
import { refetchAfterLast } from './refetch-after-last';

/** What `mutate` deletes: a `SavedCard` from `useSavedCards`, or a token with the other tokens of its card. */
export interface DeleteCardVariables {
  token: string;
  /** Every token of the physical card, as a `SavedCard` lists them. Default: `[token]` alone. */
  tokens?: readonly string[];
}

/** Options of `useDeleteCard`: the customer scope, and callbacks after each delete settles. */
export interface UseDeleteCardOptions {
  /** The same customer scope as `useSavedCards`. */
  customerId?: string | null;
  /** After the backend confirmed the delete. */
  onSuccess?: (result: DeleteCardResult) => void;
  /** After a failed delete; the card is already back in the list. */
  onError?: (error: SavedCardsError, card: DeleteCardVariables) => void;
}

/** What a delete resolves with (`onSuccess`, `mutateAsync`): the card asked for and every token deleted. */
export interface DeleteCardResult {
  /** The token of the card passed to `mutate`. */
  token: string;
  /** Every token deleted for that physical card. */
  tokens: readonly string[];
}

/** What `useDeleteCard` returns: react-query's mutation result (`mutate(card)`), with its meaning kept. */
export type UseDeleteCardResult = UseMutationResult<DeleteCardResult, SavedCardsError, DeleteCardVariables>;

/** Every token a delete covers: a refetch meanwhile may list the card under any of them. */
export const tokensOf = ({ token, tokens }: DeleteCardVariables): readonly string[] => tokens ?? [token];

/**
 * The list without the deleted tokens. A card leaves only when none of its tokens is left (a delete of one
 * token keeps the card in the deduplicated lists); if its lead went, the next leads until the refetch.
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

/**
 * Deletes a saved card: every token it lists. `useSavedCards` hides the card at once; if the delete fails,
 * exactly that card comes back in its place. A card already gone (a 404, or the adapter's `notFound`; another tab
 * deleted it) counts as deleted, a delete is never retried, and the list is refetched once after the customer's
 * last delete or change settles, in the shopper's other tabs too. `mutate` always sends: hide or
 * disable a card while `useSavedCards`'s `deletingTokens` holds one of its tokens.
 *
 * @example
 * const { mutate: deleteCard } = useDeleteCard({ onError: (error) => toast(error.message) });
 * deleteCard(card);
 */
export function useDeleteCard(options: UseDeleteCardOptions = {}): UseDeleteCardResult {
  const client = useSavedCardsClient();
  const queryClient = useQueryClient();
  const { customerId } = options;

  return useMutation({
    mutationKey: savedCardsKeys.delete(client, customerId),
    retry: false,
    onMutate: () => refetchAfterLast(queryClient),
    mutationFn: async (card: DeleteCardVariables) => {
      const tokens = tokensOf(card);
      await client.deleteCard(tokens);
      return { token: card.token, tokens };
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
    onError: (error, card) => options.onError?.(error, card),
  });
}
