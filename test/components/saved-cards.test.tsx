import { ar } from '../../src/i18n/ar';
import { fr } from '../../src/i18n/fr';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState, type ReactNode } from 'react';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV1Cards from '../fixtures/payu-v1-user-cards.json';
import payuV2Cards from '../fixtures/payu-v2-user-cards.json';
import {
  cardName,
  createSavedCardsClient,
  jsonAdapter,
  ottuAdapter,
  payuAdapter,
  SavedCards,
  SavedCardsError,
  SavedCardsProvider,
  useDeleteCard,
  useSavedCards,
  type SavedCard,
  type SavedCardsAdapter,
} from '../../src/index';
import type { PaymentChoice } from '../../src/core/choice';

// `<SavedCards>` tells `onValueChange` a choice (issues 19 and 22); these tests are about the cards it chooses.
const cardOf = (handler: (card: SavedCard | null) => void) => (choice: PaymentChoice | null) =>
  handler(choice?.kind === 'card' ? choice.card : null);
const cardKey = (token: string | null | undefined) => (token == null ? token : { kind: 'card' as const, token });

const ENDPOINT = 'https://shop.example/api/cards';
const server = setupServer();
let deletes: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  deletes = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serveList(body: unknown, init?: ResponseInit) {
  server.use(http.get(ENDPOINT, () => HttpResponse.json(body as object, init)));
}

/**
 * A stateful Ottu backend: `GET {endpoint}` lists what is stored; `DELETE {endpoint}/{token}/`
 * waits for `wait`, then answers with `answer()` when given, else removes the card and answers 204.
 */
function serveOttu(options: { answer?: () => Response; wait?: Promise<void> } = {}) {
  let stored: { token: string }[] = structuredClone(ottuCards);
  server.use(
    http.get(ENDPOINT, () => HttpResponse.json(stored)),
    http.delete(`${ENDPOINT}/:token/`, async ({ params }) => {
      deletes.push(String(params.token));
      await options.wait;
      if (options.answer) return options.answer();
      stored = stored.filter((card) => card.token !== params.token);
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

function renderCards(ui: ReactNode, adapter: SavedCardsAdapter = ottuAdapter()) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, retryDelay: 0 }, mutations: { retry: false } },
  });
  const client = createSavedCardsClient({ endpoint: ENDPOINT, adapter, now: () => new Date(2026, 5, 15) });
  const user = userEvent.setup();
  const view = render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
  return { user, queryClient, ...view };
}

const VISA = 'Visa ending in 0026, expires 01/39, preferred';
const MASTERCARD = 'Mastercard ending in 4444, expires 09/24, expired';
const MADA = 'mada ending in 7713, expires 12/26, expires soon';
const AMEX = 'American Express ending in 1009, expires 06/31';

describe('SavedCards: the list', () => {
  test('shows every Ottu card as a radio named by brand, last 4, expiry and state, preferred first and expired last', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards />);
    const group = await screen.findByRole('radiogroup', { name: 'Saved cards' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual([VISA, MADA, AMEX, MASTERCARD]);
    expect(radios.map((radio) => radio.dataset.state)).toEqual(['active', 'expiring', 'active', 'expired']);
    expect(radios.map((radio) => radio.dataset.brand)).toEqual(['visa', 'mada', 'amex', 'mastercard']);
    expect(screen.getByRole('heading', { name: 'Saved cards' })).toHaveAttribute('tabindex', '-1');
  });

  test('shows masked number, expiry, holder and badges, and never a token', async () => {
    serveList(ottuCards);
    const { container } = renderCards(<SavedCards />);
    const visa = await screen.findByRole('radio', { name: VISA });
    expect(visa).toHaveTextContent('Visa •••• 0026');
    expect(visa).toHaveTextContent('Exp. 01/39');
    expect(visa).toHaveTextContent('FATIMA AL-SABAH');
    expect(visa).toHaveTextContent('Preferred');
    expect(screen.getByRole('radio', { name: MADA })).toHaveTextContent('Expires soon');
    expect(screen.getByRole('radio', { name: MASTERCARD })).toHaveTextContent('Expired');
    expect(container.innerHTML).not.toContain('9918766711067353');
  });

  test('cards needing a CVV carry a hint as their description; the kit asks for no CVV', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards />);
    const visa = await screen.findByRole('radio', { name: VISA });
    expect(visa).toHaveAccessibleDescription(/FATIMA AL-SABAH.*security code \(CVV\)/);
    expect(screen.getByRole('radio', { name: MADA })).not.toHaveAccessibleDescription(/CVV/);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  test('an expired card is shown disabled and cannot be chosen; hideExpired leaves it out', async () => {
    serveList(ottuCards);
    const onSelect = vi.fn();
    const { user, unmount } = renderCards(<SavedCards onValueChange={cardOf(onSelect)} />);
    const expired = await screen.findByRole('radio', { name: MASTERCARD });
    expect(expired).toHaveAttribute('aria-disabled', 'true');
    await user.click(expired);
    expect(expired).toHaveAttribute('aria-checked', 'false');
    expect(onSelect).not.toHaveBeenCalledWith(expect.objectContaining({ last4: '4444' }));
    unmount();

    renderCards(<SavedCards hideExpired />);
    await screen.findByRole('radio', { name: VISA });
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.queryByRole('radio', { name: MASTERCARD })).not.toBeInTheDocument();
  });

  test('lists one entry per physical card, or every token with showDuplicates', async () => {
    serveList(payuV2Cards);
    const { unmount } = renderCards(<SavedCards />, payuAdapter());
    expect(await screen.findAllByRole('radio', { name: 'Visa ending in 1258, expires 05/37' })).toHaveLength(1);
    unmount();
    renderCards(<SavedCards showDuplicates />, payuAdapter());
    expect(await screen.findAllByRole('radio', { name: 'Visa ending in 1258, expires 05/37' })).toHaveLength(5);
  });
});

