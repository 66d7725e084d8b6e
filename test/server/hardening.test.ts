// @vitest-environment node
// The server review's findings (issue 13), each over real HTTP on 127.0.0.1 where the network is the point.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSavedCardsClient } from '../../src/client/create-client';
import {
  createSavedCardsHandler,
  ottuProvider,
  payuProvider,
  toNodeHandler,
  type PaymentProvider,
  type SavedCardsHandlerOptions,
  type SavedCardsServerEvent,
  type SavedCardsSkippedEvent,
} from '../../src/server';
import { CUSTOMER_A, startSandbox, type Sandbox } from '../../demo/sandbox/sandbox.mjs';

const HEADERS = { 'X-Requested-With': 'react-saved-cards', Cookie: 'session=a' };
const OTTU_KEY = 'ottuKeyOnlyForTheseTests';
const PAYU_SALT = 'payuSaltOnlyForTheseTests';

let sandbox: Sandbox;
const servers: http.Server[] = [];
const consoleLines: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterEach(() => {
  sandbox.reset();
  consoleLines.length = 0;
  vi.restoreAllMocks();
});

afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  await sandbox.close();
});

function captureConsole() {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
  }
}

/** Mounts a handler on node:http at 127.0.0.1 and returns its port. */
async function serve(
  options: Partial<SavedCardsHandlerOptions> & Pick<SavedCardsHandlerOptions, 'provider'>,
): Promise<number> {
  const handler = createSavedCardsHandler({ getCustomerId: () => CUSTOMER_A, ...options });
  const server = http.createServer(toNodeHandler(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function sandboxOttu(timeoutMs = 2000): PaymentProvider {
  return ottuProvider({
    baseUrl: sandbox.ottu.baseUrl,
    apiKey: sandbox.ottu.apiKey,
    environment: 'sandbox',
    timeoutMs,
  });
}

/** A provider at the network edge that answers every call with one fixed body. */
function answeringWith(body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const ottuAnswering = (body: unknown) =>
  ottuProvider({
    baseUrl: 'https://merchant.ottu.example',
    apiKey: OTTU_KEY,
    environment: 'sandbox',
    fetch: answeringWith(body),
  });
const payuAnswering = (body: unknown) =>
  payuProvider({ baseUrl: 'https://test.payu.example', key: 'JPM7Fg', salt: PAYU_SALT, fetch: answeringWith(body) });

async function get(port: number, path = '/api/saved-cards', init: RequestInit = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: HEADERS, ...init });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** Sends raw bytes and resolves with what came back before the server closed the socket, and when. */
function rawExchange(port: number, head: string, firstBodyBytes: string, waitMs: number) {
  return new Promise<{ text: string; closed: boolean; elapsed: number }>((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed, elapsed: performance.now() - started });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => done(true));
    socket.on('error', () => done(true));
    socket.write(head + firstBodyBytes);
  });
}

const ottuCard = (fields: Record<string, unknown>) => ({
  token: 'tok_good',
  brand: 'VISA',
  number: '**** 0026',
  expiry_month: '05',
  expiry_year: '37',
  pg_name: 'mpgs',
  ...fields,
});

describe('1. a provider answer whose every card is unreadable is a failed load', () => {
  const unreadable = [
    ottuCard({ token: 'tok_1', number: 'none', expiry_month: '13' }),
    ottuCard({ token: 'tok_2', number: null, expiry_year: 'x' }),
  ];

  it.each([false, true])(
    'passThrough %s: 502 invalid-provider-response, never 200 with no cards',
    async (passThrough) => {
      const port = await serve({ provider: ottuAnswering(unreadable), passThrough, onSkippedCards: () => {} });
      const answer = await get(port);
      expect(answer.status).toBe(502);
      expect(answer.json).toMatchObject({ error: { code: 'invalid-provider-response' } });
    },
  );

  it('keeps the readable cards of a partly readable answer, and reports the others by field, never by value', async () => {
    const skipped: SavedCardsSkippedEvent[] = [];
    const port = await serve({
      provider: ottuAnswering([...unreadable, ottuCard({})]),
      onSkippedCards: (event) => skipped.push(event),
    });
    const answer = await get(port);
    expect(answer.status).toBe(200);
    expect((answer.json as { cards: { token: string }[] }).cards.map((card) => card.token)).toEqual(['tok_good']);
    expect(skipped).toEqual([
      {
        provider: 'ottu',
        method: 'GET',
        route: 'list',
        requestId: answer.headers.get('X-Request-Id'),
        skipped: [
          { index: 0, field: 'number' },
          // A null number is allowed (Ottu's OpenAPI): this card is left out for its year.
          { index: 1, field: 'expiryYear' },
        ],
      },
    ]);
  });

  it('the default logger says which cards and fields were left out, with no card data', async () => {
    captureConsole();
    const port = await serve({
      provider: ottuAnswering([
        ottuCard({ token: 'tok_1', number: '4111111111111111', expiry_month: 'May' }),
        ottuCard({}),
      ]),
    });
    expect((await get(port)).status).toBe(200);
    const line = consoleLines.find((entry) => entry.includes('left out'));
    expect(line).toMatch(/ottu GET list \(request [\w-]+\) left out 1 unreadable card\(s\): card 0 expiryMonth/);
    expect(line).not.toContain('tok_1');
    expect(line).not.toContain('4111');
  });
});

