import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  type DehydratedState,
} from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  cardName,
  createSavedCardsClient,
  defaultSelection,
  SavedCards,
  SavedCardsProvider,
  useSavedCards,
  type SavedCard,
} from '../../src/index';
import { memoryPreferences, memoryProvider, prefetchSavedCards } from '../../src/server';
import type { PaymentChoice } from '../../src/core/choice';

// `<SavedCards>` tells `onValueChange` a choice (issues 19 and 22); these tests are about the cards it chooses.
const cardOf = (handler: (card: SavedCard | null) => void) => (choice: PaymentChoice | null) =>
  handler(choice?.kind === 'card' ? choice.card : null);

const NOW = new Date(2026, 10, 24);
const CARDS = {
  'customer-a': [
    {
      token: 'tok_mc',
      brand: 'mastercard',
      last4: '4444',
      expiryMonth: 1,
      expiryYear: 2036,
      holderName: 'Card 4111111111111111',
    },
    { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
  ],
};

// The merchant's client component: the list, and a Pay button that is right from the first HTML.
function Checkout() {
  const [chosen, setChosen] = useState<SavedCard | null>();
  const { data: cards } = useSavedCards();
  const payWith = chosen !== undefined ? chosen : cards ? defaultSelection(cards) : null;
  return (
    <>
      <SavedCards onValueChange={cardOf(setChosen)} />
      <button type="button" disabled={!payWith}>
        {payWith ? `Pay with ${cardName(payWith)}` : 'Choose a card to pay'}
      </button>
    </>
  );
}

function page(state: DehydratedState, fetch: typeof globalThis.fetch) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  const client = createSavedCardsClient({ endpoint: '/api/saved-cards', fetch, now: () => NOW });
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <SavedCardsProvider client={client}>
          <Checkout />
        </SavedCardsProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}

test('prefetched on the server: cards and the preselected card in the first HTML, no list request on hydration', async () => {
  const serverCache = new QueryClient();
  const list = await prefetchSavedCards(serverCache, {
    provider: memoryProvider({ cards: CARDS }),
    customerId: 'customer-a',
    now: NOW,
  });
  expect(list?.cards.map((card) => card.token)).toEqual(['tok_visa', 'tok_mc']);
  // Redacted as the handler redacts: no run of digits beyond the last 4 reaches the page.
  expect(JSON.stringify(list)).not.toContain('4111111111111111');
  const state = JSON.parse(JSON.stringify(dehydrate(serverCache))) as DehydratedState;

  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    requests.push(String(input));
    return Response.json({ cards: [] });
  };
  const html = renderToString(page(state, fetch));
  expect(html).toContain('Visa ending in 4242');
  expect(html).toContain('Mastercard ending in 4444');
  expect(html).toContain('Pay with Visa ending in 4242');
  expect(html).not.toContain('4111111111111111');
  expect(html).toMatch(/aria-checked="true"[^>]*>|data-state="active"/);

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error');
  await act(async () => {
    hydrateRoot(container, page(state, fetch), { onRecoverableError: (error) => console.error(error) });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(requests).toEqual([]);
  expect(screen.getByRole('radio', { checked: true })).toHaveAccessibleName(/Visa ending in 4242/);
  expect(screen.getByRole('button', { name: 'Pay with Visa ending in 4242' })).toBeEnabled();
  errors.mockRestore();
  container.remove();
});

test('a failing provider leaves the cache empty and does not throw', async () => {
  const serverCache = new QueryClient();
  const provider = { ...memoryProvider({ cards: CARDS }), listCards: async () => Promise.reject(new Error('down')) };
  await expect(prefetchSavedCards(serverCache, { provider, customerId: 'customer-a' })).resolves.toBeUndefined();
  expect(serverCache.getQueryCache().getAll()).toEqual([]);
});

test("with the handler's preferences store, the first HTML shows the stored default and name", async () => {
  const preferences = memoryPreferences();
  await preferences.setDefault('customer-a', 'tok_mc', ['tok_mc', 'tok_visa']);
  await preferences.setNickname('customer-a', 'tok_mc', 'Work card', ['tok_mc', 'tok_visa']);
  const serverCache = new QueryClient();
  const list = await prefetchSavedCards(serverCache, {
    provider: { ...memoryProvider({ cards: CARDS }), capabilities: { setDefault: false, rename: false } },
    preferences,
    customerId: 'customer-a',
    now: NOW,
  });
  expect(list?.cards.map((card) => [card.token, card.isPreferred, card.nickname])).toEqual([
    ['tok_mc', true, 'Work card'],
    ['tok_visa', false, undefined],
  ]);
  expect(list?.capabilities).toEqual({ delete: true, setDefault: true, rename: true });
  const html = renderToString(page(JSON.parse(JSON.stringify(dehydrate(serverCache))) as DehydratedState, fetch));
  expect(html).toContain('Pay with Mastercard ending in 4444');
  expect(html).toContain('Work card');
});
