/// <reference types="vite/client" />
// Issue 19 in real Chromium with axe: the saved cards and the merchant's options as one radio group, its
// keyboard in both directions, the chosen option's panel and the CVC place outside the radios, ready, a failed load.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState, type ReactNode } from 'react';
import { userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { ar } from '../../src/i18n/ar';
import {
  createSavedCardsClient,
  jsonAdapter,
  SavedCards,
  SavedCardsProvider,
  type PaymentOption,
  type SavedCardsProps,
} from '../../src/index';

const VISA = { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true };
const OLD = { token: 'tok_old', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2020 };
const AMEX = { token: 'tok_amex', brand: 'amex', last4: '1009', expiryMonth: 6, expiryYear: 2031, cvvRequired: true };

function renderStep(ui: ReactNode, list: () => Response = () => Response.json({ cards: [VISA, OLD, AMEX] })) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: jsonAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async () => list(),
  });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

async function violations(container: Element) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

function NewCardForm() {
  const [saved, setSaved] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(true);
      }}
    >
      <label>
        Card number <input name="number" autoComplete="cc-number" />
      </label>
      <button type="submit">Use this card</button>
      {saved && <p role="status">New card ready</p>}
    </form>
  );
}

const OPTIONS: PaymentOption[] = [
  { value: 'new-card', label: 'New card', panel: <NewCardForm /> },
  { value: 'cash', label: 'Cash on delivery', description: 'Pay the courier' },
];

function Step(props: SavedCardsProps) {
  const [ready, setReady] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <SavedCards
        options={OPTIONS}
        onReadyChange={setReady}
        renderCvc={(card, field) => (
          <input
            aria-labelledby={field.labelId}
            aria-describedby={field.descriptionId}
            inputMode="numeric"
            // Stands in for the provider's hosted field: the real one tells only complete or not.
            onChange={(event) =>
              field.onCompleteChange(event.currentTarget.value.length === (card.brand === 'amex' ? 4 : 3))
            }
          />
        )}
        {...props}
      />
      <button type="button" disabled={!ready}>
        Pay
      </button>
    </>
  );
}

const names = (group: HTMLElement) =>
  within(group)
    .getAllByRole('radio')
    .map(
      (radio) =>
        radio.getAttribute('aria-label') ??
        document.getElementById(radio.getAttribute('aria-labelledby') ?? '')?.textContent,
    );

test('one radiogroup holds the cards and the options; the keyboard moves through all of them, skipping the expired card', async () => {
  const { container } = renderStep(<Step />);
  const group = await screen.findByRole('radiogroup', { name: 'Saved cards' });
  await waitFor(() => expect(within(group).getAllByRole('radio')).toHaveLength(5));
  expect(screen.getAllByRole('radiogroup')).toHaveLength(1);
  expect(names(group)).toEqual([
    'Visa ending in 4242, expires 05/37, preferred',
    'American Express ending in 1009, expires 06/31',
    'Mastercard ending in 4444, expires 01/20, expired',
    'New card',
    'Cash on delivery',
  ]);
  expect(await violations(container)).toEqual([]);

  await userEvent.click(screen.getByRole('button', { name: 'Before' }));
  await userEvent.tab();
  const visa = screen.getByRole('radio', { name: /Visa ending in 4242/ });
  expect(visa).toHaveFocus();
  await userEvent.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: /American Express/ })).toHaveFocus();
  await userEvent.keyboard('{ArrowDown}');
  // The expired card is skipped: on to the first option.
  const newCard = screen.getByRole('radio', { name: 'New card' });
  expect(newCard).toHaveFocus();
  expect(newCard).toBeChecked();
  await userEvent.keyboard('{ArrowRight}');
  expect(screen.getByRole('radio', { name: 'Cash on delivery' })).toHaveFocus();
  await userEvent.keyboard('{ArrowDown}');
  expect(visa).toHaveFocus();
  await userEvent.keyboard('{ArrowUp}');
  expect(screen.getByRole('radio', { name: 'Cash on delivery' })).toBeChecked();
  await userEvent.keyboard('{Home}');
  expect(visa).toBeChecked();
  await userEvent.keyboard('{End}');
  expect(screen.getByRole('radio', { name: 'Cash on delivery' })).toHaveFocus();
  // One tab stop: Tab leaves the group for the Pay button.
  await userEvent.tab();
  expect(screen.getByRole('button', { name: 'Pay' })).toHaveFocus();
});

