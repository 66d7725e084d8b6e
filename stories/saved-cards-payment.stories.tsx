import { ar } from '../src/i18n/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SavedCards, type PaymentOption, type SavedCardsProps } from '../src/index';
import { failingList, ottuHandlers } from './backend';

// Issue 19: <SavedCards> as the whole payment-method step: the saved cards, a new card and the merchant's other ways
// to pay in one radio group, the chosen option's panel, and the place for the provider's hosted CVC field.

/** Stands in for the provider's hosted card form (an iframe in a real checkout). */
function HostedCardForm() {
  return (
    <div data-story-part="hosted-form">
      <label>
        Card number <input autoComplete="cc-number" inputMode="numeric" />
      </label>
    </div>
  );
}

const OPTIONS: PaymentOption[] = [
  { value: 'new-card', label: 'New card', panel: <HostedCardForm /> },
  {
    value: 'wallet',
    label: 'Wallet',
    description: 'Pay in your wallet app',
    panel: <p>You will confirm in the app.</p>,
  },
  { value: 'cash', label: 'Cash on delivery' },
];

/** The step with a Pay button that reads `onReadyChange`, and an input standing in for the hosted CVC field. */
function Checkout(props: SavedCardsProps) {
  const [ready, setReady] = useState(false);
  return (
    <>
      <SavedCards
        {...props}
        onReadyChange={(next) => {
          setReady(next);
          props.onReadyChange?.(next);
        }}
        renderCvc={(card, field) => (
          <input
            aria-labelledby={field.labelId}
            aria-describedby={field.descriptionId}
            inputMode="numeric"
            autoComplete="cc-csc"
            onChange={(event) =>
              field.onCompleteChange(event.currentTarget.value.length === (card.brand === 'amex' ? 4 : 3))
            }
          />
        )}
      />
      <button type="button" disabled={!ready}>
        Pay
      </button>
    </>
  );
}

const meta = {
  title: 'SavedCards/Payment step',
  component: SavedCards,
  args: { customerId: 'cust-7f3a', options: OPTIONS, onValueChange: fn(), onReadyChange: fn() },
  render: (args) => <Checkout {...args} />,
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers());
  },
} satisfies Meta<typeof SavedCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The cards and the options in one group; the chosen option's panel opens right after it. */
export const OptionsWithPanels: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: 'Saved cards' });
    await expect(within(group).getByRole('radio', { name: 'Wallet' })).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: 'New card' }));
    await expect(canvas.getByRole('group', { name: 'New card' })).toBeVisible();
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ kind: 'option', value: 'new-card' });
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('group', { name: 'Wallet' })).toHaveTextContent('You will confirm in the app.');
    await expect(canvas.queryByRole('group', { name: 'New card' })).toBeNull();
  },
};

/** No saved card: the new card is chosen and its form open. */
export const NoSavedCards: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...ottuHandlers([]));
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('group', { name: 'New card' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'New card' })).toBeChecked();
    await expect(canvas.getByText('You have no saved cards yet.')).toBeVisible();
    await expect(args.onValueChange).toHaveBeenCalledWith({ kind: 'option', value: 'new-card' });
  },
};

/** The list failed: its error and Retry stay where the cards would be; the new card is chosen and works. */
export const LoadFailedWithNewCard: Story = {
  beforeEach: ({ msw }) => {
    msw.use(failingList('ottu', 401));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has expired');
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'New card' })).toBeChecked());
    await expect(canvas.getByRole('group', { name: 'New card' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Pay' })).toBeEnabled();
  },
};

/** The preferred Visa needs its security code: the labelled place after it, and Pay waits for the field. */
export const CvcNeeded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const place = await canvas.findByRole('group', { name: 'Security code for Visa ending in 0026' });
    await expect(place).toHaveAccessibleDescription('3 digits on the back of the card');
    await expect(place.closest('[role="radio"]')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Pay' })).toBeDisabled();
  },
};

/** The hosted field reported complete: Pay is enabled. The kit never saw the digits. */
export const CvcComplete: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByRole('textbox', { name: 'Security code for Visa ending in 0026' });
    await userEvent.type(field, '123');
    await expect(canvas.getByRole('button', { name: 'Pay' })).toBeEnabled();
    await expect(args.onReadyChange).toHaveBeenLastCalledWith(true);
  },
};

/** In Arabic, right to left: the arrows are mirrored through the cards and the options. */
export const Arabic: Story = {
  args: {
    messages: ar,
    options: [
      { value: 'new-card', label: 'بطاقة جديدة', panel: <HostedCardForm /> },
      { value: 'cash', label: 'الدفع عند الاستلام' },
    ],
  },
  parameters: { page: { dir: 'rtl', lang: 'ar' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('radiogroup', { name: 'البطاقات المحفوظة' });
    await expect(await canvas.findByRole('group', { name: /رمز الأمان لـ/ })).toBeVisible();
    await userEvent.click(within(group).getByRole('radio', { name: 'بطاقة جديدة' }));
    await userEvent.keyboard('{ArrowLeft}');
    await expect(within(group).getByRole('radio', { name: 'الدفع عند الاستلام' })).toBeChecked();
  },
};
