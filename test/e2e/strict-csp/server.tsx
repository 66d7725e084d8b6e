// Loaded by the strict-CSP spec through Vite's SSR loader: the server's half of the page.
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createSavedCardsClient, SavedCardsProvider, savedCardsQueryOptions } from '../../../src/index';
import { createSavedCardsHandler, memoryProvider, toNodeHandler } from '../../../src/server';
import { CARDS, CUSTOMER, ENDPOINT, Page } from './page';

/** The merchant's endpoint, in memory. */
export function endpointHandler() {
  return toNodeHandler(
    createSavedCardsHandler({
      provider: memoryProvider({ cards: { [CUSTOMER]: CARDS } }),
      basePath: ENDPOINT,
      getCustomerId: () => CUSTOMER,
    }),
  );
}

/** The page's HTML with the cards already in it, and the cache the browser hydrates with. */
export async function renderPage(): Promise<{ html: string; state: unknown }> {
  const client = createSavedCardsClient({
    endpoint: ENDPOINT,
    fetch: async () => Response.json({ cards: CARDS, capabilities: { delete: true, setDefault: true, rename: true } }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  await queryClient.prefetchQuery(savedCardsQueryOptions(client));
  const html = renderToString(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      <Page />
    </SavedCardsProvider>,
  );
  return { html, state: dehydrate(queryClient) };
}
