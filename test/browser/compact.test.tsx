/// <reference types="vite/client" />
// Issue 20 in real Chromium: short rows on a phone, delete behind an edit mode, the account page's actions menu,
// 44 px targets under a coarse pointer, and no layout shift from the skeleton to the list.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { violations } from './ottu-kit';
import type { SavedCardsJsonCard } from '../../src/adapters/json';
import { ar } from '../../src/i18n/ar';
import ottuCards from '../fixtures/ottu-user-cards.json';
import {
  createSavedCardsClient,
  jsonAdapter,
  ManageSavedCards,
  ottuAdapter,
  SavedCards,
  SavedCardsProvider,
} from '../../src/index';

const ALL = { delete: true, setDefault: true, rename: true };

function checkout(
  ui: ReactNode,
  list: () => Response | Promise<Response> = () => Response.json(ottuCards),
  remove: () => Response | Promise<Response> = () => new Response(null, { status: 204 }),
) {
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async (_input, init) => (init?.method === 'DELETE' ? remove() : list()),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

function account(cards: SavedCardsJsonCard[]) {
  return {
    client: createSavedCardsClient({
      endpoint: '/api/cards',
      adapter: jsonAdapter(),
      now: () => new Date(2026, 5, 15),
      fetch: async (_input, init) => {
        if ((init?.method ?? 'GET') !== 'GET') return new Response(null, { status: 204 });
        return Response.json({ cards, capabilities: ALL });
      },
    }),
  };
}

function seed(): SavedCardsJsonCard[] {
  return [
    { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
    { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 3, expiryYear: 2029, nickname: 'Work card' },
    {
      token: 'tok_amex',
      brand: 'amex',
      last4: '1258',
      expiryMonth: 7,
      expiryYear: 2026,
      holderName: 'FATIMA AL-SABAH',
      deleteBlocked: { code: 'agreement' },
    },
    { token: 'tok_mada', brand: 'mada', last4: '7713', expiryMonth: 2, expiryYear: 2024 },
  ];
}

function manage(ui: ReactNode, cards: SavedCardsJsonCard[] = seed()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <SavedCardsProvider client={account(cards).client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

const rows = (container: Element) => [...container.querySelectorAll<HTMLElement>('[data-sc-part="row"]')];
const live = (container: Element) => container.querySelector('[aria-live="polite"]')!;

beforeEach(async () => {
  sessionStorage.clear();
  await page.viewport(1280, 812);
});

afterEach(async () => {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
});

describe.each(['en', 'ar'] as const)('short rows at 375 px (%s)', (locale) => {
  const messages = locale === 'ar' ? ar : undefined;

  test('checkout: every row not chosen is at most 72 px; the holder is its description, shown on a wide page', async () => {
    const { container, unmount } = checkout(
      <div style={{ inlineSize: 375 }}>
        <SavedCards allowDelete messages={messages} />
      </div>,
    );
    await screen.findAllByRole('radio');
    const heights = rows(container)
      .filter((row) => !row.querySelector('[aria-checked="true"]') && !row.querySelector('[role="alert"]'))
      .map((row) => row.getBoundingClientRect().height);
    console.log(`checkout rows at 375 px (${locale}): ${heights.map((height) => height.toFixed(1)).join(', ')}`);
    expect(heights).toHaveLength(3);
    for (const height of heights) expect(height).toBeLessThanOrEqual(72);
    const holder = container.querySelector<HTMLElement>('[data-sc-part="holder"]')!;
    expect(holder).not.toBeVisible();
    expect(holder.closest('[role="radio"]')).toHaveAccessibleDescription(/FATIMA AL-SABAH/);
    // At most one badge on a row: the mada card expires soon, the Visa is preferred.
    for (const row of rows(container))
      expect(
        [...row.querySelectorAll('[data-sc-part="badge"]')].filter((badge) => badge.checkVisibility()).length,
      ).toBeLessThanOrEqual(1);
    unmount();

    const wide = checkout(
      <div style={{ inlineSize: 1280 }}>
        <SavedCards allowDelete messages={messages} />
      </div>,
    );
    await screen.findAllByRole('radio');
    expect(wide.container.querySelector('[data-sc-part="holder"]')).toBeVisible();
  });

  test('account page: every card is at most 88 px with no field, menu or alert open', async () => {
    const { container } = manage(
      <div style={{ inlineSize: 375 }}>
        <ManageSavedCards messages={messages} />
      </div>,
    );
    await screen.findByRole('list');
    // A blocked Delete's reason is the card's own text, under it: the card above it keeps the limit.
    const heights = rows(container).map(
      (row) =>
        row.getBoundingClientRect().height -
        (row.querySelector('[data-sc-part="blocked-reason"]')?.getBoundingClientRect().height ?? 0),
    );
    console.log(`account rows at 375 px (${locale}): ${heights.map((height) => height.toFixed(1)).join(', ')}`);
    expect(heights).toHaveLength(4);
    for (const height of heights) expect(height).toBeLessThanOrEqual(88);
    // The blocked reason is under the card's text, the row's whole width less the mark.
    const reason = container.querySelector<HTMLElement>('[data-sc-part="blocked-reason"]')!;
    const row = reason.closest('li')!.getBoundingClientRect();
    expect(reason.getBoundingClientRect().width).toBeGreaterThan(row.width - 80);
  });
});

describe('the checkout edit mode', () => {
  test('"Edit" shows every Delete, is announced, and "Done" hides them again with focus on the toggle', async () => {
    const { container } = checkout(<SavedCards allowDelete />);
    await screen.findAllByRole('radio');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Edit' });
    // Beside the heading, not inside it.
    expect(screen.getByRole('heading', { name: 'Saved cards' })).not.toContainElement(toggle);
    await userEvent.click(toggle);
    expect(toggle).toHaveAccessibleName('Done');
    expect(toggle).toHaveFocus();
    expect(live(container)).toHaveTextContent('Editing saved cards');
    expect(screen.getAllByRole('button', { name: /^Delete / })).toHaveLength(4);
    // Choosing stays possible while editing.
    await userEvent.click(screen.getByRole('radio', { name: /American Express ending in 1009/ }));
    expect(screen.getByRole('radio', { name: /American Express ending in 1009/ })).toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).toHaveAccessibleName('Edit');
    expect(toggle).toHaveFocus();
    expect(live(container)).toHaveTextContent('Finished editing saved cards');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
  });

  test('Escape in the list leaves edit mode and returns focus to the toggle; a Delete is at most 2 presses further', async () => {
    const { container } = checkout(
      <>
        <button type="button">Before</button>
        <SavedCards allowDelete />
      </>,
    );
    await screen.findAllByRole('radio');
    screen.getByRole('button', { name: 'Before' }).focus();
    // Today: Tab (the chosen card), Tab (its Delete). Now: Tab (Edit), Enter, Tab, Tab.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Delete Visa ending in 0026' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
    expect(live(container)).toHaveTextContent('Finished editing saved cards');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
  });

  test('the dialog and its guarantees hold in edit mode: Cancel returns to the Delete, Escape closes only the dialog', async () => {
    checkout(<SavedCards allowDelete />);
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const remove = screen.getByRole('button', { name: 'Delete American Express ending in 1009' });
    await userEvent.click(remove);
    expect(screen.getByRole('alertdialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Done' })).toBeVisible();
  });

  test('in edit mode a failed delete puts exactly that card back, in its place, with its message and focus; a success takes it away', async () => {
    let deleted = false;
    let answer = () => Response.json({ detail: 'down' }, { status: 500 });
    const { container } = checkout(
      <SavedCards allowDelete />,
      () => Response.json(deleted ? ottuCards.filter((card) => !card.number.endsWith('1009')) : ottuCards),
      () => answer(),
    );
    await screen.findAllByRole('radio');
    const names = () => screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'));
    const before = names();
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('American Express ending in 1009 could not be deleted.');
    expect(alert.closest('[data-sc-part="row"]')).toHaveTextContent('1009');
    expect(names()).toEqual(before);
    expect(screen.getByRole('radio', { name: /^American Express ending in 1009/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Done' })).toBeVisible();

    answer = () => {
      deleted = true;
      return new Response(null, { status: 204 });
    };
    await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
    await waitFor(() => expect(live(container)).toHaveTextContent('American Express ending in 1009 was removed'));
    expect(names()).toEqual(before.filter((name) => !name?.startsWith('American Express')));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toHaveAttribute('role', 'radio');
  });

  test('alwaysShowDelete keeps every Delete in view and no toggle', async () => {
    checkout(<SavedCards allowDelete alwaysShowDelete />);
    await screen.findAllByRole('radio');
    expect(screen.getAllByRole('button', { name: /^Delete / })).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  test('axe: zero violations in edit mode, with a blocked reason', async () => {
    const { container } = checkout(<SavedCards allowDelete />);
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByText(/automatic payment agreement/)).toBeVisible();
    expect(await violations(container)).toEqual([]);
  });
});

describe('the account page menu button (under 480 px)', () => {
  const narrow = (ui: ReactNode) => manage(<div style={{ inlineSize: 375 }}>{ui}</div>);

  test('keyboard: Enter, Space and Down open it; arrows, Home and End move; Escape closes and returns focus; Tab leaves', async () => {
    const { container } = narrow(<ManageSavedCards />);
    await screen.findByRole('list');
    expect(screen.queryByRole('group', { name: 'Actions for Visa ending in 4242' })).toBeNull();
    const button = screen.getByRole('button', { name: 'Actions for Mastercard ending in 4444' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Actions for Mastercard ending in 4444' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Make default', 'Rename', 'Delete']);
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(items[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(items[2]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowDown}');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowUp}');
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem').at(-1)).toHaveFocus();
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Actions for American Express ending in 1258' })).toHaveFocus();
    expect(container.querySelector('[role="menu"]')).toBeNull();
  });

  test('Rename from the menu opens the field on the card; Escape returns focus to the menu button', async () => {
    narrow(<ManageSavedCards />);
    await screen.findByRole('list');
    const button = screen.getByRole('button', { name: 'Actions for Visa ending in 4242' });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename Visa ending in 4242' }));
    expect(screen.getByRole('textbox', { name: 'Card name' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    // The field replaced the card's actions: this is the menu button mounted again in their place.
    expect(screen.getByRole('button', { name: 'Actions for Visa ending in 4242' })).toHaveFocus();
  });

  test('Delete from the menu opens the alert dialog; Cancel returns focus to the menu button; a blocked Delete is described', async () => {
    narrow(<ManageSavedCards />);
    await screen.findByRole('list');
    const button = screen.getByRole('button', { name: 'Actions for Mastercard ending in 4444' });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete Mastercard ending in 4444' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(button).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for American Express ending in 1258' }));
    const blocked = screen.getByRole('menuitem', { name: 'Delete American Express ending in 1258' });
    expect(blocked).toHaveAttribute('aria-disabled', 'true');
    expect(blocked).toHaveAccessibleDescription(/automatic payment agreement/);
    // Playwright refuses to click an aria-disabled control; a shopper's click reaches it.
    blocked.click();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('touch: a tap opens it, a tap on an item acts, a tap outside closes it; every target is 44 px', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    narrow(<ManageSavedCards />);
    await screen.findByRole('list');
    const tap = async (element: Element) => {
      // CDP taps in the top page's pixels; the test runs in vitest's iframe, scaled to fit: walk up the frames.
      const box = element.getBoundingClientRect();
      let point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      for (let view: Window = window; view.frameElement; view = view.parent) {
        const frame = view.frameElement.getBoundingClientRect();
        const scale = frame.width / view.innerWidth;
        point = { x: frame.left + point.x * scale, y: frame.top + point.y * scale };
      }
      await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const small = (element: Element) => {
      const { width, height } = element.getBoundingClientRect();
      return width < 44 || height < 44;
    };
    const buttons = screen.getAllByRole('button', { name: /^Actions for / });
    expect(buttons.filter(small)).toEqual([]);
    await tap(buttons[1]!);
    await waitFor(() => expect(screen.getByRole('menu')).toBeVisible());
    expect(screen.getAllByRole('menuitem').filter(small)).toEqual([]);
    await tap(screen.getByRole('heading', { name: 'Saved cards' }));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await tap(buttons[1]!);
    await waitFor(() => expect(screen.getByRole('menu')).toBeVisible());
    await tap(screen.getByRole('menuitem', { name: 'Make default: Mastercard ending in 4444' }));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() =>
      expect(live(document.body)).toHaveTextContent('Mastercard ending in 4444 is now your default card.'),
    );
  });

  test('axe: zero violations with the menu open and with a blocked reason', async () => {
    const { container } = narrow(<ManageSavedCards />);
    await screen.findByRole('list');
    await userEvent.click(screen.getByRole('button', { name: 'Actions for American Express ending in 1258' }));
    expect(screen.getByRole('menu')).toBeVisible();
    expect(await violations(container)).toEqual([]);
  });

  test('a wide container keeps the inline buttons, in the same order on every card', async () => {
    manage(
      <div style={{ inlineSize: 800 }}>
        <ManageSavedCards />
      </div>,
    );
    await screen.findByRole('list');
    expect(screen.queryByRole('button', { name: /^Actions for / })).toBeNull();
    const orders = screen.getAllByRole('group', { name: /^Actions for / }).map((group) =>
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    );
    const rank = (text: string | null) => ['Make default', 'Rename', 'Delete'].indexOf(text ?? '');
    for (const texts of orders) expect(texts.map(rank)).toEqual([...texts.map(rank)].sort());
    expect(orders.at(-1)).toEqual(['Rename', 'Delete']);
  });
});

test('under a coarse pointer the Edit toggle is at least 44 by 44 px and the header does not grow for it', async () => {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  const { container } = checkout(
    <div style={{ inlineSize: 375 }}>
      <SavedCards allowDelete />
    </div>,
  );
  const heading = screen.getByRole('heading', { name: 'Saved cards' });
  const before = heading.getBoundingClientRect().top;
  const listTop = container.querySelector('[data-sc-part="loading"]')!.getBoundingClientRect().top;
  await screen.findAllByRole('radio');
  const toggle = screen.getByRole('button', { name: 'Edit' }).getBoundingClientRect();
  expect(toggle.width).toBeGreaterThanOrEqual(44);
  expect(toggle.height).toBeGreaterThanOrEqual(44);
  expect(Math.abs(heading.getBoundingClientRect().top - before)).toBeLessThan(0.5);
  expect(
    Math.abs(container.querySelector('[data-sc-part="list"]')!.getBoundingClientRect().top - listTop),
  ).toBeLessThan(0.5);
});

describe('the skeleton', () => {
  test('remembers only the count of the last list of this customer in this tab, else placeholderCount, else 3', async () => {
    const slow = () => new Promise<Response>(() => {});
    let view = checkout(<SavedCards customerId="cust-7f3a" />);
    await screen.findAllByRole('radio');
    view.unmount();
    const stored = Object.entries(sessionStorage);
    expect(stored).toHaveLength(1);
    const [key, value] = stored[0]!;
    expect(value).toBe('4');
    expect(key).not.toMatch(/cust-7f3a|0026|4444|7713|1009/);

    view = checkout(<SavedCards customerId="cust-7f3a" />, slow);
    expect(view.container.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(4);
    view.unmount();
    view = checkout(<SavedCards customerId="someone-else" placeholderCount={2} />, slow);
    expect(view.container.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(2);
    view.unmount();
    view = checkout(<SavedCards customerId="a-third" />, slow);
    expect(view.container.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(3);
    expect(await violations(view.container)).toEqual([]);
  });
});

/** Cards for the CLS runs: the demo's four, repeated with new tokens and numbers. */
function ottuList(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const card = ottuCards[index % ottuCards.length]!;
    const last4 = String(1000 + index);
    return { ...card, token: `${card.token}${index}`, number: `**** ${last4}` };
  });
}
function jsonList(count: number): SavedCardsJsonCard[] {
  return Array.from({ length: count }, (_, index) => ({
    ...seed()[index % 4]!,
    token: `tok_${index}`,
    last4: String(1000 + index),
  }));
}

/**
 * The cumulative layout shift from the skeleton to the list, with the list in view: a page taller than the
 * screen, scrolled so the kit's heading is near the top, and a Pay button under the list.
 */
async function layoutShift(ui: (key: string) => ReactNode, mount: (ui: ReactNode, arrived: Promise<void>) => void) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  mount(
    <>
      <div style={{ blockSize: 1500 }} />
      <div data-testid="kit">{ui('k')}</div>
      <button type="button">Pay</button>
      {/* The rest of the checkout, painted, as a page has it: what moves when the list grows. */}
      <p style={{ blockSize: 1500, margin: 0, background: '#eee' }}>Order summary</p>
    </>,
    arrived,
  );
  const kit = screen.getByTestId('kit');
  window.scrollTo(0, kit.getBoundingClientRect().top + window.scrollY - 80);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift', buffered: false });
  arrive();
  await waitFor(() => expect(kit.querySelector('[data-sc-part="row"]')).not.toBeNull());
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150)));
  observer.disconnect();
  window.scrollTo(0, 0);
  return shifts.reduce((sum, value) => sum + value, 0);
}

describe.each([375, 1280])('CLS from the skeleton to the list, in view, at %i px', (width) => {
  test.each([1, 4, 8])('checkout, %i cards, the second load in this tab: below 0.1', async (count) => {
    await page.viewport(width, 812);
    const cards = ottuList(count);
    // The first load of this tab session teaches the count.
    const first = checkout(<SavedCards customerId="cust" allowDelete />, () => Response.json(cards));
    await screen.findAllByRole('radio');
    first.unmount();
    let view: ReturnType<typeof checkout> | undefined;
    const cls = await layoutShift(
      () => <SavedCards customerId="cust" allowDelete />,
      (ui, arrived) => {
        view = checkout(ui, async () => {
          await arrived;
          return Response.json(cards);
        });
      },
    );
    console.log(`CLS checkout ${width}px ${count} cards: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1);
    view?.unmount();
  });

  test.each([1, 4, 8])('checkout, %i cards, first load with placeholderCount: below 0.1', async (count) => {
    await page.viewport(width, 812);
    const cards = ottuList(count);
    const cls = await layoutShift(
      () => <SavedCards customerId="new" placeholderCount={count} />,
      (ui, arrived) => {
        checkout(ui, async () => {
          await arrived;
          return Response.json(cards);
        });
      },
    );
    console.log(`CLS checkout (placeholderCount) ${width}px ${count} cards: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1);
  });

  test.each([1, 4, 8])('account page, %i cards, the second load in this tab: below 0.1', async (count) => {
    await page.viewport(width, 812);
    const cards = jsonList(count);
    const first = manage(<ManageSavedCards customerId="cust" />, cards);
    await screen.findByRole('list');
    first.unmount();
    const cls = await layoutShift(
      () => <ManageSavedCards customerId="cust" />,
      (ui, arrived) => {
        const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
        const client = createSavedCardsClient({
          endpoint: '/api/cards',
          adapter: jsonAdapter(),
          now: () => new Date(2026, 5, 15),
          fetch: async () => {
            await arrived;
            return Response.json({ cards, capabilities: ALL });
          },
        });
        render(
          <SavedCardsProvider client={client} queryClient={queryClient}>
            {ui}
          </SavedCardsProvider>,
        );
      },
    );
    console.log(`CLS account ${width}px ${count} cards: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.1);
  });
});

test('Add a card (issue 19.6): the panel opens, refreshAndChoose lists the new card, focuses it and announces it; close returns focus', async () => {
  const cards = seed().slice(0, 2);
  const { container } = manage(
    <ManageSavedCards
      addCard={{
        panel: (step) => (
          <>
            <button
              type="button"
              onClick={() => {
                cards.push({ token: 'tok_new', brand: 'visa', last4: '1881', expiryMonth: 1, expiryYear: 2032 });
                void step.refreshAndChoose('tok_new');
              }}
            >
              Save card
            </button>
            <button type="button" onClick={step.close}>
              Never mind
            </button>
          </>
        ),
      }}
    />,
    cards,
  );
  await screen.findByRole('list');
  const add = screen.getByRole('button', { name: 'Add a card' });
  await userEvent.click(add);
  expect(add).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('group', { name: 'Add a card' })).toContainElement(
    screen.getByRole('button', { name: 'Never mind' }),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Never mind' }));
  expect(add).toHaveFocus();
  expect(screen.queryByRole('group', { name: 'Add a card' })).toBeNull();
  await userEvent.click(add);
  await userEvent.click(screen.getByRole('button', { name: 'Save card' }));
  await waitFor(() => expect(live(container)).toHaveTextContent('Visa ending in 1881 was added'));
  expect(rows(container)).toHaveLength(3);
  expect(document.activeElement).toBe(rows(container).find((row) => row.textContent?.includes('1881')));
  expect(screen.queryByRole('group', { name: 'Add a card' })).toBeNull();
  expect(await violations(container)).toEqual([]);
});
