import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import payuV2 from '../fixtures/payu-v2-user-cards.json';
import { payuAdapter } from '../../src/adapters/payu';
import { useDeleteCard, type UseDeleteCardOptions } from '../../src/hooks/use-delete-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { card, endpoint, fakeBackend, gate } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderCards(options: UseDeleteCardOptions = {}, config = {}) {
  const { Wrapper, queryClient } = createWrapper(config);
  // Every list the component rendered, in order: what the shopper could have seen.
  const history: string[][] = [];
  const view = renderHook(
    () => {
      const list = useSavedCards();
      history.push(list.data?.map((saved) => saved.token) ?? []);
      return { list, remove: useDeleteCard(options) };
    },
    { wrapper: Wrapper },
  );
  const tokens = () => view.result.current.list.data?.map((saved) => saved.token);
  return { ...view, queryClient, tokens, history };
}

test('the card disappears at once and stays gone after a successful delete', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const hold = gate();
  backend.state.holdDelete.set('b', hold.opened);
  const onSuccess = vi.fn();
  const { result, tokens } = renderCards({ onSuccess });
  await waitFor(() => expect(tokens()).toEqual(['a', 'b', 'c']));
  act(() => result.current.remove.mutate({ token: 'b' }));
  // Gone while the server has not answered yet.
  await waitFor(() => expect(tokens()).toEqual(['a', 'c']));
  expect(backend.state.cards).toHaveLength(3);
  hold.open();
  await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ token: 'b', tokens: ['b'] }));
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  expect(tokens()).toEqual(['a', 'c']);
  expect(backend.state.deleteCalls).toEqual(['b']);
});

test('a failed delete puts exactly that card back in its place, with the error', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  backend.state.failDelete.set('b', 409);
  const onError = vi.fn();
  const { result, tokens } = renderCards({ onError });
  await waitFor(() => expect(tokens()).toEqual(['a', 'b', 'c']));
  act(() => result.current.remove.mutate({ token: 'b' }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'rejected', reason: 'Refused' });
  expect(onError.mock.calls[0]?.[1]).toEqual({ token: 'b' });
  expect(tokens()).toEqual(['a', 'b', 'c']);
  await waitFor(() => expect(result.current.remove.isError).toBe(true));
});

test('deleting A and B together when A fails: B stays gone and A comes back', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  backend.state.failDelete.set('a', 500);
  const holdA = gate();
  backend.state.holdDelete.set('a', holdA.opened);
  const { result, tokens, history } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a', 'b', 'c']));
  act(() => {
    result.current.remove.mutate({ token: 'a' });
    result.current.remove.mutate({ token: 'b' });
  });
  await waitFor(() => expect(tokens()).toEqual(['c']));
  const bothGoneAt = history.length - 1;
  // B succeeds while A is still in flight: A stays hidden, B is gone.
  await waitFor(() => expect(backend.state.cards.map((stored) => stored.token)).toEqual(['a', 'c']));
  await delay(20);
  expect(tokens()).toEqual(['c']);
  holdA.open();
  await waitFor(() => expect(tokens()).toEqual(['a', 'c']));
  await delay(30);
  expect(tokens()).toEqual(['a', 'c']);
  // No stale snapshot ever brought B back.
  expect(history.slice(bothGoneAt).filter((shown) => shown.includes('b'))).toEqual([]);
});

test('the list is refetched once, after the last concurrent delete settles', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const holdB = gate();
  backend.state.holdDelete.set('b', holdB.opened);
  const { result, tokens } = renderCards();
  await waitFor(() => expect(tokens()).toHaveLength(3));
  expect(backend.state.listCalls).toBe(1);
  act(() => {
    result.current.remove.mutate({ token: 'a' });
    result.current.remove.mutate({ token: 'b' });
  });
  await waitFor(() => expect(backend.state.cards.map((stored) => stored.token)).toEqual(['b', 'c']));
  await delay(30);
  expect(backend.state.listCalls).toBe(1);
  holdB.open();
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(30);
  expect(backend.state.listCalls).toBe(2);
  expect(tokens()).toEqual(['c']);
});

