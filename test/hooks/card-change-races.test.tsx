import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { useRenameCard } from '../../src/hooks/use-rename-card';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard } from '../../src/hooks/use-set-default-card';
import { card, endpoint, fakeBackend, gate, type ChangeBody } from './backend';
import { createWrapper } from './wrapper';

// Defaults and names in flight, against each other, a refetch, a delete and a customer switch.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A card as the shopper sees it: token, "*" when preferred, "=name" when named. */
const view = (saved: { token: string; isPreferred: boolean; nickname?: string | undefined }) =>
  `${saved.token}${saved.isPreferred ? '*' : ''}${saved.nickname ? `=${saved.nickname}` : ''}`;

function renderCards() {
  const { Wrapper, queryClient } = createWrapper();
  // Every list the component rendered, in order: what the shopper could have seen.
  const history: string[][] = [];
  const rendered = renderHook(
    () => {
      const list = useSavedCards();
      history.push(list.data?.map(view) ?? []);
      return { list, setDefault: useSetDefaultCard(), rename: useRenameCard(), remove: useDeleteCard() };
    },
    { wrapper: Wrapper },
  );
  const shown = () => history.at(-1);
  /** What was shown from the first time `list` showed on. */
  const since = (list: string[]) => history.slice(history.findIndex((entry) => entry.join() === list.join()));
  return { ...rendered, queryClient, shown, history, since };
}

/** Holds each PATCH until the test answers it: `answer(token, body)` opens it with a status (undefined: apply it). */
function holdChanges(backend: ReturnType<typeof fakeBackend>) {
  const waiting = new Map<string, (status: number | undefined) => void>();
  const key = (token: string, body: ChangeBody) => `${token} ${JSON.stringify(body)}`;
  backend.state.answerChange = (token, body) => new Promise((resolve) => waiting.set(key(token, body), resolve));
  return async (token: string, body: ChangeBody, status?: number) => {
    await waitFor(() => expect(waiting.has(key(token, body))).toBe(true));
    waiting.get(key(token, body))?.(status);
  };
}

describe('two changes in flight', () => {
  test('default A then B: B is sent only once A has settled; A fails, B succeeds: B stays the default, A never shows as it again', async () => {
    const backend = fakeBackend([card('c', '3333', { isPreferred: true }), card('a', '1111'), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['c*', 'a', 'b']));
    act(() => result.current.setDefault.mutate('a'));
    act(() => result.current.setDefault.mutate('b'));
    await waitFor(() => expect(shown()).toEqual(['b*', 'a', 'c']));
    // In the order asked, one at a time: the backend ends with the shopper's last choice.
    await delay(20);
    expect(backend.state.changeCalls.map((call) => call.token)).toEqual(['a']);

    await answer('a', { isPreferred: true }, 500);
    await answer('b', { isPreferred: true });
    await waitFor(() => expect(backend.state.cards.find((stored) => stored.isPreferred)?.token).toBe('b'));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()?.[0]).toBe('b*');
    expect(since(['b*', 'a', 'c']).filter((list) => list.includes('a*'))).toEqual([]);
  });

  test('default A then B; A succeeds, then B fails: exactly B is undone, A shows, then stays', async () => {
    const backend = fakeBackend([card('c', '3333', { isPreferred: true }), card('a', '1111'), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['c*', 'a', 'b']));
    act(() => result.current.setDefault.mutate('a'));
    act(() => result.current.setDefault.mutate('b'));
    await waitFor(() => expect(shown()).toEqual(['b*', 'a', 'c']));
    await answer('a', { isPreferred: true });
    await answer('b', { isPreferred: true }, 409);
    await waitFor(() => expect(shown()).toEqual(['a*', 'c', 'b']));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()?.[0]).toBe('a*');
  });

  test('rename twice: the second is sent once the first settled; the first fails, the second succeeds and stays', async () => {
    const backend = fakeBackend([card('a', '1111', { nickname: 'Old' }), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a=Old', 'b']));
    act(() => result.current.rename.mutate({ token: 'a', nickname: 'One' }));
    act(() => result.current.rename.mutate({ token: 'a', nickname: 'Two' }));
    await waitFor(() => expect(shown()).toEqual(['a=Two', 'b']));
    await delay(20);
    expect(backend.state.changeCalls.map((call) => call.body)).toEqual([{ nickname: 'One' }]);
    await answer('a', { nickname: 'One' }, 500);
    await answer('a', { nickname: 'Two' });
    await waitFor(() => expect(backend.state.cards[0]?.nickname).toBe('Two'));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual(['a=Two', 'b']);
    expect(since(['a=Two', 'b']).filter((list) => list.includes('a=One') || list.includes('a=Old'))).toEqual([]);
  });

  test('a rename of one card and a default of another: the failed rename undoes only the name', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222', { nickname: 'Old' })]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a*', 'b=Old']));
    act(() => result.current.setDefault.mutate('b'));
    act(() => result.current.rename.mutate({ token: 'b', nickname: 'New' }));
    await waitFor(() => expect(shown()).toEqual(['b*=New', 'a']));
    await answer('b', { nickname: 'New' }, 409);
    await waitFor(() => expect(shown()).toEqual(['b*=Old', 'a']));
    await answer('b', { isPreferred: true });
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual(['b*=Old', 'a']);
  });
});

