// Issue 21, item 4: server-rendered HTML needs no inline style, so a page under `style-src 'self'` shows it right.
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import {
  createSavedCardsClient,
  ManageSavedCards,
  SavedCards,
  SavedCardsProvider,
  savedCardsQueryOptions,
} from '../../src/index';

const CARDS = [
  { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
  { token: 'tok_amex', brand: 'amex', last4: '0005', expiryMonth: 11, expiryYear: 2031 },
];

async function html(ui: React.ReactNode, prefetched: boolean) {
  const client = createSavedCardsClient({
    endpoint: 'https://shop.example/api/cards',
    now: () => new Date(2026, 5, 15),
    fetch: async () => Response.json({ cards: CARDS, capabilities: { delete: true, setDefault: true, rename: true } }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (prefetched) await queryClient.prefetchQuery(savedCardsQueryOptions(client));
  return renderToString(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

describe.each([
  ['SavedCards', () => <SavedCards allowDelete alwaysShowDelete />],
  ['ManageSavedCards', () => <ManageSavedCards />],
  ['SavedCards unstyled', () => <SavedCards allowDelete alwaysShowDelete unstyled />],
])('<%s> rendered on the server', (_name, ui) => {
  it.each([true, false])('has no style attribute (prefetched: %s)', async (prefetched) => {
    const page = await html(ui(), prefetched);
    expect(page).toContain(prefetched ? 'ending in 0005' : 'data-sc-part="loading"');
    expect(page).not.toMatch(/\sstyle=/);
    // What must stay hidden is marked for the stylesheet instead: the live region, and the loading label.
    const container = document.createElement('div');
    container.innerHTML = page;
    const live = container.querySelector('[data-sc-part="live"]');
    expect(live?.hasAttribute('data-sc-visually-hidden')).toBe(true);
    if (!prefetched) {
      expect(container.querySelector('[data-sc-part="loading"] [data-sc-visually-hidden]')).toHaveTextContent(
        'Loading saved cards',
      );
    }
  });
});
