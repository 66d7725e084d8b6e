import { act, screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useDeleteCard, useSavedCards } from '../../src/index';
import {
  A,
  B,
  C,
  card,
  confirmDelete,
  ENDPOINT,
  gate,
  jsonBackend,
  LIST,
  liveRegion,
  methods,
  radioNames,
  recordRequests,
  renderKit,
  states,
  threeCards,
  watchCards,
} from './harness';

const server = setupServer();
const sent = recordRequests(server);

test('deleting A and B together when A fails: B stays gone and A comes back in its place', async () => {
  // The kit's dialog waits for each delete, so two at once come from the merchant's own
  // useDeleteCard beside <SavedCards>, sharing its cache.
  const backend = threeCards(server);
  const answerA = gate();
  const answerB = gate();
  backend.answerDelete = async (token) => {
    if (token === 'tok_a') {
      await answerA.opened;
      return HttpResponse.json({ error: { message: 'down' } }, { status: 500 });
    }
    await answerB.opened;
    return undefined;
  };
  const remove: { current?: (card: { token: string }) => void } = {};
  function MerchantDeleter() {
    remove.current = useDeleteCard().mutate;
    return null;
  }
  const { container } = renderKit({}, { beside: <MerchantDeleter /> });
  await screen.findByRole('radio', { name: A });
  const watch = watchCards(container);

  act(() => {
    remove.current?.({ token: 'tok_a' });
    remove.current?.({ token: 'tok_b' });
  });
  await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_a', 'DELETE /api/cards/tok_b']));
  // Both stay listed, shown as being deleted, until the backend answers.
  await waitFor(() => expect(states()).toEqual({ [A]: 'deleting', [B]: 'deleting', [C]: 'active' }));

  act(() => answerB.open());
  await waitFor(() => expect(radioNames()).toEqual([A, C]));
  const bGoneAt = watch.seen.length;

  act(() => answerA.open());
  await waitFor(() => expect(states()).toEqual({ [A]: 'active', [C]: 'active' }));
  // One refetch, after the last delete settled, and it agrees.
  await waitFor(() =>
    expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_a', 'DELETE /api/cards/tok_b', LIST]),
  );
  await delay(20);
  expect(radioNames()).toEqual([A, C]);
  watch.stop();
  // B never came back at any moment after it left, and A never left.
  expect(watch.seen.slice(bGoneAt).filter((names) => names.includes(B))).toEqual([]);
  expect(watch.seen.filter((names) => !names.includes(A))).toEqual([]);
});

describe('a delete while a refetch is in flight: the card never reappears', () => {
  test('the refetch started before the delete and answers (with the card) after the delete succeeded', async () => {
    const backend = threeCards(server);
    const { user, container, queryClient } = renderKit();
    await screen.findByRole('radio', { name: B });
    const slowList = gate();
    backend.holdList = slowList.opened;
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(methods(sent)).toEqual([LIST, LIST]));

    await confirmDelete(user, 'Visa ending in 2222');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
    expect(radioNames()).toEqual([A, C]);
    const watch = watchCards(container);
    // The stale answer (taken before the delete, so it holds B) arrives now.
    act(() => slowList.open());
    backend.holdList = undefined;
    await waitFor(() => expect(methods(sent).filter((request) => request === LIST)).toHaveLength(3));
    await waitFor(() => expect(screen.getByRole('radiogroup')).not.toHaveAttribute('aria-busy'));
    await delay(20);
    watch.stop();
    expect(watch.seen.filter((names) => names.includes(B))).toEqual([]);
    expect(radioNames()).toEqual([A, C]);
    expect(methods(sent)).toContain('DELETE /api/cards/tok_b');
  });

  test('the refetch started while the delete was on the wire and answers (with the card) before it succeeds', async () => {
    const backend = threeCards(server);
    const answerB = gate();
    backend.answerDelete = async () => {
      await answerB.opened;
      return undefined;
    };
    const { user, container, queryClient } = renderKit();
    await screen.findByRole('radio', { name: B });

    await confirmDelete(user, 'Visa ending in 2222');
    // The refetch answers with B while its delete is on the wire: B stays, shown as being deleted.
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(states()).toEqual({ [A]: 'active', [B]: 'deleting', [C]: 'active' });

    act(() => answerB.open());
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
    expect(radioNames()).toEqual([A, C]);
    const watch = watchCards(container);
    await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST, LIST]));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    watch.stop();
    expect(watch.seen.filter((names) => names.includes(B))).toEqual([]);
    expect(radioNames()).toEqual([A, C]);
  });
});

