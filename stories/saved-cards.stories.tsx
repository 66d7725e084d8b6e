import { ar } from '../src/i18n/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SavedCards } from '../src/index';
import { createGate, failingList, fixtures, hangingList, manyOttuCards, ottuHandlers, payuHandlers } from './backend';

// The Ottu fixture in display order: the preferred Visa, mada (expires soon, locked), Amex, and the expired Mastercard last.
const VISA = /^Visa ending in 0026/;
const MASTERCARD = /^Mastercard ending in 4444/;
const MADA = /^mada ending in 7713/;
const AMEX = /^American Express ending in 1009/;

function liveRegion(canvasElement: HTMLElement): HTMLElement {
  const region = canvasElement.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('The polite live region is missing.');
  return region;
}

const meta = {
  title: 'SavedCards',
  component: SavedCards,
  args: {
    customerId: 'cust-7f3a',
    onValueChange: fn(),
    onDeleted: fn(),
    onDeleteError: fn(),
  },
  // Ottu's list by default; stories add their own handlers on top (the last added wins).
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers());
  },
} satisfies Meta<typeof SavedCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choosing a card: one tab stop, arrow keys move and select (skipping the expired card), Space and click select. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: 'Saved cards' });
    const radios = within(group).getAllByRole('radio');
    await expect(radios).toHaveLength(4);
    await expect(radios.filter((radio) => radio.tabIndex === 0)).toHaveLength(1);

    await userEvent.tab();
    const visa = canvas.getByRole('radio', { name: VISA });
    await expect(visa).toHaveFocus();
    await expect(visa).toBeChecked();

    await userEvent.keyboard('{ArrowDown}');
    const mada = canvas.getByRole('radio', { name: MADA });
    await expect(mada).toHaveFocus();
    await expect(mada).toBeChecked();
    await expect(visa).not.toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ card: expect.objectContaining({ brand: 'mada', last4: '7713' }) }),
    );

    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: AMEX })).toBeChecked();
    // Skips the expired Mastercard (last) and wraps around to the first card.
    await userEvent.keyboard('{ArrowDown}');
    await expect(visa).toHaveFocus();
    await expect(visa).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: AMEX })).toBeChecked();

    await userEvent.click(mada);
    await expect(mada).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ card: expect.objectContaining({ last4: '7713' }) }),
    );
    // Tab leaves the group: the checked card is its only stop, and there is no delete button.
    await userEvent.tab();
    await expect(group).not.toContainElement(document.activeElement as HTMLElement);
  },
};

/** The preferred card is chosen first, marked with a badge, and handed to `onValueChange`. */
export const Preferred: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const visa = await canvas.findByRole('radio', { name: /^Visa ending in 0026, expires 01\/39, preferred$/ });
    await expect(visa).toBeChecked();
    await expect(visa).toHaveAttribute('tabindex', '0');
    await expect(within(visa).getByText('Preferred')).toBeVisible();
    await waitFor(() =>
      expect(args.onValueChange).toHaveBeenCalledWith(
        expect.objectContaining({ card: expect.objectContaining({ token: '9918766711067353', isPreferred: true }) }),
      ),
    );
  },
};

/** PayU v1: the expired RuPay card is shown, disabled, and cannot be chosen. */
export const ExpiredShown: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...payuHandlers(fixtures.payuV1));
  },
  parameters: { backend: 'payu' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const rupay = await canvas.findByRole('radio', { name: /^RuPay ending in 0119, expires 02\/23, expired$/ });
    const visa = canvas.getByRole('radio', { name: /^Visa ending in 6937/ });
    await expect(rupay).toHaveAttribute('aria-disabled', 'true');
    await expect(rupay).toHaveAttribute('data-state', 'expired');
    await expect(within(rupay).getByText('Expired')).toBeVisible();
    await expect(visa).toBeChecked();

    await userEvent.click(rupay);
    await expect(rupay).not.toBeChecked();
    await expect(visa).toBeChecked();
    await expect(args.onValueChange).not.toHaveBeenCalledWith(
      expect.objectContaining({ card: expect.objectContaining({ last4: '0119' }) }),
    );
  },
};

/** PayU v1 with `hideExpired`: only the usable card is listed. */
export const ExpiredHidden: Story = {
  args: { hideExpired: true },
  beforeEach: ({ msw }) => {
    msw.use(...payuHandlers(fixtures.payuV1));
  },
  parameters: { backend: 'payu' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: /^Visa ending in 6937/ })).toBeChecked();
    await expect(canvas.getAllByRole('radio')).toHaveLength(1);
    await expect(canvas.queryByText(/RuPay/)).toBeNull();
  },
};

