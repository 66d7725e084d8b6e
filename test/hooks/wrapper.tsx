import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createSavedCardsClient, type SavedCardsClientConfig } from '../../src/client/create-client';
import { SavedCardsProvider } from '../../src/hooks/provider';
import { endpoint } from './backend';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, retryDelay: 0, gcTime: Infinity }, mutations: { retry: false } },
  });
}

export function createWrapper(config: Partial<SavedCardsClientConfig> = {}) {
  const queryClient = createTestQueryClient();
  const client = createSavedCardsClient({ endpoint, now: () => new Date(2026, 10, 24), ...config });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <SavedCardsProvider client={client}>{children}</SavedCardsProvider>
      </QueryClientProvider>
    );
  }
  return { Wrapper, queryClient, client };
}
