/// <reference types="vite/client" />
import { ar } from '../../src/i18n/ar';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { never, renderCards, violations } from './ottu-kit';
import ottuCards from '../fixtures/ottu-user-cards.json';
import {
  cardName,
  createSavedCardsClient,
  jsonAdapter,
  SavedCards,
  SavedCardsProvider,
  useSavedCards,
  type SavedCard,
} from '../../src/index';
import type { PaymentChoice } from '../../src/core/choice';

// `<SavedCards>` tells `onValueChange` a choice (issues 19 and 22); these tests are about the cards it chooses.
const cardOf = (handler: (card: SavedCard | null) => void) => (choice: PaymentChoice | null) =>
  handler(choice?.kind === 'card' ? choice.card : null);
const cardKey = (token: string | null | undefined) => (token == null ? token : { kind: 'card' as const, token });

// msw's service worker would need a served worker file; a fake fetch at the client's edge does the same job here.

async function emulateDark(dark: boolean) {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }],
  });
}

afterEach(async () => {
  await emulateDark(false);
});

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [red, green, blue] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each(['light', 'dark'] as const)('axe finds nothing in the %s theme', (theme) => {
  test('the list with preferred, expiring, blocked and expired cards', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete theme={theme} />);
    await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    expect(await violations(container)).toEqual([]);
  });

  test('the delete confirmation', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete theme={theme} />);
    await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
    expect(screen.getByRole('alertdialog')).toBeVisible();
    expect(await violations(container)).toEqual([]);
  });

  test('a delete waiting for the backend: focus stays on the pressed button, whose "Deleting…" stays readable', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete theme={theme} />, undefined, never);
    await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
    await userEvent.keyboard('{Tab}{Enter}');
    const confirm = within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Deleting…' });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    const style = getComputedStyle(confirm);
    expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5);
    expect(await violations(container)).toEqual([]);
  });

  test('Arabic', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete theme={theme} messages={ar} />);
    await screen.findAllByRole('radio');
    expect(await violations(container)).toEqual([]);
  });

  test('loading, empty and error', async () => {
    const loading = renderCards(<SavedCards theme={theme} />, never);
    expect(screen.getByRole('status', { name: 'Loading saved cards' })).toBeInTheDocument();
    expect(await violations(loading.container)).toEqual([]);
    loading.unmount();

    const empty = renderCards(<SavedCards theme={theme} emptyContent={<a href="/cards/new">Add a card</a>} />, () =>
      Response.json([]),
    );
    await screen.findByText('You have no saved cards yet.');
    expect(await violations(empty.container)).toEqual([]);
    empty.unmount();

    const failed = renderCards(<SavedCards theme={theme} />, () => Response.json({ detail: 'no' }, { status: 401 }));
    await screen.findByRole('alert');
    expect(await violations(failed.container)).toEqual([]);
  });
});

test('the theme follows the page, not the OS; theme="light|dark" forces one and theme="system" follows the OS', async () => {
  const colours = async (ui: ReactNode) => {
    const view = renderCards(ui);
    await within(view.container).findAllByRole('radio');
    const root = view.container.querySelector('[data-sc-root]') as HTMLElement;
    const style = getComputedStyle(root);
    const result = { color: style.color, background: style.backgroundColor };
    expect(await violations(view.container)).toEqual([]);
    view.unmount();
    return result;
  };
  const light = 'rgb(31, 35, 40)';
  const dark = 'rgb(230, 237, 243)';
  // No background of its own: the merchant's panel shows through.
  expect(await colours(<SavedCards />)).toEqual({ color: light, background: 'rgba(0, 0, 0, 0)' });
  // A forced theme brings its own background, since it may differ from the page's.
  expect(await colours(<SavedCards theme="dark" />)).toEqual({ color: dark, background: 'rgb(13, 17, 23)' });
  await emulateDark(true);
  // A light page viewed on a dark OS stays light.
  expect((await colours(<SavedCards />)).color).toBe(light);
  expect((await colours(<SavedCards theme="system" />)).color).toBe(dark);
  expect((await colours(<SavedCards theme="light" />)).color).toBe(light);
  await emulateDark(false);
  // A dark page (its color-scheme) makes the kit dark on a light OS.
  expect(
    (
      await colours(
        <div style={{ colorScheme: 'dark', background: '#000' }}>
          <SavedCards />
        </div>,
      )
    ).color,
  ).toBe(dark);
});