/** On the stories' clock (24 Nov 2026) the mada card, 12/26, expires soon: a badge and its accessible name say so. */
export const ExpiringSoon: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mada = await canvas.findByRole('radio', { name: /^mada ending in 7713, expires 12\/26, expires soon$/ });
    await expect(mada).toHaveAttribute('data-state', 'expiring');
    await expect(mada).not.toHaveAttribute('aria-disabled');
    await expect(within(mada).getByText('Expires soon')).toBeVisible();
  },
};

/** The confirmation: an alert dialog naming the card, focus on Cancel, Tab trapped, Escape cancels. Left open. */
export const DeleteConfirm: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const deleteVisa = await canvas.findByRole('button', { name: 'Delete Visa ending in 0026' });
    await userEvent.click(deleteVisa);

    let dialog = canvas.getByRole('alertdialog', { name: 'Delete Visa ending in 0026?' });
    await expect(dialog).toHaveAccessibleDescription(/Visa ending in 0026 will be removed/);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete card' });
    await expect(cancel).toHaveFocus();
    await userEvent.tab();
    await expect(confirm).toHaveFocus();
    await userEvent.tab();
    await expect(cancel).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(confirm).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
    await expect(deleteVisa).toHaveFocus();
    await expect(canvas.getByRole('radio', { name: VISA })).toBeInTheDocument();

    await userEvent.click(deleteVisa);
    dialog = canvas.getByRole('alertdialog', { name: 'Delete Visa ending in 0026?' });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** Confirmed, and the DELETE never answers: the dialog waits, its buttons ignoring presses and "Deleting…" announced; the card stays listed, shown as being deleted. */
export const Deleting: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers(fixtures.ottu, { onDelete: 'hang' }));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete American Express ending in 1009' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));

    const dialog = canvas.getByRole('alertdialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true'),
    );
    await expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() =>
      expect(canvas.getByRole('radio', { name: AMEX, hidden: true })).toHaveAttribute('data-state', 'deleting'),
    );
    // Behind the dialog the row itself says so, and is busy.
    await expect(canvas.getByRole('radio', { name: AMEX, hidden: true })).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvas.getByRole('radio', { name: AMEX, hidden: true })).getByText('Deleting…')).toBeVisible();
    await expect(canvas.getAllByRole('radio', { hidden: true })).toHaveLength(4);
    await expect(liveRegion(canvasElement)).toHaveTextContent('Deleting…');
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

/** The whole delete: confirm, the card disappears, the removal is announced, focus moves to the next usable card. */
export const DeleteSucceeded: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Visa ending in 0026' }));
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));

    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent('Visa ending in 0026 was removed'));
    await expect(canvas.queryByRole('radio', { name: VISA })).toBeNull();
    await expect(args.onDeleted).toHaveBeenCalledWith(expect.objectContaining({ last4: '0026' }));
    // Focus goes to the next card in the list.
    await waitFor(() => expect(canvas.getByRole('radio', { name: MADA })).toHaveFocus());
    await expect(canvas.getByRole('radio', { name: MASTERCARD })).toBeInTheDocument();
  },
};

/** Deleting the only card: the empty state, focus on the heading, and the selection cleared. */
export const DeleteLastCard: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers(fixtures.ottu.slice(0, 1)));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Visa ending in 0026' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));

    await expect(await canvas.findByText('You have no saved cards yet.')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Saved cards' })).toHaveFocus();
    await waitFor(() => expect(args.onValueChange).toHaveBeenLastCalledWith(null));
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent('Visa ending in 0026 was removed'));
  },
};

let failGate = createGate();

/** The backend refuses the delete: the card comes back in its place, with an alert naming it. */
export const DeleteFailed: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  beforeEach: ({ msw }) => {
    failGate = createGate();
    msw.use(
      ...ottuHandlers(fixtures.ottu, {
        onDelete: async () => {
          await failGate.promise;
          return Response.json({ detail: 'Gateway unavailable.' }, { status: 502 });
        },
      }),
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Visa ending in 0026' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));
    // The card never leaves the list before the backend has answered.
    await waitFor(() =>
      expect(canvas.getByRole('radio', { name: VISA, hidden: true })).toHaveAttribute('data-state', 'deleting'),
    );

    failGate.open();
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      /^Visa ending in 0026 could not be deleted\. Something went wrong on our side/,
    );
    const radios = await canvas.findAllByRole('radio');
    await expect(radios[0]).toHaveAccessibleName(VISA);
    await expect(radios[0]).toHaveAttribute('data-state', 'active');
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
    await expect(args.onDeleteError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'http' }),
      expect.objectContaining({ last4: '0026' }),
    );
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

