import { act, renderHook, waitFor } from '@testing-library/react';
import { delay } from 'msw';
import { setupServer } from 'msw/node';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard, type UseSetDefaultCardOptions } from '../../src/hooks/use-set-default-card';
import { card, fakeBackend, gate } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderCards(options: UseSetDefaultCardOptions = {}) {
  const { Wrapper, queryClient } = createWrapper();
  // Every list the component rendered, in order, as "token" with a "*" on the preferred card.
  const history: string[][] = [];
  const view = renderHook(
    () => {
      const list = useSavedCards();
      history.push(list.data?.map((saved) => `${saved.token}${saved.isPreferred ? '*' : ''}`) ?? []);
      return { list, setDefault: useSetDefaultCard(options) };
    },
    { wrapper: Wrapper },
  );
  const shown = () => history.at(-1);
  return { ...view, queryClient, shown, history };
}

test('a new default moves to the front at once, alone preferred, and stays after the backend confirms', async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const answer = gate();
  backend.state.answerChange = async () => {
    await answer.opened;
    return undefined;
  };
  const onSuccess = vi.fn();
  const { result, shown } = renderCards({ onSuccess });
  await waitFor(() => expect(shown()).toEqual(['a*', 'b', 'c']));
  act(() => result.current.setDefault.mutate('c'));
  // Shown while the backend has not answered yet.
  await waitFor(() => expect(shown()).toEqual(['c*', 'a', 'b']));
  expect(backend.state.changeCalls).toEqual([{ token: 'c', body: { isPreferred: true } }]);
  answer.open();
  await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ token: 'c' }));
  // One refetch after it settled; the backend agrees.
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(20);
  expect(backend.state.listCalls).toBe(2);
  expect(shown()).toEqual(['c*', 'a', 'b']);
});

test('a failed change puts the old default back in its place, with the error, and is not retried', async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const answer = gate();
  backend.state.answerChange = async () => {
    await answer.opened;
    return 503;
  };
  const onError = vi.fn();
  const { result, shown } = renderCards({ onError });
  await waitFor(() => expect(shown()).toEqual(['a*', 'b', 'c']));
  act(() => result.current.setDefault.mutate('b'));
  await waitFor(() => expect(shown()).toEqual(['b*', 'a', 'c']));
  answer.open();
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 503 });
  expect(onError.mock.calls[0]?.[1]).toBe('b');
  expect(shown()).toEqual(['a*', 'b', 'c']);
  await waitFor(() => expect(result.current.setDefault.isError).toBe(true));
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(20);
  expect(backend.state.changeCalls).toHaveLength(1);
});

test('a 404 is a failure: the card is gone, and the refetch removes it', async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222')]);
  server.use(...backend.handlers);
  const onError = vi.fn();
  const onSuccess = vi.fn();
  const { result, shown } = renderCards({ onError, onSuccess });
  await waitFor(() => expect(shown()).toEqual(['a*', 'b']));
  backend.state.cards = backend.state.cards.filter((stored) => stored.token !== 'b'); // deleted elsewhere meanwhile
  act(() => result.current.setDefault.mutate('b'));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'not-found' });
  expect(onSuccess).not.toHaveBeenCalled();
  await waitFor(() => expect(shown()).toEqual(['a*']));
});

test('the confirmed default is written into every cached list of the customer, with and without duplicates', async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222'), card('c', '2222')]);
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => ({
      cards: useSavedCards(),
      everyToken: useSavedCards({ dedupe: false }),
      setDefault: useSetDefaultCard(),
    }),
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.everyToken.data).toHaveLength(3));
  await waitFor(() => expect(result.current.cards.data).toHaveLength(2));
  // The refetch after the change waits, so what shows is the kit's own update of the cached lists.
  const refetch = gate();
  backend.state.holdList = refetch.opened;
  act(() => result.current.setDefault.mutate('c'));
  await waitFor(() => expect(result.current.setDefault.isSuccess).toBe(true));
  const preferred = (cards: readonly { token: string; isPreferred: boolean }[] | undefined) =>
    cards?.filter((saved) => saved.isPreferred).map((saved) => saved.token);
  expect(result.current.everyToken.data?.map((saved) => saved.token)).toEqual(['c', 'a', 'b']);
  expect(preferred(result.current.everyToken.data)).toEqual(['c']);
  // The deduplicated list holds 'c' under its physical card (lead 'b'): that card leads and is preferred.
  expect(result.current.cards.data?.[0]?.tokens).toContain('c');
  expect(result.current.cards.data?.map((saved) => saved.isPreferred)).toEqual([true, false]);
  backend.state.holdList = undefined;
  refetch.open();
});
