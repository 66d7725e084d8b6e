import { ar } from '../../src/i18n/ar';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import { createSavedCardsClient, ManageSavedCards, SavedCardsProvider, type SavedCard } from '../../src/index';

const ENDPOINT = 'https://shop.example/api/cards';
const server = setupServer();
let patches: { token: string; body: unknown }[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  patches = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface JsonCard {
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  isPreferred?: boolean;
  nickname?: string;
}

const CARDS: JsonCard[] = [
  { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
  { token: 'tok_amex', brand: 'amex', last4: '1258', expiryMonth: 11, expiryYear: 2031, nickname: 'Travel' },
];

/** The JSON contract, stateful. `remove` answers a DELETE instead of applying it. */
function serve(options: { cards?: JsonCard[]; remove?: () => Response } = {}) {
  let stored = structuredClone(options.cards ?? CARDS);
  server.use(
    http.get(ENDPOINT, () =>
      HttpResponse.json({ cards: stored, capabilities: { delete: true, setDefault: true, rename: true } }),
    ),
    http.patch(`${ENDPOINT}/:token`, async ({ params, request }) => {
      const body = (await request.json()) as { isPreferred?: boolean; nickname?: string };
      patches.push({ token: String(params.token), body });
      stored = stored.map((card) =>
        body.isPreferred
          ? { ...card, isPreferred: card.token === params.token }
          : card.token === params.token
            ? { ...card, nickname: body.nickname! }
            : card,
      );
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${ENDPOINT}/:token`, ({ params }) => {
      if (options.remove) return options.remove();
      stored = stored.filter((card) => card.token !== params.token);
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

function renderManage(ui: React.ReactNode) {
  const client = createSavedCardsClient({ endpoint: ENDPOINT, now: () => new Date(2026, 5, 15) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

test('the heading, its level, class names and unstyled are as on <SavedCards>', async () => {
  serve();
  const { container } = renderManage(
    <ManageSavedCards
      theme="dark"
      heading="Payment methods"
      headingLevel={3}
      unstyled
      classNames={{
        row: 'my-row',
        actions: 'my-actions',
        makeDefaultButton: 'my-default',
        renameButton: 'my-rename',
        renameInput: 'my-input',
      }}
    />,
  );
  expect(await screen.findByRole('list', { name: 'Payment methods' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 3, name: 'Payment methods' })).toBeInTheDocument();
  expect(container.querySelector('[data-sc-root]')).toBeNull();
  const root = container.querySelector('[data-sc-part="root"]')!;
  expect(root).toHaveAttribute('data-sc-theme', 'dark');
  expect(root).toHaveAttribute('data-sc-mode', 'manage');
  expect(root).toHaveAttribute('lang', 'en');
  expect(container.querySelectorAll('li.my-row')).toHaveLength(2);
  expect(screen.getByRole('group', { name: 'Actions for American Express ending in 1258' })).toHaveClass('my-actions');
  expect(screen.getByRole('button', { name: 'Make default: American Express ending in 1258' })).toHaveClass(
    'my-default',
  );
  expect(screen.getByRole('button', { name: 'Rename American Express ending in 1258' })).toHaveClass('my-rename');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Rename American Express ending in 1258' }));
  expect(screen.getByRole('textbox', { name: 'Card name' })).toHaveClass('my-input');
  expect(screen.queryByRole('radio')).toBeNull();
});

test('the empty state shows your own content', async () => {
  serve({ cards: [] });
  renderManage(<ManageSavedCards emptyContent={<a href="/cards/new">Add a card</a>} />);
  expect(await screen.findByText('You have no saved cards yet.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Add a card' })).toBeInTheDocument();
});

test('saving the same name again sends nothing; a backend name is shown as text', async () => {
  serve({ cards: [{ ...CARDS[1]!, nickname: '<b>Travel</b>' }] });
  const user = userEvent.setup();
  renderManage(<ManageSavedCards />);
  expect(await screen.findByText('<b>Travel</b>')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Rename American Express ending in 1258' }));
  await user.keyboard('{Enter}');
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(patches).toEqual([]);
});

test("while a card's change is in flight its actions, inline and in the menu, are aria-disabled and do nothing", async () => {
  serve();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.patch(`${ENDPOINT}/:token`, async ({ params, request }) => {
      patches.push({ token: String(params.token), body: await request.json() });
      await held;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const user = userEvent.setup();
  renderManage(<ManageSavedCards />);
  await user.click(await screen.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
  const rename = await screen.findByRole('button', { name: 'Rename American Express ending in 1258' });
  await waitFor(() => expect(rename).toHaveAttribute('aria-disabled', 'true'));
  const remove = screen.getByRole('button', { name: 'Delete American Express ending in 1258' });
  expect(remove).toHaveAttribute('aria-disabled', 'true');
  await user.click(rename);
  await user.click(remove);
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Actions for American Express ending in 1258' }));
  const menu = screen.getByRole('menu', { name: 'Actions for American Express ending in 1258' });
  for (const item of within(menu).getAllByRole('menuitem')) {
    expect(item).toHaveAttribute('aria-disabled', 'true');
    await user.click(item);
  }
  expect(menu).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).toBeNull();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(patches).toHaveLength(1);
  release();
  await waitFor(() => expect(rename).not.toHaveAttribute('aria-disabled'));
  await user.click(rename);
  expect(screen.getByRole('textbox', { name: 'Card name' })).toHaveFocus();
});

test('an empty name is refused at the field with its own words', async () => {
  serve();
  const user = userEvent.setup();
  renderManage(<ManageSavedCards />);
  await user.click(await screen.findByRole('button', { name: 'Rename American Express ending in 1258' }));
  const field = screen.getByRole('textbox', { name: 'Card name' });
  await user.clear(field);
  await user.type(field, '   {Enter}');
  expect(field).toHaveAccessibleDescription("A card name can't be empty.");
  expect(patches).toEqual([]);
});

test('each announcement differs from the one before, so the same words twice are still heard', async () => {
  serve();
  const user = userEvent.setup();
  const { container } = renderManage(<ManageSavedCards />);
  const region = container.querySelector('[aria-live="polite"]')!;
  await user.click(await screen.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
  await waitFor(() => expect(region.textContent).toBe('American Express ending in 1258 is now your default card.'));
  await user.click(screen.getByRole('button', { name: 'Make default: Visa ending in 4242' }));
  await waitFor(() => expect(region.textContent).toBe('Visa ending in 4242 is now your default card.\u00a0'));
  await user.click(await screen.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
  await waitFor(() => expect(region.textContent).toBe('American Express ending in 1258 is now your default card.'));
});

test('onDeleted after a delete; onDeleteError after a failed one, the card kept with the message and focus on its Delete', async () => {
  const onDeleted = vi.fn<(card: SavedCard) => void>();
  const onDeleteError = vi.fn();
  serve({
    remove: () => HttpResponse.json({ error: { code: 'rejected', message: 'Used by a plan.' } }, { status: 409 }),
  });
  const user = userEvent.setup();
  renderManage(<ManageSavedCards onDeleted={onDeleted} onDeleteError={onDeleteError} />);
  await user.click(await screen.findByRole('button', { name: 'Delete American Express ending in 1258' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent("American Express ending in 1258 can't be deleted: Used by a plan.");
  expect(onDeleteError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'rejected' }), expect.anything());
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Delete American Express ending in 1258' })).toHaveFocus(),
  );

  server.resetHandlers();
  serve();
  await user.click(screen.getByRole('button', { name: 'Delete American Express ending in 1258' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ last4: '1258' })));
  expect(screen.queryByText('•••• 1258')).toBeNull();
});

test('a new customer starts a new view: the last one’s field and failures do not carry over', async () => {
  serve();
  const user = userEvent.setup();
  function Switch() {
    const [customer, setCustomer] = useState('a');
    return (
      <>
        <button type="button" onClick={() => setCustomer('b')}>
          Switch
        </button>
        <ManageSavedCards customerId={customer} />
      </>
    );
  }
  renderManage(<Switch />);
  await user.click(await screen.findByRole('button', { name: 'Rename American Express ending in 1258' }));
  expect(screen.getByRole('textbox')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Switch' }));
  await screen.findByRole('button', { name: 'Rename American Express ending in 1258' });
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('the name field is a form named after its card; 40 emoji fit, and a longer name is refused with why', async () => {
  serve();
  renderManage(<ManageSavedCards />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Rename Visa ending in 4242' }));
  const form = screen.getByRole('form', { name: 'Rename Visa ending in 4242' });
  const field = within(form).getByRole('textbox', { name: 'Card name' });
  await user.clear(field);
  await user.type(field, '💳'.repeat(40));
  expect([...(field as HTMLInputElement).value]).toHaveLength(40);
  await user.clear(field);
  await user.type(field, 'x'.repeat(41));
  await user.keyboard('{Enter}');
  expect(await within(form).findByRole('alert')).toHaveTextContent('at most 40 characters');
  expect(patches).toEqual([]);
});

test('messages={ar} alone is enough: Arabic, lang="ar", right to left', async () => {
  serve();
  renderManage(<ManageSavedCards messages={ar} />);
  await screen.findByRole('list', { name: ar.heading });
  const root = screen.getByRole('region', { name: ar.heading });
  expect(root).toHaveAttribute('lang', 'ar');
  expect(root).toHaveAttribute('dir', 'rtl');
});
