import { act, renderHook, waitFor } from '@testing-library/react';
import { defaultScheduler, focusManager, notifyManager, QueryClient } from '@tanstack/react-query';
import { delay } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createSavedCardsClient } from '../../src/client/create-client';
import { notifySavedCardsChanged } from '../../src/hooks/cross-tab';
import { SavedCardsProvider } from '../../src/hooks/provider';
import { useDeleteCard } from '../../src/hooks/use-delete-card';
import { useRenameCard } from '../../src/hooks/use-rename-card';
import { useCardSelection } from '../../src/hooks/use-card-selection';
import { useSavedCards } from '../../src/hooks/use-saved-cards';
import { useSetDefaultCard } from '../../src/hooks/use-set-default-card';
import { card, endpoint, fakeBackend, gate } from './backend';
import { schedulers } from './schedulers';
import { createWrapper } from './wrapper';

// Each wrapper is a tab: its own QueryClient and provider. Node's BroadcastChannel reaches every other
// instance of the same name in this process, as a browser's reaches the same origin's other tabs.
const SIGNAL = { source: 'react-saved-cards', type: 'changed' };
const server = setupServer();
const channels: BroadcastChannel[] = [];

/** Another tab of the kit, or a stranger on the same channel name: records what it hears, and can post. */
function otherTab() {
  const channel = new BroadcastChannel('react-saved-cards');
  channels.push(channel);
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return { heard, post: (message: unknown) => channel.postMessage(message) };
}

function renderTab(
  wrapper: { Wrapper: (props: { children: ReactNode }) => ReactNode; queryClient: QueryClient } = createWrapper(),
) {
  const view = renderHook(
    () => ({
      list: useSavedCards(),
      remove: useDeleteCard(),
      setDefault: useSetDefaultCard(),
      rename: useRenameCard(),
    }),
    { wrapper: wrapper.Wrapper },
  );
  return { ...view, queryClient: wrapper.queryClient };
}

const tokensOf = (cards: readonly { token: string }[] | undefined) => cards?.map((saved) => saved.token);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  for (const channel of channels.splice(0)) channel.close();
  vi.unstubAllGlobals();
  focusManager.setFocused(undefined);
});
afterAll(() => server.close());

describe.each(schedulers)('under %s', (_name, scheduler) => {
  beforeEach(() => notifyManager.setScheduler(scheduler));
  afterEach(() => notifyManager.setScheduler(defaultScheduler));

  test('a delete, a new default and a rename each tell the other tabs exactly the signal, once', async () => {
    const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222'), card('c', '3333')]);
    server.use(...backend.handlers);
    const other = otherTab();
    const { result } = renderTab();
    await waitFor(() => expect(result.current.list.data).toHaveLength(3));

    await act(() => result.current.remove.mutateAsync({ token: 'c' }));
    await waitFor(() => expect(other.heard).toHaveLength(1));
    await act(() => result.current.setDefault.mutateAsync('b'));
    await waitFor(() => expect(other.heard).toHaveLength(2));
    await act(() => result.current.rename.mutateAsync({ token: 'a', nickname: 'Work' }));
    await waitFor(() => expect(other.heard).toHaveLength(3));
    await delay(30);
    // No card, token or customer: the same two fields, every time.
    expect(other.heard).toStrictEqual([SIGNAL, SIGNAL, SIGNAL]);
    // This tab does not hear its own signal: one load and one refetch after each change, no more.
    expect(backend.state.listCalls).toBe(4);
  });
});

