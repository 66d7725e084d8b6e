// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSavedCardsClient } from '../../src/client/create-client';
import { jsonAdapter } from '../../src/adapters/json';
import { payuAdapter } from '../../src/adapters/payu';
import { ottuAdapter } from '../../src/adapters/ottu';
import { SavedCardsError } from '../../src/core/errors';
import { normalizeCards } from '../../src/core/normalize';
import ottuCards from '../fixtures/ottu-user-cards.json';
import payuV1 from '../fixtures/payu-v1-user-cards.json';
import payuV2 from '../fixtures/payu-v2-user-cards.json';
import payuPci from '../fixtures/payu-pci-user-cards.json';
import {
  createSavedCardsHandler,
  ottuProvider,
  payuProvider,
  toNodeHandler,
  type PaymentProvider,
  type SavedCardsHandlerOptions,
  type SavedCardsServerEvent,
} from '../../src/server';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  PAYU_DUPLICATE_TOKENS,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };
const OTTU_LOCKED_TOKEN = '4464040000007713';
const OTTU_B_TOKEN = '7718203344551881';
const PAYU_B_TOKEN = 'f00dfacecafe12345678';
const PAYU_PAR = 'V0010013021320427651459792018';
const NETWORK_TOKEN_VALUE = '4489682380100740';
// One instant for the sandbox's seed and the browser client, so no seeded card expires as the years pass.
const NOW = new Date(2026, 10, 24);

/** The merchant's own session: a cookie, never anything the browser says about the customer. */
function sessionCustomer(request: Request): string | null {
  const match = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('Cookie') ?? '');
  return (match && SESSIONS[match[1] as string]) ?? null;
}

let sandbox: Sandbox;
const servers: http.Server[] = [];
const answers: { url: string; status: number; headers: string; body: string }[] = [];
const events: SavedCardsServerEvent[] = [];
const consoleLines: string[] = [];

