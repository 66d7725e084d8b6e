// @vitest-environment node
import { expect, it } from 'vitest';
import { jsonAdapter } from '../../src/adapters/json';
import { SavedCardsError } from '../../src/core/errors';
import {
  createSavedCardsHandler,
  memoryProvider,
  readCookie,
  type PaymentProvider,
  type SavedCardsServerEvent,
} from '../../src/server';

const CARDS = {
  'customer-a': [
    { token: 'tok_a1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
    {
      token: 'tok_a2',
      brand: 'mastercard',
      last4: '4444',
      expiryMonth: 1,
      expiryYear: 2036,
      deleteBlocked: { code: 'agreement' },
    },
  ],
  'customer-b': [{ token: 'tok_b1', brand: 'amex', last4: '0005', expiryMonth: 9, expiryYear: 2035 }],
};
const SESSIONS: Record<string, string> = { 'sess-a': 'customer-a', 'sess-b': 'customer-b' };

function handlerFor(provider: PaymentProvider, events: SavedCardsServerEvent[] = []) {
  return createSavedCardsHandler({
    provider,
    getCustomerId: (request) => SESSIONS[readCookie(request, 'session') ?? ''] ?? null,
    onError: (event) => events.push(event),
  });
}

function patch(path: string, body: string, session = 'sess-a', headers: Record<string, string> = {}) {
  return new Request(`http://127.0.0.1/api/saved-cards${path}`, {
    method: 'PATCH',
    body,
    headers: {
      'X-Requested-With': 'react-saved-cards',
      'Content-Type': 'application/json',
      Cookie: `session=${session}`,
      ...headers,
    },
  });
}

async function list(handler: ReturnType<typeof handlerFor>, session = 'sess-a') {
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards', {
      headers: { 'X-Requested-With': 'react-saved-cards', Cookie: `session=${session}` },
    }),
  );
  return (await response.json()) as {
    cards: { token: string; isPreferred: boolean; nickname?: string }[];
    capabilities: unknown;
  };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

it('makes a card the default: 204, and the list then leads with it, the only preferred one', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  expect((await list(handler)).capabilities).toEqual({ delete: true, setDefault: true, rename: true });
  // A card that an agreement locks against deleting can still become the default.
  const response = await handler(patch('/tok_a2', '{"isPreferred":true}'));
  expect(response.status).toBe(204);
  const { cards } = await list(handler);
  expect(cards.map((card) => [card.token, card.isPreferred])).toEqual([
    ['tok_a2', true],
    ['tok_a1', false],
  ]);
});

it('names a card with the checked, trimmed name', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  expect((await handler(patch('/tok_a1', '{"nickname":"  Work card  "}'))).status).toBe(204);
  expect((await list(handler)).cards[0]).toMatchObject({ token: 'tok_a1', nickname: 'Work card' });
});

it('refuses a name holding a card number with 400 and the rule’s words, without asking the provider', async () => {
  const events: SavedCardsServerEvent[] = [];
  const handler = handlerFor(memoryProvider({ cards: CARDS }), events);
  const response = await handler(patch('/tok_a1', JSON.stringify({ nickname: '4111 1111 1111 1111' })));
  expect(response.status).toBe(400);
  expect(await errorOf(response)).toEqual({
    code: 'invalid-nickname',
    message: "A card name can't contain a card number.",
  });
  expect(events).toEqual([expect.objectContaining({ method: 'PATCH', route: 'update', status: 400 })]);
  expect((await list(handler)).cards[0]?.nickname).toBeUndefined();
  const long = await handler(patch('/tok_a1', JSON.stringify({ nickname: 'a'.repeat(41) })));
  expect(long.status).toBe(400);
});

it('answers 404 for another customer’s token and for a gone one, and changes nothing', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  expect((await handler(patch('/tok_b1', '{"isPreferred":true}'))).status).toBe(404);
  expect((await handler(patch('/tok_zz', '{"nickname":"Mine"}'))).status).toBe(404);
  expect((await list(handler, 'sess-b')).cards[0]).toMatchObject({ token: 'tok_b1', isPreferred: false });
});