describe('a refetch that lands while a two-token card is half deleted (its first token gone, the second still on the wire)', () => {
  // One physical card saved under two tokens, and another card.
  const TWICE = 'Visa ending in 1111, expires 05/37';
  const OTHER = 'Visa ending in 3333, expires 05/37';

  test('the card stays "being deleted" in <SavedCards> and hidden from useSavedCards until the delete settles', async () => {
    const backend = jsonBackend(server, [card('tok_1', '1111'), card('tok_2', '1111'), card('tok_3', '3333')]);
    const second = gate();
    backend.answerDelete = async (token) => {
      if (token === 'tok_2') await second.opened;
      return undefined;
    };
    const headless: { last4?: (string | undefined)[] } = {};
    function MerchantSummary() {
      const { data } = useSavedCards();
      headless.last4 = data?.map((entry) => entry.last4);
      return null;
    }
    const { user, queryClient } = renderKit({}, { beside: <MerchantSummary /> });
    await screen.findByRole('radio', { name: TWICE });
    await confirmDelete(user, 'Visa ending in 1111');
    await waitFor(() => expect(backend.cards.map((stored) => stored.token)).toEqual(['tok_2', 'tok_3']));
    await waitFor(() => expect(headless.last4).toEqual(['3333']));

    // A background refresh answers now: tok_2 alone still holds the card.
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(methods(sent).filter((request) => request === LIST)).toHaveLength(2));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(states()).toEqual({ [TWICE]: 'deleting', [OTHER]: 'active' });
    expect(headless.last4).toEqual(['3333']);
    expect(screen.getAllByRole('button', { name: 'Delete Visa ending in 1111', hidden: true })[0]).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    act(() => second.open());
    await waitFor(() => expect(radioNames()).toEqual([OTHER]));
  });

  test("confirming that card in the dialog, now listed under its second token, sends nothing and follows the merchant's delete", async () => {
    const backend = jsonBackend(server, [card('tok_1', '1111'), card('tok_2', '1111'), card('tok_3', '3333')]);
    const second = gate();
    backend.answerDelete = async (token) => {
      if (token === 'tok_2') await second.opened;
      return undefined;
    };
    const remove: { current?: (card: { token: string; tokens: string[] }) => void } = {};
    function MerchantDeleter() {
      remove.current = useDeleteCard().mutate;
      return null;
    }
    const onDeleted = vi.fn();
    const { user, queryClient } = renderKit({ onDeleted }, { beside: <MerchantDeleter /> });
    await screen.findByRole('radio', { name: TWICE });
    // The shopper is asked to confirm the card while the merchant's own code deletes it.
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 1111' }));
    act(() => remove.current?.({ token: 'tok_1', tokens: ['tok_1', 'tok_2'] }));
    await waitFor(() => expect(backend.cards.map((stored) => stored.token)).toEqual(['tok_2', 'tok_3']));
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(methods(sent).filter((request) => request === LIST)).toHaveLength(2));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    await delay(30);
    expect(methods(sent).filter((request) => request === 'DELETE /api/cards/tok_2')).toHaveLength(1);
    act(() => second.open());
    await waitFor(() => expect(radioNames()).toEqual([OTHER]));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 1111 was removed'));
    expect(onDeleted).toHaveBeenCalledTimes(1);
  });
});

