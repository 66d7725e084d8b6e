import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DeleteCardButton } from '../src/index';
import { cardEndingIn, loadOttuCards, ottuHandlers } from './backend';
import { PartsFrame } from './parts-frame';

interface DeleteCardButtonStoryArgs {
  last4: '0026' | '7713';
  onClick: () => void;
}

/** A card's delete control, named after the card. */
const meta = {
  title: 'Parts/DeleteCardButton',
  args: { last4: '0026', onClick: fn() },
  argTypes: { last4: { control: 'inline-radio', options: ['0026', '7713'] } },
  parameters: { backend: false, msw: ottuHandlers() },
  loaders: [loadOttuCards],
  render: ({ last4, onClick }, { loaded }) => (
    <PartsFrame>
      <div data-sc-part="row">
        <DeleteCardButton card={cardEndingIn(loaded, last4)} onClick={onClick} />
      </div>
    </PartsFrame>
  ),
} satisfies Meta<DeleteCardButtonStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Enabled: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Delete Visa ending in 0026' });
    await expect(button).toHaveTextContent('Delete');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Ottu's mada card pays an auto-debit agreement: focusable, `aria-disabled`, and it says why. */
export const Blocked: Story = {
  args: { last4: '7713' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Delete mada ending in 7713' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription(
      'Used by an automatic payment agreement. Choose another card for it first.',
    );
    await expect(canvas.getByText(/Used by an automatic payment agreement/)).toBeVisible();
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};
