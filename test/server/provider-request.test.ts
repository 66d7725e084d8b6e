import { describe, expect, it } from 'vitest';
import { ottuProvider } from '../../src/server';
import { requestProvider } from '../../src/server/provider-request';

const SECRET = 'sk_live_a1B2c3D4e5F6';

function answering(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

describe('requestProvider', () => {
  it('scrubs the secrets from the answer where it enters: in strings, in keys, however deep', async () => {
    const body = JSON.stringify({
      detail: `key ${SECRET} refused`,
      nested: [{ [SECRET]: { name: `FATIMA ${SECRET}` } }],
    });
    const answer = await requestProvider(
      'https://provider.example/',
      { method: 'GET' },
      {
        fetch: answering(400, body),
        signal: new AbortController().signal,
        secrets: [SECRET],
      },
    );
    expect(JSON.stringify(answer.body)).not.toContain(SECRET);
    expect(answer.body).toEqual({ detail: 'key ••• refused', nested: [{ '•••': { name: 'FATIMA •••' } }] });
  });

  it('leaves a provider’s refusal reason free of the key before anything redacts its digits', async () => {
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example/',
      apiKey: SECRET,
      environment: 'production',
      fetch: answering(403, JSON.stringify({ detail: `Card is used by an agreement (key ${SECRET})` })),
    });
    const refusal = await provider.deleteCard('cust-1', 'tok-1', new AbortController().signal).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ kind: 'rejected' });
    expect(JSON.stringify({ ...(refusal as object), message: (refusal as Error).message })).not.toMatch(/a1B2|e5F6/);
  });
});
