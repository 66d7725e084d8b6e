import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { card, fakeBackend } from './backend';
import { createWrapper } from './wrapper';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

test('after a delete and its refetch, every other card keeps its object identity (so memoized rows do not re-render)', async () => {
  const backend = fakeBackend(Array.from({ length: 20 }, (_, index) => card(`t${index}`, String(1000 + index))));
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();
  const { result } = renderHook(() => ({ list: useSavedCards(), remove: useDeleteCard() }), { wrapper: Wrapper });
  await waitFor(() => expect(result.current.list.data).toHaveLength(20));
  const before = new Map(result.current.list.data!.map((saved) => [saved.token, saved]));
  act(() => result.current.remove.mutate({ token: 't10' }));
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await waitFor(() => expect(result.current.list.isFetching).toBe(false));
  const after = result.current.list.data!;
  expect(after).toHaveLength(19);
  expect(after.filter((saved) => before.get(saved.token) !== saved).map((saved) => saved.token)).toEqual([]);
});