test('a delete started right after another one settled: one refetch, after the second', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const holdB = gate();
  backend.state.holdDelete.set('b', holdB.opened);
  const { result, tokens } = renderCards();
  await waitFor(() => expect(tokens()).toHaveLength(3));
  // The refetch after 'a' is due on the next tick; 'b' starts before it, so it waits for 'b'.
  await act(async () => {
    await result.current.remove.mutateAsync({ token: 'a' });
    result.current.remove.mutate({ token: 'b' });
  });
  await delay(30);
  expect(backend.state.listCalls).toBe(1);
  holdB.open();
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(30);
  expect(backend.state.listCalls).toBe(2);
  expect(backend.state.deleteCalls).toEqual(['a', 'b']);
  expect(tokens()).toEqual(['c']);
});

test('a delete while a refetch is in flight: the card never reappears', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const { result, tokens, history } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a', 'b']));
  // A slow refetch that snapshots the list while 'a' still exists.
  const holdList = gate();
  backend.state.holdList = holdList.opened;
  act(() => {
    void result.current.list.refetch();
  });
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  act(() => result.current.remove.mutate({ token: 'a' }));
  await waitFor(() => expect(tokens()).toEqual(['b']));
  await waitFor(() => expect(backend.state.deleteCalls).toEqual(['a']));
  const goneAt = history.findIndex((shown) => !shown.includes('a') && shown.length > 0);
  await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
  backend.state.holdList = undefined;
  holdList.open();
  await waitFor(() => expect(backend.state.listCalls).toBe(3));
  await delay(30);
  expect(history.slice(goneAt).filter((shown) => shown.includes('a'))).toEqual([]);
  expect(tokens()).toEqual(['b']);
});

test('mutate always sends, as react-query means it: a second delete of a card in flight is a second request, and its 404 counts as deleted', async () => {
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  const hold = gate();
  backend.state.holdDelete.set('a', hold.opened);
  const { result, tokens } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a']));
  act(() => {
    result.current.remove.mutate({ token: 'a' });
    result.current.remove.mutate({ token: 'a' });
  });
  act(() => result.current.remove.mutate({ token: 'a' }));
  hold.open();
  await waitFor(() => expect(tokens()).toEqual([]));
  await waitFor(() => expect(backend.state.deleteCalls).toEqual(['a', 'a', 'a']));
  await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
  expect(tokens()).toEqual([]);
});

test('404 counts as success; a failed DELETE is never retried', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  backend.state.failDelete.set('b', 503);
  const onSuccess = vi.fn();
  const onError = vi.fn();
  const { result } = renderCards({ onSuccess, onError });
  await waitFor(() => expect(result.current.list.data).toHaveLength(2));
  backend.state.cards = backend.state.cards.filter((stored) => stored.token !== 'a'); // deleted elsewhere meanwhile
  act(() => result.current.remove.mutate({ token: 'a' }));
  await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  act(() => result.current.remove.mutate({ token: 'b' }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  await delay(50);
  expect(backend.state.deleteCalls).toEqual(['a', 'b']);
});

test('a timeout means "unknown": the card comes back and the list is refetched to learn the truth', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const hold = gate();
  backend.state.holdDelete.set('a', hold.opened);
  const onError = vi.fn();
  const { result, tokens } = renderCards({ onError }, { timeoutMs: 100 });
  await waitFor(() => expect(tokens()).toEqual(['a', 'b']));
  act(() => result.current.remove.mutate({ token: 'a' }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'timeout' });
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  hold.open();
});

test('deleting a deduplicated card deletes all of its tokens, so it does not come back on reload', async () => {
  const store = structuredClone(payuV2) as typeof payuV2 & { result: { user_cards: Record<string, unknown> } };
  const deleted: string[] = [];
  server.use(
    http.get(endpoint, () => HttpResponse.json(store)),
    http.delete(`${endpoint}/:token`, ({ params }) => {
      const token = String(params.token);
      deleted.push(token);
      delete store.result.user_cards[token];
      return HttpResponse.json({ status: 1, msg: 'Card deleted successfully' });
    }),
  );
  const { result, tokens, queryClient } = renderCards({}, { adapter: payuAdapter() });
  await waitFor(() => expect(tokens()).toHaveLength(1));
  const only = result.current.list.data?.[0];
  act(() => result.current.remove.mutate(only!));
  await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
  expect(deleted.sort()).toEqual(Object.keys(payuV2.result.user_cards).sort());
  await queryClient.refetchQueries();
  expect(tokens()).toEqual([]);
});

