'use client';
import { useMutationState, type Mutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';

/** What `useDeleteCard` records when a delete starts (its mutation context). */
export interface DeleteCardContext {
  /** All of the physical card's tokens, not only the one passed to `mutate`. */
  tokens: readonly string[];
}

/** Every token a pending delete covers: a refetch meanwhile may list the card under any of them. */
export function tokensBeingDeleted(mutation: Mutation<unknown, Error, unknown, unknown>): readonly string[] {
  const context = mutation.state.context as DeleteCardContext | undefined;
  // The context is set just after the mutation turns pending; until then only its own token is known.
  return context?.tokens ?? [mutation.state.variables as string];
}

/**
 * Every token whose delete is in flight for this customer, all of each card's. `useSavedCards` hides the
 * cards holding one until the delete settles (or returns them as `deletingTokens`).
 *
 * @example
 * const deleting = usePendingDeletes({ customerId });
 * const isDeleting = card.tokens.some((token) => deleting.includes(token));
 */
export function usePendingDeletes(options: { customerId?: string | null } = {}): readonly string[] {
  const client = useSavedCardsClient();
  const perDelete = useMutationState({
    filters: { mutationKey: savedCardsKeys.delete(client, options.customerId), status: 'pending' },
    select: tokensBeingDeleted,
  });
  // useMutationState keeps its answer's identity while nothing changed; the flat list follows it.
  return useMemo(() => perDelete.flat(), [perDelete]);
}
