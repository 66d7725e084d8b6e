'use client';
import { useMutationState } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';
import { tokensOf, type DeleteCardVariables } from './use-delete-card';

/**
 * Every token whose delete is in flight for this customer, all of each card's, read from the deletes'
 * variables. `useSavedCards` hides the cards holding one until the delete settles (or returns them as
 * `deletingTokens`).
 *
 * @example
 * const deleting = usePendingDeletes({ customerId });
 * const isDeleting = card.tokens.some((token) => deleting.includes(token));
 */
export function usePendingDeletes(options: { customerId?: string | null } = {}): readonly string[] {
  const client = useSavedCardsClient();
  const perDelete = useMutationState({
    filters: { mutationKey: savedCardsKeys.delete(client, options.customerId), status: 'pending' },
    select: (mutation) => tokensOf(mutation.state.variables as DeleteCardVariables),
  });
  // useMutationState keeps its answer's identity while nothing changed; the flat list follows it.
  return useMemo(() => perDelete.flat(), [perDelete]);
}