test('unstyled: the stylesheet leaves the kit alone', async () => {
  const { container } = renderCards(<SavedCards unstyled allowDelete alwaysShowDelete />);
  await screen.findAllByRole('radio');
  const row = container.querySelector('[data-sc-part="row"]') as HTMLElement;
  expect(getComputedStyle(row).display).toBe('block');
  expect(getComputedStyle(row).borderTopStyle).toBe('none');
});

test('Tab stays inside the delete dialog with a real keyboard; Escape returns focus', async () => {
  renderCards(
    <>
      <button type="button">before</button>
      <SavedCards allowDelete alwaysShowDelete />
      <button type="button">after</button>
    </>,
  );
  await screen.findAllByRole('radio');
  const deleteButton = screen.getByRole('button', { name: 'Delete American Express ending in 1009' });
  await userEvent.click(deleteButton);
  const dialog = screen.getByRole('alertdialog', { name: 'Delete American Express ending in 1009?' });
  const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
  const confirm = within(dialog).getByRole('button', { name: 'Delete card' });
  expect(cancel).toHaveFocus();
  for (const expected of [confirm, cancel, confirm, cancel]) {
    await userEvent.keyboard('{Tab}');
    expect(expected).toHaveFocus();
  }
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(confirm).toHaveFocus();
  // A click on the backdrop (it hits the dialog, outside its box) neither closes the dialog nor takes focus away.
  const box = dialog.getBoundingClientRect();
  await userEvent.click(dialog, { position: { x: 2 - box.left, y: 2 - box.top } });
  expect(dialog).toBeVisible();
  expect(confirm).toHaveFocus();
  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(deleteButton).toHaveFocus();
});

test('arrow keys choose cards with a real keyboard, and focus moves to the next card after a delete', async () => {
  renderCards(<SavedCards allowDelete alwaysShowDelete />);
  const radios = await screen.findAllByRole('radio');
  await userEvent.keyboard('{Tab}');
  expect(radios[0]).toHaveFocus();
  await userEvent.keyboard('{ArrowDown}');
  expect(radios[1]).toHaveAttribute('aria-checked', 'true');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
  await waitFor(() =>
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Visa ending in 0026 was removed'),
  );
  expect(screen.getByRole('radio', { name: /mada ending in 7713/ })).toHaveFocus();
});

test('Arabic mirrors the layout: the delete button sits on the left of its card', async () => {
  // Wide enough for Delete to sit beside its card (a narrower container stacks the row, issue 10).
  const english = renderCards(
    <div style={{ inlineSize: 640 }}>
      <SavedCards allowDelete alwaysShowDelete />
    </div>,
  );
  const visa = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
  const remove = screen.getByRole('button', { name: 'Delete Visa ending in 0026' });
  expect(remove.getBoundingClientRect().left).toBeGreaterThan(visa.getBoundingClientRect().right - 1);
  english.unmount();

  const { container } = renderCards(
    <div style={{ inlineSize: 640 }}>
      <SavedCards allowDelete alwaysShowDelete messages={ar} />
    </div>,
  );
  const arabicVisa = await screen.findByRole('radio', { name: /فيزا/ });
  const arabicRemove = screen.getByRole('button', { name: /^حذف فيزا/ });
  expect(arabicRemove.getBoundingClientRect().right).toBeLessThan(arabicVisa.getBoundingClientRect().left + 1);
  // The masked number still reads left to right.
  const number = within(arabicVisa).getByText('•••• 0026');
  expect(getComputedStyle(number).direction).toBe('ltr');
  expect(container.querySelector('section')).toHaveAttribute('dir', 'rtl');
});

