import { createSavedCardsClient } from '../../src/client/create-client';
import { ottuAdapter } from '../../src/adapters/ottu';
import { SavedCardsError } from '../../src/core/errors';

interface Sent {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

function clientWith(answer: () => Response, adapter = undefined as ReturnType<typeof ottuAdapter> | undefined) {
  const sent: Sent[] = [];
  const client = createSavedCardsClient({
    endpoint: '/api/saved-cards?site=eu',
    ...(adapter && { adapter }),
    fetch: async (url, init) => {
      sent.push({
        url: String(url),
        method: init?.method,
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      });
      return answer();
    },
  });
  return { client, sent };
}

async function failureOf(promise: Promise<unknown>): Promise<SavedCardsError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SavedCardsError);
  return error as SavedCardsError;
}

test('setDefaultCard sends one PATCH to the token’s one path segment, marked, with {"isPreferred": true}', async () => {
  const { client, sent } = clientWith(() => new Response(null, { status: 204 }));
  await client.setDefaultCard('tok 1+2');
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request?.url).toBe('/api/saved-cards/tok%201%2B2?site=eu');
  expect(request?.method).toBe('PATCH');
  expect(request?.headers.get('X-Requested-With')).toBe('react-saved-cards');
  expect(request?.headers.get('Content-Type')).toBe('application/json');
  expect(request?.body).toEqual({ isPreferred: true });
});

test('renameCard sends the checked name, and a 200 with the updated card is a success too', async () => {
  const { client, sent } = clientWith(() => Response.json({ token: 'tok_1', nickname: 'Work card' }));
  await client.renameCard('tok_1', '  Work card ');
  expect(sent[0]?.body).toEqual({ nickname: 'Work card' });
});

test('a name holding a card number is refused before anything is sent', async () => {
  const { client, sent } = clientWith(() => new Response(null, { status: 204 }));
  const error = await failureOf(client.renameCard('tok_1', '4111 1111 1111 1111'));
  expect(error.kind).toBe('invalid-nickname');
  expect(error.reason).toBe("A card name can't contain a card number.");
  expect(sent).toEqual([]);
});

test('a token that cannot be one path segment is refused before anything is sent', async () => {
  const { client, sent } = clientWith(() => new Response(null, { status: 204 }));
  expect((await failureOf(client.setDefaultCard('../admin'))).kind).toBe('invalid-token');
  expect(sent).toEqual([]);
});

test('a 404 is a not-found failure (unlike a delete), a 409 a refusal with its reason; never retried', async () => {
  const gone = clientWith(() => Response.json({ error: { code: 'not-found', message: 'Gone' } }, { status: 404 }));
  expect((await failureOf(gone.client.setDefaultCard('tok_1'))).kind).toBe('not-found');
  expect(gone.sent).toHaveLength(1);
  const refused = clientWith(() =>
    Response.json({ error: { code: 'rejected', message: 'Cards on hold cannot be renamed.' } }, { status: 409 }),
  );
  const error = await failureOf(refused.client.renameCard('tok_1', 'Work'));
  expect(error).toMatchObject({ kind: 'rejected', reason: 'Cards on hold cannot be renamed.' });
  const unavailable = clientWith(() => new Response(null, { status: 503 }));
  await failureOf(unavailable.client.setDefaultCard('tok_1'));
  expect(unavailable.sent).toHaveLength(1);
});

test('a backend shape without a change call refuses, sending nothing', async () => {
  const { client, sent } = clientWith(() => new Response(null, { status: 204 }), ottuAdapter());
  expect((await failureOf(client.setDefaultCard('tok_1'))).kind).toBe('rejected');
  expect(sent).toEqual([]);
});
