import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV2Cards from '../fixtures/payu-v2-user-cards.json';
import { jsonAdapter, ottuAdapter, payuAdapter, SavedCardsError, type SavedCardsAdapter } from '../../src/index';
import { card, ENDPOINT, liveRegion, methods, recordRequests, renderKit } from './harness';

const server = setupServer();
const sent = recordRequests(server);

const EMPTY_STATE = 'You have no saved cards yet.';

interface ListFault {
  name: string;
  adapter: () => SavedCardsAdapter;
  /** The broken answer. */
  answer: () => Response | Promise<Response>;
  /** The answer once the backend has recovered. */
  recovered: unknown;
  /** The first card shown after recovery. */
  recoveredCard: string;
  kind: SavedCardsError['kind'];
  text: string;
  /** Requests before the error shows: 1, or 3 when useSavedCards retries (twice). */
  attempts: number;
  /** Backend text that must not reach the shopper. */
  hidden?: RegExp;
}

const JSON_RECOVERED = { cards: [card('tok_1', '4242')] };
const JSON_CARD = 'Visa ending in 4242, expires 05/37';
const OTTU_CARD = 'Visa ending in 0026, expires 01/39, preferred';
const PAYU_CARD = 'Visa ending in 1258, expires 05/37';

const faults: ListFault[] = [
  {
    name: 'a network error',
    adapter: jsonAdapter,
    answer: () => HttpResponse.error(),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'network',
    text: 'We could not reach the saved cards service. Check your connection.',
    attempts: 3,
  },
  {
    name: 'a request that never answers',
    adapter: jsonAdapter,
    answer: async () => {
      await delay('infinite');
      return HttpResponse.json(JSON_RECOVERED);
    },
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'timeout',
    text: 'The saved cards service took too long to answer.',
    attempts: 3,
  },
  {
    name: '500 with JSON',
    adapter: jsonAdapter,
    answer: () =>
      HttpResponse.json({ error: { code: 'db', message: 'db-7 down for 4111111111111111' } }, { status: 500 }),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'http',
    text: 'Something went wrong on our side. Please try again.',
    attempts: 3,
    hidden: /db-7|4111/,
  },
  {
    name: '502 with an HTML page',
    adapter: jsonAdapter,
    answer: () => HttpResponse.html('<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>', { status: 502 }),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'http',
    text: 'Something went wrong on our side. Please try again.',
    attempts: 3,
    hidden: /Bad Gateway|nginx/,
  },
  {
    name: '200 with text/html',
    adapter: jsonAdapter,
    answer: () => HttpResponse.html('<html><body>Please sign in</body></html>'),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'invalid-response',
    text: 'We could not read the saved cards.',
    attempts: 1,
    hidden: /sign in/,
  },
  {
    name: 'truncated JSON',
    adapter: jsonAdapter,
    answer: () =>
      new HttpResponse('{"cards": [{"token": "tok_1", "brand": "vi', {
        headers: { 'Content-Type': 'application/json' },
      }),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'invalid-response',
    text: 'We could not read the saved cards.',
    attempts: 1,
  },
  {
    name: '204 on the list',
    adapter: jsonAdapter,
    answer: () => new HttpResponse(null, { status: 204 }),
    recovered: JSON_RECOVERED,
    recoveredCard: JSON_CARD,
    kind: 'invalid-response',
    text: 'We could not read the saved cards.',
    attempts: 1,
  },
  {
    name: 'PayU status 0 with HTTP 200',
    adapter: payuAdapter,
    answer: () => HttpResponse.json({ status: 0, msg: 'Merchant key 9918766711067353 is invalid' }),
    recovered: payuV2Cards,
    recoveredCard: PAYU_CARD,
    kind: 'rejected',
    text: 'The request was refused. Merchant key ••• is invalid',
    attempts: 1,
    hidden: /9918/,
  },
  {
    name: 'an Ottu 400 with field errors',
    adapter: ottuAdapter,
    answer: () =>
      HttpResponse.json(
        { customer_id: ['This field is required.'], type: ['"live" is not a valid choice.'] },
        { status: 400 },
      ),
    recovered: ottuCards,
    recoveredCard: OTTU_CARD,
    kind: 'http',
    text: 'Something went wrong on our side. Please try again.',
    attempts: 1,
    // Field errors are for the merchant's developers, not the shopper.
    hidden: /customer_id|valid choice/,
  },
  {
    // Cards were sent, but not one of them can be read: a failed load, not "no saved cards".
    name: 'every card in a 200 answer unreadable',
    adapter: ottuAdapter,
    answer: () =>
      HttpResponse.json([
        { token: 'tok_1', number: 'no digits here' },
        { brand: 'VISA', number: '**** 1258' },
      ]),
    recovered: ottuCards,
    recoveredCard: OTTU_CARD,
    kind: 'invalid-response',
    text: 'We could not read the saved cards.',
    attempts: 1,
  },
];