it.each([
  ['not JSON', 'isPreferred=true'],
  ['isPreferred false', '{"isPreferred":false}'],
  ['both changes at once', '{"isPreferred":true,"nickname":"Work"}'],
  ['an array', '[]'],
  ['nothing', ''],
  ['another field', '{"holderName":"X"}'],
])('refuses a body that is %s with 400', async (_name, body) => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  const response = await handler(patch('/tok_a1', body));
  expect(response.status).toBe(400);
  expect((await errorOf(response)).code).toBe('invalid-body');
});

it('refuses a body over maxBodyBytes with 413', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  const response = await handler(patch('/tok_a1', JSON.stringify({ nickname: `Work${' '.repeat(2000)}` })));
  expect(response.status).toBe(413);
});

it('refuses a PATCH without X-Requested-With with 403', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards/tok_a1', {
      method: 'PATCH',
      body: '{"isPreferred":true}',
      headers: { Cookie: 'session=sess-a' },
    }),
  );
  expect(response.status).toBe(403);
});

function listOnlyProvider(extra: Partial<PaymentProvider> = {}): PaymentProvider {
  return {
    name: 'custom',
    adapter: jsonAdapter(),
    secrets: ['sk_secret_1'],
    listCards: async () => ({ cards: CARDS['customer-a'] }),
    deleteCard: async () => undefined,
    ...extra,
  };
}

it('answers 501 with a clear refusal when the provider cannot set a default or rename', async () => {
  const handler = handlerFor(listOnlyProvider());
  const setDefault = await handler(patch('/tok_a1', '{"isPreferred":true}'));
  expect(setDefault.status).toBe(501);
  expect(await errorOf(setDefault)).toEqual({
    code: 'not-supported',
    message: 'This backend cannot set a default card.',
  });
  const rename = await handler(patch('/tok_a1', '{"nickname":"Work"}'));
  expect(rename.status).toBe(501);
  expect((await errorOf(rename)).message).toBe('This backend cannot rename cards.');
});

it('a declared capability without its method is not sent, and is refused', async () => {
  const handler = handlerFor(listOnlyProvider({ capabilities: { setDefault: true, rename: true } }));
  expect((await list(handler)).capabilities).toEqual({ delete: true, setDefault: false, rename: false });
  expect((await handler(patch('/tok_a1', '{"isPreferred":true}'))).status).toBe(501);
});

it('a provider’s refusal is a 409 with its reason, redacted and scrubbed; a gone card a 404', async () => {
  const handler = handlerFor(
    listOnlyProvider({
      capabilities: { setDefault: true, rename: true },
      setDefaultCard: async () => {
        throw new SavedCardsError('rejected', { reason: 'Refused for sk_secret_1 card 4111111111111111' });
      },
      renameCard: async () => {
        throw new SavedCardsError('not-found');
      },
    }),
  );
  const refused = await handler(patch('/tok_a1', '{"isPreferred":true}'));
  expect(refused.status).toBe(409);
  const { code, message } = await errorOf(refused);
  expect(code).toBe('rejected');
  expect(message).not.toMatch(/sk_secret_1|41111/);
  expect((await handler(patch('/tok_a1', '{"nickname":"Work"}'))).status).toBe(404);
});

it('serves DELETE and PATCH on a card, and says so in Allow', async () => {
  const handler = handlerFor(memoryProvider({ cards: CARDS }));
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards/tok_a1', {
      method: 'PUT',
      headers: { 'X-Requested-With': 'react-saved-cards', Cookie: 'session=sess-a' },
    }),
  );
  expect(response.status).toBe(405);
  expect(response.headers.get('Allow')).toBe('DELETE, PATCH');
});

it('a provider that declares it cannot delete is refused with 501, and never asked', async () => {
  const deletes: string[] = [];
  const handler = handlerFor(
    listOnlyProvider({
      capabilities: { delete: false },
      deleteCard: async (_customer, token) => void deletes.push(token),
    }),
  );
  expect((await list(handler)).capabilities).toEqual({ delete: false, setDefault: false, rename: false });
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards/tok_a1', {
      method: 'DELETE',
      headers: { 'X-Requested-With': 'react-saved-cards', Cookie: 'session=sess-a' },
    }),
  );
  expect(response.status).toBe(501);
  expect(await errorOf(response)).toEqual({ code: 'not-supported', message: 'This backend cannot delete cards.' });
  expect(deletes).toEqual([]);
});