test('the focused card leaves in a refetch (deleted in another tab): focus moves to the next card, not to the page', async () => {
  let cards = [...ottuCards];
  const { queryClient } = renderCards(<SavedCards allowDelete alwaysShowDelete />, () => Response.json(cards));
  const radios = await screen.findAllByRole('radio');
  await userEvent.keyboard('{Tab}{ArrowDown}');
  const focused = radios[1]!;
  expect(focused).toHaveFocus();
  const name = focused.getAttribute('aria-label')!;
  const next = radios[2]!.getAttribute('aria-label')!;

  cards = cards.filter((card) => !name.includes(` ${card.number.slice(-4)},`));
  // The list is refetched (the shopper came back to the tab, or the merchant invalidated it).
  void queryClient.invalidateQueries();
  await waitFor(() => expect(screen.queryByRole('radio', { name })).not.toBeInTheDocument());
  await waitFor(() => expect(screen.getByRole('radio', { name: next })).toHaveFocus());
});

describe("<SavedCards allowDelete alwaysShowDelete> and the list answer's capabilities", () => {
  const cards = [
    { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
    { token: 'tok_amex', brand: 'amex', last4: '1258', expiryMonth: 11, expiryYear: 2031 },
    { token: 'tok_mada', brand: 'mada', last4: '7713', expiryMonth: 2, expiryYear: 2024 },
  ];

  /** The kit's JSON contract: `{ cards }` plus, when given, `capabilities`. */
  function renderJson(body: object) {
    const client = createSavedCardsClient({
      endpoint: '/api/cards',
      adapter: jsonAdapter(),
      now: () => new Date(2026, 5, 15),
      fetch: async () => Response.json(body),
    });
    return render(
      <SavedCardsProvider
        client={client}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <SavedCards allowDelete alwaysShowDelete />
      </SavedCardsProvider>,
    );
  }

  test('no capabilities field: every card has its Delete, and nothing else', async () => {
    const { container } = renderJson({ cards });
    await screen.findByRole('radio', { name: /Visa ending in 4242/ });
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Delete Visa ending in 4242',
      'Delete American Express ending in 1258',
      'Delete mada ending in 7713',
    ]);
    expect(await violations(container)).toEqual([]);
  });

  test('capabilities.delete false: no Delete button, though allowDelete alwaysShowDelete is set', async () => {
    const { container } = renderJson({ cards, capabilities: { delete: false, setDefault: true, rename: true } });
    await screen.findByRole('radio', { name: /Visa ending in 4242/ });
    expect(screen.getAllByRole('radio', { hidden: true })).toHaveLength(3);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(await violations(container)).toEqual([]);
  });
});