describe('a bad list answer shows an error with Retry, never an empty list, and recovers', () => {
  test.each(faults)('$name', async (fault) => {
    let broken = true;
    server.use(http.get(ENDPOINT, () => (broken ? fault.answer() : HttpResponse.json(fault.recovered as object))));
    const onUnauthorized = vi.fn();
    const { user, container } = renderKit({}, { adapter: fault.adapter(), timeoutMs: 200, onUnauthorized });

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveAttribute('data-kind', fault.kind);
    expect(alert).toHaveTextContent(fault.text);
    if (fault.hidden) expect(container).not.toHaveTextContent(fault.hidden);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(EMPTY_STATE)).not.toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading saved cards' })).not.toBeInTheDocument();
    // The failure is the alert's to say; the polite region is for removals.
    expect(liveRegion()).toHaveTextContent('');
    expect(methods(sent)).toEqual(Array(fault.attempts).fill('GET /api/cards'));
    expect(onUnauthorized).not.toHaveBeenCalled();

    broken = false;
    await user.click(retry);
    expect(await screen.findByRole('radio', { name: fault.recoveredCard })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(methods(sent)).toEqual(Array(fault.attempts + 1).fill('GET /api/cards'));
  });
});

describe.each([401, 403])('a %i on the list', (status) => {
  test('calls the merchant onUnauthorized once, shows the sign-in error with Retry, and does not retry', async () => {
    let broken = true;
    server.use(
      http.get(ENDPOINT, () =>
        broken
          ? HttpResponse.json({ error: { message: 'session 5528090011220044 expired' } }, { status })
          : HttpResponse.json(JSON_RECOVERED),
      ),
    );
    const onUnauthorized = vi.fn();
    const { user, container } = renderKit({}, { onUnauthorized });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-kind', 'unauthorized');
    expect(alert).toHaveTextContent('Your session has expired. Please sign in again.');
    expect(container).not.toHaveTextContent(/5528|session 5/);
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByText(EMPTY_STATE)).not.toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status });
    // No retry loop: still one request after a while.
    await delay(150);
    expect(methods(sent)).toEqual(['GET /api/cards']);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    // The merchant signed the shopper in again.
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: JSON_CARD })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(methods(sent)).toEqual(['GET /api/cards', 'GET /api/cards']);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

test('a retryable failure that recovers on the second retry shows the cards and no error at all', async () => {
  let calls = 0;
  server.use(
    http.get(ENDPOINT, () => {
      calls += 1;
      return calls < 3 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json(JSON_RECOVERED);
    }),
  );
  const seenAlert = vi.fn();
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="alert"]')) seenAlert();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  renderKit();
  expect(await screen.findByRole('radio', { name: JSON_CARD })).toBeInTheDocument();
  observer.disconnect();
  expect(seenAlert).not.toHaveBeenCalled();
  expect(screen.queryByText(EMPTY_STATE)).not.toBeInTheDocument();
  expect(methods(sent)).toEqual(['GET /api/cards', 'GET /api/cards', 'GET /api/cards']);
});
