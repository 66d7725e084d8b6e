import { hashKey, timeoutManager, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { isSavedCardsError } from '../core/errors';
import { tellOtherTabs } from './cross-tab';
import { savedCardsKeys } from './query-keys';

const watched = new WeakSet<QueryClient>();

/** The customer scope of a kit delete or change (`savedCardsKeys.delete` / `.change`), else undefined. */
function scopeOf(key: QueryKey | undefined) {
  if (key?.[0] !== savedCardsKeys.all[0] || (key[3] !== 'delete' && key[3] !== 'change')) return undefined;
  return savedCardsKeys.scope({ id: key[1] as string }, key[2] as string | null);
}

/**
 * Makes `queryClient` refetch a customer's lists once their last delete or change has settled, and tells the
 * shopper's other tabs when one may have changed the backend: a timeout or failure leaves the backend's state
 * unknown, and concurrent ones should refetch once, not each. One
 * `MutationCache` subscription per client: it hears a mutation once it is settled, whatever scheduler
 * react-query notifies with.
 */
export function refetchAfterLast(queryClient: QueryClient): void {
  if (watched.has(queryClient)) return;
  watched.add(queryClient);
  const due = new Set<string>();
  const changed = new Set<string>();
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { action } = event;
    if (action.type !== 'success' && action.type !== 'error') return;
    const scope = scopeOf(event.mutation.options.mutationKey);
    if (!scope) return;
    const key = hashKey(scope);
    // What may have changed the backend: a success, or a failure that leaves it unknown (a timeout, a 5xx).
    if (action.type === 'success' || (isSavedCardsError(action.error) && action.error.isRetryable)) changed.add(key);
    if (due.has(key)) return;
    due.add(key);
    // A timer, not a microtask: a delete started as the caller's await of this one returns still counts as pending.
    timeoutManager.setTimeout(() => {
      due.delete(key);
      if (queryClient.isMutating({ mutationKey: scope }) !== 0) return;
      void queryClient.invalidateQueries({ queryKey: savedCardsKeys.lists({ id: scope[1] }, scope[2]) });
      if (changed.delete(key)) tellOtherTabs(queryClient);
    }, 0);
  });
}
