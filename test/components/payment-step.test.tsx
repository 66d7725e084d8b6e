import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState, type ReactNode } from 'react';
import {
  createSavedCardsClient,
  jsonAdapter,
  SavedCards,
  SavedCardsProvider,
  type PaymentOption,
} from '../../src/index';

// Issue 19: <SavedCards> as the whole payment-method step.
const ENDPOINT = 'https://shop.example/api/cards';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const VISA = { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true };
const AMEX = { token: 'tok_amex', brand: 'amex', last4: '1009', expiryMonth: 6, expiryYear: 2031, cvvRequired: true };
const VISA_NAME = 'Visa ending in 4242, expires 05/37, preferred';
const AMEX_NAME = 'American Express ending in 1009, expires 06/31';

function serve(cards: object[]) {
  let stored = cards;
  server.use(http.get(ENDPOINT, () => HttpResponse.json({ cards: stored })));
  return { store: (next: object[]) => void (stored = next) };
}

function renderStep(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({
    endpoint: ENDPOINT,
    adapter: jsonAdapter(),
    now: () => new Date(2026, 5, 15),
  });
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <SavedCardsProvider client={client} queryClient={queryClient}>
        {ui}
      </SavedCardsProvider>,
    ),
  };
}

const OPTIONS: PaymentOption[] = [
  { value: 'new-card', label: 'New card', panel: <p>The provider's card form</p> },
  { value: 'wallet', label: 'Wallet', description: 'Pay in the app' },
];

test('the cards and the options are one radio group with one tab stop; the panel shows only for the chosen option', async () => {
  serve([VISA, AMEX]);
  const onValueChange = vi.fn();
  const { user } = renderStep(<SavedCards options={OPTIONS} onValueChange={onValueChange} />);
  const group = await screen.findByRole('radiogroup', { name: 'Saved cards' });
  await waitFor(() => expect(within(group).getAllByRole('radio')).toHaveLength(4));
  expect(
    within(group)
      .getAllByRole('radio')
      .map((radio) => radio.tabIndex),
  ).toEqual([0, -1, -1, -1]);
  expect(screen.getByRole('radio', { name: 'Wallet' })).toHaveAccessibleDescription('Pay in the app');
  expect(screen.queryByText("The provider's card form")).not.toBeInTheDocument();

  await user.click(screen.getByRole('radio', { name: 'New card' }));
  expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'option', value: 'new-card' });
  expect(screen.getByRole('radio', { name: 'New card' })).toBeChecked();
  expect(screen.getByRole('radio', { name: VISA_NAME })).not.toBeChecked();
  const panel = screen.getByRole('group', { name: 'New card' });
  expect(panel).toHaveTextContent("The provider's card form");
  expect(panel.closest('[role="radio"]')).toBeNull();
  expect(panel.previousElementSibling).toBe(screen.getByRole('radio', { name: 'New card' }));
  expect(
    within(group)
      .getAllByRole('radio')
      .map((radio) => radio.tabIndex),
  ).toEqual([-1, -1, 0, -1]);

  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: 'Wallet' })).toBeChecked();
  expect(screen.queryByRole('group', { name: 'New card' })).not.toBeInTheDocument();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: VISA_NAME })).toHaveFocus();
  expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'card', token: 'tok_visa' }));
});

test('no saved card: the first option is chosen and its panel open', async () => {
  serve([]);
  const onValueChange = vi.fn();
  renderStep(<SavedCards options={OPTIONS} onValueChange={onValueChange} />);
  expect(await screen.findByRole('group', { name: 'New card' })).toBeInTheDocument();
  expect(screen.getByText('You have no saved cards yet.')).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'New card' })).toBeChecked();
  expect(onValueChange.mock.calls).toEqual([[{ kind: 'option', value: 'new-card' }]]);
});

test('a failed load keeps its error and Retry where the cards would be, and the new card is chosen', async () => {
  server.use(http.get(ENDPOINT, () => HttpResponse.json({}, { status: 401 })));
  const { user } = renderStep(<SavedCards options={OPTIONS} />);
  const alert = await screen.findByRole('alert');
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  const newCard = screen.getByRole('radio', { name: 'New card' });
  await waitFor(() => expect(newCard).toBeChecked());
  expect(alert.compareDocumentPosition(newCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await user.click(screen.getByRole('radio', { name: 'Wallet' }));
  expect(screen.getByRole('radio', { name: 'Wallet' })).toBeChecked();
});

test('two options with one value: a typed error naming it', () => {
  serve([]);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const twice = [OPTIONS[0] as PaymentOption, { value: 'new-card', label: 'Again' }];
  expect(() => renderStep(<SavedCards options={twice} />)).toThrow(
    expect.objectContaining({
      name: 'SavedCardsError',
      kind: 'invalid-option',
      reason: expect.stringContaining('"new-card"'),
    }),
  );
});

test('a panel that throws is contained: onError hears it and the rest of the choice works', async () => {
  serve([VISA]);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const onError = vi.fn();
  const broken: PaymentOption = {
    value: 'new-card',
    label: 'New card',
    panel: () => {
      throw new Error('the form broke');
    },
  };
  const { user } = renderStep(<SavedCards options={[broken]} onError={onError} />);
  await user.click(await screen.findByRole('radio', { name: 'New card' }));
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'the form broke' }));
  expect(within(screen.getByRole('group', { name: 'New card' })).getByRole('alert')).toHaveTextContent(
    'Something went wrong. Please try again.',
  );
  await user.click(screen.getByRole('radio', { name: VISA_NAME }));
  expect(screen.getByRole('radio', { name: VISA_NAME })).toBeChecked();
});

