import { ar } from '../../src/i18n/ar';
import { act, screen, waitFor } from '@testing-library/react';
import { delay, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useDeleteCard, useSavedCards } from '../../src/index';
import {
  A,
  B,
  C,
  card,
  confirmDelete,
  gate,
  jsonBackend,
  LIST,
  liveRegion,
  methods,
  radioNames,
  recordRequests,
  renderKit,
  threeCards,
  watchCards,
} from './harness';
import type { SavedCard } from '../../src/core/card';
import type { PaymentChoice } from '../../src/core/choice';

// `<SavedCards>` tells `onValueChange` a choice (issues 19 and 22); these tests are about the cards it chooses.
const cardOf = (handler: (card: SavedCard | null) => void) => (choice: PaymentChoice | null) =>
  handler(choice?.kind === 'card' ? choice.card : null);

const server = setupServer();
const sent = recordRequests(server);

test('a 404 on delete counts as success: the card is gone, its removal announced, and it stays gone', async () => {
  const backend = threeCards(server);
  backend.answerDelete = () => HttpResponse.json({ error: { message: 'No such card' } }, { status: 404 });
  const { user } = renderKit();
  await screen.findByRole('radio', { name: B });
  // Deleted meanwhile in another tab: the backend no longer has it.
  backend.cards = backend.cards.filter((stored) => stored.token !== 'tok_b');
  await confirmDelete(user, 'Visa ending in 2222');
  expect(liveRegion()).toHaveAttribute('aria-live', 'polite');

  await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
  await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
  expect(radioNames()).toEqual([A, C]);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a 409 refusal puts the card back in its place; the alert names it and gives the reason', async () => {
  const backend = threeCards(server);
  backend.answerDelete = () =>
    HttpResponse.json(
      { error: { code: 'rejected', message: 'Used by your subscription 4111111111111111' } },
      { status: 409 },
    );
  const onDeleted = vi.fn();
  const { user } = renderKit({ onDeleted });
  await screen.findByRole('radio', { name: B });
  await confirmDelete(user, 'Visa ending in 2222');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent("Visa ending in 2222 can't be deleted: Used by your subscription •••");
  expect(alert).not.toHaveTextContent('4111');
  expect(radioNames()).toEqual([A, B, C]);
  expect(liveRegion()).toHaveTextContent('');
  expect(onDeleted).not.toHaveBeenCalled();
  await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
  expect(radioNames()).toEqual([A, B, C]);
});

test('a 500 on delete puts the card back with an alert, and the delete is not retried', async () => {
  const backend = threeCards(server);
  backend.answerDelete = () => HttpResponse.json({ error: { message: 'boom' } }, { status: 500 });
  const { user } = renderKit();
  await screen.findByRole('radio', { name: B });
  await confirmDelete(user, 'Visa ending in 2222');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'Visa ending in 2222 could not be deleted. Something went wrong on our side. Please try again.',
  );
  expect(alert).not.toHaveTextContent('boom');
  expect(radioNames()).toEqual([A, B, C]);
  expect(liveRegion()).toHaveTextContent('');
  await delay(50);
  expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]);
  // Deleting again after the failure is possible and clears the alert.
  backend.answerDelete = undefined;
  await confirmDelete(user, 'Visa ending in 2222');
  await waitFor(() => expect(liveRegion()).toHaveTextContent('Visa ending in 2222 was removed'));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(radioNames()).toEqual([A, C]);
});

test('a delete that times out: the card comes back with an alert and the list is refetched to learn the truth', async () => {
  const backend = threeCards(server);
  const never = gate();
  backend.answerDelete = async () => {
    await never.opened;
    return undefined;
  };
  const { user } = renderKit({}, { timeoutMs: 250 });
  await screen.findByRole('radio', { name: B });
  await confirmDelete(user, 'Visa ending in 2222');
  // Listed, shown as being deleted, while the request is on the wire.
  expect(radioNames()).toEqual([A, B, C]);
  expect(screen.getByRole('radio', { name: B, hidden: true })).toHaveAttribute('data-state', 'deleting');

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Visa ending in 2222 could not be deleted right now, please try again.');
  expect(radioNames()).toEqual([A, B, C]);
  expect(liveRegion()).toHaveTextContent('');
  await waitFor(() => expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]));
  expect(radioNames()).toEqual([A, B, C]);
  act(() => never.open());
});

test('a delete that times out after the backend did delete: the refetch removes the card for good', async () => {
  const backend = threeCards(server);
  const never = gate();
  backend.answerDelete = async (token) => {
    backend.cards = backend.cards.filter((stored) => stored.token !== token);
    await never.opened;
    return undefined;
  };
  const { user } = renderKit({}, { timeoutMs: 250 });
  await screen.findByRole('radio', { name: B });
  // The refetch waits until the alert was seen: it removes the card, and the alert with its row.
  const refetch = gate();
  backend.holdList = refetch.opened;
  await confirmDelete(user, 'Visa ending in 2222');

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Visa ending in 2222 could not be deleted right now, please try again.',
  );
  act(() => refetch.open());
  await waitFor(() => expect(radioNames()).toEqual([A, C]));
  expect(methods(sent)).toEqual([LIST, 'DELETE /api/cards/tok_b', LIST]);
  act(() => never.open());
});