/** The backend refuses on purpose: the card's own row says so, in one sentence, with the backend's reason. */
export const RefusedAtTheCard: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  beforeEach: ({ msw }) => {
    msw.use(
      ...ottuHandlers(fixtures.ottu, {
        onDelete: async () => Response.json({ detail: 'Used by your gym membership.' }, { status: 409 }),
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete American Express ending in 1009' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      "American Express ending in 1009 can't be deleted: Used by your gym membership.",
    );
    await expect(alert.closest('[data-sc-part="row"]')).toContainElement(canvas.getByRole('radio', { name: AMEX }));
  },
};

/** In a 320px column the row stacks: the card's text takes the whole row, Delete goes under it. */
export const NarrowContainer: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const visa = await canvas.findByRole('radio', { name: VISA });
    const remove = canvas.getByRole('button', { name: 'Delete Visa ending in 0026' });
    await expect(remove.getBoundingClientRect().top).toBeGreaterThanOrEqual(visa.getBoundingClientRect().bottom - 0.5);
    await expect(visa.querySelector('[data-sc-part="details"]')!.getBoundingClientRect().width).toBeGreaterThanOrEqual(
      160,
    );
  },
};

/** The mada card pays an auto-debit agreement: its delete control is disabled and says why. */
export const DeleteBlocked: Story = {
  args: { allowDelete: true, alwaysShowDelete: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Delete mada ending in 7713' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription(/Used by an automatic payment agreement/);
    await userEvent.click(button);
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Delete Visa ending in 0026' })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** No saved card: the message and the merchant's own content. */
export const Empty: Story = {
  args: {
    emptyContent: <a href="#add-card">Add a card</a>,
  },
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers([]));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('You have no saved cards yet.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Add a card' })).toBeVisible();
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
  },
};

/** The list request never answers: skeleton rows, busy and named. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(hangingList('ottu'));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const loading = await canvas.findByRole('status', { name: 'Loading saved cards' });
    await expect(loading).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
    await expect(canvas.queryByText('You have no saved cards yet.')).toBeNull();
  },
};

const listCalls = { count: 0 };

/** The list fails with a 503: a message by error kind and a Retry button, never an empty list. */
export const ErrorWithRetry: Story = {
  beforeEach: ({ msw }) => {
    listCalls.count = 0;
    msw.use(failingList('ottu', 503, { calls: listCalls }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Something went wrong on our side. Please try again.');
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
    await expect(canvas.queryByText('You have no saved cards yet.')).toBeNull();

    const before = listCalls.count;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listCalls.count).toBeGreaterThan(before));
    // Still down: the error comes back, still not an empty list.
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.queryByRole('radiogroup')).toBeNull();
  },
};

const outage = { down: true };

/** The service recovers: Retry loads the cards. */
export const RetryRecovers: Story = {
  beforeEach: ({ msw }) => {
    outage.down = true;
    msw.use(failingList('ottu', 503, { down: () => outage.down }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole('button', { name: 'Try again' });
    outage.down = false;
    await userEvent.click(retry);
    await expect(await canvas.findByRole('radiogroup', { name: 'Saved cards' })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Fifty cards: still one tab stop; Home and End jump to the ends. */
export const ManyCards: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers(manyOttuCards(50)));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('radio')).toHaveLength(50));
    const radios = canvas.getAllByRole('radio');
    await expect(radios.filter((radio) => radio.tabIndex === 0)).toHaveLength(1);
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await expect(radios[49]).toHaveFocus();
    await expect(radios[49]).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ card: expect.objectContaining({ last4: '1049' }) }),
    );
    await userEvent.keyboard('{Home}');
    await expect(radios[0]).toBeChecked();
  },
};

/** Arabic: right to left, Arabic texts, Latin digits; Left moves forward. */
export const ArabicRTL: Story = {
  args: { messages: ar, allowDelete: true, alwaysShowDelete: true },
  parameters: { page: { dir: 'rtl', lang: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: 'البطاقات المحفوظة' });
    await expect(group.closest('section')).toHaveAttribute('dir', 'rtl');
    const visa = canvas.getByRole('radio', { name: /^فيزا المنتهية بالأرقام 0026/ });
    await expect(within(visa).getByText('•••• 0026')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'حذف فيزا المنتهية بالأرقام 0026' })).toBeVisible();

    await userEvent.tab();
    await expect(visa).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: /^مدى المنتهية بالأرقام 7713/ })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect(visa).toBeChecked();
    // Mirrored: the radio mark sits at the right edge of the row.
    const row = visa.getBoundingClientRect();
    await expect(within(visa).getByText('•••• 0026').getBoundingClientRect().right).toBeLessThan(row.right);
  },
};

