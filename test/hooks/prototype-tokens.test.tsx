// Issue 21, item 2: the hooks keep, change, select and delete tokens named like Object.prototype members.
import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { useCardSelection } from '../../src/hooks/use-card-selection';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { useRenameCard } from '../../src/hooks/use-rename-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard } from '../../src/hooks/use-set-default-card';
import { card, fakeBackend } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

test('tokens named constructor, __proto__, toString and hasOwnProperty are listed, changed, selected and deleted', async () => {
  const backend = fakeBackend([
    card('constructor', '1111', { isPreferred: true }),
    card('__proto__', '2222'),
    card('toString', '3333'),
    card('hasOwnProperty', '4444'),
  ]);
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => {
      const list = useSavedCards();
      return {
        list,
        selection: useCardSelection({ cards: list.data }),
        remove: useDeleteCard(),
        setDefault: useSetDefaultCard(),
        rename: useRenameCard(),
      };
    },
    { wrapper: Wrapper },
  );
  const tokens = () => result.current.list.data?.map((saved) => `${saved.token}${saved.isPreferred ? '*' : ''}`);
  await waitFor(() => expect(tokens()).toEqual(['constructor*', '__proto__', 'toString', 'hasOwnProperty']));
  expect(result.current.selection.selectedToken).toBe('constructor');

  act(() => result.current.selection.select({ kind: 'card', token: '__proto__' }));
  expect(result.current.selection.selectedToken).toBe('__proto__');
  act(() => result.current.setDefault.mutate('toString'));
  await waitFor(() => expect(result.current.setDefault.isSuccess).toBe(true));
  act(() => result.current.rename.mutate({ token: 'hasOwnProperty', nickname: 'Work' }));
  await waitFor(() => expect(result.current.rename.isSuccess).toBe(true));
  await waitFor(() =>
    expect(result.current.list.data?.find((saved) => saved.token === 'hasOwnProperty')?.nickname).toBe('Work'),
  );
  act(() => result.current.remove.mutate({ token: '__proto__' }));
  await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
  await waitFor(() => expect(tokens()).toEqual(['toString*', 'constructor', 'hasOwnProperty']));
  // The selected card left; the selection moved on to a listed one.
  expect(['toString', 'constructor', 'hasOwnProperty']).toContain(result.current.selection.selectedToken);
  expect(backend.state.changeCalls.map(({ token }) => token)).toEqual(['toString', 'hasOwnProperty']);
});
