/// <reference types="vite/client" />
// <ManageSavedCards> in real Chromium: keyboard, focus, announcements, rollback, capabilities, axe and touch targets.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import type { SavedCardsJsonCard } from '../../src/adapters/json';
import { ar } from '../../src/i18n/ar';
import {
  createSavedCardsClient,
  jsonAdapter,
  ManageSavedCards,
  SavedCardsProvider,
  type SavedCardsCapabilities,
} from '../../src/index';

const ALL = { delete: true, setDefault: true, rename: true };

function seed(): SavedCardsJsonCard[] {
  return [
    { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
    { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 3, expiryYear: 2029, nickname: 'Work card' },
    { token: 'tok_amex', brand: 'amex', last4: '1258', expiryMonth: 11, expiryYear: 2031 },
    { token: 'tok_mada', brand: 'mada', last4: '7713', expiryMonth: 2, expiryYear: 2024 },
  ];
}

interface Backend {
  /** What the list answer says the backend can do (default: all three); null leaves the field out. */
  capabilities?: SavedCardsCapabilities | null;
  /** Answers a PATCH instead of applying it. */
  change?: () => Response | Promise<Response>;
}

/** The kit's JSON contract, stateful: what a PATCH or DELETE did, a refetch lists. Records every change sent. */
function renderManage(ui: ReactNode, backend: Backend = {}) {
  let cards = seed();
  const sent: { method: string; token: string; body?: unknown }[] = [];
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: jsonAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async (input, init) => {
      const method = init?.method ?? 'GET';
      if (method === 'GET')
        return Response.json(
          backend.capabilities === null ? { cards } : { cards, capabilities: backend.capabilities ?? ALL },
        );
      const token = decodeURIComponent(String(input).split('/').pop()!);
      const body = init?.body ? (JSON.parse(String(init.body)) as { isPreferred?: boolean; nickname?: string }) : {};
      sent.push({ method, token, ...(init?.body ? { body } : {}) });
      if (method === 'DELETE') {
        cards = cards.filter((card) => card.token !== token);
        return new Response(null, { status: 204 });
      }
      if (backend.change) return backend.change();
      cards = cards.map((card) =>
        body.isPreferred
          ? { ...card, isPreferred: card.token === token }
          : card.token === token
            ? { ...card, nickname: body.nickname }
            : card,
      );
      return new Response(null, { status: 204 });
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
  return { ...view, sent, queryClient };
}

const order = (container: Element) =>
  [...container.querySelectorAll('[data-sc-part="row"] [data-sc-part="number"]')].map((number) =>
    (number.textContent ?? '').slice(-4),
  );
const live = (container: Element) => container.querySelector('[aria-live="polite"]')!;
const rowOf = (element: Element) => element.closest('li')!;

async function violations(container: Element) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`);
}

// A wide page: the inline actions. Under 480 px (issue 20) they are in a menu per card, tested at the end.
beforeEach(async () => {
  await page.viewport(1280, 900);
});

describe('keyboard', () => {
  test('Tab reaches the actions; Make default moves the card first with the badge, keeps focus in it and announces', async () => {
    const { container, sent } = renderManage(<ManageSavedCards />);
    await screen.findByRole('list', { name: 'Saved cards' });
    expect(order(container)).toEqual(['4242', '4444', '1258', '7713']);
    // The default Visa has no Make default: its first action is Rename.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Rename Visa ending in 4242' })).toHaveFocus();
    // Visa: Rename, Delete; Mastercard: Make default, Rename, Delete; then the Amex's Make default.
    for (let step = 0; step < 5; step += 1) await userEvent.tab();
    const makeDefault = screen.getByRole('button', { name: 'Make default: American Express ending in 1258' });
    expect(makeDefault).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Actions for American Express ending in 1258' })).toContainElement(
      makeDefault,
    );

    await userEvent.keyboard('{Enter}');
    expect(order(container)).toEqual(['1258', '4242', '4444', '7713']);
    const amex = screen.getByRole('group', { name: 'Actions for American Express ending in 1258' });
    expect(amex).toContainElement(document.activeElement as HTMLElement);
    expect(within(rowOf(amex)).getByText('Preferred')).toBeVisible();
    expect(screen.getAllByText('Preferred')).toHaveLength(1);
    await waitFor(() =>
      expect(live(container)).toHaveTextContent('American Express ending in 1258 is now your default card.'),
    );
    expect(sent).toEqual([{ method: 'PATCH', token: 'tok_amex', body: { isPreferred: true } }]);
    // After the refetch the backend agrees, and focus is still in the moved card.
    await waitFor(() => expect(rowOf(amex)).toHaveAttribute('data-state', 'active'));
    expect(amex).toContainElement(document.activeElement as HTMLElement);
    expect(order(container)).toEqual(['1258', '4242', '4444', '7713']);
  });

  test('Rename: Enter saves (shown at once, announced, focus back on Rename); Escape cancels and sends nothing', async () => {
    const { container, sent } = renderManage(<ManageSavedCards />);
    const rename = await screen.findByRole('button', { name: 'Rename American Express ending in 1258' });
    await userEvent.click(rename);
    let field = screen.getByRole('textbox', { name: 'Card name' });
    expect(field).toHaveFocus();
    await userEvent.type(field, 'Holiday');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename American Express ending in 1258' })).toHaveFocus();
    expect(sent).toEqual([]);
    expect(screen.queryByText('Holiday')).toBeNull();

    await userEvent.keyboard('{Enter}');
    field = screen.getByRole('textbox', { name: 'Card name' });
    await userEvent.type(field, '  Travel  {Enter}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Travel')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Rename American Express ending in 1258' })).toHaveFocus();
    await waitFor(() =>
      expect(live(container)).toHaveTextContent('American Express ending in 1258 renamed to Travel.'),
    );
    expect(sent).toEqual([{ method: 'PATCH', token: 'tok_amex', body: { nickname: 'Travel' } }]);
    // The name is its own bidi-isolated text.
    expect(screen.getByText('Travel').tagName).toBe('BDI');
  });

  test('a name holding a card number is refused at the field, described and invalid; nothing is sent', async () => {
    const { sent } = renderManage(<ManageSavedCards />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Visa ending in 4242' }));
    const field = screen.getByRole('textbox', { name: 'Card name' });
    await userEvent.type(field, 'Card 4111 1111 1111 1111{Enter}');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription("A card name can't contain a card number.");
    expect(sent).toEqual([]);
    // Typing again clears the refusal; a good name goes through.
    await userEvent.clear(field);
    expect(field).not.toHaveAttribute('aria-invalid');
    await userEvent.type(field, 'Daily{Enter}');
    await waitFor(() => expect(sent).toHaveLength(1));
  });

  test('a failed rename and a failed new default roll back exactly, each with its message at the card', async () => {
    const { container } = renderManage(<ManageSavedCards />, {
      change: () => Response.json({ error: { message: 'Gateway down.' } }, { status: 502 }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Mastercard ending in 4444' }));
    const field = screen.getByRole('textbox', { name: 'Card name' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Old card{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Mastercard ending in 4444 could not be renamed.');
    expect(rowOf(alert)).toContainElement(screen.getByText('Work card'));
    expect(screen.queryByText('Old card')).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename Mastercard ending in 4444' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Make default: American Express ending in 1258' }));
    await waitFor(() =>
      expect(screen.getByText(/American Express ending in 1258 could not be made your default card/)).toBeVisible(),
    );
    expect(order(container)).toEqual(['4242', '4444', '1258', '7713']);
    expect(screen.getAllByText('Preferred')).toHaveLength(1);
    expect(within(rowOf(screen.getByText('Preferred'))).getByText('•••• 4242')).toBeVisible();
    // Focus moved from the vanished Make default to the card's next action, and stays in the card.
    expect(screen.getByRole('button', { name: 'Rename American Express ending in 1258' })).toHaveFocus();
    expect(await violations(container)).toEqual([]);
  });

  test('after a delete focus goes to the next card; the card leaves only once the backend confirmed', async () => {
    const { container } = renderManage(<ManageSavedCards />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Mastercard ending in 4444' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(order(container)).toEqual(['4242', '1258', '7713']));
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Actions for American Express ending in 1258' })).toContainElement(
        document.activeElement as HTMLElement,
      ),
    );
    expect(live(container)).toHaveTextContent('Mastercard ending in 4444 was removed');
  });
});

test('focus the shopper moved away themselves is not pulled back when the list changes', async () => {
  const { queryClient, container } = renderManage(
    <>
      <ManageSavedCards />
      <p>Elsewhere on the page</p>
    </>,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
  await waitFor(() => expect(live(container)).toHaveTextContent('is now your default card.'));
  // A click on plain text: focus goes to the page.
  await userEvent.click(screen.getByText('Elsewhere on the page'));
  expect(document.activeElement).toBe(document.body);
  // The list changes under it (another tab made the Visa the default again): focus stays where the shopper left it.
  await queryClient.refetchQueries();
  await userEvent.click(screen.getByRole('button', { name: 'Make default: Visa ending in 4242' }));
  await userEvent.click(screen.getByText('Elsewhere on the page'));
  await queryClient.refetchQueries();
  await waitFor(() => expect(order(container)[0]).toBe('4242'));
  expect(document.activeElement).toBe(document.body);
});

describe('capabilities', () => {
  /** The action buttons of the card ending in `last4`, in the order shown. */
  const actionsOf = (last4: string) =>
    within(rowOf(screen.getByText(`•••• ${last4}`)))
      .queryAllByRole('button')
      .map((button) => button.textContent);

  // Every combination of the three, spelled out: delete, setDefault, rename.
  const combinations = [false, true].flatMap((remove) =>
    [false, true].flatMap((setDefault) => [false, true].map((rename) => ({ delete: remove, setDefault, rename }))),
  );

  test.each(combinations)(
    'delete $delete, setDefault $setDefault, rename $rename: each card shows exactly what the backend can do',
    async (capabilities) => {
      const { container } = renderManage(<ManageSavedCards />, { capabilities });
      await screen.findByRole('list', { name: 'Saved cards' });
      const when = (allowed: boolean, action: string) => (allowed ? [action] : []);
      // A non-default active card: Make default, Rename, Delete.
      expect(actionsOf('1258')).toEqual([
        ...when(capabilities.setDefault, 'Make default'),
        ...when(capabilities.rename, 'Rename'),
        ...when(capabilities.delete, 'Delete'),
      ]);
      // The default card is never offered Make default.
      expect(actionsOf('4242')).toEqual([
        ...when(capabilities.rename, 'Rename'),
        ...when(capabilities.delete, 'Delete'),
      ]);
      // An expired card: never Make default; the same order as every card (issue 20), so Delete is always last.
      expect(actionsOf('7713')).toEqual([
        ...when(capabilities.rename, 'Rename'),
        ...when(capabilities.delete, 'Delete'),
      ]);
      const groups = screen.queryAllByRole('group', { name: /^Actions for / });
      expect(groups).toHaveLength(capabilities.delete || capabilities.rename ? 4 : capabilities.setDefault ? 2 : 0);
      expect(await violations(container)).toEqual([]);
    },
  );

  test('a list answer without a capabilities field: Delete only, on every card', async () => {
    const { container } = renderManage(<ManageSavedCards />, { capabilities: null });
    await screen.findByRole('list', { name: 'Saved cards' });
    for (const last4 of ['4242', '4444', '1258', '7713']) expect(actionsOf(last4)).toEqual(['Delete']);
    expect(await violations(container)).toEqual([]);
  });
});

describe('axe, in every state', () => {
  test('loaded, renaming, refused, saving, Arabic: zero violations', async () => {
    let release!: () => void;
    const { container } = renderManage(
      <>
        <ManageSavedCards />
        <ManageSavedCards messages={ar} />
      </>,
      {
        change: () =>
          new Promise<Response>((resolve) => (release = () => resolve(new Response(null, { status: 204 })))),
      },
    );
    await screen.findAllByRole('list');
    expect(await violations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Rename Visa ending in 4242' }));
    expect(await violations(container)).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Card name' }), '12345{Enter}');
    expect(await violations(container)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Make default: American Express ending in 1258' }));
    await waitFor(() => expect(container.querySelector('[data-state="saving"]')).not.toBeNull());
    expect(await violations(container)).toEqual([]);
    release();
  });

  test.each([
    ['failed load', () => Response.json({ detail: 'down' }, { status: 401 }), 'Try again'],
    ['empty', () => Response.json({ cards: [] }), 'You have no saved cards yet.'],
  ])('%s: zero violations', async (_state, answer, text) => {
    const client = createSavedCardsClient({ endpoint: '/api/cards', fetch: async () => answer() });
    const { container } = render(
      <SavedCardsProvider
        client={client}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <ManageSavedCards />
      </SavedCardsProvider>,
    );
    await screen.findByText(text);
    expect(await violations(container)).toEqual([]);
  });
});

describe('a 375 px phone', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  });

  test.each(['en', 'ar'] as const)(
    "%s: nothing overflows, and each card's actions menu button sits beside its text, inside the row",
    async (locale) => {
      // A phone's page, with the usual 16 px at each side.
      const { container } = renderManage(
        <div style={{ inlineSize: 375, paddingInline: 16, boxSizing: 'border-box' }}>
          <ManageSavedCards messages={locale === 'ar' ? ar : undefined} />
        </div>,
      );
      await screen.findByRole('list');
      const root = container.querySelector<HTMLElement>('[data-sc-root]')!;
      const box = root.getBoundingClientRect();
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      for (const element of root.querySelectorAll<HTMLElement>('[data-sc-part]:not([data-sc-part="live"])')) {
        // The inline actions are not shown on a phone: their menu is.
        if (!element.checkVisibility()) continue;
        const rect = element.getBoundingClientRect();
        expect(rect.left, element.dataset.scPart).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(rect.right, element.dataset.scPart).toBeLessThanOrEqual(box.right + 0.5);
      }
      for (const actions of root.querySelectorAll('[data-sc-part="menu-button"]')) {
        const summary = rowOf(actions).querySelector('[data-sc-part="summary"]')!.getBoundingClientRect();
        // Beside the card's text, at its end: right to left, at the left.
        const button = actions.getBoundingClientRect();
        expect(button.top).toBeLessThan(summary.bottom);
        if (locale === 'ar') expect(button.right).toBeLessThanOrEqual(summary.left + 0.5);
        else expect(button.left).toBeGreaterThanOrEqual(summary.right - 0.5);
      }
      // On a phone the name field has a line of its own, Save and Cancel side by side under it; every row,
      // the field and its buttons stay inside the list.
      await userEvent.click(root.querySelector<HTMLElement>('[data-sc-part="menu-button"]')!);
      await userEvent.click(root.querySelector<HTMLElement>('[role="menuitem"][data-sc-part="rename"]')!);
      const form = root.querySelector('[data-sc-part="rename-form"]')!;
      const [input, save, cancel] = ['rename-input', 'rename-save', 'rename-cancel'].map((part) =>
        form.querySelector(`[data-sc-part="${part}"]`)!.getBoundingClientRect(),
      );
      expect(Math.abs(cancel!.top - save!.top)).toBeLessThanOrEqual(1);
      expect(save!.top).toBeGreaterThanOrEqual(input!.bottom - 0.5);
      expect(input!.width).toBeGreaterThanOrEqual(200);
      const list = root.querySelector('[data-sc-part="list"]')!.getBoundingClientRect();
      const rows = [...root.querySelectorAll('[data-sc-part="row"]')].map((row) => row.getBoundingClientRect());
      for (const box of [input!, save!, cancel!, ...rows]) {
        expect(box.left).toBeGreaterThanOrEqual(list.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(list.right + 0.5);
      }
    },
  );

  test('under a coarse pointer every action, the name field and its buttons are at least 44 by 44 px', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    const { container } = renderManage(
      <div style={{ inlineSize: 375 }}>
        <ManageSavedCards />
      </div>,
    );
    await screen.findByRole('list');
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Mastercard ending in 4444' }));
    const small: string[] = [];
    const shown = () => [...container.querySelectorAll('button, input')].filter((control) => control.checkVisibility());
    for (const control of shown()) {
      const { width, height } = control.getBoundingClientRect();
      if (width < 44 || height < 44)
        small.push(`${control.getAttribute('aria-label') ?? control.textContent}: ${width}x${height}`);
    }
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename Mastercard ending in 4444' }));
    for (const control of shown()) {
      const { width, height } = control.getBoundingClientRect();
      if (width < 44 || height < 44)
        small.push(`${control.getAttribute('aria-label') ?? control.textContent}: ${width}x${height}`);
    }
    expect(small).toEqual([]);
    expect(shown().length).toBeGreaterThanOrEqual(6);
  });
});