test('a refused delete tells no one; a timed-out one does (the backend may have deleted it)', async () => {
  const backend = fakeBackend([card('a', '1111'), card('b', '2222')]);
  server.use(...backend.handlers);
  backend.state.failDelete.set('a', 409);
  const hold = gate();
  backend.state.holdDelete.set('b', hold.opened);
  const other = otherTab();
  const { result } = renderTab(createWrapper({ timeoutMs: 50 }));
  await waitFor(() => expect(result.current.list.data).toHaveLength(2));

  act(() => result.current.remove.mutate({ token: 'a' }));
  await waitFor(() => expect(result.current.remove.error?.kind).toBe('rejected'));
  await delay(30);
  expect(other.heard).toEqual([]);

  act(() => result.current.remove.mutate({ token: 'b' }));
  await waitFor(() => expect(result.current.remove.error?.kind).toBe('timeout'));
  await waitFor(() => expect(other.heard).toStrictEqual([SIGNAL]));
  hold.open();
});

test("another tab's delete, default and rename show here without a reload; this tab's later delete of the gone card is a success", async () => {
  const backend = fakeBackend([card('a', '1111', { isPreferred: true }), card('b', '2222'), card('c', '3333')]);
  server.use(...backend.handlers);
  const first = renderTab();
  const second = renderTab();
  await waitFor(() => expect(second.result.current.list.data).toHaveLength(3));

  await act(() => first.result.current.remove.mutateAsync({ token: 'c' }));
  await waitFor(() => expect(tokensOf(second.result.current.list.data)).toEqual(['a', 'b']));
  await act(() => first.result.current.setDefault.mutateAsync('b'));
  await waitFor(() => expect(second.result.current.list.data?.[0]).toMatchObject({ token: 'b', isPreferred: true }));
  await act(() => first.result.current.rename.mutateAsync({ token: 'a', nickname: 'Work' }));
  await waitFor(() =>
    expect(second.result.current.list.data?.find((saved) => saved.token === 'a')?.nickname).toBe('Work'),
  );

  // The second tab confirmed before it heard: the backend answers 404, which is what the shopper asked for.
  await act(() => second.result.current.remove.mutateAsync({ token: 'c' }));
  expect(second.result.current.remove.isSuccess).toBe(true);
  expect(second.result.current.remove.error).toBeNull();
  expect(tokensOf(second.result.current.list.data)).toEqual(['b', 'a']);
});

test('messages that are not the kit signal are ignored', async () => {
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  const other = otherTab();
  const { result } = renderTab();
  await waitFor(() => expect(result.current.list.data).toHaveLength(1));

  for (const message of [
    null,
    undefined,
    'changed',
    42,
    ['react-saved-cards', 'changed'],
    { type: 'changed' },
    { source: 'someone-else', type: 'changed' },
    { source: 'react-saved-cards', type: 'deleted', token: 'a' },
    { source: 'react-saved-cards' },
  ])
    other.post(message);
  await delay(50);
  expect(backend.state.listCalls).toBe(1);
  // The kit's own signal, after all of them, still works.
  other.post(SIGNAL);
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
});

test('a flood of signals: at most one refetch in flight, then one more that sees the last change', async () => {
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  const other = otherTab();
  const { result } = renderTab();
  await waitFor(() => expect(result.current.list.data).toHaveLength(1));

  const hold = gate();
  backend.state.holdList = hold.opened;
  for (let index = 0; index < 50; index += 1) other.post(SIGNAL);
  await waitFor(() => expect(backend.state.listCalls).toBe(2));
  await delay(50);
  expect(backend.state.listCalls).toBe(2);

  // A change lands while that refetch is in flight: the one queued after it must see it.
  backend.state.cards.push(card('b', '2222'));
  backend.state.holdList = undefined;
  hold.open();
  await waitFor(() => expect(tokensOf(result.current.list.data)).toEqual(['a', 'b']));
  await delay(50);
  expect(backend.state.listCalls).toBe(3);
});

