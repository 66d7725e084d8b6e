// @vitest-environment node
import { expect, it } from 'vitest';
import { createSavedCardsHandler, memoryProvider, readCookie, type SavedCardsServerEvent } from '../../src/server';

const CARDS = {
  'customer-a': [
    { token: 'tok_a1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
    { token: 'tok_a2', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 },
  ],
  'customer-b': [{ token: 'tok_b1', brand: 'amex', last4: '0005', expiryMonth: 9, expiryYear: 2035 }],
};
const SESSIONS: Record<string, string> = { 'sess-a': 'customer-a', 'sess-b': 'customer-b' };

function handlerFor(provider: ReturnType<typeof memoryProvider>, events: SavedCardsServerEvent[] = []) {
  return createSavedCardsHandler({
    provider,
    getCustomerId: (request) => SESSIONS[readCookie(request, 'session') ?? ''] ?? null,
    onError: (event) => events.push(event),
  });
}

function request(method: string, path: string, session: string, signal?: AbortSignal) {
  return new Request(`http://127.0.0.1${path}`, {
    method,
    signal,
    headers: { 'X-Requested-With': 'react-saved-cards', Cookie: `theme=dark; session=${session}` },
  });
}

async function tokens(handler: ReturnType<typeof handlerFor>, session: string) {
  const body = (await (await handler(request('GET', '/api/saved-cards', session))).json()) as {
    cards: { token: string }[];
  };
  return body.cards.map((card) => card.token);
}

it('lists each customer their own cards, and a delete lasts', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  expect(await tokens(handler, 'sess-a')).toEqual(['tok_a1', 'tok_a2']);
  expect(await tokens(handler, 'sess-b')).toEqual(['tok_b1']);
  expect((await handler(request('DELETE', '/api/saved-cards/tok_b1', 'sess-a'))).status).toBe(404);
  expect((await handler(request('DELETE', '/api/saved-cards/tok_a2', 'sess-a'))).status).toBe(204);
  expect(await tokens(handler, 'sess-a')).toEqual(['tok_a1']);
  expect(await tokens(handler, 'sess-b')).toEqual(['tok_b1']);
  expect(CARDS['customer-a']).toHaveLength(2);
});

it('refuses the deletes it is told to, with the reason, and keeps the card', async () => {
  const handler = handlerFor(
    memoryProvider({ cards: CARDS, faults: { refuseDelete: { tok_a1: 'This card pays your subscription.' } } }),
  );
  const response = await handler(request('DELETE', '/api/saved-cards/tok_a1', 'sess-a'));
  expect(response.status).toBe(409);
  expect(await response.json()).toEqual({ error: { code: 'rejected', message: 'This card pays your subscription.' } });
  expect(await tokens(handler, 'sess-a')).toEqual(['tok_a1', 'tok_a2']);
});

it('waits its latency, and a browser that hangs up meanwhile is logged as client-closed, not a provider timeout', async () => {
  const events: SavedCardsServerEvent[] = [];
  const handler = handlerFor(memoryProvider({ cards: CARDS, faults: { latencyMs: 200 } }), events);
  const started = performance.now();
  expect(await tokens(handler, 'sess-a')).toHaveLength(2);
  expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  const browser = new AbortController();
  const pending = handler(request('GET', '/api/saved-cards', 'sess-a', browser.signal));
  setTimeout(() => browser.abort(), 50);
  await pending.catch(() => undefined);
  expect(events).toEqual([expect.objectContaining({ status: 499, code: 'client-closed-request' })]);
});

it('readCookie reads a Request or a Cookie header, decoded', () => {
  expect(readCookie(new Request('http://127.0.0.1/', { headers: { Cookie: 'a=1; session=s%20a' } }), 'session')).toBe(
    's a',
  );
  expect(readCookie('a=1; session="quoted"', 'session')).toBe('quoted');
  expect(readCookie('a=1; xsession=2', 'session')).toBeNull();
  expect(readCookie(undefined, 'session')).toBeNull();
  expect(readCookie('session=%E0%A4%A', 'session')).toBe('%E0%A4%A');
});