async function serve(
  options: Omit<SavedCardsHandlerOptions, 'getCustomerId' | 'onError'> & Partial<SavedCardsHandlerOptions>,
) {
  const handler = createSavedCardsHandler({
    getCustomerId: sessionCustomer,
    onError: (event) => events.push(event),
    ...options,
  });
  const server = http.createServer(toNodeHandler(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/api/saved-cards`;
}

/** fetch that keeps every answer, so the secret check can read all of them. */
async function call(
  url: string,
  init: RequestInit & { duplex?: 'half' } = {},
): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  answers.push({ url, status: response.status, headers: JSON.stringify([...response.headers]), body: text });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const shopperA = { Cookie: 'session=sess-a', 'X-Requested-With': 'react-saved-cards', Accept: 'application/json' };
const shopperB = { Cookie: 'session=sess-b', 'X-Requested-With': 'react-saved-cards', Accept: 'application/json' };

/** The browser client, fetching over HTTP like a page would, with the shopper's cookie. */
function browserClient(endpoint: string, cookie: string, adapter?: ReturnType<typeof ottuAdapter>) {
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const copy = response.clone();
    answers.push({
      url: String(input),
      status: response.status,
      headers: JSON.stringify([...response.headers]),
      body: await copy.text(),
    });
    return response;
  };
  return createSavedCardsClient({
    endpoint,
    headers: { Cookie: cookie },
    fetch: recordingFetch,
    now: () => NOW,
    ...(adapter && { adapter }),
  });
}

function tokensOf(json: unknown): string[] {
  return ((json as { cards: { token: string }[] }).cards ?? []).map((card) => card.token);
}

function deleteCalls() {
  return sandbox.calls().filter((entry) => entry.operation === 'delete');
}

async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

let ottuUrl: string;
let payuUrl: string;
let ottu: PaymentProvider;
let payu: PaymentProvider;

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(
        args.map((arg) => (arg instanceof Error ? `${arg.name} ${arg.message} ${arg.stack}` : String(arg))).join(' '),
      );
    });
  }
  sandbox = await startSandbox({ now: () => NOW });
  // Well above a loopback round trip on a loaded machine, well below the timeout tests' 1500 ms latency.
  ottu = ottuProvider({
    baseUrl: sandbox.ottu.baseUrl,
    apiKey: sandbox.ottu.apiKey,
    environment: 'sandbox',
    timeoutMs: 1000,
  });
  payu = payuProvider({
    baseUrl: sandbox.payu.baseUrl,
    key: sandbox.payu.key,
    salt: sandbox.payu.salt,
    timeoutMs: 1000,
  });
  ottuUrl = await serve({ provider: ottu });
  payuUrl = await serve({ provider: payu });
});

beforeEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  );
  await sandbox?.close();
  vi.restoreAllMocks();
});

describe('listing', () => {
  it('answers the kit JSON contract with one entry per token, preferred first, no PAR, BIN or network token', async () => {
    const answer = await call(payuUrl, { headers: shopperA });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    const cards = (answer.json as { cards: Record<string, unknown>[] }).cards;
    expect(cards.map((card) => card.token)).toEqual(expect.arrayContaining(PAYU_DUPLICATE_TOKENS as string[]));
    expect(cards).toHaveLength(8);
    const duplicates = cards.filter((card) => (PAYU_DUPLICATE_TOKENS as string[]).includes(card.token as string));
    const references = new Set(duplicates.map((card) => card.accountReference));
    expect(references.size).toBe(1);
    expect([...references][0]).toMatch(/^ref_[0-9a-f]{32}$/);
    expect(cards.find((card) => card.token === 'b4e7c2a9f1d34e8a9c0b')?.accountReference).not.toBe([...references][0]);
    expect(duplicates[0]).toMatchObject({
      brand: 'visa',
      last4: '1258',
      expiryMonth: 5,
      expiryYear: 2037,
      funding: 'credit',
    });
    expect(answer.text).not.toContain(PAYU_PAR);
    expect(answer.text).not.toContain(NETWORK_TOKEN_VALUE);
    expect(answer.text).not.toContain('448968');
    expect(answer.text).not.toMatch(/XXXX/);
  });

  it('lists Ottu cards with the agreement lock, the expiry hint and the preferred card first', async () => {
    const answer = await call(ottuUrl, { headers: shopperA });
    expect(answer.status).toBe(200);
    const cards = (answer.json as { cards: Record<string, unknown>[] }).cards;
    expect(cards[0]).toMatchObject({ token: '9918766711067353', isPreferred: true, brand: 'visa', last4: '0026' });
    expect(cards.at(-1)).toMatchObject({ token: '5528090011220044', isExpired: true });
    expect(cards.find((card) => card.token === OTTU_LOCKED_TOKEN)).toMatchObject({
      brand: 'mada',
      expiresSoon: true,
      deleteBlocked: { code: 'agreement' },
    });
  });
});

describe('customer isolation', () => {
  it.each([
    ['ottu', () => ottuUrl, OTTU_B_TOKEN],
    ['payu', () => payuUrl, PAYU_B_TOKEN],
  ])('%s: shopper A never lists shopper B’s cards, whatever the browser sends', async (_name, url, tokenOfB) => {
    const attempts = [
      call(`${url()}?customer_id=${CUSTOMER_B}`, { headers: shopperA }),
      call(`${url()}?customerId=${CUSTOMER_B}&user_credentials=x:${CUSTOMER_B}`, {
        headers: { ...shopperA, 'X-Customer-Id': CUSTOMER_B, 'Customer-Id': CUSTOMER_B },
      }),
      call(url(), { method: 'GET', headers: { ...shopperA, 'X-Requested-With': CUSTOMER_B } }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(200);
      expect(tokensOf(answer.json)).not.toContain(tokenOfB);
      expect(tokensOf(answer.json).length).toBeGreaterThan(1);
    }
    expect(new Set(sandbox.calls().map((entry) => entry.customerId))).toEqual(new Set([CUSTOMER_A]));
  });

  it.each([
    ['ottu', () => ottuUrl, OTTU_B_TOKEN],
    ['payu', () => payuUrl, PAYU_B_TOKEN],
  ])(
    '%s: shopper A cannot delete shopper B’s card (404, and the provider is never asked)',
    async (_name, url, tokenOfB) => {
      const plain = await call(`${url()}/${tokenOfB}`, { method: 'DELETE', headers: shopperA });
      const disguised = await call(`${url()}/${tokenOfB}?customer_id=${CUSTOMER_B}`, {
        method: 'DELETE',
        headers: { ...shopperA, 'Content-Type': 'application/json', 'X-Customer-Id': CUSTOMER_B },
        body: JSON.stringify({ customer_id: CUSTOMER_B, customerId: CUSTOMER_B }),
      });
      expect(plain.status).toBe(404);
      expect(disguised.status).toBe(404);
      expect(plain.json).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
      expect(deleteCalls()).toEqual([]);
      const listOfB = await call(url(), { headers: shopperB });
      expect(tokensOf(listOfB.json)).toContain(tokenOfB);
    },
  );
});

describe('the browser client through the handler', () => {
  it('payu: lists the five-token Visa as one card and deletes it for good', async () => {
    const client = browserClient(payuUrl, 'session=sess-a');
    const before = await client.listCards();
    const visa = before.cards.find((card) => card.last4 === '1258');
    expect(visa?.tokens).toHaveLength(5);
    expect(before.cards.filter((card) => card.last4 === '1258')).toHaveLength(1);
    await client.deleteCard(visa!.tokens);
    expect(deleteCalls().filter((entry) => entry.deleted)).toHaveLength(5);
    const after = await client.listCards();
    expect(after.cards.map((card) => card.last4)).not.toContain('1258');
    expect(after.cards.map((card) => card.last4)).toEqual(expect.arrayContaining(['6937', '0119', '5454']));
    const again = await browserClient(payuUrl, 'session=sess-a').listCards();
    expect(again.cards.some((card) => card.last4 === '1258')).toBe(false);
  });

  it('ottu: lists, deletes a free card, and gets the lock reason for the agreement card', async () => {
    const client = browserClient(ottuUrl, 'session=sess-a');
    const { cards } = await client.listCards();
    expect(cards.map((card) => card.last4)).toEqual(['0026', '7713', '1009', '4444']);
    expect(cards[1]).toMatchObject({ isExpiringSoon: true, deleteBlockedReason: { code: 'agreement' } });
    await client.deleteCard('3782822463101009');
    const refused = await client.deleteCard(OTTU_LOCKED_TOKEN).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SavedCardsError);
    expect(refused).toMatchObject({ kind: 'rejected', status: 409 });
    expect((refused as SavedCardsError).reason).toMatch(/auto-debit agreement/);
    const after = await client.listCards();
    expect(after.cards.map((card) => card.last4)).toEqual(['0026', '7713', '4444']);
  });

  it('pass-through: payuAdapter and ottuAdapter in the browser read the provider shape, without its secrets', async () => {
    const payuPass = await serve({ provider: payu, passThrough: true });
    const ottuPass = await serve({ provider: ottu, passThrough: true });
    const raw = await call(payuPass, { headers: shopperA });
    expect(raw.json).toMatchObject({ status: 1, user_cards: expect.any(Object) });
    expect(raw.text).not.toContain(PAYU_PAR);
    expect(raw.text).not.toContain(NETWORK_TOKEN_VALUE);
    expect(raw.text).not.toMatch(/card_bin|network_token|token_bin/);

    const payuClient = browserClient(payuPass, 'session=sess-a', payuAdapter());
    const visa = (await payuClient.listCards()).cards.find((card) => card.last4 === '1258');
    expect(visa?.tokens).toHaveLength(5);
    await payuClient.deleteCard(visa!.tokens);
    expect((await payuClient.listCards()).cards.some((card) => card.last4 === '1258')).toBe(false);

    const ottuClient = browserClient(ottuPass, 'session=sess-a', ottuAdapter());
    await ottuClient.deleteCard('3782822463101009');
    const refused = await ottuClient.deleteCard(OTTU_LOCKED_TOKEN).catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/auto-debit agreement/) });
    expect((await ottuClient.listCards()).cards.map((card) => card.last4)).toEqual(['0026', '7713', '4444']);
  });
});

describe('failure paths', () => {
  it('provider down: 502 with a safe message, and one log line by the default logger', async () => {
    const provider = ottuProvider({
      baseUrl: await closedPortUrl(),
      apiKey: sandbox.ottu.apiKey,
      environment: 'sandbox',
    });
    const url = await serve({ provider, onError: undefined });
    const answer = await call(url, { headers: shopperA });
    expect(answer.status).toBe(502);
    expect(answer.json).toEqual({
      error: { code: 'provider-unavailable', message: expect.stringMatching(/could not be reached/) },
    });
    expect(consoleLines).toContainEqual(
      expect.stringMatching(/ottu GET list \(request [\w-]+\) failed: provider-unavailable \(502\)/),
    );
  });

  it.each([
    ['ottu', () => ottuUrl],
    ['payu', () => payuUrl],
  ])('%s timing out: 504', async (_name, url) => {
    sandbox.setFaults({ latencyMs: 1500 });
    const answer = await call(url(), { headers: shopperA });
    expect(answer.status).toBe(504);
    expect(answer.json).toMatchObject({ error: { code: 'provider-timeout' } });
  });

  it('the handler deadline also answers 504', async () => {
    const url = await serve({
      provider: ottuProvider({ ...sandbox.ottu, environment: 'sandbox', timeoutMs: 5000 }),
      timeoutMs: 200,
    });
    sandbox.setFaults({ latencyMs: 1500 });
    const answer = await call(url, { headers: shopperA });
    expect(answer.status).toBe(504);
  });

  it.each([
    ['ottu', () => ottuUrl, OTTU_LOCKED_TOKEN],
    ['payu', () => payuUrl, 'b4e7c2a9f1d34e8a9c0b'],
  ])('%s refusing a delete: 409 with the provider’s reason, and the card stays', async (name, url, token) => {
    if (name === 'payu') sandbox.setFaults({ failDeleteToken: token });
    const answer = await call(`${url()}/${token}`, { method: 'DELETE', headers: shopperA });
    expect(answer.status).toBe(409);
    expect(answer.json).toEqual({
      error: {
        code: 'rejected',
        message:
          name === 'ottu'
            ? expect.stringMatching(/auto-debit agreement/)
            : expect.stringMatching(/could not be deleted/),
      },
    });
    expect(tokensOf((await call(url(), { headers: shopperA })).json)).toContain(token);
  });

  it.each([
    ['ottu', () => ottuUrl, 'truncated'],
    ['ottu', () => ottuUrl, 'shape'],
    ['payu', () => payuUrl, 'truncated'],
    ['payu', () => payuUrl, 'shape'],
  ] as const)('%s malformed answer (%s): 502', async (_name, url, malformed) => {
    sandbox.setFaults({ malformed });
    const answer = await call(url(), { headers: shopperA });
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error: { code: 'invalid-provider-response' } });
  });

  it.each([
    ['ottu', () => ottuUrl],
    ['payu', () => payuUrl],
  ])('%s HTML error page: 502', async (_name, url) => {
    sandbox.setFaults({ failureRate: 1, htmlErrors: true });
    const answer = await call(url(), { headers: shopperA });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(answer.json).toMatchObject({ error: { code: 'provider-error' } });
    expect(answer.text).not.toMatch(/<html/i);
  });

  it('a wrong provider key is a 502 for the shopper, not a 401 that would sign them out', async () => {
    const url = await serve({
      provider: ottuProvider({ baseUrl: sandbox.url, apiKey: 'wrongKeyNotTheRealOne', environment: 'sandbox' }),
    });
    const answer = await call(url, { headers: shopperA });
    expect(answer.status).toBe(502);
    const payuUrlWrongSalt = await serve({
      provider: payuProvider({ baseUrl: sandbox.url, key: sandbox.payu.key, salt: 'wrongSaltNotReal' }),
    });
    expect((await call(payuUrlWrongSalt, { headers: shopperA })).status).toBe(502);
  });

  it('a body too large: 413, by Content-Length and by the stream itself, without asking the provider', async () => {
    const declared = await call(`${payuUrl}/b4e7c2a9f1d34e8a9c0b`, {
      method: 'DELETE',
      headers: shopperA,
      body: 'x'.repeat(2048),
    });
    expect(declared.status).toBe(413);
    const chunks = ['a'.repeat(700), 'b'.repeat(700)];
    const streamed = await call(`${payuUrl}/b4e7c2a9f1d34e8a9c0b`, {
      method: 'DELETE',
      headers: shopperA,
      duplex: 'half',
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(new TextEncoder().encode(next));
          else controller.close();
        },
      }),
    });
    expect(streamed.status).toBe(413);
    expect(streamed.json).toMatchObject({ error: { code: 'payload-too-large' } });
    expect(sandbox.calls()).toEqual([]);
    const small = await call(`${payuUrl}/b4e7c2a9f1d34e8a9c0b`, {
      method: 'DELETE',
      headers: shopperA,
      body: '{"customer_id":"x"}',
    });
    expect(small.status).toBe(204);
  });

  it('a GET body is never read: 413 only when its Content-Length declares too much, as the README says', async () => {
    /** node:http, since fetch sends no body with a GET. */
    const get = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(payuUrl, { method: 'GET', headers: { ...shopperA, ...headers } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end('x'.repeat(2048));
      });
    expect(await get({ 'Content-Length': '2048' })).toBe(413);
    expect(sandbox.calls()).toEqual([]);
    expect(await get({ 'Transfer-Encoding': 'chunked' })).toBe(200);
  });

  it.each([
    ['POST', '', 'GET'],
    ['PUT', '', 'GET'],
    ['DELETE', '', 'GET'],
    ['GET', '/b4e7c2a9f1d34e8a9c0b', 'DELETE, PATCH'],
    ['PUT', '/b4e7c2a9f1d34e8a9c0b', 'DELETE, PATCH'],
  ])('%s %s: 405 with Allow: %s', async (method, path, allow) => {
    const answer = await call(`${payuUrl}${path}`, { method, headers: shopperA });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('Allow')).toBe(allow);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(sandbox.calls()).toEqual([]);
  });

  it('without X-Requested-With: 403, for lists and deletes', async () => {
    const { 'X-Requested-With': _, ...noMarker } = shopperA;
    expect((await call(payuUrl, { headers: noMarker })).status).toBe(403);
    expect((await call(`${payuUrl}/b4e7c2a9f1d34e8a9c0b`, { method: 'DELETE', headers: noMarker })).status).toBe(403);
    expect(sandbox.calls()).toEqual([]);
  });

  it('without a session: 401, whatever customer the browser names', async () => {
    const answer = await call(`${ottuUrl}?customer_id=${CUSTOMER_A}`, {
      headers: { 'X-Requested-With': 'react-saved-cards', 'X-Customer-Id': CUSTOMER_A, Cookie: 'session=forged' },
    });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ error: { code: 'unauthorized' } });
    expect(sandbox.calls()).toEqual([]);
  });

  it.each([
    ['/a%2Fb', 400],
    ['/%ZZ', 400],
    ['/tok%00', 400],
    ['/%25', 400],
    ['/tok%C2%85', 400],
    ['/tok%C2%9B', 400],
    ['/tok%ED%A0%80', 400],
    ['/a/b', 404],
    ['/..%2F..%2Fadmin', 400],
    ['/%2E%2E', 404],
    ['/not-a-token-of-hers', 404],
  ])('bad token path %s: %i, and the provider is never asked to delete', async (path, status) => {
    const answer = await call(`${ottuUrl}${path}`, { method: 'DELETE', headers: shopperA });
    expect(answer.status).toBe(status);
    expect(deleteCalls()).toEqual([]);
  });

  it('accepts a trailing slash after the token, and the list path with one', async () => {
    expect((await call(`${ottuUrl}/`, { headers: shopperA })).status).toBe(200);
    expect((await call(`${ottuUrl}/3782822463101009/`, { method: 'DELETE', headers: shopperA })).status).toBe(204);
    expect(deleteCalls()).toEqual([expect.objectContaining({ token: '3782822463101009', deleted: true })]);
  });

  it('a throwing getCustomerId is a 500 without its message', async () => {
    const url = await serve({
      provider: ottu,
      getCustomerId: () => {
        throw new Error(`session store down: ${sandbox.ottu.apiKey}`);
      },
    });
    const answer = await call(url, { headers: shopperA });
    expect(answer.status).toBe(500);
    expect(answer.text).not.toMatch(/session store/);
  });
});

describe('mounting', () => {
  it('works under Express-style routers that strip the mount path from req.url', async () => {
    const node = toNodeHandler(createSavedCardsHandler({ provider: ottu, getCustomerId: sessionCustomer }));
    const server = http.createServer((req, res) => {
      const original = req.url ?? '/';
      Object.assign(req, { originalUrl: original, url: original.slice('/api/saved-cards'.length) || '/' });
      void node(req, res);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await call(`http://127.0.0.1:${port}/api/saved-cards`, { headers: shopperA });
    expect(answer.status).toBe(200);
    expect(tokensOf(answer.json)).toContain('9918766711067353');
  });
  it('answers a method no WHATWG Request can carry (TRACE) with its 405 and Allow, and reports it', async () => {
    const seen: SavedCardsServerEvent[] = [];
    const handler = createSavedCardsHandler({
      provider: ottu,
      getCustomerId: sessionCustomer,
      onError: (event) => seen.push(event),
    });
    const server = http.createServer(toNodeHandler(handler));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port, path: '/api/saved-cards', method: 'TRACE' },
          (response) => {
            let body = '';
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
          },
        );
        request.on('error', reject);
        request.end();
      },
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'method-not-allowed', message: 'This method is not allowed here.' },
    });
    expect(seen).toEqual([
      {
        provider: 'ottu',
        method: 'TRACE',
        route: 'list',
        requestId: answer.headers['x-request-id'],
        status: 405,
        code: 'method-not-allowed',
      },
    ]);
  });
});