describe('confirming twice sends exactly one DELETE', () => {
  test('a double-click on confirm', async () => {
    threeCards(server);
    const { user } = renderKit();
    await screen.findByRole('radio', { name: B });
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 2222' }));
    await user.dblClick(screen.getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
    await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
    await delay(20);
    expect(methods(sent).filter((request) => request.startsWith('DELETE'))).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('two clicks landing before React re-renders: one DELETE, and its outcome reported once', async () => {
    threeCards(server);
    const onDeleted = vi.fn();
    const { user } = renderKit({ onDeleted });
    await screen.findByRole('radio', { name: B });
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 2222' }));
    const confirm = screen.getByRole('button', { name: 'Delete card' });
    // Both clicks inside one act(): the dialog is still mounted for the second.
    act(() => {
      confirm.click();
      confirm.click();
    });
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
    await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
    await delay(20);
    expect(methods(sent).filter((request) => request.startsWith('DELETE'))).toHaveLength(1);
    expect(onDeleted).toHaveBeenCalledTimes(1);
  });

  test('Enter pressed twice on confirm', async () => {
    threeCards(server);
    const { user } = renderKit();
    await screen.findByRole('radio', { name: B });
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 2222' }));
    screen.getByRole('button', { name: 'Delete card' }).focus();
    await user.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
    await delay(20);
    expect(methods(sent).filter((request) => request.startsWith('DELETE'))).toEqual(['DELETE /api/cards/tok_b']);
    // The second Enter did not open or confirm anything else.
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(radioNames()).toEqual([A, C]);
  });
});

describe('unmounting <SavedCards> while a delete is pending', () => {
  let consoleCalls: ReturnType<typeof vi.fn<(...args: unknown[]) => void>>;
  beforeEach(() => {
    consoleCalls = vi.fn<(...args: unknown[]) => void>();
    vi.spyOn(console, 'error').mockImplementation(consoleCalls);
    vi.spyOn(console, 'warn').mockImplementation(consoleCalls);
  });
  afterEach(() => vi.restoreAllMocks());

  test.each([
    ['succeeds', undefined, [A, C]],
    ['fails', () => HttpResponse.json({ error: { message: 'down' } }, { status: 500 }), [A, B, C]],
  ] as const)(
    'and the delete %s: no warnings, and a remount shows the right list',
    async (_outcome, answer, expected) => {
      const backend = threeCards(server);
      const answerB = gate();
      backend.answerDelete = async () => {
        await answerB.opened;
        return answer?.();
      };
      const { user, show, queryClient } = renderKit();
      await screen.findByRole('radio', { name: B });
      await confirmDelete(user, 'Visa ending in 2222');
      await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b']));

      show(null);
      expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
      act(() => answerB.open());
      await waitFor(() => expect(queryClient.isMutating()).toBe(0));
      // Nothing shows the list, so the refetch waits for the next view.
      await delay(20);
      expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b']);

      const watch = watchCards(document.body);
      show({});
      await screen.findByRole('radio', { name: A });
      await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
      await waitFor(() => expect(queryClient.isFetching()).toBe(0));
      await delay(20);
      watch.stop();
      expect(radioNames()).toEqual(expected);
      // Straight to the right list: no stale frame with the deleted card.
      expect(watch.seen.filter((names) => names.length > 0 && names.join() !== expected.join())).toEqual([]);
      // A remount is a fresh view: nothing is announced or alerted about a delete it did not see.
      expect(liveRegion()).toHaveTextContent('');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(consoleCalls).not.toHaveBeenCalled();
    },
  );
});

test("switching customer while the list is loading: the first customer's cards never appear for the second", async () => {
  // The backend decides whose cards by the session, which the page sends in a header.
  const session = { customer: 'alice' };
  const aliceAnswer = gate();
  server.use(
    http.get(ENDPOINT, async ({ request }) => {
      if (request.headers.get('X-Customer') === 'alice') {
        await aliceAnswer.opened;
        return HttpResponse.json({ cards: [card('tok_alice', '1111')] });
      }
      return HttpResponse.json({ cards: [card('tok_bob', '2222')] });
    }),
  );
  const { show, container } = renderKit(
    { customerId: 'alice' },
    { headers: () => ({ 'X-Customer': session.customer }) },
  );
  // Alice's list is really on the wire before the switch.
  await waitFor(() => expect(sent).toEqual([{ method: 'GET', path: '/api/cards', customer: 'alice' }]));
  expect(screen.getByRole('status', { name: 'Loading saved cards' })).toBeInTheDocument();
  const watch = watchCards(container);

  session.customer = 'bob';
  show({ customerId: 'bob' });
  expect(await screen.findByRole('radio', { name: B })).toBeInTheDocument();
  // Alice's answer arrives late.
  act(() => aliceAnswer.open());
  await delay(50);
  watch.stop();
  expect(watch.seen.flat()).not.toContain(A);
  expect(radioNames()).toEqual([B]);
  expect(sent.map((request) => request.customer)).toEqual(['alice', 'bob']);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByText('You have no saved cards yet.')).not.toBeInTheDocument();
});

test("switching customer after the first list loaded shows the loader, then only the second customer's cards", async () => {
  const session = { customer: 'alice' };
  const bobAnswer = gate();
  server.use(
    http.get(ENDPOINT, async ({ request }) => {
      if (request.headers.get('X-Customer') === 'alice')
        return HttpResponse.json({ cards: [card('tok_alice', '1111')] });
      await bobAnswer.opened;
      return HttpResponse.json({ cards: [card('tok_bob', '2222')] });
    }),
  );
  const { show, container } = renderKit(
    { customerId: 'alice' },
    { headers: () => ({ 'X-Customer': session.customer }) },
  );
  await screen.findByRole('radio', { name: A });
  session.customer = 'bob';
  show({ customerId: 'bob' });
  // No placeholder from Alice while Bob's list loads.
  expect(radioNames()).toEqual([]);
  expect(screen.getByRole('status', { name: 'Loading saved cards' })).toBeInTheDocument();
  const watch = watchCards(container);
  act(() => bobAnswer.open());
  await screen.findByRole('radio', { name: B });
  watch.stop();
  expect(watch.seen.flat()).not.toContain(A);
  expect(sent.map((request) => request.customer)).toEqual(['alice', 'bob']);
});

test('the card focus was to move to is deleted elsewhere while the dialog waits: focus goes to a card still listed, not the heading', async () => {
  const backend = threeCards(server);
  const answerB = gate();
  backend.answerDelete = async (token) => {
    if (token === 'tok_b') await answerB.opened;
    return undefined;
  };
  const remove: { current?: (card: { token: string }) => void } = {};
  function MerchantDeleter() {
    remove.current = useDeleteCard().mutate;
    return null;
  }
  const { user } = renderKit({}, { beside: <MerchantDeleter /> });
  await screen.findByRole('radio', { name: B });
  // The shopper deletes B (held on the wire); the card after it is C.
  await confirmDelete(user, 'Visa ending in 2222');
  await waitFor(() => expect(methods(sent)).toContain('DELETE /api/cards/tok_b'));
  // Meanwhile the merchant's own code deletes C, which succeeds.
  act(() => remove.current?.({ token: 'tok_c' }));
  await waitFor(() => expect(radioNames()).toEqual([A, B]));

  act(() => answerB.open());
  await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
  expect(radioNames()).toEqual([A]);
  expect(screen.getByRole('radio', { name: A })).toHaveFocus();
});

test('the refetch after a successful delete fails (500, retried): the remaining cards stay, with the error and Retry; the deleted card never returns', async () => {
  const backend = threeCards(server);
  backend.answerDelete = () => {
    server.use(http.get(ENDPOINT, () => HttpResponse.json({ error: { message: 'down' } }, { status: 500 })));
    return undefined;
  };
  const { user, container } = renderKit();
  await screen.findByRole('radio', { name: B });
  const watch = watchCards(container);
  await confirmDelete(user, 'Visa ending in 2222');
  await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument());
  watch.stop();
  expect(radioNames()).toEqual([A, C]);
  expect(methods(sent).filter((request) => request === 'GET /api/cards')).toHaveLength(4);
  const bGoneAt = watch.seen.findIndex((names) => names.length > 0 && !names.includes(B));
  expect(watch.seen.slice(bGoneAt).filter((names) => names.includes(B))).toEqual([]);
  expect(screen.getByRole('radio', { name: C })).toHaveFocus();
});

test('a slow list retry (after a 5xx) in flight while a delete succeeds: its stale answer never brings the card back', async () => {
  const backend = threeCards(server);
  const { user, container, queryClient } = renderKit();
  await screen.findByRole('radio', { name: B });
  // The next list request fails, its retry is slow and answers with what was stored before the delete.
  let calls = 0;
  const retry = gate();
  const before = [...backend.cards];
  server.use(
    http.get(ENDPOINT, async () => {
      calls += 1;
      if (calls === 1) return HttpResponse.json({ error: { message: 'down' } }, { status: 503 });
      if (calls === 2) {
        await retry.opened;
        return HttpResponse.json({ cards: before });
      }
      return HttpResponse.json({ cards: backend.cards });
    }),
  );
  act(() => void queryClient.invalidateQueries());
  await waitFor(() => expect(calls).toBe(2));
  await confirmDelete(user, 'Visa ending in 2222');
  await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
  const watch = watchCards(container);
  act(() => retry.open());
  await delay(50);
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  watch.stop();
  expect(watch.seen.filter((names) => names.includes(B))).toEqual([]);
  expect(radioNames()).toEqual([A, C]);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test.each([
  ['succeeds', false],
  ['fails', true],
] as const)(
  'remounting while a delete is pending, and the delete %s: the new view shows it being deleted, then the truth',
  async (_outcome, fail) => {
    const backend = threeCards(server);
    const answerB = gate();
    backend.answerDelete = async () => {
      await answerB.opened;
      return fail
        ? new Response(JSON.stringify({ error: { message: 'down' } }), {
            status: 500,
            headers: { 'Content-Type': 'application/json' },
          })
        : undefined;
    };
    const onDeleted = vi.fn();
    const { user, show, queryClient } = renderKit({ onDeleted });
    await screen.findByRole('radio', { name: B });
    await confirmDelete(user, 'Visa ending in 2222');
    await waitFor(() => expect(methods(sent)).toEqual(['GET /api/cards', 'DELETE /api/cards/tok_b']));
    show(null);
    show({});
    await screen.findByRole('radio', { name: A });
    expect(states()).toEqual({ [A]: 'active', [B]: 'deleting', [C]: 'active' });
    const watch = watchCards(document.body);
    act(() => answerB.open());
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await delay(20);
    watch.stop();
    expect(radioNames()).toEqual(fail ? [A, B, C] : [A, C]);
    expect(states()[B] ?? 'gone').not.toBe('deleting');
    // The first view's onDeleted still reports the delete that did happen.
    expect(onDeleted).toHaveBeenCalledTimes(fail ? 0 : 1);
    expect(liveRegion()).toHaveTextContent('');
  },
);

test("the focused card is deleted by the merchant's own code: focus moves to the next card instead of falling to the page", async () => {
  threeCards(server);
  const remove: { current?: (card: { token: string }) => void } = {};
  function MerchantDeleter() {
    remove.current = useDeleteCard().mutate;
    return null;
  }
  const { user } = renderKit({}, { beside: <MerchantDeleter /> });
  await screen.findByRole('radio', { name: A });
  await user.tab();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: B })).toHaveFocus();

  act(() => remove.current?.({ token: 'tok_b' }));
  await waitFor(() => expect(radioNames()).toEqual([A, C]));
  await waitFor(() => expect(screen.getByRole('radio', { name: C })).toHaveFocus());
  // The shopper chose B; the choice moved on with focus.
  expect(screen.getByRole('radio', { name: C })).toHaveAttribute('aria-checked', 'true');

  act(() => remove.current?.({ token: 'tok_c' }));
  await waitFor(() => expect(radioNames()).toEqual([A]));
  await waitFor(() => expect(screen.getByRole('radio', { name: A })).toHaveFocus());
});

test("focus on a card's Delete button when the card is deleted elsewhere: focus moves to the next card, not to the page", async () => {
  threeCards(server);
  const remove: { current?: (card: { token: string }) => void } = {};
  function MerchantDeleter() {
    remove.current = useDeleteCard().mutate;
    return null;
  }
  renderKit({}, { beside: <MerchantDeleter /> });
  await screen.findByRole('radio', { name: B });
  screen.getByRole('button', { name: 'Delete Visa ending in 2222' }).focus();

  act(() => remove.current?.({ token: 'tok_b' }));
  await waitFor(() => expect(radioNames()).toEqual([A, C]));
  await waitFor(() => expect(screen.getByRole('radio', { name: C })).toHaveFocus());
});
