import { focusManager, type QueryClient } from '@tanstack/react-query';
import { savedCardsKeys } from './query-keys';

// All that crosses between tabs: no card, token or customer, so nothing another script on the origin could use.
const SOURCE = 'react-saved-cards';
const SIGNAL = { source: SOURCE, type: 'changed' } as const;

// The kit's only queries are its lists: every one of them, of every customer and endpoint (the signal names none).
const LISTS = { queryKey: savedCardsKeys.all };

interface Listener {
  channel: BroadcastChannel | undefined;
  users: number;
  stop: () => void;
}
const listeners = new WeakMap<QueryClient, Listener>();

type Signal = Partial<typeof SIGNAL> | null | undefined;

/**
 * Keeps `queryClient`'s lists current with the shopper's other tabs: the kit's signal refetches them; with no
 * BroadcastChannel, coming back into focus does, fresh or not. Returns the stop; the last stop closes the channel.
 */
export function listenAcrossTabs(queryClient: QueryClient): () => void {
  let listener = listeners.get(queryClient);
  if (!listener) {
    // One run in flight; a signal during it asks for one more run (which sees what changed meanwhile), however many come.
    let running = false;
    let again = false;
    const refetch = async (joinsStale?: boolean) => {
      if (running) return void (again = true);
      running = true;
      // A list request already in flight may have left before the change: join it, then ask once more.
      for (again = !!joinsStale && queryClient.isFetching(LISTS) > 0; ; again = false) {
        await queryClient.invalidateQueries(LISTS, { cancelRefetch: false });
        if (!again) break;
      }
      running = false;
    };
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SOURCE) : undefined;
    if (channel)
      channel.onmessage = ({ data }) => {
        if ((data as Signal)?.source === SOURCE && data.type === SIGNAL.type) void refetch(true);
      };
    listener = {
      channel,
      users: 0,
      stop: channel ? () => channel.close() : focusManager.subscribe((focused) => focused && void refetch()),
    };
    listeners.set(queryClient, listener);
  }
  const own = listener;
  own.users += 1;
  return () => {
    if (--own.users > 0) return;
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