describe('answers built from a fixed provider body', () => {
  const PAN = '4390406210204342';
  const SALT = 'payuSaltOnlyForTheseTests';
  const OTTU_KEY = 'ottuKeyOnlyForTheseTests';

  /** A provider at the network edge that answers every list with one fixed body. */
  function answeringWith(body: unknown): typeof fetch {
    return async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }

  function payuAnswering(body: unknown) {
    return payuProvider({
      baseUrl: 'https://test.payu.example',
      key: 'JPM7Fg',
      salt: SALT,
      fetch: answeringWith(body),
    });
  }

  function ottuAnswering(body: unknown) {
    return ottuProvider({
      baseUrl: 'https://merchant.ottu.example',
      apiKey: OTTU_KEY,
      environment: 'sandbox',
      fetch: answeringWith(body),
    });
  }

  async function listAnswer(provider: PaymentProvider, passThrough = true): Promise<{ text: string; json: unknown }> {
    const handler = createSavedCardsHandler({ provider, getCustomerId: () => CUSTOMER_A, passThrough });
    const response = await handler(
      new Request('https://shop.example/api/saved-cards', { headers: { 'X-Requested-With': 'react-saved-cards' } }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    return { text, json: JSON.parse(text) };
  }

  /** PayU's v1 answer with its first card marked soft-deleted, which the adapter leaves out. */
  function softDeleted(answer: typeof payuV1) {
    const [first, ...rest] = Object.entries(answer.user_cards);
    return { ...answer, user_cards: Object.fromEntries([[first![0], { ...first![1], is_deleted: 'Y' }], ...rest]) };
  }

  const payuSnakeCase = (fields: Record<string, unknown>) => ({
    status: 1,
    msg: 'Cards fetched Successfully',
    user_cards: {
      b4e7c2a9f1d34e8a9c0b: {
        name_on_card: 'RAGHU K',
        card_name: 'raghu_visa',
        expiry_year: '2030',
        expiry_month: '11',
        card_type: 'CC',
        card_brand: 'VISA',
        ...fields,
      },
    },
  });

  const payuCamelCase = (fields: Record<string, unknown>) => ({
    status: 1,
    message: 'Success',
    result: {
      user_cards: {
        a4270b1fc031d38079e: {
          nameOnCard: 'DUMMY',
          cardExpiryMonth: 5,
          cardExpiryYear: 2037,
          cardType: 'CC',
          cardBrand: 'VISA',
          ...fields,
        },
      },
    },
  });

  it('keeps only the last 4 digits of a card number, whole or masked with its BIN showing', async () => {
    const snake = await listAnswer(payuAnswering(payuSnakeCase({ card_no: PAN })));
    const camel = await listAnswer(payuAnswering(payuCamelCase({ cardNo: '439040XXXXXX4342' })));
    const ottuAnswer = await listAnswer(
      ottuAnswering([
        { token: 'tok_1', brand: 'VISA', number: PAN, expiry_month: '05', expiry_year: '37', pg_name: 'mpgs' },
      ]),
    );
    expect(snake.json).toMatchObject({ user_cards: { b4e7c2a9f1d34e8a9c0b: { card_no: 'XXXXXXXXXXXX4342' } } });
    expect(camel.json).toMatchObject({
      result: { user_cards: { a4270b1fc031d38079e: { cardNo: 'XXXXXXXXXXXX4342' } } },
    });
    expect(ottuAnswer.json).toMatchObject([{ token: 'tok_1', number: 'XXXXXXXXXXXX4342' }]);
    for (const answer of [snake, camel, ottuAnswer]) expect(answer.text).not.toContain('439040');
    const { cards } = payuAdapter().parseList(camel.json);
    expect(cards[0]).toMatchObject({ number: 'XXXXXXXXXXXX4342' });
  });

  it('drops a card number without 4 trailing digits, so the browser reports that card as malformed', async () => {
    // A second, readable card: an answer with no readable card at all is a 502 (see hardening.test.ts).
    const body = payuSnakeCase({ card_no: '439040XXXXXX' });
    Object.assign(body.user_cards, {
      c0ffee: { ...body.user_cards.b4e7c2a9f1d34e8a9c0b, card_no: 'XXXXXXXXXXXX1111' },
    });
    const answer = await listAnswer(payuAnswering(body));
    const card = (answer.json as { user_cards: Record<string, Record<string, unknown>> }).user_cards
      .b4e7c2a9f1d34e8a9c0b;
    expect(card).toMatchObject({ name_on_card: 'RAGHU K' });
    expect(card?.card_no).not.toMatch(/\d/);
    expect(answer.text).not.toContain('439040');
    const { cards, issues } = normalizeCards(payuAdapter().parseList(answer.json).cards);
    expect(cards.map((shown) => shown.last4)).toEqual(['1111']);
    expect(issues).toHaveLength(1);
  });

  it.each([
    ['a network token value, flattened', payuSnakeCase({ card_no: 'XXXXXXXXXXXX4342', network_token_value: PAN })],
    [
      'a network token value under tokenValue on the card',
      payuSnakeCase({ card_no: 'XXXXXXXXXXXX4342', tokenValue: PAN }),
    ],
    [
      'a PAR under its EMVCo name',
      payuSnakeCase({ card_no: 'XXXXXXXXXXXX4342', payment_account_reference: 'V0010013022526170404000072387' }),
    ],
    ['a BIN under cardBinNumber', payuCamelCase({ cardNo: 'XXXXXXXXXXXX4342', cardBinNumber: '439040' })],
    ['a BIN in the envelope', { ...payuSnakeCase({ card_no: 'XXXXXXXXXXXX4342' }), bins: ['439040'] }],
    [
      'a BIN next to v2 cards',
      {
        ...payuCamelCase({}),
        result: { ...payuCamelCase({ cardNo: 'XXXXXXXXXXXX4342' }).result, issuer: { bin_number: '439040' } },
      },
    ],
  ])('drops fields the browser adapters do not read: %s', async (_name, body) => {
    const answer = await listAnswer(payuAnswering(body));
    expect(answer.text).not.toMatch(/4390406210204342|V0010013022526170404000072387|439040/);
    expect(answer.text).toContain('XXXXXXXXXXXX4342');
  });

  it('drops fields ottuAdapter does not read, and what the agreements are', async () => {
    const card = {
      token: 'tok_1',
      brand: 'VISA',
      number: '**** 4342',
      expiry_month: '05',
      expiry_year: '37',
      card_bin_number: '439040',
      agreements: [{ id: 'gym', card: PAN }],
    };
    const answer = await listAnswer(ottuAnswering([card]));
    expect(answer.json).toEqual([
      {
        token: 'tok_1',
        brand: 'VISA',
        number: 'XXXXXXXXXXXX4342',
        expiry_month: '05',
        expiry_year: '37',
        agreements: [{}],
      },
    ]);
    expect(ottuAdapter().parseList(answer.json).cards[0]).toMatchObject({ deleteBlockedReason: { code: 'agreement' } });
  });

  it('JSON mode: a provider echoing its secrets in card fields does not put them in the answer', async () => {
    const payuAnswer = await listAnswer(
      payuAnswering(
        payuSnakeCase({
          card_no: 'XXXXXXXXXXXX4342',
          name_on_card: `RAGHU ${SALT}`,
          card_name: `key JPM7Fg salt ${SALT}`,
        }),
      ),
      false,
    );
    const ottuAnswer = await listAnswer(
      ottuAnswering([
        {
          token: 'tok_1',
          brand: 'VISA',
          number: '**** 4342',
          expiry_month: '05',
          expiry_year: '37',
          name_on_card: OTTU_KEY,
          pg_name: `mpgs ${OTTU_KEY}`,
        },
      ]),
      false,
    );
    expect(payuAnswer.json).toMatchObject({
      cards: [{ last4: '4342', holderName: 'RAGHU •••', nickname: 'key ••• salt •••' }],
    });
    expect(ottuAnswer.json).toMatchObject({ cards: [{ last4: '4342', holderName: '•••', gateway: 'mpgs •••' }] });
    for (const secret of [SALT, 'JPM7Fg']) expect(payuAnswer.text).not.toContain(secret);
    expect(ottuAnswer.text).not.toContain(OTTU_KEY);
  });

  it('JSON mode: PayU’s PCI-compliant card reaches the browser without an expiry, and is usable there', async () => {
    const answer = await listAnswer(payuAnswering(payuPci), false);
    expect(answer.json).toEqual({
      cards: [
        expect.objectContaining({
          token: '0c186bdb8c0ebda30ab9d92816772cbfb946d027',
          brand: 'visa',
          last4: '8548',
          funding: 'credit',
          isExpired: false,
        }),
      ],
      capabilities: { delete: true, setDefault: false, rename: false },
    });
    expect(answer.text).not.toMatch(/expiry|8koNvAdC1bT0Hv5a|RCKGgxEEFX1un19I/);
    const { cards } = normalizeCards(jsonAdapter().parseList(answer.json).cards);
    expect(cards[0]).toMatchObject({ last4: '8548', isExpired: false, isExpiringSoon: false });
  });

  it.each([
    ['ottu', ottuCards, ottuAdapter(), ottuAnswering],
    ['payu v1 (snake_case), one card soft-deleted', softDeleted(payuV1), payuAdapter(), payuAnswering],
    ['payu v2 (camelCase)', payuV2, payuAdapter(), payuAnswering],
    ['payu PCI-compliant vault (no expiry, network in card_type)', payuPci, payuAdapter(), payuAnswering],
  ] as const)(
    'keeps every field the browser adapter reads: %s reads the same as the provider answer',
    async (_name, raw, adapter, answering) => {
      const now = new Date(2026, 10, 24);
      const answer = await listAnswer(answering(raw));
      const direct = normalizeCards(adapter.parseList(raw).cards, { now });
      const passed = normalizeCards(adapter.parseList(answer.json).cards, { now });
      expect(passed).toEqual(direct);
      expect(direct.cards.length).toBeGreaterThan(0);
    },
  );
});

describe('deleting a card the list marks as locked', () => {
  const headers = { 'X-Requested-With': 'react-saved-cards' };

  it('ottu: the handler refuses it itself, 409 with the reason, and Ottu is not asked', async () => {
    const answer = await call(`${ottuUrl}/${OTTU_LOCKED_TOKEN}`, { method: 'DELETE', headers: shopperA });
    expect(answer.status).toBe(409);
    expect(answer.json).toEqual({
      error: { code: 'rejected', message: expect.stringMatching(/auto-debit agreement/) },
    });
    expect(deleteCalls()).toEqual([]);
  });

  it('any provider: the checked card’s own reason is the answer, redacted, and deleteCard is never called', async () => {
    const deleted: string[] = [];
    const provider: PaymentProvider = {
      name: 'own',
      adapter: jsonAdapter(),
      secrets: [],
      listCards: async () => ({
        cards: [
          {
            token: 'tok_1',
            brand: 'visa',
            last4: '4242',
            deleteBlocked: { code: 'other', message: 'Disputed charge on 4111111111111111' },
          },
        ],
      }),
      deleteCard: async (_customer, token) => {
        deleted.push(token);
      },
    };
    const handler = createSavedCardsHandler({ provider, getCustomerId: () => CUSTOMER_A });
    const response = await handler(
      new Request('https://shop.example/api/saved-cards/tok_1', { method: 'DELETE', headers }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: 'rejected', message: 'Disputed charge on •••' } });
    expect(deleted).toEqual([]);
  });

  it('ottu: a 403 refusal Ottu gives on delete is a 409 with its reason, not a credentials 502', async () => {
    const card = {
      token: 'tok_1',
      brand: 'VISA',
      number: '**** 4342',
      expiry_month: '05',
      expiry_year: '37',
      agreements: [],
    };
    const fakeFetch: typeof fetch = async (_input, init) =>
      init?.method === 'DELETE'
        ? Response.json({ detail: 'This card is used by an active auto-debit agreement.' }, { status: 403 })
        : Response.json([card]);
    const provider = ottuProvider({
      baseUrl: 'https://merchant.ottu.example',
      apiKey: 'ottuKeyOnlyForTheseTests',
      environment: 'sandbox',
      fetch: fakeFetch,
    });
    const handler = createSavedCardsHandler({ provider, getCustomerId: () => CUSTOMER_A });
    const response = await handler(
      new Request('https://shop.example/api/saved-cards/tok_1', { method: 'DELETE', headers }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: 'rejected', message: 'This card is used by an active auto-debit agreement.' },
    });
  });
});