/** The dark theme, forced with `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', allowDelete: true, alwaysShowDelete: true },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup');
    const root = group.closest('section') as HTMLElement;
    await expect(root).toHaveAttribute('data-sc-theme', 'dark');
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(getComputedStyle(root).color).toBe('rgb(230, 237, 243)');
  },
};

const purple = {
  '--sc-accent': '#6d28d9',
  '--sc-selected-bg': '#f3e8ff',
  '--sc-border': '#c4b5fd',
  '--sc-radius': '16px',
  '--sc-font': 'Georgia, serif',
} as CSSProperties;

/** A merchant's brand through the `--sc-*` custom properties alone. */
export const CustomTheme: Story = {
  args: { style: purple, allowDelete: true, alwaysShowDelete: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const visa = await canvas.findByRole('radio', { name: VISA });
    const row = visa.parentElement as HTMLElement;
    await expect(getComputedStyle(row).borderTopColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(row).borderTopLeftRadius).toBe('16px');
    await expect(getComputedStyle(row).backgroundColor).toBe('rgb(243, 232, 255)');
  },
};

/** `unstyled` and `renderCard`: the merchant draws each card; the kit keeps the radio, its name and the keyboard. */
export const UnstyledWithCustomRender: Story = {
  args: {
    unstyled: true,
    classNames: { list: 'merchant-list' },
    renderCard: (card, { checked, disabled }) => (
      <span
        style={{
          display: 'block',
          padding: 8,
          border: `2px solid ${checked ? '#0a58ca' : '#6e7781'}`,
          opacity: disabled ? 0.7 : 1,
        }}
      >
        {checked ? '◉' : '○'} {card.brand.toUpperCase()} ·{card.last4} {disabled ? '(expired)' : ''}
      </span>
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: 'Saved cards' });
    await expect(group).toHaveClass('merchant-list');
    await expect(group.closest('section')).not.toHaveAttribute('data-sc-root');
    const visa = canvas.getByRole('radio', { name: VISA });
    await expect(visa).toHaveTextContent('◉ VISA ·0026');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: MADA })).toHaveTextContent('◉ MADA ·7713');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ card: expect.objectContaining({ last4: '7713' }) }),
    );
  },
};

/** PayU v2: five saved tokens of one physical card are listed once. */
export const PayUDuplicateTokens: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...payuHandlers(fixtures.payuV2));
  },
  parameters: { backend: 'payu' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: 'Visa ending in 1258, expires 05/37' })).toBeChecked();
    await expect(canvas.getAllByRole('radio')).toHaveLength(1);
  },
};

/** Edit mode (issue 20): Delete sits behind the Edit toggle; pressing it shows each card's Delete and announces it. */
export const EditMode: Story = {
  args: { allowDelete: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('radio', { name: VISA });
    await expect(canvas.queryByRole('button', { name: 'Delete Visa ending in 0026' })).toBeNull();
    const toggle = canvas.getByRole('button', { name: 'Edit' });
    await userEvent.click(toggle);
    await expect(canvas.getByRole('button', { name: 'Delete Visa ending in 0026' })).toBeVisible();
    await expect(toggle).toHaveAccessibleName('Done');
    await expect(toggle).toHaveFocus();
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent('Editing saved cards'));
  },
};

/** The loading state for a customer this tab has not seen: `placeholderCount` skeleton rows, for as long as it loads. */
function skeletonCount(count: number): Story {
  return {
    // A customer of its own: no count remembered from another story stands in for the prop.
    args: { customerId: `cust-skeleton-${count}`, placeholderCount: count },
    beforeEach: ({ msw }) => {
      msw.use(hangingList('ottu'));
    },
    play: async ({ canvasElement }) => {
      const loading = await within(canvasElement).findByRole('status', { name: 'Loading saved cards' });
      await expect(loading).toHaveAttribute('aria-busy', 'true');
      await expect(loading.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(count);
    },
  };
}

/** One skeleton row: a customer with one saved card (`placeholderCount={1}`). */
export const SkeletonOne: Story = skeletonCount(1);

/** Eight skeleton rows: a customer with eight saved cards (`placeholderCount={8}`). */
export const SkeletonEight: Story = skeletonCount(8);
