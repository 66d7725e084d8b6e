import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV1 from '../fixtures/payu-v1-user-cards.json';
import payuV2 from '../fixtures/payu-v2-user-cards.json';
import { createSavedCardsClient } from '../../src/client/create-client';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import { SavedCardsProvider } from '../../src/hooks/provider';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { card, endpoint, fakeBackend, gate } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

test('Ottu fixture, end to end through client and hook', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json(ottuCards)));
  const { Wrapper } = createWrapper({ adapter: ottuAdapter() });
  const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data?.map((saved) => `${saved.brand} ${saved.last4}`)).toEqual([
    'visa 0026',
    'mada 7713',
    'amex 1009',
    'mastercard 4444',
  ]);
  expect(result.current.issues).toEqual([]);
});

test('PayU v2 fixture: one card for five tokens, or all five on request', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json(payuV2)));
  const { Wrapper } = createWrapper({ adapter: payuAdapter() });
  const deduped = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  const all = renderHook(() => useSavedCards({ dedupe: false }), { wrapper: Wrapper });
  await waitFor(() => expect(deduped.result.current.data).toHaveLength(1));
  expect(deduped.result.current.data?.[0]?.tokens).toHaveLength(5);
  await waitFor(() => expect(all.result.current.data).toHaveLength(5));
});

test('PayU v1 fixture', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json(payuV1)));
  const { Wrapper } = createWrapper({ adapter: payuAdapter() });
  const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data?.map((saved) => [saved.brand, saved.last4, saved.isExpired])).toEqual([
    ['visa', '6937', false],
    ['rupay', '0119', true],
  ]);
});

test('a bad card is skipped and reported in issues; the others show', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  server.use(
    http.get(endpoint, () =>
      HttpResponse.json({ cards: [card('a', '1111'), { ...card('b', '2222'), expiryMonth: 99 }, card('c', '3333')] }),
    ),
  );
  const { Wrapper } = createWrapper();
  const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data?.map((saved) => saved.token)).toEqual(['a', 'c']);
  expect(result.current.issues).toEqual([
    { index: 1, field: 'expiryMonth', message: 'Card 1: expiryMonth is not a month from 1 to 12.' },
  ]);
  expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('Card 1: expiryMonth'));
});

test('works without an app QueryClientProvider, creating its own cache', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json({ cards: [card('a', '1111')] })));
  const client = createSavedCardsClient({ endpoint });
  const { result } = renderHook(() => useSavedCards(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <SavedCardsProvider client={client}>{children}</SavedCardsProvider>
    ),
  });
  await waitFor(() => expect(result.current.data).toHaveLength(1));
});

test("shares the app's cache when inside its QueryClientProvider", async () => {
  server.use(http.get(endpoint, () => HttpResponse.json({ cards: [card('a', '1111')] })));
  const appClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createSavedCardsClient({ endpoint });
  const { result } = renderHook(() => ({ cards: useSavedCards(), queryClient: useQueryClient() }), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={appClient}>
        <SavedCardsProvider client={client}>{children}</SavedCardsProvider>
      </QueryClientProvider>
    ),
  });
  await waitFor(() => expect(result.current.cards.data).toHaveLength(1));
  expect(result.current.queryClient).toBe(appClient);
  expect(appClient.getQueryCache().findAll({ queryKey: ['react-saved-cards'] })).toHaveLength(1);
});

test("the customer is part of the key: switching customer mid-load never shows the first customer's cards", async () => {
  let answer = 0;
  server.use(
    http.get(endpoint, async () => {
      answer += 1;
      if (answer === 1) {
        await delay(80);
        return HttpResponse.json({ cards: [card('alice-card', '1111')] });
      }
      return HttpResponse.json({ cards: [card('bob-card', '2222')] });
    }),
  );
  const { Wrapper } = createWrapper();
  const seen: string[][] = [];
  const { result, rerender } = renderHook(
    ({ customerId }) => {
      const query = useSavedCards({ customerId });
      if (customerId === 'bob') seen.push(query.data?.map((saved) => saved.token) ?? []);
      return query;
    },
    { wrapper: Wrapper, initialProps: { customerId: 'alice' } },
  );
  // Alice's list is on the wire (and slow) when the page switches to Bob.
  await waitFor(() => expect(answer).toBe(1));
  rerender({ customerId: 'bob' });
  await waitFor(() => expect(result.current.data?.map((saved) => saved.token)).toEqual(['bob-card']));
  await delay(120);
  expect(seen.flat()).not.toContain('alice-card');
  expect(result.current.data?.map((saved) => saved.token)).toEqual(['bob-card']);
});

test('passes the query AbortSignal to fetch: unmounting mid-load aborts the request', async () => {
  let aborted = false;
  server.use(
    http.get(endpoint, async ({ request }) => {
      request.signal.addEventListener('abort', () => {
        aborted = true;
      });
      await delay(200);
      return HttpResponse.json({ cards: [] });
    }),
  );
  const { Wrapper, queryClient } = createWrapper();
  const { unmount } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  await waitFor(() => expect(queryClient.isFetching()).toBe(1));
  unmount();
  await waitFor(() => expect(aborted).toBe(true));
});

