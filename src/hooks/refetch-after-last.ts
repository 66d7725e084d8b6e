import { hashKey, notifyManager, type QueryClient } from '@tanstack/react-query';
import type { KeyedClient } from '../client/query-key';
import { savedCardsKeys } from './query-keys';

/** Per cache, the customers (scope keys) whose check is already due. */
const due = new WeakMap<QueryClient, Set<string>>();

/**
 * Refetches the customer's lists once their last delete or change has settled: a timeout or failure leaves the
 * backend's state unknown, and concurrent ones should refetch once, not each.
 */
export function refetchAfterLast(queryClient: QueryClient, client: KeyedClient, customerId: string | null | undefined) {
  // The scope key is the prefix of the customer's delete and change keys, and of no other customer's.
  const scope = savedCardsKeys.scope(client, customerId);
  const key = hashKey(scope);
  const scopes = due.get(queryClient) ?? new Set<string>();
  due.set(queryClient, scopes);
  // Two settling before the first check would both see none pending and refetch twice: one check covers both.
  if (scopes.has(key)) return;
  scopes.add(key);
  // On react-query's next tick: the caller is marked settled by then, and the outcome has been rendered first.
  notifyManager.schedule(() => {
    scopes.delete(key);
    if (queryClient.isMutating({ mutationKey: scope }) === 0)
      void queryClient.invalidateQueries({ queryKey: savedCardsKeys.lists(client, customerId) });
  });
}
