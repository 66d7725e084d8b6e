// Issue 21, item 2: a token may be named like an Object.prototype member; the views treat it as any other.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderToString } from 'react-dom/server';
import {
  createSavedCardsClient,
  ManageSavedCards,
  SavedCards,
  SavedCardsProvider,
  savedCardsQueryOptions,
} from '../../src/index';

const ENDPOINT = 'https://shop.example/api/cards';
const TOKENS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;
const CARDS = TOKENS.map((token, index) => ({
  token,
  brand: 'visa',
  last4: `${index + 1}`.repeat(4),
  expiryMonth: 5,
  expiryYear: 2037,
  isPreferred: index === 0,
}));
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Lists the four cards; every change and delete is refused, so each card gets a failure of its own. */
function serveRefusing() {
  server.use(
    http.get(ENDPOINT, () =>
      HttpResponse.json({ cards: CARDS, capabilities: { delete: true, setDefault: true, rename: true } }),
    ),
    http.patch(`${ENDPOINT}/:token`, () =>
      HttpResponse.json({ error: { code: 'rejected', message: 'Not now.' } }, { status: 409 }),
    ),
    http.delete(`${ENDPOINT}/:token`, () =>
      HttpResponse.json({ error: { code: 'rejected', message: 'Not now.' } }, { status: 409 }),
    ),
  );
}

function tree(ui: React.ReactNode, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  const client = createSavedCardsClient({ endpoint: ENDPOINT, now: () => new Date(2026, 5, 15) });
  return {
    client,
    queryClient,
    element: (
      <SavedCardsProvider client={client} queryClient={queryClient}>
        {ui}
      </SavedCardsProvider>
    ),
  };
}

test('<ManageSavedCards> lists, and fails per card, for tokens named constructor, __proto__, toString, hasOwnProperty', async () => {
  serveRefusing();
  render(tree(<ManageSavedCards />).element);
  const user = userEvent.setup();
  const rows = await screen.findAllByRole('listitem');
  expect(rows).toHaveLength(4);
  await user.click(screen.getByRole('button', { name: 'Make default: Visa ending in 2222' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Not now.');
  await user.click(screen.getByRole('button', { name: 'Delete Visa ending in 4444' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  expect(await screen.findAllByRole('alert')).toHaveLength(2);
  // Each failure stays at its own card, and no other card shows one.
  const alerted = screen.getAllByRole('listitem').filter((row) => within(row).queryByRole('alert'));
  expect(alerted.map((row) => row.textContent?.match(/ending in (\d{4})/)?.[1])).toEqual(['2222', '4444']);
});

test('<SavedCards> selects and lists the same tokens', async () => {
  serveRefusing();
  render(tree(<SavedCards />).element);
  const radios = await screen.findAllByRole('radio');
  expect(radios).toHaveLength(4);
  await userEvent.setup().click(radios[3] as HTMLElement);
  expect(radios[3]).toHaveAttribute('aria-checked', 'true');
});

test.each([
  ['ManageSavedCards', <ManageSavedCards key="manage" />],
  ['SavedCards', <SavedCards key="select" />],
])('renderToString of <%s> with prefetched prototype-named tokens lists all four', async (_name, ui) => {
  const { client, queryClient, element } = tree(ui);
  serveRefusing();
  await queryClient.prefetchQuery(savedCardsQueryOptions(client));
  const html = renderToString(element);
  for (const last4 of ['1111', '2222', '3333', '4444']) expect(html).toContain(`ending in ${last4}`);
});