describe('the CVC place', () => {
  function Checkout({ requireCvc }: { requireCvc?: boolean }) {
    const [ready, setReady] = useState(false);
    return (
      <>
        <SavedCards
          options={OPTIONS}
          requireCvc={requireCvc}
          onReadyChange={setReady}
          renderCvc={(card, field) => (
            <button
              type="button"
              aria-labelledby={field.labelId}
              aria-describedby={field.descriptionId}
              onClick={() => field.onCompleteChange(true)}
            >
              hosted field for {card.last4}
            </button>
          )}
        />
        <button type="button" disabled={!ready}>
          Pay
        </button>
      </>
    );
  }

  test('only the chosen card that needs it gets the labelled place, outside its radio; ready follows the field', async () => {
    serve([VISA, AMEX]);
    const { user } = renderStep(<Checkout />);
    const visa = await screen.findByRole('radio', { name: VISA_NAME });
    await waitFor(() => expect(visa).toBeChecked());
    expect(screen.queryByRole('group', { name: /Security code/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();
    // The card that needs none says so only to a screen reader.
    expect(visa).toHaveAccessibleDescription('No security code needed');
    expect(screen.queryByText('No security code needed')).not.toBeVisible();

    await user.click(screen.getByRole('radio', { name: AMEX_NAME }));
    const place = screen.getByRole('group', { name: 'Security code for American Express ending in 1009' });
    expect(place).toHaveAccessibleDescription('4 digits on the front of the card');
    expect(place.closest('[role="radio"]')).toBeNull();
    const field = within(place).getByRole('button', { name: 'Security code for American Express ending in 1009' });
    expect(field).toHaveAccessibleDescription('4 digits on the front of the card');
    expect(screen.getByRole('button', { name: 'Pay' })).toBeDisabled();
    await user.click(field);
    expect(screen.getByRole('button', { name: 'Pay' })).toBeEnabled();

    await user.click(screen.getByRole('radio', { name: 'New card' }));
    expect(screen.queryByRole('group', { name: /Security code/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: AMEX_NAME }));
    // A new field: its completeness was forgotten with the choice.
    expect(screen.getByRole('button', { name: 'Pay' })).toBeDisabled();
  });

  test("the merchant's requireCvc asks for every card; a Visa's code is on the back", async () => {
    serve([VISA]);
    renderStep(<Checkout requireCvc />);
    const place = await screen.findByRole('group', { name: 'Security code for Visa ending in 4242' });
    expect(place).toHaveAccessibleDescription('3 digits on the back of the card');
    expect(screen.getByRole('button', { name: 'Pay' })).toBeDisabled();
  });

  test('a CVC field that throws is contained and goes to onError', async () => {
    serve([AMEX]);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    renderStep(
      <SavedCards
        options={OPTIONS}
        onError={onError}
        renderCvc={() => {
          throw new Error('the field broke');
        }}
      />,
    );
    const place = await screen.findByRole('group', { name: /Security code for American Express/ });
    expect(within(place).getByRole('alert')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'the field broke' }));
    expect(screen.getByRole('radio', { name: 'New card' })).toBeInTheDocument();
  });
});

test("a panel's refreshAndChoose refetches and chooses the saved card once it is listed", async () => {
  const backend = serve([VISA]);
  const onValueChange = vi.fn();
  const saved: PaymentOption = {
    value: 'new-card',
    label: 'New card',
    panel: (step) => (
      <button
        type="button"
        onClick={() => {
          backend.store([
            VISA,
            { token: 'tok_new', brand: 'mastercard', last4: '5454', expiryMonth: 3, expiryYear: 2033 },
          ]);
          void step.refreshAndChoose('tok_new');
        }}
      >
        Save card
      </button>
    ),
  };
  const { user } = renderStep(<SavedCards options={[saved]} onValueChange={onValueChange} />);
  await user.click(await screen.findByRole('radio', { name: 'New card' }));
  await user.click(screen.getByRole('button', { name: 'Save card' }));
  const added = await screen.findByRole('radio', { name: 'Mastercard ending in 5454, expires 03/33' });
  await waitFor(() => expect(added).toBeChecked());
  expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'card', token: 'tok_new' }));
  expect(screen.queryByRole('group', { name: 'New card' })).not.toBeInTheDocument();
});

test('deleting the last card chooses the first option', async () => {
  let stored = [VISA];
  server.use(
    http.get(ENDPOINT, () => HttpResponse.json({ cards: stored })),
    http.delete(`${ENDPOINT}/:token`, () => {
      stored = [];
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const onValueChange = vi.fn();
  const { user } = renderStep(<SavedCards allowDelete options={OPTIONS} onValueChange={onValueChange} />);
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  await user.click(await screen.findByRole('button', { name: 'Delete Visa ending in 4242' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  await waitFor(() => expect(screen.getByRole('radio', { name: 'New card' })).toBeChecked());
  expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'option', value: 'new-card' });
  expect(screen.getByRole('group', { name: 'New card' })).toBeInTheDocument();
});