describe('Ottu answers the OpenAPI allows', () => {
  const headers = { 'X-Requested-With': 'react-saved-cards' };
  const visa = {
    token: 'tok_1',
    brand: 'VISA',
    number: '**** 4342',
    expiry_month: '05',
    expiry_year: '37',
    agreements: [],
  };

  function ottuListing(body: unknown, deleted: string[] = []) {
    const fakeFetch: typeof fetch = async (input, init) => {
      if (init?.method !== 'DELETE') return Response.json(body);
      deleted.push(new URL(String(input)).pathname);
      return new Response(null, { status: 204 });
    };
    return ottuProvider({
      baseUrl: 'https://merchant.ottu.example',
      apiKey: 'ottuKeyOnlyForTheseTests',
      environment: 'sandbox',
      fetch: fakeFetch,
    });
  }

  it('one card object instead of an array: listed, in JSON mode and passed through as an array', async () => {
    const json = await createSavedCardsHandler({ provider: ottuListing(visa), getCustomerId: () => CUSTOMER_A })(
      new Request('https://shop.example/api/saved-cards', { headers }),
    );
    expect(tokensOf(await json.json())).toEqual(['tok_1']);
    const passed = await createSavedCardsHandler({
      provider: ottuListing(visa),
      getCustomerId: () => CUSTOMER_A,
      passThrough: true,
    })(new Request('https://shop.example/api/saved-cards', { headers }));
    expect(
      ottuAdapter()
        .parseList(await passed.json())
        .cards.map((card) => card.token),
    ).toEqual(['tok_1']);
  });

  it('a card whose number is null: listed without last4, and deletable', async () => {
    const deleted: string[] = [];
    const handler = createSavedCardsHandler({
      provider: ottuListing([{ ...visa, number: null }], deleted),
      getCustomerId: () => CUSTOMER_A,
    });
    const list = (await (await handler(new Request('https://shop.example/api/saved-cards', { headers }))).json()) as {
      cards: Record<string, unknown>[];
    };
    expect(list.cards).toEqual([
      expect.objectContaining({ token: 'tok_1', brand: 'visa', expiryMonth: 5, expiryYear: 2037 }),
    ]);
    expect(list.cards[0]).not.toHaveProperty('last4');
    const response = await handler(
      new Request('https://shop.example/api/saved-cards/tok_1', { method: 'DELETE', headers }),
    );
    expect(response.status).toBe(204);
    expect(deleted).toEqual(['/b/pbl/v2/card/tok_1/']);
  });

  it('passed through, a null number stays null and the browser lists the card without last 4', async () => {
    const handler = createSavedCardsHandler({
      provider: ottuListing([{ ...visa, number: null }]),
      getCustomerId: () => CUSTOMER_A,
      passThrough: true,
    });
    const answer = await (await handler(new Request('https://shop.example/api/saved-cards', { headers }))).json();
    expect(answer).toEqual([expect.objectContaining({ token: 'tok_1', number: null })]);
    const { cards, issues } = normalizeCards(ottuAdapter().parseList(answer).cards);
    expect(issues).toEqual([]);
    expect(cards.map((card) => [card.token, card.last4])).toEqual([['tok_1', undefined]]);
  });
});