// The chosen card leaves: deleted here, refused, or gone on a refetch. Plain state, a value derived from the
// merchant's own list, or uncontrolled: the successor is chosen and onSelect told once, and when the card's row
// leaves the page the successor is already checked and the merchant's Pay button already names it (one update).
describe.each(['uncontrolled', 'plain state', 'derived from the list'] as const)(
  'the chosen card leaves, in Chromium (%s)',
  (mode) => {
    const MC = 'Mastercard ending in 4444, expires 01/36';
    const AMEX = 'American Express ending in 1009, expires 06/31';

    function Checkout({ onSelect }: { onSelect: (card: SavedCard | null) => void }) {
      const [choice, setChoice] = useState<string | null>(null);
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
          <button type="button" disabled={!listed}>
            {listed ? `Pay with ${cardName(listed)}` : 'Choose a card to pay'}
          </button>
        </>
      );
    }

    function renderCheckout(remove: () => Promise<Response>) {
      const stored = new Map([
        [
          'tok_visa',
          { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
        ],
        ['tok_mc', { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 }],
        ['tok_amex', { token: 'tok_amex', brand: 'amex', last4: '1009', expiryMonth: 6, expiryYear: 2031 }],
      ]);
      const queryClient = new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      });
      const client = createSavedCardsClient({
        endpoint: '/api/cards',
        adapter: jsonAdapter(),
        now: () => new Date(2026, 5, 15),
        fetch: async (input, init) => {
          if (init?.method !== 'DELETE') return Response.json({ cards: [...stored.values()] });
          const answer = await remove();
          if (answer.ok) stored.delete(decodeURIComponent(String(input).split('/').pop()!));
          return answer;
        },
      });
      const onSelect = vi.fn();
      render(
        <SavedCardsProvider client={client} queryClient={queryClient}>
          <Checkout onSelect={onSelect} />
        </SavedCardsProvider>,
      );
      return { onSelect, queryClient, stored };
    }

    const checked = () =>
      [...document.querySelectorAll('[role="radio"][aria-checked="true"]')].map((radio) =>
        radio.getAttribute('aria-label'),
      );
    const pay = () => document.querySelector('button:not([data-sc-part])')?.textContent;

    /** What the page shows at the first moment the card's radio is gone from it. */
    function whenGone(name: string) {
      const seen: { checked?: (string | null)[]; pay?: string | null } = {};
      const observer = new MutationObserver(() => {
        if (seen.checked || document.querySelector(`[aria-label="${name}"]`)) return;
        Object.assign(seen, { checked: checked(), pay: pay() });
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      return { seen, stop: () => observer.disconnect() };
    }

    async function chooseMastercard(onSelect: ReturnType<typeof vi.fn>) {
      await userEvent.click(await screen.findByRole('radio', { name: MC }));
      await waitFor(() => expect(pay()).toBe('Pay with Mastercard ending in 4444'));
      onSelect.mockClear();
    }

    async function confirmDelete() {
      await userEvent.click(screen.getByRole('button', { name: 'Delete Mastercard ending in 4444' }));
      await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
    }

    test('deleted', async () => {
      const { onSelect } = renderCheckout(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return new Response(null, { status: 204 });
      });
      await chooseMastercard(onSelect);
      const gone = whenGone(MC);
      await confirmDelete();
      await waitFor(() => expect(screen.queryByRole('radio', { name: MC })).not.toBeInTheDocument());
      gone.stop();
      expect(gone.seen).toEqual({ checked: [AMEX], pay: 'Pay with American Express ending in 1009' });
      expect(checked()).toEqual([AMEX]);
      expect(onSelect.mock.calls).toEqual([[expect.objectContaining({ token: 'tok_amex' })]]);
    });

    test('refused', async () => {
      const { onSelect } = renderCheckout(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return Response.json({ error: { code: 'rejected', message: 'Locked' } }, { status: 409 });
      });
      await chooseMastercard(onSelect);
      await confirmDelete();
      await screen.findByRole('alert');
      await waitFor(() => expect(checked()).toEqual([MC]));
      expect(pay()).toBe('Pay with Mastercard ending in 4444');
      expect(onSelect).not.toHaveBeenCalled();
    });

    test('gone on a refetch', async () => {
      const { onSelect, queryClient, stored } = renderCheckout(async () => new Response(null, { status: 204 }));
      await chooseMastercard(onSelect);
      const gone = whenGone(MC);
      stored.delete('tok_mc');
      await queryClient.refetchQueries();
      await waitFor(() => expect(screen.queryByRole('radio', { name: MC })).not.toBeInTheDocument());
      gone.stop();
      expect(gone.seen).toEqual({ checked: [AMEX], pay: 'Pay with American Express ending in 1009' });
      expect(onSelect.mock.calls).toEqual([[expect.objectContaining({ token: 'tok_amex' })]]);
    });
  },
);
