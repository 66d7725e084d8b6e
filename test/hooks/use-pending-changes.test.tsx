import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { usePendingChanges } from '../../src/hooks/use-pending-changes';
import { useRenameCard } from '../../src/hooks/use-rename-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard } from '../../src/hooks/use-set-default-card';
import { card, fakeBackend, gate } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

test('lists the changes in flight in submission order, with the checked name, and none once they settled', async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222')]);
  server.use(...backend.handlers);
  const answer = gate();
  backend.state.answerChange = async () => {
    await answer.opened;
    return undefined;
  };
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => ({
      list: useSavedCards(),
      changes: usePendingChanges(),
      otherCustomer: usePendingChanges({ customerId: 'someone-else' }),
      setDefault: useSetDefaultCard(),
      rename: useRenameCard(),
    }),
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.list.data).toHaveLength(2));
  expect(result.current.changes).toEqual([]);
  act(() => {
    result.current.rename.mutate({ token: 'a', nickname: ' Work ' });
    result.current.setDefault.mutate('b');
  });
  await waitFor(() =>
    expect(result.current.changes).toEqual([
      { token: 'a', kind: 'rename', nickname: 'Work' },
      { token: 'b', kind: 'setDefault' },
    ]),
  );
  expect(result.current.otherCustomer).toEqual([]);
  answer.open();
  await waitFor(() => expect(result.current.changes).toEqual([]));
});