test('unmounting while a delete is pending: no warnings, and the cache reconciles', async () => {
  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const hold = gate();
  backend.state.holdDelete.set('a', hold.opened);
  const { result, tokens, unmount, queryClient } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a', 'b']));
  act(() => result.current.remove.mutate({ token: 'a' }));
  unmount();
  hold.open();
  await waitFor(() => expect(backend.state.cards.map((stored) => stored.token)).toEqual(['b']));
  await waitFor(() => {
    const lists = queryClient.getQueriesData<{ cards: { token: string }[] }>({ queryKey: ['react-saved-cards'] });
    expect(lists.flatMap(([, list]) => list?.cards.map((saved) => saved.token) ?? [])).toEqual(['b']);
  });
  // Nobody shows the list now, so it is marked stale for the next mount rather than refetched.
  await waitFor(() =>
    expect(queryClient.getQueryCache().findAll({ queryKey: ['react-saved-cards'] })[0]?.state.isInvalidated).toBe(true),
  );
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
  errors.mockRestore();
  warnings.mockRestore();
});

test('a delete that succeeds while a slow refetch and another delete are in flight never reappears', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const holdB = gate();
  backend.state.holdDelete.set('b', holdB.opened);
  const { result, tokens, history } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a', 'b', 'c']));
  const holdList = gate();
  backend.state.holdList = holdList.opened;
  act(() => {
    void result.current.list.refetch();
  });
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  act(() => {
    result.current.remove.mutate({ token: 'b' });
    result.current.remove.mutate({ token: 'a' });
  });
  await waitFor(() => expect(tokens()).toEqual(['c']));
  const goneAt = history.length - 1;
  // 'a' is deleted on the server; the refetch that saw it answers only now.
  await waitFor(() => expect(backend.state.cards.map((stored) => stored.token)).toEqual(['b', 'c']));
  await delay(20);
  backend.state.holdList = undefined;
  holdList.open();
  await delay(50);
  expect(history.slice(goneAt).filter((shown) => shown.includes('a'))).toEqual([]);
  holdB.open();
  await waitFor(() => expect(backend.state.listCalls).toBe(3));
  await waitFor(() => expect(tokens()).toEqual(['c']));
});

test("mutateAsync settles with its own request, never with another caller's", async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const hold = gate();
  backend.state.holdDelete.set('a', hold.opened);
  const { result, tokens } = renderCards();
  await waitFor(() => expect(tokens()).toEqual(['a', 'b']));
  let first!: Promise<unknown>;
  act(() => {
    first = result.current.remove.mutateAsync({ token: 'a' });
  });
  await waitFor(() => expect(backend.state.deleteCalls).toEqual(['a']));
  // The second request is answered at once, with a refusal; the first one waits.
  backend.state.holdDelete.delete('a');
  backend.state.failDelete.set('a', 409);
  let second!: Promise<unknown>;
  act(() => {
    second = result.current.remove.mutateAsync({ token: 'a' });
  });
  await expect(second).rejects.toMatchObject({ kind: 'rejected' });
  backend.state.failDelete.delete('a');
  hold.open();
  await expect(first).resolves.toEqual({ token: 'a', tokens: ['a'] });
  expect(backend.state.deleteCalls).toEqual(['a', 'a']);
});

test('deleting the lead token from a list with duplicates keeps the physical card in the deduplicated list, under its remaining token', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '1111'), card('c', '3333')]);
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => ({
      cards: useSavedCards(),
      everyToken: useSavedCards({ dedupe: false }),
      remove: useDeleteCard(),
    }),
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.everyToken.data?.map((saved) => saved.token)).toEqual(['a', 'b', 'c']));
  await waitFor(() => expect(result.current.cards.data?.map((saved) => saved.tokens)).toEqual([['a', 'b'], ['c']]));
  const untouched = result.current.cards.data?.[1];
  // The refetch after the delete waits, so what shows is the kit's own update of the cached lists.
  const refetch = gate();
  backend.state.holdList = refetch.opened;

  act(() => result.current.remove.mutate({ token: 'a' }));
  await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
  expect(backend.state.deleteCalls).toEqual(['a']);
  expect(result.current.everyToken.data?.map((saved) => saved.token)).toEqual(['b', 'c']);
  expect(result.current.cards.data?.map(({ token, tokens }) => ({ token, tokens }))).toEqual([
    { token: 'b', tokens: ['b'] },
    { token: 'c', tokens: ['c'] },
  ]);
  expect(result.current.cards.data?.[1]).toBe(untouched);

  refetch.open();
  await waitFor(() => expect(backend.state.listCalls).toBe(4));
  await waitFor(() => expect(result.current.cards.isFetching).toBe(false));
  expect(result.current.cards.data?.map((saved) => saved.token)).toEqual(['b', 'c']);
});
