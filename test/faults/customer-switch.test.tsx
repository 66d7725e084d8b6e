import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { card, ENDPOINT, gate, liveRegion, methods, radioNames, recordRequests, renderKit } from './harness';
import type { SavedCard } from '../../src/core/card';
import type { PaymentChoice } from '../../src/core/choice';

// `<SavedCards>` tells `onValueChange` a choice (issues 19 and 22); these tests are about the cards it chooses.
const cardOf = (handler: (card: SavedCard | null) => void) => (choice: PaymentChoice | null) =>
  handler(choice?.kind === 'card' ? choice.card : null);

// Switching the shopper (customerId) under a mounted <SavedCards>: nothing of the first shopper's
// delete (its dialog, its outcome, its alert) and none of their selection may carry over.
const server = setupServer();
const sent = recordRequests(server);

const ALICE = 'Visa ending in 1111, expires 05/37';
const BOB = 'Visa ending in 2222, expires 05/37';

/** The backend decides whose cards by the session (a header here); another customer's token is a 404. */
function twoCustomers(options: { holdDelete?: Promise<void>; failDelete?: boolean } = {}) {
  const session = { customer: 'alice' };
  const stored: Record<string, ReturnType<typeof card>[]> = {
    alice: [card('tok_alice', '1111')],
    bob: [card('tok_bob', '2222')],
  };
  server.use(
    http.get(ENDPOINT, ({ request }) =>
      HttpResponse.json({ cards: stored[request.headers.get('X-Customer') ?? ''] ?? [] }),
    ),
    http.delete(`${ENDPOINT}/:token`, async ({ request, params }) => {
      const who = request.headers.get('X-Customer') ?? '';
      await options.holdDelete;
      if (options.failDelete) return HttpResponse.json({ error: { message: 'down' } }, { status: 500 });
      const list = stored[who] ?? [];
      if (!list.some((stored) => stored.token === params.token))
        return HttpResponse.json({ error: { code: 'not-found' } }, { status: 404 });
      stored[who] = list.filter((stored) => stored.token !== params.token);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { session };
}

test("the delete dialog open on the first customer's card closes when the customer changes", async () => {
  const backend = twoCustomers();
  const { user, show } = renderKit(
    { customerId: 'alice' },
    { headers: () => ({ 'X-Customer': backend.session.customer }) },
  );
  await screen.findByRole('radio', { name: ALICE });
  await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 1111' }));
  expect(screen.getByRole('alertdialog')).toBeInTheDocument();

  backend.session.customer = 'bob';
  show({ customerId: 'bob' });
  await screen.findByRole('radio', { name: BOB });
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(radioNames()).toEqual([BOB]);
  expect(methods(sent).filter((request) => request.startsWith('DELETE'))).toEqual([]);
});

test("the outcome of the first customer's pending delete is not shown over the second customer's cards", async () => {
  const answer = gate();
  const backend = twoCustomers({ holdDelete: answer.opened, failDelete: true });
  const { user, show } = renderKit(
    { customerId: 'alice' },
    { headers: () => ({ 'X-Customer': backend.session.customer }) },
  );
  await screen.findByRole('radio', { name: ALICE });
  await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 1111' }));
  await user.click(screen.getByRole('button', { name: 'Delete card' }));
  await waitFor(() => expect(methods(sent)).toContain('DELETE /api/cards/tok_alice'));

  backend.session.customer = 'bob';
  show({ customerId: 'bob' });
  await screen.findByRole('radio', { name: BOB });
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

  act(() => answer.open());
  await waitFor(() =>
    expect(methods(sent).filter((request) => request === 'GET /api/cards').length).toBeGreaterThanOrEqual(2),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(radioNames()).toEqual([BOB]);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(liveRegion()).not.toHaveTextContent('1111');
});

test("a failed delete's alert about the first customer's card is gone once the second customer's cards show", async () => {
  const backend = twoCustomers({ failDelete: true });
  const { user, show } = renderKit(
    { customerId: 'alice' },
    { headers: () => ({ 'X-Customer': backend.session.customer }) },
  );
  await screen.findByRole('radio', { name: ALICE });
  await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 1111' }));
  await user.click(screen.getByRole('button', { name: 'Delete card' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Visa ending in 1111 could not be deleted');

  backend.session.customer = 'bob';
  show({ customerId: 'bob' });
  await screen.findByRole('radio', { name: BOB });
  expect(radioNames()).toEqual([BOB]);
  expect(screen.queryByText(/Visa ending in 1111/)).not.toBeInTheDocument();
});

test('the second customer gets the usual automatic first choice, as a fresh mount would', async () => {
  const backend = twoCustomers();
  const onSelect = vi.fn();
  const { show } = renderKit(
    { customerId: 'alice', onValueChange: cardOf(onSelect) },
    { headers: () => ({ 'X-Customer': backend.session.customer }) },
  );
  await screen.findByRole('radio', { name: ALICE });
  await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'tok_alice' })));

  backend.session.customer = 'bob';
  show({ customerId: 'bob', onValueChange: cardOf(onSelect) });
  const bob = await screen.findByRole('radio', { name: BOB });
  await waitFor(() => expect(bob).toHaveAttribute('aria-checked', 'true'));
  expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'tok_bob' }));
});
