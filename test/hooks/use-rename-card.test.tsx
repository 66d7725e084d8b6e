import { act, renderHook, waitFor } from '@testing-library/react';
import { delay } from 'msw';
import { setupServer } from 'msw/node';
import { useRenameCard, type UseRenameCardOptions } from '../../src/hooks/use-rename-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { card, fakeBackend, gate } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderCards(options: UseRenameCardOptions = {}) {
  const { Wrapper, queryClient } = createWrapper();
  // Every list the component rendered, in order, as "token=nickname".
  const history: string[][] = [];
  const view = renderHook(
    () => {
      const list = useSavedCards();
      history.push(list.data?.map((saved) => `${saved.token}=${saved.nickname ?? ''}`) ?? []);
      return { list, rename: useRenameCard(options) };
    },
    { wrapper: Wrapper },
  );
  const shown = () => history.at(-1);
  return { ...view, queryClient, shown, history };
}

test('a rename shows at once, is sent as the checked name, and stays after the backend confirms', async () => {
  const backend = fakeBackend([card('a', '1111', { nickname: 'Old' }), card('b', '2222')]);
  server.use(...backend.handlers);
  const answer = gate();
  backend.state.answerChange = async () => {
    await answer.opened;
    return undefined;
  };
  const onSuccess = vi.fn();
  const { result, shown } = renderCards({ onSuccess });
  await waitFor(() => expect(shown()).toEqual(['a=Old', 'b=']));
  act(() => result.current.rename.mutate({ token: 'a', nickname: '  Work card ' }));
  await waitFor(() => expect(shown()).toEqual(['a=Work card', 'b=']));
  expect(backend.state.changeCalls).toEqual([{ token: 'a', body: { nickname: 'Work card' } }]);
  answer.open();
  await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ token: 'a', nickname: 'Work card' }));
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(20);
  expect(backend.state.listCalls).toBe(2);
  expect(shown()).toEqual(['a=Work card', 'b=']);
});

test('a failed rename brings the old name back, with the error', async () => {
  const backend = fakeBackend([card('a', '1111', { nickname: 'Old' }), card('b', '2222')]);
  server.use(...backend.handlers);
  const answer = gate();
  backend.state.answerChange = async () => {
    await answer.opened;
    return 409;
  };
  const onError = vi.fn();
  const { result, shown } = renderCards({ onError });
  await waitFor(() => expect(shown()).toEqual(['a=Old', 'b=']));
  act(() => result.current.rename.mutate({ token: 'a', nickname: 'New' }));
  await waitFor(() => expect(shown()).toEqual(['a=New', 'b=']));
  answer.open();
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'rejected', reason: 'Refused' });
  expect(onError.mock.calls[0]?.[1]).toEqual({ token: 'a', nickname: 'New' });
  expect(shown()).toEqual(['a=Old', 'b=']);
  await delay(20);
  expect(backend.state.changeCalls).toHaveLength(1);
});

test('a refused name fails with invalid-nickname: nothing is shown and nothing is sent', async () => {
  const backend = fakeBackend([card('a', '1111', { nickname: 'Old' })]);
  server.use(...backend.handlers);
  const onError = vi.fn();
  const { result, shown, history } = renderCards({ onError });
  await waitFor(() => expect(shown()).toEqual(['a=Old']));
  const before = history.length;
  act(() => result.current.rename.mutate({ token: 'a', nickname: 'card 4111 1111 1111 1111' }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({
    kind: 'invalid-nickname',
    reason: "A card name can't contain a card number.",
  });
  await waitFor(() => expect(result.current.rename.error?.kind).toBe('invalid-nickname'));
  await delay(20);
  expect(history.slice(before).every((shownList) => shownList.join() === 'a=Old')).toBe(true);
  expect(backend.state.changeCalls).toEqual([]);
});

test('a 404 is a failure: the card is gone, and the refetch removes it', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  const onError = vi.fn();
  const { result, shown } = renderCards({ onError });
  await waitFor(() => expect(shown()).toEqual(['a=', 'b=']));
  backend.state.cards = backend.state.cards.filter((stored) => stored.token !== 'a');
  act(() => result.current.rename.mutate({ token: 'a', nickname: 'Work' }));
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'not-found' });
  await waitFor(() => expect(shown()).toEqual(['b=']));
});
