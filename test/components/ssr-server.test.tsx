// @vitest-environment node
import { ar } from '../../src/i18n/ar';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import ottuCards from '../fixtures/ottu-user-cards.json';
import {
  createSavedCardsClient,
  ottuAdapter,
  SavedCards,
  SavedCardsProvider,
  savedCardsQueryOptions,
} from '../../src/index';

function client(fetchImpl: typeof fetch) {
  return createSavedCardsClient({
    endpoint: 'https://shop.example/api/cards',
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: fetchImpl,
  });
}

test('renders on a server with no window or document', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const savedCards = client(async () => Response.json(ottuCards));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await queryClient.prefetchQuery(savedCardsQueryOptions(savedCards));
  const html = renderToString(
    <SavedCardsProvider client={savedCards} queryClient={queryClient}>
      <SavedCards allowDelete alwaysShowDelete messages={ar} />
    </SavedCardsProvider>,
  );
  expect(html).toContain('dir="rtl"');
  expect(html).toContain('aria-label="فيزا المنتهية بالأرقام 0026، تنتهي صلاحيتها 01/39، المفضلة"');
  expect(html).toContain('aria-checked="true"');
  expect(html).not.toMatch(/\d{5,}/);
});

test('without data the server renders the loading state and fetches nothing', async () => {
  const fetchImpl = vi.fn(async () => Response.json(ottuCards));
  const html = renderToString(
    <SavedCardsProvider client={client(fetchImpl)} queryClient={new QueryClient()}>
      <SavedCards />
    </SavedCardsProvider>,
  );
  expect(html).toContain('aria-busy="true"');
  expect(html).toContain('Loading saved cards');
  expect(fetchImpl).not.toHaveBeenCalled();
});
