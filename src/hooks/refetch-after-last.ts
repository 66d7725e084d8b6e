import { hashKey, notifyManager, type QueryClient } from '@tanstack/react-query';
import type { KeyedClient } from '../client/query-key';
import { savedCardsKeys } from './query-keys';

/** Per cache, the customers (scope keys) whose check is already due. */
const due = new WeakMap<QueryClient, Set<string>>();

/**
 * Refetches the customer's lists once their last delete or change has settled, so concurrent ones refetch once.
 * A timeout or failure leaves the backend's state unknown; the refetch settles it. It starts on react-query's
 * next notification tick, after the outcome has been rendered, so it never delays what the shopper sees.
 * The caller still counts as pending here; react-query marks it settled before the scheduled check runs.
 */
export function refetchAfterLast(queryClient: QueryClient, client: KeyedClient, customerId: string | null | undefined) {
  // The scope key is the prefix of the customer's delete and change keys, and of no other customer's.
  const scope = savedCardsKeys.scope(client, customerId);
  const key = hashKey(scope);
  const scopes = due.get(queryClient) ?? new Set<string>();
  due.set(queryClient, scopes);
  // Each settle gets its own tick, so two settling before the first check would both see none pending and
  // refetch twice: the check already due covers this settle too.
  if (scopes.has(key)) return;
  scopes.add(key);
  notifyManager.schedule(() => {
    scopes.delete(key);
    if (queryClient.isMutating({ mutationKey: scope }) === 0)
      void queryClient.invalidateQueries({ queryKey: savedCardsKeys.lists(client, customerId) });
  });
}
