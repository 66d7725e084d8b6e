'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SavedCardsClient } from '../client/create-client';
import { listenAcrossTabs } from './cross-tab';

const SavedCardsClientContext = createContext<SavedCardsClient | null>(null);

/** Props of `SavedCardsProvider`: the client, and optionally the react-query cache to use. */
export interface SavedCardsProviderProps {
  /** From `createSavedCardsClient`. */
  client: SavedCardsClient;
  /** The react-query cache. Default: the app's `QueryClientProvider`'s, else a private one. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * Gives the hooks and components below it the client; shares an app's `QueryClientProvider` cache if there is one.
 * Keeps the lists current with the shopper's other tabs (`notifySavedCardsChanged`).
 *
 * @example
 * <SavedCardsProvider client={client}>
 *   <SavedCards allowDelete onSelect={(card) => setToken(card?.token ?? null)} />
 * </SavedCardsProvider>
 */
export function SavedCardsProvider({ client, queryClient, children }: SavedCardsProviderProps) {
  const outer = useContext(QueryClientContext);
  const [own] = useState<QueryClient | undefined>(() =>
    queryClient || outer ? undefined : new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  );
  // createElement, not JSX: it spares the headless entry the react/jsx-runtime import.
  const content = createElement(SavedCardsClientContext.Provider, { value: client }, children);
  const used = (queryClient ?? outer ?? own) as QueryClient;
  // In an effect: a server render opens no channel.
  useEffect(() => listenAcrossTabs(used), [used]);
  return used === outer ? content : createElement(QueryClientProvider, { client: used }, content);
}

/** The client given to the nearest `SavedCardsProvider`. Throws a clear error outside one. */
export function useSavedCardsClient(): SavedCardsClient {
  const client = useContext(SavedCardsClientContext);
  if (!client) throw new Error('react-saved-cards: wrap your component in <SavedCardsProvider client={...}>.');
  return client;
}
