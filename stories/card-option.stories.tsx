import { ar } from '../src/i18n/ar';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CardList, CardOption, resolveMessages, type SavedCardsLocale } from '../src/index';
import { cardEndingIn, loadOttuCards, ottuHandlers } from './backend';
import { PartsFrame } from './parts-frame';

interface CardOptionStoryArgs {
  /** Which card of the Ottu fixture: 0026 Visa (preferred), 7713 mada (expires soon), 1009 Amex, 4444 Mastercard (expired). */
  last4: '0026' | '7713' | '1009' | '4444';
  checked: boolean;
  deleting: boolean;
  locale: SavedCardsLocale;
  onSelect: (card: unknown) => void;
}

/** One card as a radio option, alone in its radio group. Cards come from the Ottu fixture through the real client. */
const meta = {
  title: 'Parts/CardOption',
  args: { last4: '1009', checked: false, deleting: false, locale: 'en', onSelect: fn() },
  argTypes: {
    last4: { control: 'inline-radio', options: ['0026', '7713', '1009', '4444'] },
    locale: { control: 'inline-radio', options: ['en', 'ar'] },
  },
  parameters: { backend: false, msw: ottuHandlers() },
  loaders: [loadOttuCards],
  render: ({ last4, checked, deleting, locale, onSelect }, { loaded }) => (
    <PartsFrame locale={locale}>
      <CardList aria-label={resolveMessages(locale === 'ar' ? ar : undefined).heading}>
        <CardOption
          card={cardEndingIn(loaded, last4)}
          checked={checked}
          deleting={deleting}
          tabIndex={0}
          onSelect={onSelect}
        />
      </CardList>
    </PartsFrame>
  ),
} satisfies Meta<CardOptionStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click and Space choose it. */
export const Active: Story = {
  play: async ({ canvasElement, args }) => {
    const option = within(canvasElement).getByRole('radio', { name: 'American Express ending in 1009, expires 06/31' });
    await expect(option).toHaveAttribute('data-state', 'active');
    await expect(option).toHaveAttribute('data-brand', 'amex');
    await expect(option).toHaveAccessibleDescription(/F AL-SABAH.*security code/);
    await userEvent.click(option);
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ last4: '1009' }));
    await userEvent.keyboard(' ');
    await expect(args.onSelect).toHaveBeenCalledTimes(2);
  },
};

export const Checked: Story = {
  args: { checked: true },
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio');
    await expect(option).toBeChecked();
    await expect(option).toHaveAttribute('data-selected');
  },
};

export const Preferred: Story = {
  args: { last4: '0026', checked: true },
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio', { name: 'Visa ending in 0026, expires 01/39, preferred' });
    await expect(within(option).getByText('Preferred')).toBeVisible();
    // Only the last 4 digits reach the screen.
    await expect(option).not.toHaveTextContent(/9918766711067353/);
  },
};

export const ExpiringSoon: Story = {
  args: { last4: '7713' },
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio', {
      name: 'mada ending in 7713, expires 12/26, expires soon',
    });
    await expect(option).toHaveAttribute('data-state', 'expiring');
    await expect(within(option).getByText('Expires soon')).toBeVisible();
  },
};

/** Shown but disabled: clicking does nothing. */
export const Expired: Story = {
  args: { last4: '4444' },
  play: async ({ canvasElement, args }) => {
    const option = within(canvasElement).getByRole('radio', {
      name: 'Mastercard ending in 4444, expires 09/24, expired',
    });
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await expect(option).toHaveAttribute('data-state', 'expired');
    await userEvent.click(option);
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** For merchants who run their own delete: `deleting` shows it and stops choosing. */
export const Deleting: Story = {
  args: { deleting: true },
  play: async ({ canvasElement, args }) => {
    const option = within(canvasElement).getByRole('radio');
    await expect(option).toHaveAttribute('data-state', 'deleting');
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(option);
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** Arabic: Arabic names and badges, Latin digits. */
export const Arabic: Story = {
  args: { last4: '7713', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio', {
      name: 'مدى المنتهية بالأرقام 7713، تنتهي صلاحيتها 12/26، تنتهي صلاحيتها قريبًا',
    });
    await expect(within(option).getByText('•••• 7713')).toHaveAttribute('dir', 'ltr');
  },
};

/** A co-badged card (mada and Visa): both marks, and a name that says both networks. */
export const CoBadged: Story = {
  render: (_args, { loaded }) => (
    <PartsFrame locale="en">
      <CardList aria-label="Saved cards">
        <CardOption card={{ ...cardEndingIn(loaded, '7713'), networks: ['mada', 'visa'] }} tabIndex={0} />
      </CardList>
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const option = within(canvasElement).getByRole('radio', { name: /^mada \/ Visa ending in 7713/ });
    await expect(
      [...option.querySelectorAll('svg[data-sc-part="brand"]')].map((mark) => mark.getAttribute('data-brand')),
    ).toEqual(['mada', 'visa']);
  },
};
