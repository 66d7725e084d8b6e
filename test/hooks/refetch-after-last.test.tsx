import { act, renderHook, waitFor } from '@testing-library/react';
import { notifyManager, defaultScheduler } from '@tanstack/react-query';
import { delay } from 'msw';
import { setupServer } from 'msw/node';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { useRenameCard } from '../../src/hooks/use-rename-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard } from '../../src/hooks/use-set-default-card';
import { card, fakeBackend, gate } from './backend';
import { schedulers } from './schedulers';
import { createWrapper } from './wrapper';

// A timed-out or failed delete leaves the backend's state unknown: only the refetch after it tells the truth.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderCards(config = {}) {
  const { Wrapper } = createWrapper(config);
  return renderHook(
    () => ({
      list: useSavedCards(),
      remove: useDeleteCard(),
      setDefault: useSetDefaultCard(),
      rename: useRenameCard(),
    }),
    { wrapper: Wrapper },
  );
}

describe.each(schedulers)('under %s', (_name, scheduler) => {
  beforeEach(() => notifyManager.setScheduler(scheduler));
  afterEach(() => notifyManager.setScheduler(defaultScheduler));

  test('one delete: the list is refetched once after it settles', async () => {
    const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
    server.use(...backend.handlers);
    const { result } = renderCards();
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));
    act(() => result.current.remove.mutate({ token: 'a' }));
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await delay(30);
    expect(backend.state.listCalls).toBe(2);
  });

  test('three deletes settling together: one refetch', async () => {
    const backend = fakeBackend([card('a', '1111'), card('b', '2222'), card('c', '3333'), card('d', '4444')]);
    server.use(...backend.handlers);
    const answer = gate();
    for (const token of ['a', 'b', 'c']) backend.state.holdDelete.set(token, answer.opened);
    const { result } = renderCards();
    await waitFor(() => expect(result.current.list.data).toHaveLength(4));
    act(() => ['a', 'b', 'c'].forEach((token) => result.current.remove.mutate({ token })));
    await waitFor(() => expect(backend.state.deleteCalls).toHaveLength(3));
    answer.open();
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await delay(30);
    expect(backend.state.listCalls).toBe(2);
    expect(result.current.list.data?.map((saved) => saved.token)).toEqual(['d']);
  });

  test('a timed-out delete: the card comes back and one refetch learns the truth', async () => {
    const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
    server.use(...backend.handlers);
    const hold = gate();
    backend.state.holdDelete.set('a', hold.opened);
    const { result } = renderCards({ timeoutMs: 50 });
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));
    act(() => result.current.remove.mutate({ token: 'a' }));
    await waitFor(() => expect(result.current.remove.error?.kind).toBe('timeout'));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await delay(30);
    expect(backend.state.listCalls).toBe(2);
    hold.open();
  });

  test('a default and a name settling together: one refetch', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = gate();
    backend.state.answerChange = async () => {
      await answer.opened;
      return undefined;
    };
    const { result } = renderCards();
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));
    act(() => {
      result.current.setDefault.mutate('b');
      result.current.rename.mutate({ token: 'a', nickname: 'Work' });
    });
    await waitFor(() => expect(backend.state.changeCalls).toHaveLength(2));
    answer.open();
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await delay(30);
    expect(backend.state.listCalls).toBe(2);
  });
});
