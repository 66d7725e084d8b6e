// The browser's half of the strict-CSP page, bundled by the spec: hydrates the server's HTML with its cache.
import { hydrate, QueryClient } from '@tanstack/react-query';
import { hydrateRoot } from 'react-dom/client';
import { createSavedCardsClient, SavedCardsProvider } from '../../../src/index';
import { ENDPOINT, Page } from './page';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
hydrate(queryClient, JSON.parse(document.getElementById('state')?.textContent ?? '{}'));
hydrateRoot(
  document.getElementById('root') as HTMLElement,
  <SavedCardsProvider client={createSavedCardsClient({ endpoint: ENDPOINT })} queryClient={queryClient}>
    <Page />
  </SavedCardsProvider>,
);