describe('SavedCards: choosing', () => {
  test('preselects the preferred card and tells the merchant; a click chooses another', async () => {
    serveList(ottuCards);
    const onSelect = vi.fn();
    const { user } = renderCards(<SavedCards onValueChange={cardOf(onSelect)} />);
    const visa = await screen.findByRole('radio', { name: VISA });
    await waitFor(() => expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ token: '9918766711067353' })));
    expect(visa).toHaveAttribute('aria-checked', 'true');
    expect(visa).toHaveAttribute('data-selected', 'true');
    const amex = screen.getByRole('radio', { name: AMEX });
    expect(amex).not.toHaveAttribute('data-selected');
    await user.click(amex);
    expect(amex).toHaveAttribute('aria-checked', 'true');
    expect(visa).toHaveAttribute('aria-checked', 'false');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: '3782822463101009', brand: 'amex' }));
  });

  test('is one tab stop; arrows move and select, skip the expired card and wrap; Home and End', async () => {
    serveList(ottuCards);
    const onSelect = vi.fn();
    const { user } = renderCards(
      <>
        <button type="button">before</button>
        <SavedCards onValueChange={cardOf(onSelect)} />
        <button type="button">after</button>
      </>,
    );
    await screen.findByRole('radio', { name: VISA });
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(screen.getByRole('radio', { name: VISA })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('radio', { name: VISA })).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: MADA })).toHaveFocus();
    expect(screen.getByRole('radio', { name: MADA })).toHaveAttribute('aria-checked', 'true');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ last4: '7713' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: AMEX })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: VISA })).toHaveFocus();
    expect(screen.getByRole('radio', { name: VISA })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: AMEX })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: MADA })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: AMEX })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('radio', { name: VISA })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: MASTERCARD })).toHaveAttribute('aria-checked', 'false');
    // The tab stop follows the selection.
    expect(screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0)).toEqual([
      screen.getByRole('radio', { name: VISA }),
    ]);
  });

  test('with nothing selected the first usable card is the tab stop and Space selects it', async () => {
    serveList(ottuCards);
    const onSelect = vi.fn();
    const { user } = renderCards(<SavedCards defaultValue={null} onValueChange={cardOf(onSelect)} />);
    const visa = await screen.findByRole('radio', { name: VISA });
    expect(visa).toHaveAttribute('aria-checked', 'false');
    await user.tab();
    expect(visa).toHaveFocus();
    await user.keyboard(' ');
    expect(visa).toHaveAttribute('aria-checked', 'true');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ last4: '0026' }));
  });

  test('uncontrolled defaultValue picks the first card', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards defaultValue={cardKey('3782822463101009')} />);
    expect(await screen.findByRole('radio', { name: AMEX })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: VISA })).toHaveAttribute('aria-checked', 'false');
  });

  test('controlled: value decides; onSelect only asks', async () => {
    serveList(ottuCards);
    const onSelect = vi.fn();
    const { user } = renderCards(<SavedCards value={cardKey('3782822463101009')} onValueChange={cardOf(onSelect)} />);
    const amex = await screen.findByRole('radio', { name: AMEX });
    expect(amex).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('radio', { name: MADA }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ last4: '7713' }));
    expect(amex).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: MADA })).toHaveAttribute('aria-checked', 'false');
  });

  test("controlled with the state in the merchant's component follows the shopper", async () => {
    serveList(ottuCards);
    function Checkout() {
      const [token, setToken] = useState<string | null>(null);
      return (
        <>
          <SavedCards value={cardKey(token)} onValueChange={cardOf((card) => setToken(card?.token ?? null))} />
          <output aria-label="chosen">{token === null ? 'none' : 'a card'}</output>
        </>
      );
    }
    const { user } = renderCards(<Checkout />);
    const amex = await screen.findByRole('radio', { name: AMEX });
    expect(screen.getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true')).toEqual([]);
    await user.click(amex);
    expect(amex).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('a card');
  });
});

