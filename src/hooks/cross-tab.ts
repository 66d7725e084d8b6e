import { focusManager, type QueryClient } from '@tanstack/react-query';
import { savedCardsKeys } from './query-keys';

// All that crosses between tabs: no card, token or customer, so nothing another script on the origin could use.
const SOURCE = 'react-saved-cards';
const SIGNAL = { source: SOURCE, type: 'changed' } as const;

/** Every saved-cards list in a client, of every customer and endpoint: the signal names none. */
const LISTS = {
  queryKey: savedCardsKeys.all,
  predicate: ({ queryKey }: { queryKey: readonly unknown[] }) => queryKey[3] === 'list',
};

interface Listener {
  channel: BroadcastChannel | undefined;
  users: number;
  stop: () => void;
}
const listeners = new WeakMap<QueryClient, Listener>();

const isSignal = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as { source?: unknown }).source === SOURCE &&
  (data as { type?: unknown }).type === SIGNAL.type;

/**
 * Refetches a client's lists, one run at a time: a signal during a run queues one more (which sees what
 * changed meanwhile), however many arrive.
 */
function refetcher(queryClient: QueryClient) {
  let running = false;
  let again = false;
  return async function refetch(joinsStale = false) {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // A list request already in flight may have left before the change: join it, then ask once more.
    let stale = joinsStale && queryClient.isFetching(LISTS) > 0;
    do {
      again = stale;
      stale = false;
      await queryClient.invalidateQueries(LISTS, { cancelRefetch: false });
    } while (again);
    running = false;
  };
}

/**
 * Keeps `queryClient`'s lists current with the shopper's other tabs: the kit's signal refetches them; with no
 * BroadcastChannel, coming back into focus does, fresh or not. Returns the stop; the last stop closes the channel.
 */
export function listenAcrossTabs(queryClient: QueryClient): () => void {
  let listener = listeners.get(queryClient);
  if (!listener) {
    const refetch = refetcher(queryClient);
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SOURCE) : undefined;
    let stop: () => void;
    if (channel) {
      channel.onmessage = (event) => {
        if (isSignal(event.data)) void refetch(true);
      };
      stop = () => channel.close();
    } else {
      stop = focusManager.subscribe((focused) => {
        if (focused) void refetch();
      });
    }
    listener = { channel, users: 0, stop };
    listeners.set(queryClient, listener);
  }
  const own = listener;
  own.users += 1;
  return () => {
    own.users -= 1;
    if (own.users > 0) return;
    own.stop();
    listeners.delete(queryClient);
  };
}

/**
 * Tells the other tabs through the channel of `queryClient`'s provider, which this tab does not hear. Nothing once
 * no provider of it is mounted: the page has moved on, and a late signal must not reach a later provider here.
 */
export function tellOtherTabs(queryClient: QueryClient): boolean {
  const channel = listeners.get(queryClient)?.channel;
  channel?.postMessage(SIGNAL);
  return channel !== undefined;
}

/**
 * Tells the shopper's other tabs that their saved cards changed, so each refetches its list once. The kit's own
 * deletes, defaults and names do this; call it after the merchant's new-card flow saved a card. Given the
 * `QueryClient` of this tab's `SavedCardsProvider` (for a caller that refetches this tab itself), only the other
 * tabs hear it; without it, this tab's providers refetch too. Does nothing where there is no BroadcastChannel.
 *
 * @example
 * await saveCard(hostedFormToken);
 * notifySavedCardsChanged();
 */
export function notifySavedCardsChanged(queryClient?: QueryClient): void {
  if ((queryClient && tellOtherTabs(queryClient)) || typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(SOURCE);
  channel.postMessage(SIGNAL);
  channel.close();
}