describe('a change during a refetch', () => {
  test('a refetch that answers the old state while the change is in flight does not bring it back', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true, nickname: 'Old' }), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a*=Old', 'b']));
    act(() => {
      result.current.setDefault.mutate('b');
      result.current.rename.mutate({ token: 'a', nickname: 'New' });
    });
    await waitFor(() => expect(shown()).toEqual(['b*', 'a=New']));
    // The backend has not applied either change yet, so this refetch lists the old state.
    act(() => {
      void result.current.list.refetch();
    });
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual(['b*', 'a=New']);
    await answer('b', { isPreferred: true });
    await answer('a', { nickname: 'New' });
    await waitFor(() => expect(backend.state.listCalls).toBe(3));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual(['b*', 'a=New']);
    expect(since(['b*', 'a=New']).filter((list) => list.join() !== 'b*,a=New')).toEqual([]);
  });

  test('a refetch that started before the change succeeded, with the old state, never lands over it', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true, nickname: 'Old' }), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a*=Old', 'b']));
    act(() => result.current.rename.mutate({ token: 'a', nickname: 'New' }));
    await waitFor(() => expect(shown()).toEqual(['a*=New', 'b']));
    // A slow refetch of the old state, and the refetch after the change held too: what shows meanwhile is
    // the kit's own update of the cached list.
    const lists = gate();
    backend.state.holdList = lists.opened;
    act(() => {
      void result.current.list.refetch();
    });
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await answer('a', { nickname: 'New' });
    await waitFor(() => expect(result.current.rename.isSuccess).toBe(true));
    await waitFor(() => expect(backend.state.listCalls).toBe(3));
    await delay(20);
    expect(shown()).toEqual(['a*=New', 'b']);
    backend.state.holdList = undefined;
    lists.open();
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    await delay(20);
    expect(shown()).toEqual(['a*=New', 'b']);
    expect(since(['a*=New', 'b']).filter((list) => list.includes('a*=Old'))).toEqual([]);
  });
});

