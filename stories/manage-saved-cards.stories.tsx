import type { ReactNode } from 'react';
import { ar } from '../src/i18n/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ManageSavedCards } from '../src/index';
import { accountCards, accountHandlers, failingList, hangingList } from './backend';

function liveRegion(canvasElement: HTMLElement): HTMLElement {
  const region = canvasElement.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('The polite live region is missing.');
  return region;
}

/** The card rows in the order shown, each by its last 4 digits. */
function order(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('[data-sc-part="row"] [data-sc-part="number"]')].map((number) =>
    (number.textContent ?? '').slice(-4),
  );
}

/** A 375 px phone's column: the account page's narrow layout. */
const phone = (Story: () => ReactNode) => (
  <div style={{ inlineSize: 375 }}>
    <Story />
  </div>
);

const meta = {
  title: 'ManageSavedCards',
  component: ManageSavedCards,
  args: { customerId: 'cust-7f3a', onDeleted: fn(), onDeleteError: fn() },
  parameters: { backend: 'json' },
  // The account page's four cards in the kit's JSON contract, all three capabilities; stories add their own on top.
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers());
  },
} satisfies Meta<typeof ManageSavedCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waiting for the list: skeleton rows. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(hangingList('json'));
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status', { name: 'Loading saved cards' })).toBeVisible();
  },
};

/** The list failed: an alert with Try again. */
export const LoadError: Story = {
  beforeEach: ({ msw }) => {
    msw.use(failingList('json', 503));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something went wrong on our side');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No saved card. */
export const Empty: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers([]));
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('You have no saved cards yet.')).toBeVisible();
  },
};

/** Four cards, the default first and badged; Make default moves the Amex first, keeps focus on it and announces it. */
export const Cards: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Saved cards' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await expect(order(canvasElement)).toEqual(['4242', '4444', '1258', '7713']);
    const visa = canvas.getByRole('group', { name: 'Actions for Visa ending in 4242' });
    await expect(within(visa).queryByRole('button', { name: /^Make default/ })).toBeNull();

    await userEvent.click(canvas.getByRole('button', { name: 'Make default: American Express ending in 1258' }));
    await waitFor(() => expect(order(canvasElement)).toEqual(['1258', '4242', '4444', '7713']));
    const amex = canvas.getByRole('group', { name: 'Actions for American Express ending in 1258' });
    await expect(amex).toContainElement(document.activeElement as HTMLElement);
    await waitFor(() =>
      expect(liveRegion(canvasElement)).toHaveTextContent('American Express ending in 1258 is now your default card.'),
    );
    const rows = canvas.getAllByRole('listitem');
    await expect(within(rows[0]!).getByText('Preferred')).toBeVisible();
    await expect(within(rows[1]!).queryByText('Preferred')).toBeNull();
  },
};

/** An expired card says so, offers Rename and Delete in the order every card has (issue 20), and no Make default. */
export const ExpiredCard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const actions = await canvas.findByRole('group', { name: 'Actions for mada ending in 7713' });
    const row = actions.closest('li')!;
    await expect(row).toHaveAttribute('data-state', 'expired');
    await expect(within(row).getByText('Expired')).toBeVisible();
    await expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Rename', 'Delete']);
  },
};

/** Renaming: the inline field, labelled, with the card's current name; left open. */
export const Renaming: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Rename Mastercard ending in 4444' }));
    const field = canvas.getByRole('textbox', { name: 'Card name' });
    await expect(field).toHaveFocus();
    await expect(field).toHaveValue('Work card');
  },
};

/** A name holding a card number is refused at the field; nothing is sent. */
export const RefusedName: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Rename Visa ending in 4242' }));
    const field = canvas.getByRole('textbox', { name: 'Card name' });
    await userEvent.type(field, '4111 1111 1111 1111{Enter}');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription("A card name can't contain a card number.");
    await expect(field).toHaveFocus();
  },
};

/** The backend fails the new default: the card is back in its place, not badged, with a message at it. */
export const ChangeFailed: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers(accountCards, { onChange: 'fail' }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('American Express ending in 1258 could not be made your default card.');
    await expect(order(canvasElement)).toEqual(['4242', '4444', '1258', '7713']);
    await expect(alert.closest('li')).toContainElement(
      canvas.getByRole('button', { name: 'Make default: American Express ending in 1258' }),
    );
  },
};

/** A change in flight: the row is busy ("Saving…"), its actions ignore presses. */
export const Saving: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers(accountCards, { onChange: 'hang' }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Make default: American Express ending in 1258' }));
    const row = canvas.getByRole('group', { name: 'Actions for American Express ending in 1258' }).closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'saving'));
    await expect(within(row).getByText('Saving…')).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Rename American Express ending in 1258' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** A backend that can only delete (Ottu or PayU without a preferences store): Delete is the only action. */
