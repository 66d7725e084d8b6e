// The radio group and its parts beyond the basics: one tab stop in every state, arrow keys over cards
import { ar } from '../../src/i18n/ar';
// being deleted, ids that exist and never repeat, the Arabic catalogue complete, and renderCard content.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useEffect, type ReactNode } from 'react';
import ottuCards from '../fixtures/ottu-user-cards.json';
import { en } from '../../src/i18n/en';
import { createSavedCardsClient, ottuAdapter, SavedCards, SavedCardsProvider, useDeleteCard } from '../../src/index';

// `<SavedCards>` takes a choice as its value (issue 19); these tests are about cards.
const cardKey = (token: string | null | undefined) => (token == null ? token : { kind: 'card' as const, token });

const ENDPOINT = 'https://shop.example/api/cards';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const VISA = '9918766711067353';
const MC = '5528090011220044'; // expired
const MADA = '4464040000007713';
const AMEX = '3782822463101009';

function serve(cards: unknown = ottuCards, deleteNever = true) {
  server.use(
    http.get(ENDPOINT, () => HttpResponse.json(cards as object)),
    http.delete(`${ENDPOINT}/:token/`, () =>
      deleteNever ? new Promise<Response>(() => {}) : new HttpResponse(null, { status: 204 }),
    ),
  );
}

function renderCards(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({
    endpoint: ENDPOINT,
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
  });
  const user = userEvent.setup();
  const view = render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
  return { user, ...view };
}

function DeleteBehind({ tokens }: { tokens: string[] }) {
  const { mutate } = useDeleteCard({});
  useEffect(() => tokens.forEach((token) => mutate({ token })), [mutate, tokens]);
  return null;
}

const tabStops = () => screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0);
const label = (element: Element | null) => element?.getAttribute('aria-label')?.split(',')[0];

describe('roving tab stop: always exactly one, and on a radio that Tab can reach', () => {
  test('controlled value pointing at an unknown token', async () => {
    serve();
    renderCards(<SavedCards value={cardKey('tok_unknown')} />);
    await screen.findAllByRole('radio');
    expect(tabStops()).toHaveLength(1);
  });

  test('controlled value pointing at an expired card', async () => {
    serve();
    renderCards(<SavedCards value={cardKey(MC)} />);
    await screen.findAllByRole('radio');
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).not.toHaveAttribute('aria-disabled');
  });

  test('hideExpired with a controlled value of the hidden card', async () => {
    serve();
    renderCards(<SavedCards value={cardKey(MC)} hideExpired />);
    await screen.findAllByRole('radio');
    expect(tabStops()).toHaveLength(1);
  });

  test('no selection and the first usable card is being deleted: the tab stop is a usable card', async () => {
    serve();
    const { container } = renderCards(
      <>
        <SavedCards defaultValue={null} allowDelete alwaysShowDelete />
        <DeleteBehind tokens={[VISA]} />
      </>,
    );
    await screen.findAllByRole('radio');
    await waitFor(() => expect(container.querySelector('[role="radio"][data-state="deleting"]')).not.toBeNull());
    expect(tabStops()).toHaveLength(1);
    expect(label(tabStops()[0]!)).not.toBe('Visa ending in 0026');
  });
});