describe('SavedCards: deleting', () => {
  test('is off by default', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards />);
    await screen.findByRole('radio', { name: VISA });
    expect(screen.queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
  });

  test('each card has a delete button beside its radio, named after the card', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards allowDelete alwaysShowDelete />);
    const visa = await screen.findByRole('radio', { name: VISA });
    const button = screen.getByRole('button', { name: 'Delete Visa ending in 0026' });
    expect(visa).not.toContainElement(button);
    expect(visa.parentElement).toContainElement(button);
  });

  test('the confirmation is an alert dialog naming the card, focus on Cancel, Tab trapped, Escape cancels and focus returns', async () => {
    serveOttu();
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findByRole('radio', { name: VISA });
    const deleteButton = screen.getByRole('button', { name: 'Delete Visa ending in 0026' });
    await user.click(deleteButton);

    const dialog = screen.getByRole('alertdialog', { name: 'Delete Visa ending in 0026?' });
    expect(dialog).toHaveAccessibleDescription(/Visa ending in 0026 will be removed from your saved cards/);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete card' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(screen.getByRole('radio', { name: VISA })).toBeInTheDocument();
    expect(deletes).toEqual([]);
  });

  test('Cancel closes without deleting and returns focus; a click outside does not close', async () => {
    serveOttu();
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findByRole('radio', { name: AMEX });
    const deleteButton = screen.getByRole('button', { name: 'Delete American Express ending in 1009' });
    await user.click(deleteButton);
    const dialog = screen.getByRole('alertdialog');
    // A press on the backdrop is one on the dialog itself (test/browser/modal.test.tsx: the page is inert).
    await user.click(dialog);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(deletes).toEqual([]);
  });

  test('confirming waits in the dialog; on success the card leaves at once, focus moves to the next card and the removal is announced', async () => {
    const answer = gate();
    serveOttu({ wait: answer.opened });
    const onDeleted = vi.fn();
    const onSelect = vi.fn();
    const { user } = renderCards(
      <SavedCards allowDelete alwaysShowDelete onDeleted={onDeleted} onValueChange={cardOf(onSelect)} />,
    );
    await screen.findByRole('radio', { name: VISA });
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));

    // Until the backend answers: the dialog waits with both buttons ignoring presses, focus stays on
    // the pressed button, "Deleting…" is announced, and the card is still listed, shown as being
    // deleted and not choosable.
    const dialog = screen.getByRole('alertdialog');
    const confirm = within(dialog).getByRole('button', { name: 'Deleting…' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Deleting…');
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    const visa = screen.getByRole('radio', { name: VISA, hidden: true });
    expect(visa).toHaveAttribute('data-state', 'deleting');
    expect(visa).toHaveAttribute('aria-disabled', 'true');
    expect(deletes).toEqual(['9918766711067353']);

    act(() => answer.open());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Visa ending in 0026 was removed'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ token: '9918766711067353', last4: '0026' }));
    expect(screen.queryByRole('radio', { name: VISA })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: MADA })).toHaveFocus();
    // The selection moved on to the next usable card.
    expect(screen.getByRole('radio', { name: MADA })).toHaveAttribute('aria-checked', 'true');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ last4: '7713' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('a failed delete puts exactly that card back in its place with an alert naming it', async () => {
    const answer = gate();
    serveOttu({
      answer: () => HttpResponse.json({ detail: 'Gateway 4111111111111111 down' }, { status: 502 }),
      wait: answer.opened,
    });
    const onDeleteError = vi.fn();
    const onDeleted = vi.fn();
    const { user } = renderCards(
      <SavedCards allowDelete alwaysShowDelete onDeleteError={onDeleteError} onDeleted={onDeleted} />,
    );
    await screen.findByRole('radio', { name: AMEX });
    await user.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    // The card never leaves the screen before the backend has answered.
    expect(screen.getByRole('radio', { name: AMEX, hidden: true })).toHaveAttribute('data-state', 'deleting');

    act(() => answer.open());
    const alert = await screen.findByRole('alert');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: AMEX })).toHaveAttribute('data-state', 'active');
    expect(screen.getByRole('radio', { name: AMEX })).toHaveFocus();
    expect(alert).toHaveTextContent(
      'American Express ending in 1009 could not be deleted. Something went wrong on our side.',
    );
    expect(alert).not.toHaveTextContent(/Gateway|4111/);
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      VISA,
      MADA,
      AMEX,
      MASTERCARD,
    ]);
    expect(onDeleteError).toHaveBeenCalledWith(expect.any(SavedCardsError), expect.objectContaining({ last4: '1009' }));
    expect(onDeleteError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 502 });
    expect(onDeleted).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  test('a failed delete of the chosen card keeps it chosen throughout', async () => {
    const answer = gate();
    serveOttu({ answer: () => HttpResponse.json({ detail: 'down' }, { status: 502 }), wait: answer.opened });
    const onSelect = vi.fn();
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete onValueChange={cardOf(onSelect)} />);
    expect(await screen.findByRole('radio', { name: VISA })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.getByRole('radio', { name: VISA, hidden: true })).toHaveAttribute('aria-checked', 'true');

    act(() => answer.open());
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByRole('radio', { name: VISA })).toHaveAttribute('aria-checked', 'true'));
    expect(screen.getByRole('radio', { name: MADA })).toHaveAttribute('aria-checked', 'false');
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ last4: '0026' }));
  });

  test('a refused delete shows the catalogue text plus the redacted reason', async () => {
    serveOttu({ answer: () => HttpResponse.json({ detail: 'Card 5528090011220044 is locked' }, { status: 409 }) });
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findByRole('radio', { name: AMEX });
    await user.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("American Express ending in 1009 can't be deleted: Card ••• is locked");
  });

  test("a refused delete is said in the card's own row, in one sentence, the reason isolated", async () => {
    serveOttu({ answer: () => HttpResponse.json({ detail: 'Used by your gym membership.' }, { status: 409 }) });
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findByRole('radio', { name: AMEX });
    await user.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("American Express ending in 1009 can't be deleted: Used by your gym membership.");
    expect(alert).not.toHaveTextContent(/try again/i);
    expect(alert.querySelector('bdi')).toHaveTextContent('Used by your gym membership.');
    // Inside the row of the card it is about, not above the list.
    expect(alert.closest('[data-sc-part="row"]')).toContainElement(screen.getByRole('radio', { name: AMEX }));
  });

  test('a delete lost on the way says to try again, in the row, in Arabic too', async () => {
    server.use(
      http.get(ENDPOINT, () => HttpResponse.json(ottuCards)),
      http.delete(`${ENDPOINT}/:token/`, () => HttpResponse.error()),
    );
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete messages={ar} />);
    const remove = await screen.findByRole('button', { name: /1009/ });
    await user.click(remove);
    await user.click(within(screen.getByRole('alertdialog')).getAllByRole('button')[1]!);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر حذف');
    expect(alert).toHaveTextContent('يُرجى المحاولة مرة أخرى');
    expect(alert.closest('[data-sc-part="row"]')).toContainElement(remove);
  });

  test("a blocked card shows the backend's own words for an agreement too, the fixed text only without them", async () => {
    serveList({
      cards: [
        {
          token: 'tok_1',
          brand: 'visa',
          last4: '4242',
          expiryMonth: 5,
          expiryYear: 2037,
          deleteBlocked: { code: 'agreement', message: 'Used by your gym membership' },
        },
        {
          token: 'tok_2',
          brand: 'visa',
          last4: '4343',
          expiryMonth: 5,
          expiryYear: 2037,
          deleteBlocked: { code: 'agreement' },
        },
      ],
    });
    renderCards(<SavedCards allowDelete alwaysShowDelete />, jsonAdapter());
    expect(await screen.findByRole('button', { name: 'Delete Visa ending in 4242' })).toHaveAccessibleDescription(
      'Used by your gym membership',
    );
    expect(screen.getByText('Used by your gym membership').tagName).toBe('BDI');
    expect(screen.getByRole('button', { name: 'Delete Visa ending in 4343' })).toHaveAccessibleDescription(
      'Used by an automatic payment agreement. Choose another card for it first.',
    );
  });

  test('a card the backend will not delete shows a disabled delete control saying why', async () => {
    serveOttu();
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findByRole('radio', { name: MADA });
    const blocked = screen.getByRole('button', { name: 'Delete mada ending in 7713' });
    expect(blocked).toHaveAttribute('aria-disabled', 'true');
    expect(blocked).toHaveAccessibleDescription(
      'Used by an automatic payment agreement. Choose another card for it first.',
    );
    expect(screen.getByText('Used by an automatic payment agreement. Choose another card for it first.')).toBeVisible();
    await user.click(blocked);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deletes).toEqual([]);
  });

  test("a blocked card with the backend's own words shows them, as text", async () => {
    serveList({
      cards: [
        {
          token: 'tok_1',
          brand: 'visa',
          last4: '4242',
          expiryMonth: 5,
          expiryYear: 2037,
          deleteBlocked: { code: 'other', message: '<b>Pays</b> your plan' },
        },
      ],
    });
    renderCards(<SavedCards allowDelete alwaysShowDelete />, jsonAdapter());
    const button = await screen.findByRole('button', { name: 'Delete Visa ending in 4242' });
    expect(button).toHaveAccessibleDescription('<b>Pays</b> your plan');
    expect(document.querySelector('b')).toBeNull();
  });

  test('deleting the last card shows the empty state, clears the selection and focuses the heading', async () => {
    let stored = [{ token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 }];
    server.use(
      http.get(ENDPOINT, () => HttpResponse.json({ cards: stored })),
      http.delete(`${ENDPOINT}/:token`, ({ params }) => {
        deletes.push(String(params.token));
        stored = stored.filter((card) => card.token !== params.token);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const onSelect = vi.fn();
    const { user } = renderCards(
      <SavedCards
        allowDelete
        alwaysShowDelete
        onValueChange={cardOf(onSelect)}
        emptyContent={<a href="/cards/new">Add a card</a>}
      />,
      jsonAdapter(),
    );
    await screen.findByRole('radio', { name: 'Visa ending in 4242, expires 05/37' });
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'tok_1' })));
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 4242' }));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Visa ending in 4242 was removed'));
    expect(screen.getByText('You have no saved cards yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a card' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Saved cards' })).toHaveFocus();
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(deletes).toEqual(['tok_1']);
  });
});