it('an error from another copy of the kit (another bundle layer) is still a refusal, not a 500', async () => {
  const provider = memoryProvider({ cards: CARDS });
  const foreign = Object.assign(new Error('The saved cards service refused the request.'), {
    kind: 'rejected',
    reason: 'Locked',
    [Symbol.for('react-saved-cards.error')]: true,
  });
  const handler = handlerFor({ ...provider, deleteCard: async () => Promise.reject(foreign) });
  const response = await handler(request('DELETE', '/api/saved-cards/tok_a1', 'sess-a'));
  expect(response.status).toBe(409);
  expect(await response.json()).toEqual({ error: { code: 'rejected', message: 'Locked' } });
});

it('addCard saves a new card for a customer, listed after the ones it has, and for a customer it did not know', async () => {
  const provider = memoryProvider({ cards: CARDS });
  const handler = handlerFor(provider);
  provider.addCard('customer-a', { token: 'tok_a3', brand: 'amex', last4: '1009', expiryMonth: 6, expiryYear: 2031 });
  provider.addCard('customer-new', { token: 'tok_n1', brand: 'visa', last4: '1111', expiryMonth: 2, expiryYear: 2030 });
  expect(await tokens(handler, 'sess-a')).toEqual(['tok_a1', 'tok_a2', 'tok_a3']);
  expect((await provider.listCards('customer-new', new AbortController().signal)) as unknown).toEqual({
    cards: [{ token: 'tok_n1', brand: 'visa', last4: '1111', expiryMonth: 2, expiryYear: 2030 }],
  });
  expect(CARDS['customer-a']).toHaveLength(2);
});

it('addCard refuses, with a TypeError naming the field and no card data, what the handler would not list', () => {
  const provider = memoryProvider({ cards: CARDS });
  const add = (card: unknown) => () => provider.addCard('customer-a', card as never);
  expect(add({ token: 'tok_x', brand: 'visa', last4: '4111111111111111', expiryMonth: 5, expiryYear: 2037 })).toThrow(
    TypeError,
  );
  expect(add({ token: 'tok_x', brand: 'visa', last4: '4111111111111111' })).toThrow(/last4/);
  expect(add({ token: 'tok_x', brand: 'visa', last4: '4111111111111111' })).not.toThrow(/4111111111111111/);
  expect(add({ token: '', brand: 'visa', last4: '4242' })).toThrow(/token/);
  expect(add({ token: 'tok_x', brand: 'visa', last4: '4242', expiryMonth: 13, expiryYear: 2030 })).toThrow(
    /expiryMonth/,
  );
  expect(add({ token: 'tok_x', brand: 'visa', last4: '4242', expiryMonth: 5 })).toThrow(/expiryYear/);
  expect(add({ token: 'tok_a1', brand: 'visa', last4: '4242' })).toThrow(/already/);
  expect(() => provider.addCard('', { token: 'tok_x', last4: '4242' })).toThrow(/customer/);
  expect(add(null)).toThrow(TypeError);
});

it('addCard as the one preferred card makes the others not preferred', async () => {
  const provider = memoryProvider({ cards: CARDS });
  provider.addCard('customer-a', { token: 'tok_a3', last4: '1009', isPreferred: true });
  const handler = handlerFor(provider);
  const body = (await (await handler(request('GET', '/api/saved-cards', 'sess-a'))).json()) as {
    cards: { token: string; isPreferred: boolean }[];
  };
  expect(body.cards.filter((card) => card.isPreferred).map((card) => card.token)).toEqual(['tok_a3']);
});

it('holds a co-badged card, whose networks reach the answer and the browser', async () => {
  const cards = { 'customer-a': [{ token: 'tok_m', brand: 'mada', last4: '5017', networks: ['mada', 'visa'] }] };
  const handler = handlerFor(memoryProvider({ cards }));
  const body = (await (await handler(request('GET', '/api/saved-cards', 'sess-a'))).json()) as {
    cards: { token: string; networks?: string[] }[];
  };
  expect(body.cards).toEqual([expect.objectContaining({ token: 'tok_m', networks: ['mada', 'visa'] })]);
});

it('addCard keeps only the fields of the contract', async () => {
  const provider = memoryProvider({ cards: {} });
  provider.addCard('customer-a', { token: 'tok_x', last4: '1111', cardNumber: '4111111111111111' } as never);
  expect(await provider.listCards('customer-a', new AbortController().signal)).toEqual({
    cards: [{ token: 'tok_x', last4: '1111' }],
  });
});