describe('retries', () => {
  test.each([
    ['a network error', () => HttpResponse.error()],
    ['a 503', () => HttpResponse.json({}, { status: 503 })],
  ])('retries %s, then shows the error', async (_name, respond) => {
    let calls = 0;
    server.use(
      http.get(endpoint, () => {
        calls += 1;
        return respond();
      }),
    );
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 5000 });
    expect(calls).toBe(3);
    expect(result.current.data).toBeUndefined();
  });

  test.each([
    ['401', () => HttpResponse.json({}, { status: 401 }), 'unauthorized'],
    ['404', () => HttpResponse.json({}, { status: 404 }), 'not-found'],
    ['422', () => HttpResponse.json({}, { status: 422 }), 'http'],
    ['an invalid answer', () => HttpResponse.json({ nope: true }), 'invalid-response'],
  ])('never retries %s', async (_name, respond, kind) => {
    let calls = 0;
    server.use(
      http.get(endpoint, () => {
        calls += 1;
        return respond();
      }),
    );
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe(kind);
    await delay(50);
    expect(calls).toBe(1);
  });
});

test('refetching keeps the cards on screen', async () => {
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();
  // Read during render, as a component would: react-query re-renders only for the fields a render read.
  const { result } = renderHook(
    () => {
      const { data, isFetching, refetch } = useSavedCards();
      return { data, isFetching, refetch };
    },
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.data).toHaveLength(1));
  let release!: () => void;
  backend.state.holdList = new Promise((resolve) => {
    release = resolve;
  });
  void result.current.refetch();
  await waitFor(() => expect(result.current.isFetching).toBe(true));
  expect(result.current.data).toHaveLength(1);
  release();
  await waitFor(() => expect(result.current.isFetching).toBe(false));
});

test('a component that reads only data does not re-render for a refetch that changed nothing, as with useQuery', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json({ cards: [card('a', '1111')] })));
  const { Wrapper, queryClient } = createWrapper();
  let renders = 0;
  const { result } = renderHook(
    () => {
      renders += 1;
      return useSavedCards().data;
    },
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current).toHaveLength(1));
  const settled = renders;
  // isFetching, dataUpdatedAt and fetchStatus all change; data does not.
  await queryClient.refetchQueries();
  await queryClient.refetchQueries();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(renders - settled).toBe(0);
});

test('the result still spreads and destructures like a query result', async () => {
  server.use(http.get(endpoint, () => HttpResponse.json({ cards: [card('a', '1111')] })));
  const { Wrapper } = createWrapper();
  const { result } = renderHook(() => ({ ...useSavedCards() }), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data?.map((saved) => saved.last4)).toEqual(['1111']);
  expect(result.current.issues).toEqual([]);
  expect(typeof result.current.refetch).toBe('function');
});

test('capabilities: the defaults until the list has loaded, then the backend’s', async () => {
  const capabilities = { delete: false, setDefault: true, rename: true };
  server.use(
    http.get(endpoint, async () => {
      await delay(20);
      return HttpResponse.json({ cards: [card('a', '1111')], capabilities });
    }),
  );
  const { Wrapper } = createWrapper();
  const { result } = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  expect(result.current.capabilities).toEqual({ delete: true, setDefault: false, rename: false });
  await waitFor(() => expect(result.current.capabilities).toEqual(capabilities));
});

test('deletingTokens: every token of a card whose delete is in flight, and none once it settled', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const release = gate();
  backend.state.holdDelete.set('a', release.opened);
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => ({ list: useSavedCards({ includePendingDeletes: true }), remove: useDeleteCard() }),
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.list.data).toHaveLength(2));
  expect(result.current.list.deletingTokens).toEqual([]);
  result.current.remove.mutate({ token: 'a' });
  await waitFor(() => expect(result.current.list.deletingTokens).toEqual(['a']));
  // Still listed, as asked: the view shows it as deleting.
  expect(result.current.list.data?.map((saved) => saved.token)).toEqual(['a', 'b']);
  release.open();
  await waitFor(() => expect(result.current.list.deletingTokens).toEqual([]));
});

test("query options: only those given reach the query; unset ones keep the query client's defaults", async () => {
  let requests = 0;
  server.use(
    http.get(endpoint, () => {
      requests += 1;
      return HttpResponse.json({ cards: [card('a', '4242')] });
    }),
  );
  const { Wrapper, queryClient } = createWrapper();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, staleTime: Infinity } });
  const waiting = renderHook(() => useSavedCards({ enabled: false }), { wrapper: Wrapper });
  expect(waiting.result.current.fetchStatus).toBe('idle');
  expect(requests).toBe(0);
  waiting.unmount();

  const first = renderHook(() => useSavedCards({ enabled: undefined, staleTime: undefined }), { wrapper: Wrapper });
  await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
  first.unmount();
  // The client's staleTime (Infinity) still holds: a new mount of a fresh list sends nothing.
  const second = renderHook(() => useSavedCards(), { wrapper: Wrapper });
  expect(second.result.current.data).toHaveLength(1);
  expect(second.result.current.isStale).toBe(false);
  second.unmount();

  // A staleTime given does reach the query.
  const third = renderHook(() => useSavedCards({ staleTime: 0 }), { wrapper: Wrapper });
  await waitFor(() => expect(requests).toBe(2));
  third.unmount();
});