describe('SavedCards: deleting, edge cases', () => {
  function serveJson(
    cards: { token: string; brand: string; last4: string; expiryMonth: number; expiryYear: number }[],
  ) {
    let stored = cards;
    server.use(
      http.get(ENDPOINT, () => HttpResponse.json({ cards: stored })),
      http.delete(`${ENDPOINT}/:token`, ({ params }) => {
        deletes.push(String(params.token));
        stored = stored.filter((card) => card.token !== params.token);
        return new HttpResponse(null, { status: 204 });
      }),
    );
  }

  test('two removals with the same words are both announced (the live region text changes each time)', async () => {
    serveJson([
      { token: 'a', brand: 'visa', last4: '1111', expiryMonth: 5, expiryYear: 2037 },
      { token: 'b', brand: 'visa', last4: '1111', expiryMonth: 6, expiryYear: 2038 },
    ]);
    const { user } = renderCards(<SavedCards allowDelete alwaysShowDelete />, jsonAdapter());
    await screen.findByRole('radio', { name: 'Visa ending in 1111, expires 05/37' });
    const status = screen.getByRole('status');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    for (const expiry of ['05/37', '06/38']) {
      await user.click(screen.getAllByRole('button', { name: 'Delete Visa ending in 1111' })[0] as HTMLElement);
      await user.click(screen.getByRole('button', { name: 'Delete card' }));
      await waitFor(() =>
        expect(screen.queryByRole('radio', { name: `Visa ending in 1111, expires ${expiry}` })).not.toBeInTheDocument(),
      );
    }
    observer.disconnect();
    expect(new Set(changes.filter((text) => text.includes('Visa ending in 1111 was removed'))).size).toBe(2);
    expect(deletes).toEqual(['a', 'b']);
  });

  test('when every card is expired, the first one still takes Tab so the list is reachable', async () => {
    serveJson([
      { token: 'old1', brand: 'visa', last4: '1111', expiryMonth: 1, expiryYear: 2020 },
      { token: 'old2', brand: 'visa', last4: '2222', expiryMonth: 1, expiryYear: 2021 },
    ]);
    const { user } = renderCards(<SavedCards />, jsonAdapter());
    await screen.findByRole('radio', { name: /1111/ });
    await user.tab();
    expect(screen.getByRole('radio', { name: /1111/ })).toHaveFocus();
    expect(screen.getByRole('radio', { name: /1111/ })).toHaveAttribute('aria-checked', 'false');
  });

  test("confirming a card the merchant's own code is already deleting follows that delete: one request, and the dialog settles", async () => {
    const answer = gate();
    let stored = [
      { token: 'a', brand: 'visa', last4: '1111', expiryMonth: 5, expiryYear: 2037 },
      { token: 'b', brand: 'visa', last4: '2222', expiryMonth: 5, expiryYear: 2037 },
    ];
    server.use(
      http.get(ENDPOINT, () => HttpResponse.json({ cards: stored })),
      http.delete(`${ENDPOINT}/:token`, async ({ params }) => {
        deletes.push(String(params.token));
        await answer.opened;
        stored = stored.filter((card) => card.token !== params.token);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const remove: { current?: (card: { token: string }) => void } = {};
    function MerchantDeleter() {
      remove.current = useDeleteCard().mutate;
      return null;
    }
    const onDeleted = vi.fn();
    const { user } = renderCards(
      <>
        <SavedCards allowDelete alwaysShowDelete onDeleted={onDeleted} />
        <MerchantDeleter />
      </>,
      jsonAdapter(),
    );
    await screen.findByRole('radio', { name: 'Visa ending in 1111, expires 05/37' });
    await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 1111' }));
    act(() => remove.current?.({ token: 'a' }));
    await waitFor(() => expect(deletes).toEqual(['a']));
    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true');
    act(() => answer.open());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Visa ending in 1111 was removed'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ token: 'a' }));
    expect(deletes).toEqual(['a']);
  });
});

describe('SavedCards: language', () => {
  test('Arabic lays out right to left, in Arabic, with Latin digits', async () => {
    serveList(ottuCards);
    const { container } = renderCards(<SavedCards messages={ar} allowDelete alwaysShowDelete />);
    const group = await screen.findByRole('radiogroup', { name: 'البطاقات المحفوظة' });
    const root = container.querySelector('section');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    const visa = within(group).getByRole('radio', {
      name: 'فيزا المنتهية بالأرقام 0026، تنتهي صلاحيتها 01/39، المفضلة',
    });
    expect(within(visa).getByText('•••• 0026')).toHaveAttribute('dir', 'ltr');
    expect(within(visa).getByText('01/39')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('button', { name: 'حذف فيزا المنتهية بالأرقام 0026' })).toHaveTextContent('حذف');
    expect(container.textContent).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  test('in right to left, Left moves to the next card and Right to the previous', async () => {
    serveList(ottuCards);
    const { user } = renderCards(<SavedCards messages={ar} />);
    const radios = await screen.findAllByRole('radio');
    await user.tab();
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(radios[1]).toHaveFocus();
    expect(radios[1]).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowRight}');
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(radios[2]).toHaveFocus();
  });

  test('messages.dir overrides the direction of the catalogue', async () => {
    serveOttu();
    renderCards(<SavedCards messages={{ dir: 'rtl' }} />);
    await screen.findByRole('radio', { name: VISA });
    expect(screen.getByRole('region', { name: 'Saved cards' })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'Saved cards' })).toBeInTheDocument();
  });

  test('any message can be overridden, key by key, brand by brand', async () => {
    serveList(ottuCards);
    renderCards(
      <SavedCards
        allowDelete
        alwaysShowDelete
        messages={{ heading: 'Pay with', deleteButton: 'Remove', brands: { visa: 'VISA card' } }}
      />,
    );
    expect(await screen.findByRole('radiogroup', { name: 'Pay with' })).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'VISA card ending in 0026, expires 01/39, preferred' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: AMEX })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete VISA card ending in 0026' })).toHaveTextContent('Remove');
  });

  test('messages={ar} alone is enough: Arabic, lang="ar", right to left', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards messages={ar} />);
    const root = await screen.findByRole('radiogroup', { name: 'البطاقات المحفوظة' });
    expect(screen.getByRole('region', { name: 'البطاقات المحفوظة' })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('region', { name: 'البطاقات المحفوظة' })).toHaveAttribute('lang', 'ar');
    expect(within(root).getAllByRole('radio')).not.toEqual([]);
  });

  test('messages={fr} alone is enough: French, lang="fr", left to right', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards messages={fr} />);
    await screen.findByRole('radiogroup', { name: fr.heading });
    expect(screen.getByRole('region', { name: fr.heading })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('region', { name: fr.heading })).toHaveAttribute('dir', 'ltr');
  });

  test("a merchant's partial catalogue of another language: its own lang, dir and words, English for the rest", async () => {
    serveList(ottuCards);
    renderCards(
      <SavedCards allowDelete alwaysShowDelete messages={{ lang: 'he', dir: 'rtl', heading: 'כרטיסים שמורים' }} />,
    );
    await screen.findByRole('radiogroup', { name: 'כרטיסים שמורים' });
    const root = screen.getByRole('region', { name: 'כרטיסים שמורים' });
    expect(root).toHaveAttribute('lang', 'he');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'Delete Visa ending in 0026' })).toBeInTheDocument();
  });

  test('a partial catalogue without lang or dir is English, left to right', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards messages={{ heading: 'Pay with' }} />);
    await screen.findByRole('radiogroup', { name: 'Pay with' });
    expect(screen.getByRole('region', { name: 'Pay with' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('region', { name: 'Pay with' })).toHaveAttribute('dir', 'ltr');
  });

  test('re-rendered with an equal but new messages object: the choice, the dialog and its focus stay', async () => {
    serveOttu();
    let renderAgain!: () => void;
    function Page() {
      const [, setRenders] = useState(0);
      renderAgain = () => setRenders((count) => count + 1);
      return <SavedCards allowDelete alwaysShowDelete messages={{ ...ar, heading: 'بطاقاتي' }} />;
    }
    const { user } = renderCards(<Page />);
    const radios = await screen.findAllByRole('radio');
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(radios[1]).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getAllByRole('button', { name: /^حذف / })[0]!);
    const cancel = within(screen.getByRole('alertdialog')).getByRole('button', { name: ar.dialogCancel });
    expect(cancel).toHaveFocus();
    act(() => renderAgain());
    act(() => renderAgain());
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(cancel).toHaveFocus();
    expect(screen.getAllByRole('radio')[1]).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('region', { name: 'بطاقاتي' })).toHaveAttribute('lang', 'ar');
    expect(deletes).toEqual([]);
  });

  test('the heading prop replaces the heading text and headingLevel its level', async () => {
    serveList(ottuCards);
    renderCards(<SavedCards heading="Choose a card" headingLevel={3} />);
    expect(await screen.findByRole('radiogroup', { name: 'Choose a card' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Choose a card' })).toBeInTheDocument();
  });
});

describe('SavedCards: styling hooks', () => {
  test('parts carry data attributes and the classNames slots; the root forwards className, style and ref', async () => {
    serveList(ottuCards);
    let root: HTMLElement | null = null;
    const { container } = renderCards(
      <SavedCards
        ref={(element) => {
          root = element;
        }}
        allowDelete
        alwaysShowDelete
        theme="dark"
        className="checkout-cards"
        style={{ maxWidth: 480 }}
        classNames={{
          root: 'slot-root',
          card: 'slot-card',
          deleteButton: 'slot-delete',
          heading: 'slot-heading',
          list: 'slot-list',
          row: 'slot-row',
        }}
      />,
    );
    const visa = await screen.findByRole('radio', { name: VISA });
    const section = container.querySelector('section') as HTMLElement;
    expect(root).toBe(section);
    expect(section).toHaveClass('slot-root', 'checkout-cards');
    expect(section).toHaveStyle({ maxWidth: '480px' });
    expect(section).toHaveAttribute('data-sc-root');
    expect(section).toHaveAttribute('data-sc-theme', 'dark');
    expect(visa).toHaveClass('slot-card');
    expect(visa.closest('[data-sc-part="row"]')).toHaveClass('slot-row');
    expect(visa).toHaveAttribute('data-sc-part', 'card');
    expect(screen.getByRole('radiogroup')).toHaveClass('slot-list');
    expect(screen.getByRole('heading')).toHaveClass('slot-heading');
    expect(screen.getByRole('button', { name: 'Delete Visa ending in 0026' })).toHaveClass('slot-delete');
  });

  test('unstyled drops the root hook the stylesheet keys on, keeping parts and states for your CSS', async () => {
    serveList(ottuCards);
    const { container } = renderCards(<SavedCards unstyled />);
    const visa = await screen.findByRole('radio', { name: VISA });
    expect(container.querySelector('[data-sc-root]')).toBeNull();
    expect(visa).toHaveAttribute('data-sc-part', 'card');
    expect(visa).toHaveAttribute('data-state', 'active');
    // The brand mark is an aria-hidden inline SVG (issue 10), before the card's text, which starts with its brand's name.
    expect(visa.querySelector('svg[data-sc-part="brand"]')).toHaveAttribute('aria-hidden', 'true');
    expect(visa.querySelector('[data-sc-part="details"]')?.textContent).toMatch(/^Visa •••• 0026/);
  });

  test('renderCard replaces the inside of a card; the kit keeps its role, name, state and keys', async () => {
    serveList(ottuCards);
    const renderCard = vi.fn(
      (card: SavedCard, state: { checked: boolean; disabled: boolean; state: string; name: string }) => (
        <span className="my-card">
          {card.last4} {state.checked ? 'chosen' : ''} {state.state}
        </span>
      ),
    );
    const { user, container } = renderCards(<SavedCards renderCard={renderCard} />);
    const visa = await screen.findByRole('radio', { name: VISA });
    expect(visa).toHaveTextContent('0026 chosen active');
    expect(container.querySelectorAll('.my-card')).toHaveLength(4);
    expect(container.querySelector('[data-sc-part="brand"]')).toBeNull();
    expect(renderCard).toHaveBeenCalledWith(
      expect.objectContaining({ last4: '4444' }),
      expect.objectContaining({ disabled: true, state: 'expired', name: MASTERCARD }),
    );
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: MADA })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: MADA })).toHaveTextContent('7713 chosen expiring');
  });
});