export const DeleteOnly: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers(accountCards, { capabilities: { delete: true, setDefault: false, rename: false } }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('listitem');
    await expect(canvas.queryByRole('button', { name: /^(Make default|Rename)/ })).toBeNull();
    await expect(canvas.getAllByRole('button', { name: /^Delete/ })).toHaveLength(4);
  },
};

/** Delete pressed: the confirmation names the card, focus on Cancel; left open. */
export const Confirming: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete American Express ending in 1258' }));
    const dialog = canvas.getByRole('alertdialog', { name: 'Delete American Express ending in 1258?' });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: 'Delete card' })).toBeVisible();
    await expect(order(canvasElement)).toEqual(['4242', '4444', '1258', '7713']);
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

/** Confirmed, and the DELETE never answers: the dialog waits with "Deleting…", the card stays listed as deleting. */
export const Deleting: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers(accountCards, { onDelete: 'hang' }));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete American Express ending in 1258' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));
    const dialog = canvas.getByRole('alertdialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true'),
    );
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    const row = canvas.getByText('•••• 1258').closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'deleting'));
    await expect(order(canvasElement)).toEqual(['4242', '4444', '1258', '7713']);
    await expect(liveRegion(canvasElement)).toHaveTextContent('Deleting…');
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

/** The backend refuses the delete: the card stays in its place, the reason at it, focus back on its Delete. */
export const DeleteFailed: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      ...accountHandlers(accountCards, {
        onDelete: async () =>
          Response.json({ error: { code: 'rejected', message: 'Used by your gym membership.' } }, { status: 409 }),
      }),
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete American Express ending in 1258' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      "American Express ending in 1258 can't be deleted: Used by your gym membership.",
    );
    const deleteAmex = canvas.getByRole('button', { name: 'Delete American Express ending in 1258' });
    await expect(alert.closest('li')).toContainElement(deleteAmex);
    await waitFor(() => expect(deleteAmex).toHaveFocus());
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
    await expect(order(canvasElement)).toEqual(['4242', '4444', '1258', '7713']);
    await expect(args.onDeleteError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'rejected' }),
      expect.objectContaining({ last4: '1258' }),
    );
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

/** Deleting the only card: the empty state, focus on the heading, the removal announced. */
export const DeleteLastCard: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...accountHandlers(accountCards.slice(0, 1)));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete Visa ending in 4242' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete card' }));
    await expect(await canvas.findByText('You have no saved cards yet.')).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Saved cards' })).toHaveFocus());
    await waitFor(() => expect(liveRegion(canvasElement)).toHaveTextContent('Visa ending in 4242 was removed'));
    await expect(args.onDeleted).toHaveBeenCalledWith(expect.objectContaining({ last4: '4242' }));
  },
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  args: { messages: ar },
  parameters: { page: { dir: 'rtl', lang: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('list', { name: 'البطاقات المحفوظة' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'إجراءات فيزا المنتهية بالأرقام 4242' })).toBeVisible();
  },
};

/** A 375 px phone: each card's actions are one menu button beside it (issue 20); the inline buttons are hidden. */
export const Phone: Story = {
  decorators: [phone],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Actions for American Express ending in 1258' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toBeVisible();
    await expect(canvas.queryByRole('group', { name: 'Actions for American Express ending in 1258' })).toBeNull();
  },
};

/** A container narrower than 480 px: each card's actions in one menu button; the play function opens the Amex's. */
export const ActionsMenuOpen: Story = {
  decorators: [phone],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Actions for American Express ending in 1258' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = canvas.getByRole('menu');
    await expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Make default', 'Rename', 'Delete']);
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
  },
};

/** A card whose delete the backend blocks (an auto-debit agreement): Delete says why, under the card's text. */
export const BlockedReason: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      ...accountHandlers([
        ...accountCards.slice(0, 2),
        { ...(accountCards[2] as (typeof accountCards)[number]), deleteBlocked: { code: 'agreement' } },
      ]),
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const remove = await canvas.findByRole('button', { name: /^Delete American Express ending in 1258/ });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription(/Used by an automatic payment agreement/);
    const reason = canvasElement.querySelector<HTMLElement>('[data-sc-part="blocked-reason"]')!;
    await expect(reason).toBeVisible();
    // Under the card's text (its details), not in a narrow column beside it.
    const details = reason.closest('li')!.querySelector('[data-sc-part="summary"] [data-sc-part="details"]')!;
    await expect(reason.getBoundingClientRect().top).toBeGreaterThanOrEqual(details.getBoundingClientRect().bottom - 1);
    await userEvent.click(remove);
    await expect(canvas.queryByRole('alertdialog')).toBeNull();
  },
};
