'use client';
import { useMutationState } from '@tanstack/react-query';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';

/**
 * Tokens whose delete is in flight for this customer. Cards holding one of
 * them are hidden by `useSavedCards` until the delete settles.
 *
 * @example
 * const deleting = usePendingDeletes({ customerId });
 */
export function usePendingDeletes(options: { customerId?: string | null } = {}): readonly string[] {
  const client = useSavedCardsClient();
  return useMutationState({
    filters: { mutationKey: savedCardsKeys.delete(client, options.customerId), status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  });
}
