import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DeleteCardDialog, type SavedCard } from '../src/index';
import { cardEndingIn, loadOttuCards, ottuHandlers } from './backend';
import { PartsFrame } from './parts-frame';

interface DeleteCardDialogStoryArgs {
  last4: '0026' | '1009';
  pending: boolean;
  onConfirm: (card: SavedCard) => void;
  onCancel: () => void;
}

/** The delete confirmation alone, as a merchant running their own delete would use it. */
const meta = {
  title: 'Parts/DeleteCardDialog',
  args: { last4: '0026', pending: false, onConfirm: fn(), onCancel: fn() },
  argTypes: { last4: { control: 'inline-radio', options: ['0026', '1009'] } },
  parameters: { backend: false, msw: ottuHandlers() },
  loaders: [loadOttuCards],
  render: ({ last4, ...args }, { loaded }) => (
    <PartsFrame>
      <p>The page behind the dialog.</p>
      <DeleteCardDialog card={cardEndingIn(loaded, last4)} {...args} />
    </PartsFrame>
  ),
} satisfies Meta<DeleteCardDialogStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Focus starts on Cancel and Tab stays inside; Escape cancels; confirm hands back the card. */
export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('alertdialog', { name: 'Delete Visa ending in 0026?' });
    // A native modal dialog in the top layer: the browser makes the page behind it inert.
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(dialog).toHaveAttribute('data-state', 'open');
    await expect(dialog).toHaveAccessibleDescription(/Visa ending in 0026 will be removed from your saved cards/);

    const cancel = canvas.getByRole('button', { name: 'Cancel' });
    const confirm = canvas.getByRole('button', { name: 'Delete card' });
    await expect(cancel).toHaveFocus();
    await userEvent.tab();
    await expect(confirm).toHaveFocus();
    await userEvent.tab();
    await expect(cancel).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
    await userEvent.click(confirm);
    await expect(args.onConfirm).toHaveBeenCalledWith(expect.objectContaining({ last4: '0026' }));
  },
};

/** While the delete request runs: both buttons ignore presses but stay focusable, confirm saying so. */
export const Pending: Story = {
  args: { last4: '1009', pending: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('alertdialog', { name: 'Delete American Express ending in 1009?' });
    await expect(dialog).toHaveAttribute('data-state', 'pending');
    // Its own live region says so: the browser hides the page's live regions behind a modal dialog.
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Deleting…');
    const confirm = canvas.getByRole('button', { name: 'Deleting…' });
    await expect(confirm).toHaveAttribute('aria-disabled', 'true');
    const cancel = canvas.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(cancel).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await expect(args.onCancel).not.toHaveBeenCalled();
    await userEvent.click(confirm);
    await expect(args.onConfirm).not.toHaveBeenCalled();
  },
};
