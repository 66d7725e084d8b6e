import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV2 from '../fixtures/payu-v2-user-cards.json';
import { createSavedCardsClient } from '../../src/client/create-client';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import { jsonAdapter } from '../../src/adapters/json';
import { SavedCardsError } from '../../src/core/errors';

const endpoint = 'http://shop.test/api/cards';
const server = setupServer();
const requests: Request[] = [];

/** The part of a stack the kit wrote (name and message), without the frames' file paths. */
function stackHead(error: Error): string {
  return String(error.stack).split(/\n\s+at /)[0] ?? '';
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<SavedCardsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SavedCardsError);
    return error as SavedCardsError;
  }
  throw new Error('expected a failure');
}

test('lists cards with the custom header, explicit credentials and the merchant headers (async)', async () => {
  let seen: Request | undefined;
  server.use(
    http.get(endpoint, ({ request }) => {
      seen = request;
      return HttpResponse.json(ottuCards);
    }),
  );
  const client = createSavedCardsClient({
    endpoint,
    adapter: ottuAdapter(),
    credentials: 'include',
    headers: async () => ({ 'X-CSRF-Token': 'csrf-123' }),
    now: () => new Date(2026, 10, 24),
  });
  const list = await client.listCards();
  expect(list.cards.map((card) => card.last4)).toEqual(['0026', '7713', '1009', '4444']);
  expect(seen?.headers.get('X-Requested-With')).toBe('react-saved-cards');
  expect(seen?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  expect(seen?.headers.get('Accept')).toBe('application/json');
  expect(seen?.credentials).toBe('include');
});

test('keeps a query string on the endpoint', async () => {
  server.use(
    http.get(endpoint, () => HttpResponse.json({ cards: [] })),
    http.delete(`${endpoint}/tok`, () => new HttpResponse(null, { status: 204 })),
  );
  const client = createSavedCardsClient({ endpoint: `${endpoint}?store=kw` });
  await client.listCards();
  await client.deleteCard('tok');
  expect(requests.map((request) => request.url)).toEqual([`${endpoint}?store=kw`, `${endpoint}/tok?store=kw`]);
});

test('a list whose every card is unreadable fails as invalid-response; one good card among bad ones is a list with issues', async () => {
  const bad = [{ token: 'a', brand: 'visa', last4: 'x', expiryMonth: 5, expiryYear: 2037 }, { brand: 'visa' }];
  server.use(http.get(endpoint, () => HttpResponse.json({ cards: bad })));
  const client = createSavedCardsClient({ endpoint });
  await expect(client.listCards()).rejects.toMatchObject({ kind: 'invalid-response' });

  server.use(
    http.get(endpoint, () =>
      HttpResponse.json({
        cards: [...bad, { token: 'ok', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 }],
      }),
    ),
  );
  const list = await client.listCards();
  expect(list.cards.map((card) => card.token)).toEqual(['ok']);
  expect(list.issues).toHaveLength(2);

  server.use(http.get(endpoint, () => HttpResponse.json({ cards: [] })));
  expect(await client.listCards()).toEqual({
    cards: [],
    issues: [],
    capabilities: { delete: true, setDefault: false, rename: false },
  });
});

describe('token path safety', () => {
  test.each([
    [''],
    ['.'],
    ['..'],
    ['a/b'],
    ['a\\b'],
    ['x?y'],
    ['x#z'],
    ['%2e%2e'],
    ['a/../b'],
    ['tab\there'],
    ['nul\u0000'],
    ['del\u007f'],
    ['nel\u0085'],
    ['csi\u009b'],
    ['lone surrogate\ud800'],
    ['\udc00trailing surrogate'],
  ])('refuses %j before sending anything', async (token) => {
    const client = createSavedCardsClient({ endpoint });
    const error = await failureOf(client.deleteCard(token));
    expect(error.kind).toBe('invalid-token');
    expect(requests).toHaveLength(0);
  });

  test('encodes every other token as exactly one path segment', async () => {
    server.use(http.delete(`${endpoint}/:token`, () => new HttpResponse(null, { status: 204 })));
    const client = createSavedCardsClient({ endpoint });
    await client.deleteCard('tok with space+plus&amp;é💳');
    expect(new URL(requests[0]!.url).pathname).toBe('/api/cards/tok%20with%20space%2Bplus%26amp%3B%C3%A9%F0%9F%92%B3');
  });

  test("a bad token among a card's tokens stops the whole delete before any request", async () => {
    const client = createSavedCardsClient({ endpoint });
    await failureOf(client.deleteCard(['good', '../bad']));
    expect(requests).toHaveLength(0);
  });
});

describe('error kinds', () => {
  test('network', async () => {
    server.use(http.get(endpoint, () => HttpResponse.error()));
    expect((await failureOf(createSavedCardsClient({ endpoint }).listCards())).kind).toBe('network');
  });

  test('timeout', async () => {
    server.use(
      http.get(endpoint, async () => {
        await delay('infinite');
        return HttpResponse.json({ cards: [] });
      }),
    );
    const error = await failureOf(createSavedCardsClient({ endpoint, timeoutMs: 50 }).listCards());
    expect(error.kind).toBe('timeout');
  });

  test('a headers() that rejects is a network error (nothing could be sent), never its own error', async () => {
    const client = createSavedCardsClient({
      endpoint,
      headers: async () => {
        throw new Error('csrf endpoint down: session=abc');
      },
    });
    const error = await failureOf(client.listCards());
    expect(error.kind).toBe('network');
    expect(`${error.message} ${stackHead(error)} ${JSON.stringify(error)}`).not.toContain('session=abc');
    expect(requests).toHaveLength(0);
  });

  test('a headers() that never settles times out like a request', async () => {
    const client = createSavedCardsClient({
      endpoint,
      timeoutMs: 50,
      headers: () => new Promise<HeadersInit>(() => {}),
    });
    expect((await failureOf(client.listCards())).kind).toBe('timeout');
    expect(requests).toHaveLength(0);
  });

  test('the caller cancelling is passed through, not turned into an error kind', async () => {
    server.use(
      http.get(endpoint, async () => {
        await delay('infinite');
        return HttpResponse.json({ cards: [] });
      }),
    );
    const controller = new AbortController();
    const promise = createSavedCardsClient({ endpoint }).listCards({ signal: controller.signal });
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  test.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not-found'],
    [409, 'rejected'],
    [500, 'http'],
    [503, 'http'],
    [418, 'http'],
  ])('status %i is %s', async (status, kind) => {
    server.use(http.get(endpoint, () => HttpResponse.json({ error: { message: 'no' } }, { status })));
    const onUnauthorized = vi.fn();
    const error = await failureOf(createSavedCardsClient({ endpoint, onUnauthorized }).listCards());
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(onUnauthorized).toHaveBeenCalledTimes(kind === 'unauthorized' ? 1 : 0);
  });

  test('an onUnauthorized that throws (a router redirect() may) leaves the error unauthorized, not retryable', async () => {
    server.use(
      http.get(endpoint, () => new HttpResponse(null, { status: 401 })),
      http.delete(`${endpoint}/t`, () => new HttpResponse(null, { status: 403 })),
    );
    const onUnauthorized = vi.fn(() => {
      throw new Error('redirect');
    });
    const client = createSavedCardsClient({ endpoint, onUnauthorized });
    const listError = await failureOf(client.listCards());
    expect(listError).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(listError.isRetryable).toBe(false);
    expect(await failureOf(client.deleteCard('t'))).toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledWith(listError);
  });

  test('5xx, 429 and network errors are retryable; other 4xx and invalid answers are not', () => {
    expect(new SavedCardsError('http', { status: 502 }).isRetryable).toBe(true);
    expect(new SavedCardsError('network').isRetryable).toBe(true);
    expect(new SavedCardsError('timeout').isRetryable).toBe(true);
    expect(new SavedCardsError('http', { status: 429 }).isRetryable).toBe(true);
    expect(new SavedCardsError('http', { status: 400 }).isRetryable).toBe(false);
    expect(new SavedCardsError('unauthorized', { status: 401 }).isRetryable).toBe(false);
    expect(new SavedCardsError('invalid-response').isRetryable).toBe(false);
  });

  test.each([
    [
      '502 with an HTML page',
      () =>
        new HttpResponse('<html><body>Bad gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      'http',
    ],
    [
      '200 with text/html',
      () => new HttpResponse('<html></html>', { headers: { 'Content-Type': 'text/html' } }),
      'invalid-response',
    ],
    [
      'truncated JSON',
      () => new HttpResponse('{"cards": [', { headers: { 'Content-Type': 'application/json' } }),
      'invalid-response',
    ],
    ['204 on the list', () => new HttpResponse(null, { status: 204 }), 'invalid-response'],
    [
      'an empty 200',
      () => new HttpResponse('', { headers: { 'Content-Type': 'application/json' } }),
      'invalid-response',
    ],
    ['JSON that is not the contract', () => HttpResponse.json({ items: [] }), 'invalid-response'],
  ])('%s', async (_name, respond, kind) => {
    server.use(http.get(endpoint, respond));
    expect((await failureOf(createSavedCardsClient({ endpoint }).listCards())).kind).toBe(kind);
  });

  test('a JSON content type with spaces around it is still JSON', async () => {
    const answer = () =>
      new Response('{"cards": []}', { headers: { 'Content-Type': ' \tapplication/json; charset=utf-8 ' } });
    const list = await createSavedCardsClient({ endpoint, fetch: async () => answer() }).listCards();
    expect(list.cards).toEqual([]);
  });

  test('a failing status with a broken JSON body keeps its status (a 503 stays retryable)', async () => {
    server.use(
      http.get(
        endpoint,
        () => new HttpResponse('{"error": {"mess', { status: 503, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await failureOf(createSavedCardsClient({ endpoint }).listCards());
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(error.isRetryable).toBe(true);
  });

  test('PayU status 0 with HTTP 200 is rejected', async () => {
    server.use(http.get(endpoint, () => HttpResponse.json({ status: 0, msg: 'Invalid Hash.' })));
    const error = await failureOf(createSavedCardsClient({ endpoint, adapter: payuAdapter() }).listCards());
    expect(error).toMatchObject({ kind: 'rejected', reason: 'Invalid Hash.' });
  });

  test('an Ottu 400 with field errors is an http error whose reason names the fields', async () => {
    server.use(
      http.get(endpoint, () => HttpResponse.json({ customer_id: ['This field is required.'] }, { status: 400 })),
    );
    const error = await failureOf(createSavedCardsClient({ endpoint, adapter: ottuAdapter() }).listCards());
    expect(error).toMatchObject({ kind: 'http', status: 400, reason: 'customer_id: This field is required.' });
  });

  test('messages never hold a token or card digits, even when the backend echoes them', async () => {
    const token = '9918766711067353';
    server.use(
      http.delete(`${endpoint}/${token}/`, () =>
        HttpResponse.json({ detail: `Card ${token} (4111111111111111) is locked` }, { status: 409 }),
      ),
    );
    const error = await failureOf(createSavedCardsClient({ endpoint, adapter: ottuAdapter() }).deleteCard(token));
    expect(error.kind).toBe('rejected');
    // What the kit produced, not the stack's file paths: a checkout folder may well hold a run of digits.
    const everything = `${error.message} ${error.reason} ${stackHead(error)} ${JSON.stringify(error)}`;
    expect(everything).not.toMatch(/\d{5}/);
    expect(error.reason).toBe('Card •••) is locked');
  });
});

describe('delete', () => {
  test('Ottu: DELETE {endpoint}/{token}/ answered 204', async () => {
    server.use(http.delete(`${endpoint}/:token/`, () => new HttpResponse(null, { status: 204 })));
    await createSavedCardsClient({ endpoint, adapter: ottuAdapter() }).deleteCard('9918766711067353');
    expect(requests.map((request) => [request.method, new URL(request.url).pathname])).toEqual([
      ['DELETE', '/api/cards/9918766711067353/'],
    ]);
    expect(requests[0]?.headers.get('X-Requested-With')).toBe('react-saved-cards');
  });

  test('200 with JSON and 404 both count as deleted', async () => {
    server.use(
      http.delete(`${endpoint}/ok`, () => HttpResponse.json({ deleted: true })),
      http.delete(`${endpoint}/gone`, () => HttpResponse.json({ error: { message: 'Not found' } }, { status: 404 })),
    );
    const client = createSavedCardsClient({ endpoint });
    await expect(client.deleteCard('ok')).resolves.toBeUndefined();
    await expect(client.deleteCard('gone')).resolves.toBeUndefined();
  });

  test("a backend's own words for already gone (the adapter's notFound) count as deleted; other refusals do not", async () => {
    // Another tab deleted the card first: this backend answers 400 "not attached", as Stripe does.
    server.use(
      http.delete(`${endpoint}/gone`, () =>
        HttpResponse.json({ error: { message: 'The card is not attached.' } }, { status: 400 }),
      ),
      http.delete(`${endpoint}/locked`, () =>
        HttpResponse.json({ error: { message: 'The card is locked.' } }, { status: 400 }),
      ),
      http.patch(`${endpoint}/gone`, () =>
        HttpResponse.json({ error: { message: 'The card is not attached.' } }, { status: 400 }),
      ),
    );
    const adapter = {
      ...jsonAdapter(),
      notFound: (status: number, body: unknown) => status === 400 && JSON.stringify(body).includes('not attached'),
    };
    const client = createSavedCardsClient({ endpoint, adapter });
    await expect(client.deleteCard('gone')).resolves.toBeUndefined();
    expect((await failureOf(client.deleteCard('locked'))).kind).toBe('http');
    // A change of a card that is gone is a failure, as a 404 is: there is nothing left to change.
    expect((await failureOf(client.setDefaultCard('gone'))).kind).toBe('not-found');
  });

  test('every token of a deduplicated card is deleted', async () => {
    const tokens = Object.keys(payuV2.result.user_cards);
    server.use(http.delete(`${endpoint}/:token`, () => HttpResponse.json({ status: 1, msg: 'Card deleted' })));
    await createSavedCardsClient({ endpoint, adapter: payuAdapter() }).deleteCard(tokens);
    expect(
      requests.map((request) => decodeURIComponent(new URL(request.url).pathname.split('/').pop()!)).sort(),
    ).toEqual([...tokens].sort());
  });

  test("a custom adapter's parseDelete that throws becomes invalid-response, never its own message", async () => {
    server.use(http.delete(`${endpoint}/:token`, () => HttpResponse.json({ card: '4111111111111111' })));
    const adapter = {
      ...ottuAdapter(),
      deleteRequest: (segment: string) => ({ method: 'DELETE' as const, path: `/${segment}` }),
      parseDelete: (body: unknown) => {
        throw new TypeError(`cannot read ${JSON.stringify(body)}`);
      },
    };
    const error = await failureOf(createSavedCardsClient({ endpoint, adapter }).deleteCard('t'));
    expect(error.kind).toBe('invalid-response');
    expect(`${error.message} ${stackHead(error)} ${JSON.stringify(error)}`).not.toMatch(/\d{5}/);
  });

  test('a 2xx whose body is not JSON is never a successful delete', async () => {
    server.use(
      // fetch follows redirects: an expired session's DELETE ends on the login page, answered 200.
      http.delete(
        `${endpoint}/login-page`,
        () =>
          new HttpResponse('<!doctype html><title>Sign in</title>', {
            headers: { 'Content-Type': 'text/html; charset=utf-8' },
          }),
      ),
      // A PHP endpoint passing PayU's refusal through with PHP's default Content-Type.
      http.delete(
        `${endpoint}/unlabelled-refusal`,
        () => new HttpResponse('{"status":0,"msg":"Card is locked"}', { headers: { 'Content-Type': 'text/html' } }),
      ),
      http.delete(
        `${endpoint}/empty`,
        () => new HttpResponse('', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      ),
      http.delete(`${endpoint}/no-content`, () => new HttpResponse(null, { status: 204 })),
    );
    const client = createSavedCardsClient({ endpoint, adapter: payuAdapter() });
    expect(await failureOf(client.deleteCard('login-page'))).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(await failureOf(client.deleteCard('unlabelled-refusal'))).toMatchObject({
      kind: 'invalid-response',
      status: 200,
    });
    await expect(client.deleteCard('empty')).resolves.toBeUndefined();
    await expect(client.deleteCard('no-content')).resolves.toBeUndefined();
  });

  test('a PayU delete answered status 0 "card not found" counts as deleted', async () => {
    server.use(http.delete(`${endpoint}/:token`, () => HttpResponse.json({ status: 0, msg: 'card not found' })));
    await expect(createSavedCardsClient({ endpoint, adapter: payuAdapter() }).deleteCard('t')).resolves.toBeUndefined();
  });

  test('a PayU delete answered status 0 is a refusal', async () => {
    server.use(
      http.delete(`${endpoint}/:token`, () => HttpResponse.json({ status: 0, msg: 'Card cannot be deleted' })),
    );
    const error = await failureOf(createSavedCardsClient({ endpoint, adapter: payuAdapter() }).deleteCard('t'));
    expect(error).toMatchObject({ kind: 'rejected', reason: 'Card cannot be deleted' });
  });
});

test('an answer over 1 MB is refused, and no more of it is read, as the server refuses a provider’s', async () => {
  const chunk = 'x'.repeat(64 * 1024);
  let sent = 0;
  // A valid list padded to 3 MB: read whole, it would list no cards.
  const padded = new ReadableStream<Uint8Array>({
    pull(controller) {
      const text = sent === 0 ? '{"cards":[],"pad":"' : sent < 3_000_000 ? chunk : '"}';
      sent += text.length;
      controller.enqueue(new TextEncoder().encode(text));
      if (text === '"}') controller.close();
    },
  });
  server.use(http.get(endpoint, () => new HttpResponse(padded, { headers: { 'Content-Type': 'application/json' } })));
  const client = createSavedCardsClient({ endpoint });
  await expect(client.listCards()).rejects.toMatchObject({ kind: 'invalid-response' });
  expect(sent).toBeLessThan(2_000_000);
});