describe('a delete of the card being changed', () => {
  test("the card stays gone: the rename's 404 does not bring it back", async () => {
    const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a', 'b']));
    act(() => result.current.rename.mutate({ token: 'a', nickname: 'Work' }));
    await waitFor(() => expect(shown()).toEqual(['a=Work', 'b']));
    act(() => result.current.remove.mutate({ token: 'a' }));
    await waitFor(() => expect(shown()).toEqual(['b']));
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    // The rename was held while the delete went through; the backend answers it with a 404.
    await answer('a', { nickname: 'Work' });
    await waitFor(() => expect(result.current.rename.error?.kind).toBe('not-found'));
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(since(['b']).filter((list) => list.some((entry) => entry.startsWith('a')))).toEqual([]);
  });

  test('a default failing while the delete of that card is in flight keeps the card hidden', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222')]);
    server.use(...backend.handlers);
    const answer = holdChanges(backend);
    const deleting = gate();
    backend.state.holdDelete.set('b', deleting.opened);
    const { result, shown, since } = renderCards();
    await waitFor(() => expect(shown()).toEqual(['a*', 'b']));
    act(() => result.current.setDefault.mutate('b'));
    await waitFor(() => expect(shown()).toEqual(['b*', 'a']));
    // The card being deleted is hidden, so the default it was to become is not shown either.
    act(() => result.current.remove.mutate({ token: 'b' }));
    await waitFor(() => expect(shown()).toEqual(['a*']));
    await answer('b', { isPreferred: true }, 500);
    await waitFor(() => expect(result.current.setDefault.isError).toBe(true));
    await delay(20);
    expect(shown()).toEqual(['a*']);
    // One refetch, after the delete (the customer's last) settled.
    expect(backend.state.listCalls).toBe(1);
    deleting.open();
    await waitFor(() => expect(backend.state.listCalls).toBe(2));
    await waitFor(() => expect(result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual(['a*']);
    expect(since(['a*']).filter((list) => list.some((entry) => entry.startsWith('b')))).toEqual([]);
  });
});

test('a customer switch: a change for the first customer never shows in the second one, nor refetches their list', async () => {
  // Tokens numbered per customer, as some backends do: the same token names a different card for each.
  const stored: Record<string, ReturnType<typeof card>[]> = {
    alice: [card('t1', '1111', { isPreferred: true }), card('t2', '2222')],
    bob: [card('t1', '3333', { isPreferred: true }), card('t2', '4444')],
  };
  const session = { customer: 'alice' };
  const lists: string[] = [];
  const answer = gate();
  server.use(
    http.get(endpoint, ({ request }) => {
      const who = request.headers.get('X-Customer') ?? '';
      lists.push(who);
      return HttpResponse.json({ cards: stored[who] ?? [] });
    }),
    http.patch(`${endpoint}/:token`, async () => {
      await answer.opened;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const { Wrapper } = createWrapper({ headers: () => ({ 'X-Customer': session.customer }) });
  const defaulted = vi.fn();
  const renamed = vi.fn();
  const history: string[][] = [];
  const { result, rerender } = renderHook(
    ({ customerId }: { customerId: string }) => {
      const list = useSavedCards({ customerId });
      history.push(list.data?.map((saved) => `${saved.last4}${saved.isPreferred ? '*' : ''}`) ?? []);
      return {
        list,
        setDefault: useSetDefaultCard({ customerId, onSuccess: defaulted }),
        rename: useRenameCard({ customerId, onSuccess: renamed }),
      };
    },
    { wrapper: Wrapper, initialProps: { customerId: 'alice' } },
  );
  await waitFor(() => expect(result.current.list.data?.map((saved) => saved.last4)).toEqual(['1111', '2222']));
  act(() => {
    result.current.setDefault.mutate('t2');
    result.current.rename.mutate({ token: 't1', nickname: 'Alice card' });
  });
  await waitFor(() => expect(history.at(-1)).toEqual(['2222*', '1111']));

  session.customer = 'bob';
  rerender({ customerId: 'bob' });
  await waitFor(() => expect(result.current.list.data?.map((saved) => saved.last4)).toEqual(['3333', '4444']));
  const bobFrom = history.length - 1;
  answer.open();
  // The hooks now serve Bob (react-query resets a mutation observer whose key changed); Alice's changes go on.
  await waitFor(() => expect(defaulted).toHaveBeenCalledWith({ token: 't2' }));
  await waitFor(() => expect(renamed).toHaveBeenCalledWith({ token: 't1', nickname: 'Alice card' }));
  await delay(30);
  expect(history.slice(bobFrom)).toEqual(history.slice(bobFrom).map(() => ['3333*', '4444']));
  expect(result.current.list.data?.map((saved) => saved.nickname)).toEqual([undefined, undefined]);
  // Alice's refetch marks her list stale; nobody shows it, so nothing is fetched, and Bob's is not touched.
  expect(lists).toEqual(['alice', 'bob']);
});