describe('2. timeoutMs bounds the whole request', () => {
  it('a chunked DELETE that stalls after 5 bytes gets its 408 at the deadline, and the socket is closed', async () => {
    const port = await serve({ provider: sandboxOttu(), timeoutMs: 300 });
    const head = [
      `DELETE /api/saved-cards/tok_1 HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'X-Requested-With: react-saved-cards',
      'Transfer-Encoding: chunked',
      '',
      '',
    ].join('\r\n');
    const result = await rawExchange(port, head, '5\r\nhello\r\n', 5000);
    expect(result.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.text).toContain('"code":"request-timeout"');
    expect(result.closed).toBe(true);
    expect(result.elapsed).toBeLessThan(4000);
    expect(sandbox.calls()).toEqual([]);
  });

  it.each([1500, 3000])(
    'a getCustomerId taking %i ms is answered 504 at the deadline, without asking the provider',
    async (delay) => {
      const port = await serve({
        provider: sandboxOttu(),
        timeoutMs: 300,
        getCustomerId: () => new Promise((resolve) => setTimeout(() => resolve(CUSTOMER_A), delay)),
      });
      const started = performance.now();
      const answer = await get(port);
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(504);
      expect(answer.json).toMatchObject({ error: { code: 'timeout' } });
      // The deadline, not the session store, ended it: well before the store would have answered.
      expect(elapsed).toBeLessThan(delay - 200);
      expect(sandbox.calls()).toEqual([]);
    },
  );

  it('a slow provider is still its own 504', async () => {
    sandbox.setFaults({ latencyMs: 1000 });
    const port = await serve({ provider: sandboxOttu(5000), timeoutMs: 300 });
    const answer = await get(port);
    expect(answer.status).toBe(504);
    expect(answer.json).toMatchObject({ error: { code: 'provider-timeout' } });
  });
});

describe('3. pass-through redacts every free-text field it keeps, as JSON mode does', () => {
  it('Ottu name_on_card', async () => {
    const body = [ottuCard({ name_on_card: 'FATIMA 4111111111111111' })];
    const passed = await get(await serve({ provider: ottuAnswering(body), passThrough: true }));
    const json = await get(await serve({ provider: ottuAnswering(body) }));
    expect(passed.json).toMatchObject([{ name_on_card: 'FATIMA •••' }]);
    expect(json.json).toMatchObject({ cards: [{ holderName: 'FATIMA •••' }] });
    expect(passed.text).not.toMatch(/\d{5}/);
  });

  it("PayU card_name, name_on_card and the envelope's msg", async () => {
    const body = {
      status: 1,
      msg: 'Cards fetched for 4111111111111111',
      user_cards: {
        b4e7c2a9f1d34e8a9c0b: {
          name_on_card: 'RAGHU ４１１１ ４１１１ ４１１１ ４１１１',
          card_name: 'my card 4111 1111 1111 1111',
          card_no: 'XXXXXXXXXXXX1111',
          expiry_year: '2030',
          expiry_month: '11',
          card_type: 'CC',
          card_brand: 'VISA',
        },
      },
    };
    const passed = await get(await serve({ provider: payuAnswering(body), passThrough: true }));
    expect(passed.json).toEqual({
      status: 1,
      msg: 'Cards fetched for •••',
      user_cards: {
        b4e7c2a9f1d34e8a9c0b: expect.objectContaining({
          name_on_card: 'RAGHU •••',
          card_name: 'my card •••',
          card_no: 'XXXXXXXXXXXX1111',
        }),
      },
    });
  });
});

describe('4. tokens with nothing visible in them are refused before any provider call', () => {
  const tokens = ['\u202e', '\u2067', '\u200b', '\ufeff', '   ', '\u200e\u200f', 'tok\u202eabc'];

  it.each(tokens.map((token) => [JSON.stringify(token), token]))('server: %s is a 400', async (_name, token) => {
    const port = await serve({ provider: sandboxOttu() });
    const answer = await get(port, `/api/saved-cards/${encodeURIComponent(token)}`, { method: 'DELETE' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { code: 'invalid-token' } });
    expect(sandbox.calls()).toEqual([]);
  });

  it.each(tokens.map((token) => [JSON.stringify(token), token]))(
    'browser client: %s is invalid-token, nothing sent',
    async (_name, token) => {
      const fetchSpy = vi.fn<typeof fetch>();
      const client = createSavedCardsClient({ endpoint: 'https://shop.example/api/saved-cards', fetch: fetchSpy });
      await expect(client.deleteCard(token)).rejects.toMatchObject({ kind: 'invalid-token' });
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );
});

describe('5. every method the handler does not serve is a 405 with Allow, reported', () => {
  it.each([
    ['TRACE', '/api/saved-cards', 'GET'],
    ['TRACE', '/api/saved-cards/tok_1', 'DELETE, PATCH'],
    ['PUT', '/api/saved-cards', 'GET'],
    ['OPTIONS', '/api/saved-cards/tok_1', 'DELETE, PATCH'],
    ['POST', '/api/saved-cards', 'GET'],
  ])('%s %s', async (method, path, allow) => {
    const events: SavedCardsServerEvent[] = [];
    const port = await serve({ provider: sandboxOttu(), onError: (event) => events.push(event) });
    const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path, method, headers: HEADERS }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(allow);
    expect(events).toEqual([
      expect.objectContaining({
        method,
        status: 405,
        code: 'method-not-allowed',
        requestId: answer.headers['x-request-id'],
      }),
    ]);
    expect(sandbox.calls()).toEqual([]);
  });
});

describe('6. a browser that hung up is not a provider timeout', () => {
  /** Sends a request and hangs up after `afterMs`, before the (slow) provider answered. */
  async function hangUp(port: number, method: string, path: string, afterMs: number) {
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: HEADERS,
      signal: controller.signal,
    }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    controller.abort();
    await pending;
  }

  async function until(check: () => boolean) {
    for (let waited = 0; waited < 3000 && !check(); waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('the default logger logs nothing when the browser leaves during a list', async () => {
    captureConsole();
    sandbox.setFaults({ latencyMs: 600 });
    const events: SavedCardsServerEvent[] = [];
    const port = await serve({ provider: sandboxOttu() });
    const reporting = await serve({ provider: sandboxOttu(), onError: (event) => events.push(event) });
    await hangUp(port, 'GET', '/api/saved-cards', 100);
    await hangUp(reporting, 'GET', '/api/saved-cards', 100);
    await until(() => events.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(consoleLines).toEqual([]);
    expect(events).toEqual([
      expect.objectContaining({ method: 'GET', route: 'list', status: 499, code: 'client-closed-request' }),
    ]);
  });

  it('a delete the browser left is reported on the delete route, as the client closing', async () => {
    sandbox.setFaults({ latencyMs: 600 });
    const events: SavedCardsServerEvent[] = [];
    const port = await serve({ provider: sandboxOttu(), onError: (event) => events.push(event) });
    await hangUp(port, 'DELETE', '/api/saved-cards/tok_1', 100);
    await until(() => events.length > 0);
    expect(events).toEqual([
      expect.objectContaining({ method: 'DELETE', route: 'delete', status: 499, code: 'client-closed-request' }),
    ]);
  });
});

describe('7. events can be tied to a request', () => {
  it('every event has the method, the route and the request id sent back in X-Request-Id', async () => {
    const events: SavedCardsServerEvent[] = [];
    const port = await serve({ provider: sandboxOttu(), onError: (event) => events.push(event) });
    const answer = await get(port, '/api/saved-cards/not-a-card-of-hers', { method: 'DELETE' });
    expect(answer.status).toBe(404);
    const requestId = answer.headers.get('X-Request-Id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events).toEqual([
      { provider: 'ottu', method: 'DELETE', route: 'delete', requestId, status: 404, code: 'not-found' },
    ]);
    // A successful answer carries one too, and each request its own.
    const listed = await get(port);
    expect(listed.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(listed.headers.get('X-Request-Id')).not.toBe(requestId);
  });

  it("the merchant's own id is used when it is well formed, and replaced when it is not", async () => {
    const events: SavedCardsServerEvent[] = [];
    const port = await serve({
      provider: sandboxOttu(),
      requestId: (request) => request.headers.get('X-Request-Id'),
      onError: (event) => events.push(event),
    });
    const mine = await get(port, '/api/saved-cards/nope', {
      method: 'DELETE',
      headers: { ...HEADERS, 'X-Request-Id': 'edge-7f3a.42:1' },
    });
    expect(mine.headers.get('X-Request-Id')).toBe('edge-7f3a.42:1');
    const hostile = await get(port, '/api/saved-cards/nope', {
      method: 'DELETE',
      headers: { ...HEADERS, 'X-Request-Id': 'id with spaces <script>' },
    });
    expect(hostile.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.map((event) => event.requestId)).toEqual(['edge-7f3a.42:1', hostile.headers.get('X-Request-Id')]);
  });
});
