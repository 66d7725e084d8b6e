// app/providers.tsx, wrapped around {children} in app/layout.tsx
'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createSavedCardsClient, SavedCardsProvider } from 'react-saved-cards';

const client = createSavedCardsClient({ endpoint: '/api/saved-cards' });

export function Providers({ children }: { children: ReactNode }) {
  // A staleTime, so the prefetched list is not fetched again as the page hydrates.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <SavedCardsProvider client={client}>{children}</SavedCardsProvider>
    </QueryClientProvider>
  );
}
