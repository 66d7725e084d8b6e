import { notifyManager, type QueryClient } from '@tanstack/react-query';
import type { KeyedClient } from '../client/query-key';
import { savedCardsKeys } from './query-keys';

/**
 * Refetches the customer's lists once their last delete or change has settled, so concurrent ones refetch once.
 * A timeout or failure leaves the backend's state unknown; the refetch settles it. It starts on react-query's
 * next notification tick, after the outcome has been rendered, so it never delays what the shopper sees.
 * The caller still counts as pending here; react-query marks it settled before the scheduled check runs.
 */
export function refetchAfterLast(queryClient: QueryClient, client: KeyedClient, customerId: string | null | undefined) {
  notifyManager.schedule(() => {
    // The scope key is the prefix of the customer's delete and change keys, and of no other customer's.
    if (queryClient.isMutating({ mutationKey: savedCardsKeys.scope(client, customerId) }) === 0)
      void queryClient.invalidateQueries({ queryKey: savedCardsKeys.lists(client, customerId) });
  });
}