test("deleting one token of a physical card from the merchant's list with duplicates keeps the card in <SavedCards>, and its selection", async () => {
  // One physical card saved under two tokens (same brand, last 4 and expiry), and another card.
  const backend = jsonBackend(server, [card('tok_1', '1111'), card('tok_2', '1111'), card('tok_3', '3333')]);
  const TWICE = 'Visa ending in 1111, expires 05/37';
  const OTHER = 'Visa ending in 3333, expires 05/37';
  const remove: { current?: (card: { token: string }) => void } = {};
  const shown: { tokens?: string[] } = {};
  function EveryToken() {
    // The merchant's own "manage tokens" list: every token, deleted one by one.
    const { data } = useSavedCards({ dedupe: false });
    shown.tokens = data?.map((entry) => entry.token);
    remove.current = useDeleteCard().mutate;
    return null;
  }
  const onSelect = vi.fn();
  const { container } = renderKit({ onValueChange: cardOf(onSelect) }, { beside: <EveryToken /> });
  await screen.findByRole('radio', { name: TWICE });
  await waitFor(() => expect(shown.tokens).toEqual(['tok_1', 'tok_2', 'tok_3']));
  await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'tok_1' })));
  const watch = watchCards(container);

  act(() => remove.current?.({ token: 'tok_2' }));
  await waitFor(() => expect(shown.tokens).toEqual(['tok_1', 'tok_3']));
  await waitFor(() => expect(methods(sent)).toEqual([LIST, LIST, 'DELETE /api/cards/tok_2', LIST, LIST]));
  await delay(50);
  watch.stop();

  // tok_1 still holds the card: it never left the deduplicated list, and the shopper's choice stayed on it.
  expect(watch.seen.filter((names) => !names.includes(TWICE))).toEqual([]);
  expect(radioNames()).toEqual([TWICE, OTHER]);
  expect(onSelect.mock.calls.map(([chosen]) => chosen?.token ?? null)).toEqual(['tok_1']);
  expect(screen.getByRole('radio', { name: TWICE })).toHaveAttribute('aria-checked', 'true');
  expect(backend.cards.map((stored) => stored.token)).toEqual(['tok_1', 'tok_3']);
});

test('a language switched while a delete waits: its outcome is worded in the new language', async () => {
  const backend = threeCards(server);
  const answer = gate();
  backend.answerDelete = async () => {
    await answer.opened;
    return undefined;
  };
  const { user, show } = renderKit();
  await screen.findByRole('radio', { name: B });
  await confirmDelete(user, 'Visa ending in 2222');
  expect(liveRegion()).toHaveTextContent('Deleting…');

  show({ messages: ar });
  expect(liveRegion()).toHaveTextContent('جارٍ الحذف…');
  act(() => answer.open());
  await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  expect(liveRegion()).toHaveTextContent('تمت إزالة');
  expect(liveRegion()).not.toHaveTextContent('was removed');
});

test('a language switched after a failed delete: its alert is worded in the new language', async () => {
  const backend = threeCards(server);
  backend.answerDelete = () => HttpResponse.json({ error: { message: 'down' } }, { status: 500 });
  const { user, show } = renderKit();
  await screen.findByRole('radio', { name: B });
  await confirmDelete(user, 'Visa ending in 2222');
  expect(await screen.findByRole('alert')).toHaveTextContent('Visa ending in 2222 could not be deleted');
  show({ messages: ar });
  expect(screen.getByRole('alert')).not.toHaveTextContent('could not be deleted');
  expect(screen.getByRole('alert')).toHaveTextContent('2222');
});

test("deleting the token a chosen card leads with, from the merchant's list with duplicates: the choice stays on that card, under its other token", async () => {
  const backend = jsonBackend(server, [card('tok_1', '1111'), card('tok_2', '1111'), card('tok_3', '3333')]);
  const TWICE = 'Visa ending in 1111, expires 05/37';
  const OTHER = 'Visa ending in 3333, expires 05/37';
  const remove: { current?: (card: { token: string }) => void } = {};
  function EveryToken() {
    useSavedCards({ dedupe: false });
    remove.current = useDeleteCard().mutate;
    return null;
  }
  const onSelect = vi.fn();
  renderKit({ onValueChange: cardOf(onSelect) }, { beside: <EveryToken /> });
  await screen.findByRole('radio', { name: TWICE });
  await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'tok_1' })));

  act(() => remove.current?.({ token: 'tok_1' }));
  await waitFor(() => expect(backend.cards.map((stored) => stored.token)).toEqual(['tok_2', 'tok_3']));
  await waitFor(() => expect(methods(sent).filter((request) => request === LIST).length).toBeGreaterThanOrEqual(4));
  await delay(50);
  expect(radioNames()).toEqual([TWICE, OTHER]);
  expect(screen.getByRole('radio', { name: TWICE })).toHaveAttribute('aria-checked', 'true');
  // The merchant is told the token to pay with now: the same card's remaining one.
  expect(onSelect.mock.calls.map(([chosen]) => chosen?.token ?? null)).toEqual(['tok_1', 'tok_2']);
});