describe('the provider secret', () => {
  // Runs last in this file: it reads every answer and log line the tests above produced.
  it('never appears in any response body or header, log line or reported event', () => {
    const secrets = [sandbox.ottu.apiKey, sandbox.payu.salt, sandbox.payu.key];
    expect(answers.length).toBeGreaterThan(40);
    for (const answer of answers) {
      for (const secret of secrets) {
        expect(answer.body).not.toContain(secret);
        expect(answer.headers).not.toContain(secret);
      }
    }
    const logged = [...consoleLines, ...events.map((event) => JSON.stringify(event))].join('\n');
    for (const secret of secrets) expect(logged).not.toContain(secret);
    expect(events.some((event) => event.status === 502)).toBe(true);
  });
});

it('refuses passThrough at creation for a provider it has no allowlist for, rather than answer nothing or everything', () => {
  const custom: PaymentProvider = {
    name: 'acme',
    adapter: jsonAdapter(),
    secrets: [],
    listCards: async () => ({ cards: [] }),
    deleteCard: async () => {},
  };
  expect(() =>
    createSavedCardsHandler({ provider: custom, getCustomerId: () => CUSTOMER_A, passThrough: true }),
  ).toThrow("passThrough serves the ottu and payu providers only; json answers in the kit's JSON contract");
  expect(() => createSavedCardsHandler({ provider: custom, getCustomerId: () => CUSTOMER_A })).not.toThrow();
});
