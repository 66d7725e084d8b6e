import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  createSavedCardsClient,
  jsonAdapter,
  payuAdapter,
  SavedCards,
  SavedCardsProvider,
  type SavedCardsAdapter,
} from '../../src/index';
import { backendShapes, cardWith } from './shapes';

const ENDPOINT = 'https://shop.test/api/cards';
const server = setupServer();
const sent: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent.length = 0;
  server.events.on('request:start', ({ request }) => {
    sent.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
  });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS_BRAND = 'javascript:alert(1)';

function renderCards(adapter: SavedCardsAdapter) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({ endpoint: ENDPOINT, adapter, now: () => new Date(2026, 5, 15) });
  const user = userEvent.setup();
  const view = render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      <SavedCards allowDelete alwaysShowDelete />
    </SavedCardsProvider>,
  );
  return { user, ...view };
}

/** Nothing the backend sent became markup or a URL. */
function expectInert(container: HTMLElement) {
  // The kit itself renders no image, SVG or link anywhere, but for its own brand marks (issue 10), drawn from shapes only.
  expect(
    container.querySelectorAll('img, svg:not([data-sc-part="brand"]), script, iframe, object, embed, a, [href], [src]'),
  ).toHaveLength(0);
  for (const shape of container.querySelectorAll('svg[data-sc-part="brand"] *'))
    expect(['rect', 'circle', 'path', 'text']).toContain(shape.tagName);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/^on/i);
      expect(attribute.value).not.toMatch(/javascript:|<img|<script/i);
    }
  }
}

const hostileCard = cardWith({ brand: JS_BRAND, holder: IMG, nickname: SCRIPT });

describe.each(Object.entries(backendShapes))('%s: markup and javascript: from the backend', (shapeName, shape) => {
  test('holder names and nicknames are shown literally, the brand falls back to the generic mark, nothing is created', async () => {
    server.use(http.get(ENDPOINT, () => HttpResponse.json(shape.payload([hostileCard]) as object)));
    const { user, container } = renderCards(shape.adapter());

    const radio = await screen.findByRole('radio', { name: 'Card ending in 4242, expires 05/37' });
    const hasNickname = shapeName !== 'ottu';
    const holderText = hasNickname ? `${SCRIPT} · ${IMG}` : IMG;
    expect(within(radio).getByText(holderText)).toBeInTheDocument();
    expect(radio).toHaveAccessibleDescription(holderText);
    expect(radio).toHaveAttribute('data-brand', 'unknown');
    expect(radio).toHaveTextContent('Card •••• 4242');
    expect(radio).not.toHaveTextContent(/javascript/i);
    const mark = radio.querySelector('[data-sc-part="brand"]');
    expect(mark).toHaveAttribute('data-brand', 'unknown');
    // The generic mark has no wordmark.
    expect(mark).not.toHaveAttribute('data-mark');
    expectInert(container);

    await user.click(screen.getByRole('button', { name: 'Delete Card ending in 4242' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Card ending in 4242?' });
    expect(dialog).not.toHaveTextContent(/javascript|<img|<script/i);
    expectInert(container);
  });
});

test('a refusal reason with markup is shown as text, on the list and on delete', async () => {
  server.use(http.get(ENDPOINT, () => HttpResponse.json({ status: 0, msg: `Refused ${IMG}` })));
  const payu = renderCards(payuAdapter());
  expect(await screen.findByRole('alert')).toHaveTextContent(`The request was refused. Refused ${IMG}`);
  expectInert(payu.container);
  payu.unmount();

  server.use(
    http.get(ENDPOINT, () =>
      HttpResponse.json(backendShapes.json.payload([{ ...hostileCard, brand: 'visa' }]) as object),
    ),
    http.delete(`${ENDPOINT}/:token`, () =>
      HttpResponse.json({ error: { code: 'rejected', message: `${SCRIPT} ${JS_BRAND}` } }, { status: 409 }),
    ),
  );
  const { user, container } = renderCards(jsonAdapter());
  await user.click(await screen.findByRole('button', { name: 'Delete Visa ending in 4242' }));
  await user.click(screen.getByRole('button', { name: 'Delete card' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    `Visa ending in 4242 can't be deleted: ${SCRIPT} ${JS_BRAND}`,
  );
  expectInert(container);
});

describe.each(Object.entries(backendShapes))('%s: a token that is not one path segment', (_name, shape) => {
  test.each(['..', '.', '%2e%2e', 'a/../b', 'x?y#z'])(
    '"%s": delete + confirm sends no request and names the card in an error',
    async (token) => {
      server.use(
        http.get(ENDPOINT, () => HttpResponse.json(shape.payload([cardWith({ token })]) as object)),
        // Anything that does reach the network would be recorded by request:start before this answers.
        http.all(`${ENDPOINT}/*`, () => new HttpResponse(null, { status: 204 })),
      );
      const onDeleteError = vi.fn();
      const queryClient = new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      });
      const client = createSavedCardsClient({
        endpoint: ENDPOINT,
        adapter: shape.adapter(),
        now: () => new Date(2026, 5, 15),
      });
      const user = userEvent.setup();
      render(
        <SavedCardsProvider client={client} queryClient={queryClient}>
          <SavedCards allowDelete alwaysShowDelete onDeleteError={onDeleteError} />
        </SavedCardsProvider>,
      );

      await user.click(await screen.findByRole('button', { name: 'Delete Visa ending in 4242' }));
      await user.click(screen.getByRole('button', { name: 'Delete card' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Visa ending in 4242 could not be deleted. That saved card is not valid.');
      expect(screen.getByRole('radio', { name: 'Visa ending in 4242, expires 05/37' })).toBeInTheDocument();
      expect(onDeleteError).toHaveBeenCalledWith(
        expect.objectContaining({ kind: 'invalid-token' }),
        expect.objectContaining({ token }),
      );
      await waitFor(() => expect(queryClient.isFetching()).toBe(0));
      expect(sent.filter((request) => !request.startsWith('GET /api/cards'))).toEqual([]);
      expect(sent.every((request) => request === 'GET /api/cards')).toBe(true);
    },
  );
});