describe('arrow keys', () => {
  test('over a card being deleted: skipped, not selected', async () => {
    serve();
    const { user, container } = renderCards(
      <>
        <SavedCards />
        <DeleteBehind tokens={[MADA]} />
      </>,
    );
    await screen.findAllByRole('radio');
    await waitFor(() => expect(container.querySelector('[role="radio"][data-state="deleting"]')).not.toBeNull());
    await user.tab();
    expect(label(document.activeElement)).toBe('Visa ending in 0026');
    await user.keyboard('{ArrowDown}');
    expect(label(document.activeElement)).toBe('American Express ending in 1009');
    expect(document.activeElement).toHaveAttribute('aria-checked', 'true');
  });

  test('every card but one is expired or deleting: arrows stay on the one usable card and keep it chosen', async () => {
    serve();
    const { user, container } = renderCards(
      <>
        <SavedCards />
        <DeleteBehind tokens={[MADA, AMEX]} />
      </>,
    );
    await screen.findAllByRole('radio');
    await waitFor(() => expect(container.querySelectorAll('[role="radio"][data-state="deleting"]')).toHaveLength(2));
    await user.tab();
    for (const key of ['{ArrowDown}', '{ArrowUp}', '{Home}', '{End}', '{ArrowLeft}', '{ArrowRight}']) {
      await user.keyboard(key);
      expect(label(document.activeElement)).toBe('Visa ending in 0026');
      expect(document.activeElement).toHaveAttribute('aria-checked', 'true');
    }
  });

  test('the selected card is being deleted: arrows move from it to the next usable card', async () => {
    serve();
    const { user, container } = renderCards(
      <>
        <SavedCards />
        <DeleteBehind tokens={[VISA]} />
      </>,
    );
    await screen.findAllByRole('radio');
    await waitFor(() => expect(container.querySelector('[role="radio"][data-state="deleting"]')).not.toBeNull());
    expect(tabStops()).toHaveLength(1);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(label(document.activeElement)).toBe('mada ending in 7713');
    expect(document.activeElement).toHaveAttribute('aria-checked', 'true');
  });

  test('messages.dir rtl over English turns the arrow keys; dir ltr over Arabic turns them back', async () => {
    serve();
    const rtl = renderCards(<SavedCards messages={{ dir: 'rtl' }} />);
    await screen.findAllByRole('radio');
    await rtl.user.tab();
    await rtl.user.keyboard('{ArrowLeft}');
    expect(label(document.activeElement)).toBe('mada ending in 7713');
    rtl.unmount();

    const ltr = renderCards(<SavedCards messages={{ ...ar, dir: 'ltr' }} />);
    await screen.findAllByRole('radio');
    await ltr.user.tab();
    await ltr.user.keyboard('{ArrowRight}');
    expect(label(document.activeElement)).toMatch(/^مدى/);
  });
});

describe('references', () => {
  test('every aria-labelledby / aria-describedby id exists, and no id is used twice with two <SavedCards>', async () => {
    serve(ottuCards, true);
    const { user, container } = renderCards(
      <>
        <SavedCards allowDelete alwaysShowDelete customerId="a" />
        <SavedCards allowDelete alwaysShowDelete customerId="b" messages={ar} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(8));
    await user.click(screen.getAllByRole('button', { name: 'Delete Visa ending in 0026' })[0]!);
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const missing = [...container.querySelectorAll('[aria-labelledby],[aria-describedby]')].flatMap((element) =>
      `${element.getAttribute('aria-labelledby') ?? ''} ${element.getAttribute('aria-describedby') ?? ''}`
        .split(/\s+/)
        .filter(Boolean)
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
  });
});

describe('Arabic catalogue', () => {
  const flatten = (messages: object, prefix = ''): [string, string][] =>
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[prefix + key, value] as [string, string]]
        : flatten(value as object, `${prefix}${key}.`),
    );

  test('same keys and same placeholders as English, and no message left in English', () => {
    const english = new Map(flatten(en));
    const arabic = new Map(flatten(ar));
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = [...english].filter(
      ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(arabic.get(key)!)),
    );
    expect(mismatched).toEqual([]);
    const untranslated = [...english].filter(
      ([key, text]) =>
        /[A-Za-z]{3,}/.test(text) && arabic.get(key) === text && !['separator', 'maskedNumber'].includes(key),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('renderCard with interactive content', () => {
  test('Space on a button inside renderCard activates that button, not the card', async () => {
    serve();
    const onDetails = vi.fn();
    const { user } = renderCards(
      <SavedCards
        defaultValue={null}
        renderCard={(card) => (
          <span>
            {card.last4}{' '}
            <button type="button" onClick={() => onDetails(card.last4)}>
              Details
            </button>
          </span>
        )}
      />,
    );
    await screen.findAllByRole('radio');
    const amex = screen.getAllByRole('radio')[2]!;
    within(amex).getByText('Details').focus();
    await user.keyboard(' ');
    expect({ detailsPressed: onDetails.mock.calls.length, cardChecked: amex.getAttribute('aria-checked') }).toEqual({
      detailsPressed: 1,
      cardChecked: 'false',
    });
  });
});