test('right to left (Arabic), Left moves forward and Right back, through cards and options', async () => {
  renderStep(<Step messages={ar} />);
  const group = await screen.findByRole('radiogroup');
  await waitFor(() => expect(within(group).getAllByRole('radio')).toHaveLength(5));
  const radios = within(group).getAllByRole('radio');
  await userEvent.click(radios[1] as HTMLElement);
  await userEvent.keyboard('{ArrowLeft}');
  expect(screen.getByRole('radio', { name: 'New card' })).toHaveFocus();
  await userEvent.keyboard('{ArrowLeft}');
  expect(screen.getByRole('radio', { name: 'Cash on delivery' })).toBeChecked();
  await userEvent.keyboard('{ArrowRight}');
  await userEvent.keyboard('{ArrowRight}');
  expect(radios[1]).toBeChecked();
  expect(await violations(document.body)).toEqual([]);
});

test('the panel opens only for the chosen option, right after it and outside every radio; axe accepts the group', async () => {
  const { container } = renderStep(<Step />);
  const newCard = await screen.findByRole('radio', { name: 'New card' });
  expect(screen.queryByRole('group', { name: 'New card' })).toBeNull();
  await userEvent.click(newCard);
  const panel = screen.getByRole('group', { name: 'New card' });
  expect(panel.closest('[role="radio"]')).toBeNull();
  expect(panel.previousElementSibling).toBe(newCard);
  expect(screen.getAllByRole('group', { name: /./ }).filter((group) => group.dataset.scPart === 'panel')).toHaveLength(
    1,
  );
  // Typing in the panel is the panel's: no arrow or Space steals it.
  await userEvent.click(within(panel).getByRole('textbox', { name: 'Card number' }));
  await userEvent.keyboard('4242 ');
  expect(within(panel).getByRole('textbox', { name: 'Card number' })).toHaveValue('4242 ');
  expect(newCard).toBeChecked();
  expect(await violations(container)).toEqual([]);
  await userEvent.click(screen.getByRole('radio', { name: 'Cash on delivery' }));
  expect(screen.queryByRole('group', { name: 'New card' })).toBeNull();
});

test('the CVC place shows only for a chosen card that needs it, and ready follows the field', async () => {
  const { container } = renderStep(<Step />);
  const visa = await screen.findByRole('radio', { name: /Visa ending in 4242/ });
  await waitFor(() => expect(visa).toBeChecked());
  expect(screen.queryByRole('group', { name: /Security code/ })).toBeNull();
  expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();

  await userEvent.click(screen.getByRole('radio', { name: /American Express/ }));
  const place = screen.getByRole('group', { name: 'Security code for American Express ending in 1009' });
  expect(place.closest('[role="radio"]')).toBeNull();
  expect(screen.getByRole('button', { name: 'Pay' })).toBeDisabled();
  const field = within(place).getByRole('textbox', { name: 'Security code for American Express ending in 1009' });
  expect(field).toHaveAccessibleDescription('4 digits on the front of the card');
  expect(await violations(container)).toEqual([]);
  await userEvent.type(field, '123');
  expect(screen.getByRole('button', { name: 'Pay' })).toBeDisabled();
  await userEvent.type(field, '4');
  expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();
  await userEvent.click(visa);
  expect(screen.queryByRole('group', { name: /Security code/ })).toBeNull();
});

test('a failed load still lets the shopper choose and use a new card', async () => {
  const { container } = renderStep(<Step />, () => Response.json({}, { status: 401 }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired');
  const newCard = screen.getByRole('radio', { name: 'New card' });
  await waitFor(() => expect(newCard).toBeChecked());
  expect(newCard).toHaveAttribute('tabindex', '0');
  const panel = screen.getByRole('group', { name: 'New card' });
  await userEvent.type(within(panel).getByRole('textbox', { name: 'Card number' }), '4242424242424242');
  await userEvent.click(within(panel).getByRole('button', { name: 'Use this card' }));
  expect(within(panel).getByRole('status')).toHaveTextContent('New card ready');
  expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();
  expect(await violations(container)).toEqual([]);
});