test('a tab that never heard (no BroadcastChannel) refetches when it comes back into focus, fresh or not', async () => {
  vi.stubGlobal('BroadcastChannel', undefined);
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  // The private client's staleTime: without the fallback, a focus within 30 s would show the old list.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
  const client = createSavedCardsClient({ endpoint });
  const wrapper = {
    queryClient,
    Wrapper: ({ children }: { children: ReactNode }) => (
      <SavedCardsProvider client={client} queryClient={queryClient}>
        {children}
      </SavedCardsProvider>
    ),
  };
  const { result, unmount } = renderTab(wrapper);
  await waitFor(() => expect(result.current.list.data).toHaveLength(1));

  backend.state.cards.push(card('b', '2222'));
  act(() => focusManager.setFocused(false));
  act(() => focusManager.setFocused(true));
  await waitFor(() => expect(tokensOf(result.current.list.data)).toEqual(['a', 'b']));
  expect(backend.state.listCalls).toBe(2);
  // A delete here must not fail for want of a channel.
  await act(() => result.current.remove.mutateAsync({ token: 'b' }));
  await waitFor(() => expect(backend.state.listCalls).toBe(3));
  await delay(30);
  expect(backend.state.listCalls).toBe(3);
  unmount();
});

test('the provider closes its channel when it unmounts, and opens none while rendering on a server', async () => {
  const opened: { closed: boolean }[] = [];
  class RecordedChannel extends BroadcastChannel {
    closed = false;
    constructor(name: string) {
      super(name);
      opened.push(this);
    }
    override close() {
      this.closed = true;
      super.close();
    }
  }
  vi.stubGlobal('BroadcastChannel', RecordedChannel);
  const backend = fakeBackend([card('a', '1111')]);
  server.use(...backend.handlers);
  const { Wrapper } = createWrapper();

  renderToString(<Wrapper>server</Wrapper>);
  expect(opened).toHaveLength(0);

  const { result, unmount } = renderTab({ ...createWrapper(), Wrapper });
  await waitFor(() => expect(result.current.list.data).toHaveLength(1));
  expect(opened).toHaveLength(1);
  expect(opened[0]?.closed).toBe(false);
  unmount();
  expect(opened.every((channel) => channel.closed)).toBe(true);
});

describe('notifySavedCardsChanged', () => {
  test("from the merchant's own flow: every tab refetches, this one too", async () => {
    const backend = fakeBackend([card('a', '1111')]);
    server.use(...backend.handlers);
    const other = otherTab();
    const { result } = renderTab();
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));

    backend.state.cards.push(card('b', '2222'));
    notifySavedCardsChanged();
    await waitFor(() => expect(tokensOf(result.current.list.data)).toEqual(['a', 'b']));
    expect(other.heard).toStrictEqual([SIGNAL]);
  });

  test("with this tab's QueryClient (which refetches on its own): only the other tabs hear it", async () => {
    const backend = fakeBackend([card('a', '1111')]);
    server.use(...backend.handlers);
    const other = otherTab();
    const { result, queryClient } = renderTab();
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));

    notifySavedCardsChanged(queryClient);
    await waitFor(() => expect(other.heard).toStrictEqual([SIGNAL]));
    await delay(30);
    expect(backend.state.listCalls).toBe(1);
  });

  test('without a BroadcastChannel (an old browser, a server) it does nothing and throws nothing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(() => notifySavedCardsChanged()).not.toThrow();
    expect(() => notifySavedCardsChanged(new QueryClient())).not.toThrow();
  });

  test("refreshAndChoose, after the merchant's new-card flow: this tab refetches once, the other tabs hear the signal", async () => {
    const backend = fakeBackend([card('a', '1111')]);
    server.use(...backend.handlers);
    const other = otherTab();
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => {
        const list = useSavedCards();
        return { list, selection: useCardSelection({ cards: list.data, refetch: list.refetch }) };
      },
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));

    backend.state.cards.push(card('b', '2222'));
    await act(() => result.current.selection.refreshAndChoose('b'));
    expect(result.current.selection.selectedToken).toBe('b');
    await waitFor(() => expect(other.heard).toStrictEqual([SIGNAL]));
    await delay(30);
    expect(backend.state.listCalls).toBe(2);
  });
});