describe('SavedCards: states', () => {
  test('loading shows busy skeleton rows, then the cards', async () => {
    const answer = gate();
    server.use(
      http.get(ENDPOINT, async () => {
        await answer.opened;
        return HttpResponse.json(ottuCards);
      }),
    );
    const { container } = renderCards(<SavedCards />);
    const loading = screen.getByRole('status', { name: 'Loading saved cards', busy: true });
    expect(loading.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(3);
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    act(() => answer.open());
    expect(await screen.findByRole('radio', { name: VISA })).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  test("no cards shows the empty message and the merchant's slot", async () => {
    serveList([]);
    renderCards(<SavedCards emptyContent={<a href="/cards/new">Add a card</a>} />);
    expect(await screen.findByText('You have no saved cards yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a card' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  test('a failed load shows the error by kind with Retry, never an empty list; Retry refetches', async () => {
    let calls = 0;
    server.use(
      http.get(ENDPOINT, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ detail: 'Token abc expired for 4111111111111111' }, { status: 401 })
          : HttpResponse.json(ottuCards);
      }),
    );
    const { user } = renderCards(<SavedCards />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Please sign in again.');
    expect(alert).not.toHaveTextContent(/Token abc|4111/);
    expect(alert).toHaveAttribute('data-kind', 'unauthorized');
    expect(screen.queryByText('You have no saved cards yet.')).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: VISA })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  test.each([
    ['network', () => HttpResponse.error(), 'We could not reach the saved cards service.'],
    ['http', () => HttpResponse.json({ detail: 'boom at db-7' }, { status: 500 }), 'Something went wrong on our side.'],
    ['invalid-response', () => HttpResponse.json({ surprise: true }), 'We could not read the saved cards.'],
    ['not-found', () => HttpResponse.json({ detail: 'Not here' }, { status: 404 }), 'Your saved cards were not found.'],
  ])('a %s failure shows its own text and no backend text', async (kind, answer, text) => {
    server.use(http.get(ENDPOINT, answer));
    renderCards(<SavedCards />);
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveAttribute('data-kind', kind);
    expect(alert).toHaveTextContent(text);
    expect(alert).not.toHaveTextContent(/boom|surprise|Not here/);
  });

  test('a refusal shows the redacted reason the backend gave', async () => {
    serveList({ status: 0, msg: 'Account 4111111111111111 is blocked' });
    renderCards(<SavedCards />, payuAdapter());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request was refused. Account ••• is blocked');
  });

  test('refreshing keeps the cards on screen, marked busy', async () => {
    const answer = gate();
    let calls = 0;
    server.use(
      http.get(ENDPOINT, async () => {
        calls += 1;
        if (calls > 1) await answer.opened;
        return HttpResponse.json(ottuCards);
      }),
    );
    const { queryClient } = renderCards(<SavedCards />);
    await screen.findByRole('radio', { name: VISA });
    act(() => void queryClient.invalidateQueries());
    await waitFor(() => expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-busy', 'true'));
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.queryByRole('status', { name: 'Loading saved cards' })).not.toBeInTheDocument();
    act(() => answer.open());
    await waitFor(() => expect(screen.getByRole('radiogroup')).not.toHaveAttribute('aria-busy'));
  });
});

test('a failed refresh keeps the cards and shows the error with Retry above them', async () => {
  let calls = 0;
  server.use(
    http.get(ENDPOINT, () => {
      calls += 1;
      return calls === 2 ? HttpResponse.json({ detail: 'down' }, { status: 400 }) : HttpResponse.json(ottuCards);
    }),
  );
  const { user, queryClient } = renderCards(<SavedCards />);
  await screen.findByRole('radio', { name: VISA });
  await act(() => queryClient.refetchQueries());
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The request was refused. down');
  expect(screen.getAllByRole('radio')).toHaveLength(4);
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  expect(screen.getAllByRole('radio')).toHaveLength(4);
});

describe('SavedCards: card data', () => {
  test.each([
    ['ottu', ottuCards, ottuAdapter()],
    ['payu v2', payuV2Cards, payuAdapter()],
    ['payu v1', payuV1Cards, payuAdapter()],
  ] as const)(
    'no more than 4 consecutive digits from the %s fixture ever reach the page',
    async (_name, body, adapter) => {
      serveList(body);
      const { user, container } = renderCards(<SavedCards allowDelete alwaysShowDelete showDuplicates />, adapter);
      const radios = await screen.findAllByRole('radio');
      const deleteButton = screen
        .getAllByRole('button', { name: /^Delete / })
        .find((button) => button.getAttribute('aria-disabled') !== 'true');
      if (deleteButton) await user.click(deleteButton);
      expect(radios.length).toBeGreaterThan(0);
      expect(container.textContent).not.toMatch(/\d{5,}/);
      // Attributes too: labels, descriptions, ids.
      expect(container.innerHTML).not.toMatch(/\d{5,}/);
      for (const radio of radios) expect(radio.getAttribute('aria-label')).not.toMatch(/\d{5,}/);
    },
  );
});

describe('SavedCards: cards without a number or an expiry', () => {
  const CONTRACT = {
    cards: [
      { token: 'no-number', brand: 'visa', last4: null, expiryMonth: 5, expiryYear: 2037 },
      { token: 'no-expiry', brand: 'mastercard', last4: '8548' },
      { token: 'bare', brand: 'unknown' },
    ],
  };

  test('are named and shown without the missing parts, can be chosen, and the numberless one is deletable', async () => {
    server.use(
      http.get(ENDPOINT, () => HttpResponse.json(CONTRACT)),
      http.delete(`${ENDPOINT}/:token`, ({ params }) => {
        deletes.push(String(params.token));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const onSelect = vi.fn();
    const { user } = renderCards(
      <SavedCards allowDelete alwaysShowDelete onValueChange={cardOf(onSelect)} />,
      jsonAdapter(),
    );
    const numberless = await screen.findByRole('radio', { name: 'Visa card, expires 05/37' });
    const undated = screen.getByRole('radio', { name: 'Mastercard ending in 8548' });
    expect(screen.getByRole('radio', { name: 'Card' })).toBeInTheDocument();
    expect(numberless).toHaveTextContent('Visa card');
    expect(numberless).not.toHaveTextContent('••••');
    expect(undated).not.toHaveTextContent('Exp.');
    expect(undated).toHaveAttribute('data-state', 'active');
    await user.click(undated);
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ token: 'no-expiry' }));
    await user.click(screen.getByRole('button', { name: 'Delete Visa card' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete Visa card?' })).getByRole('button', {
        name: 'Delete card',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: 'Visa card, expires 05/37' })).not.toBeInTheDocument(),
    );
    expect(deletes).toEqual(['no-number']);
  });

  test('are named in Arabic too', async () => {
    serveList(CONTRACT);
    renderCards(<SavedCards messages={ar} />, jsonAdapter());
    expect(await screen.findByRole('radio', { name: 'بطاقة فيزا، تنتهي صلاحيتها 05/37' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'ماستركارد المنتهية بالأرقام 8548' })).toBeInTheDocument();
  });
});

// The chosen card leaves the screen in three ways: a confirmed delete, a refetch that no longer lists it
// (deleted in another tab), or not at all when the delete is refused. In each, and whether the merchant keeps the
// choice in plain state, derives `value` from its own list, or leaves it to the kit, the successor is chosen and
// `onSelect` hears it once; a refused delete changes nothing.
describe.each(['uncontrolled', 'plain state', 'derived from the list'] as const)(
  'SavedCards: the chosen card leaves (%s)',
  (mode) => {
    const MC = 'Mastercard ending in 4444, expires 01/36';
    const AMEX_JSON = 'American Express ending in 1009, expires 06/31';

    /** The delete waits for `opened`, as a real backend does: the page renders the delete in flight. */
    function serveThree(opened: Promise<void>, answer?: () => Response) {
      const stored = new Map([
        [
          'tok_visa',
          { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
        ],
        ['tok_mc', { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 }],
        ['tok_amex', { token: 'tok_amex', brand: 'amex', last4: '1009', expiryMonth: 6, expiryYear: 2031 }],
      ]);
      server.use(
        http.get(ENDPOINT, () => HttpResponse.json({ cards: [...stored.values()] })),
        http.delete(`${ENDPOINT}/:token`, async ({ params }) => {
          await opened;
          if (answer) return answer();
          stored.delete(String(params.token));
          return new HttpResponse(null, { status: 204 });
        }),
      );
      return { removeElsewhere: (token: string) => stored.delete(token) };
    }

    function Checkout({ onSelect }: { onSelect: (card: SavedCard | null) => void }) {
      const [choice, setChoice] = useState<string | null>(null);
      // The merchant's own list, as a Pay button would read it: cards being deleted are left out.
      const { data: cards } = useSavedCards();
      const listed = cards?.find((card) => card.token === choice);
      const value = mode === 'uncontrolled' ? undefined : mode === 'plain state' ? choice : (listed?.token ?? null);
      return (
        <>
          <SavedCards
            allowDelete
            alwaysShowDelete
            value={cardKey(value)}
            onValueChange={cardOf((card) => {
              onSelect(card);
              setChoice(card?.token ?? null);
            })}
          />
          <output aria-label="pay with">{listed ? cardName(listed) : 'none'}</output>
        </>
      );
    }

    const checked = () =>
      screen
        .getAllByRole('radio', { hidden: true })
        .filter((radio) => radio.getAttribute('aria-checked') === 'true')
        .map((radio) => radio.getAttribute('aria-label'));

    async function chooseMastercard() {
      const onSelect = vi.fn();
      const view = renderCards(<Checkout onSelect={onSelect} />, jsonAdapter());
      await view.user.click(await screen.findByRole('radio', { name: MC }));
      expect(checked()).toEqual([MC]);
      expect(screen.getByRole('status', { name: 'pay with' })).toHaveTextContent('Mastercard ending in 4444');
      onSelect.mockClear();
      return { ...view, onSelect };
    }

    test('deleted: the next card is chosen and onSelect told once', async () => {
      const answer = gate();
      serveThree(answer.opened);
      const { user, onSelect } = await chooseMastercard();
      await user.click(screen.getByRole('button', { name: 'Delete Mastercard ending in 4444' }));
      await user.click(screen.getByRole('button', { name: 'Delete card' }));
      expect(screen.getByRole('radio', { name: MC, hidden: true })).toHaveAttribute('data-state', 'deleting');
      act(() => answer.open());
      await waitFor(() => expect(screen.queryByRole('radio', { name: MC })).not.toBeInTheDocument());
      expect(checked()).toEqual([AMEX_JSON]);
      expect(screen.getByRole('radio', { name: AMEX_JSON })).toHaveFocus();
      expect(screen.getByRole('status', { name: 'pay with' })).toHaveTextContent('American Express ending in 1009');
      expect(onSelect.mock.calls).toEqual([[expect.objectContaining({ token: 'tok_amex' })]]);
    });

    test('refused: the card stays chosen and onSelect hears nothing', async () => {
      const answer = gate();
      serveThree(answer.opened, () =>
        HttpResponse.json({ error: { code: 'rejected', message: 'Locked' } }, { status: 409 }),
      );
      const { user, onSelect } = await chooseMastercard();
      await user.click(screen.getByRole('button', { name: 'Delete Mastercard ending in 4444' }));
      await user.click(screen.getByRole('button', { name: 'Delete card' }));
      expect(screen.getByRole('radio', { name: MC, hidden: true })).toHaveAttribute('data-state', 'deleting');
      act(() => answer.open());
      await screen.findByRole('alert');
      await waitFor(() => expect(checked()).toEqual([MC]));
      expect(screen.getByRole('status', { name: 'pay with' })).toHaveTextContent('Mastercard ending in 4444');
      expect(onSelect).not.toHaveBeenCalled();
    });

    test('gone on a refetch: the next card is chosen and onSelect told once', async () => {
      const backend = serveThree(Promise.resolve());
      const { queryClient, onSelect } = await chooseMastercard();
      backend.removeElsewhere('tok_mc');
      await act(() => queryClient.refetchQueries());
      await waitFor(() => expect(screen.queryByRole('radio', { name: MC })).not.toBeInTheDocument());
      expect(checked()).toEqual([AMEX_JSON]);
      expect(screen.getByRole('status', { name: 'pay with' })).toHaveTextContent('American Express ending in 1009');
      expect(onSelect.mock.calls).toEqual([[expect.objectContaining({ token: 'tok_amex' })]]);
    });
  },
);
