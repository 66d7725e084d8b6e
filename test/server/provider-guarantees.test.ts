// @vitest-environment node
// The guarantees every built-in provider keeps, checked the same way for each of issue 23's providers against
// the sandbox's stand-ins (demo/sandbox/india-vaults.mjs, built from each provider's published reference: see
// the provider's own test file for the pages).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  braintreeProvider,
  cashfreeProvider,
  createSavedCardsHandler,
  juspayProvider,
  payuStorecardProvider,
  type PaymentProvider,
  type ProviderHttpOptions,
} from '../../src/server';
import {
  BRAINTREE_AMEX_TOKEN,
  braintreeId,
  CASHFREE_AMEX_TOKEN,
  CUSTOMER_A,
  CUSTOMER_B,
  JUSPAY_AMEX_TOKEN,
  PAYU_STORECARD_AMEX_TOKEN,
  startSandbox,
  type Sandbox,
  type SandboxCall,
} from '../../demo/sandbox/sandbox.mjs';
import { browserClient, listAnswer, sessionCustomer, shopperRequest } from './shopper';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

interface Case {
  name: SandboxCall['provider'];
  /** The provider on the sandbox; `wrongSecret` swaps the secret for a wrong one. */
  make(options: ProviderHttpOptions & { wrongSecret?: string }): PaymentProvider;
  secret(): string;
  /** Shopper A's card the sandbox's fault switch refuses to delete. */
  ownToken: string;
  /** A token of shopper B, listed for B only. */
  foreignToken: string;
}

const cases: Case[] = [
  {
    name: 'payu-storecard',
    make: ({ wrongSecret, ...options }) =>
      payuStorecardProvider({ ...sandbox.payuStorecard, ...(wrongSecret && { salt: wrongSecret }), ...options }),
    secret: () => sandbox.payuStorecard.salt,
    ownToken: PAYU_STORECARD_AMEX_TOKEN,
    foreignToken: '1a2b3c4d5e6f7a8b9c0d',
  },
  {
    name: 'cashfree',
    make: ({ wrongSecret, ...options }) =>
      cashfreeProvider({ ...sandbox.cashfree, ...(wrongSecret && { clientSecret: wrongSecret }), ...options }),
    secret: () => sandbox.cashfree.clientSecret,
    ownToken: CASHFREE_AMEX_TOKEN,
    foreignToken: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
  },
  {
    name: 'juspay',
    make: ({ wrongSecret, ...options }) =>
      juspayProvider({ ...sandbox.juspay, ...(wrongSecret && { apiKey: wrongSecret }), ...options }),
    secret: () => sandbox.juspay.apiKey,
    ownToken: JUSPAY_AMEX_TOKEN,
    foreignToken: '4d41d9ae-21f5-44ae-b746-d300a1e6f8c9',
  },
  {
    name: 'braintree',
    make: ({ wrongSecret, ...options }) =>
      braintreeProvider({ ...sandbox.braintree, ...(wrongSecret && { privateKey: wrongSecret }), ...options }),
    secret: () => sandbox.braintree.privateKey,
    ownToken: BRAINTREE_AMEX_TOKEN,
    foreignToken: braintreeId('visa1881'),
  },
];

const handlerFor = (provider: PaymentProvider) =>
  createSavedCardsHandler({ provider, getCustomerId: sessionCustomer(SESSIONS), onError: () => undefined });

/** Every request the provider sends, as it left. */
function recording() {
  const seen: Request[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    seen.push(new Request(input, init));
    return fetch(input, init);
  };
  return { seen, fetchImpl };
}

describe.each(cases)('$name', (item) => {
  it('lists shopper A’s cards, and its own token deletes once, upstream', async () => {
    const handler = handlerFor(item.make({}));
    const { status, body } = await listAnswer(handler);
    expect(status).toBe(200);
    expect(body.cards.map((card) => card.token)).toContain(item.ownToken);
    expect((await handler(shopperRequest('DELETE', `/${item.ownToken}`))).status).toBe(204);
    expect(sandbox.calls().filter((call) => call.deleted)).toEqual([
      expect.objectContaining({ provider: item.name, token: item.ownToken, customerId: CUSTOMER_A }),
    ]);
    expect((await listAnswer(handler)).body.cards.map((card) => card.token)).not.toContain(item.ownToken);
  });

  it('never forwards another customer’s token: 404, and nothing is sent upstream but the list', async () => {
    const handler = handlerFor(item.make({}));
    expect((await listAnswer(handler, 'sess-b')).body.cards.map((card) => card.token)).toContain(item.foreignToken);
    expect((await handler(shopperRequest('DELETE', `/${item.foreignToken}`))).status).toBe(404);
    const change = (body: unknown) =>
      handler(
        new Request(`http://shop.test/api/saved-cards/${item.foreignToken}`, {
          method: 'PATCH',
          body: JSON.stringify(body),
          headers: {
            'X-Requested-With': 'XMLHttpRequest',
            Cookie: 'session=sess-a',
            'Content-Type': 'application/json',
          },
        }),
      );
    // 404 where the provider can make the change, 501 where it cannot: never forwarded either way.
    expect([404, 501]).toContain((await change({ nickname: 'Mine now' })).status);
    expect([404, 501]).toContain((await change({ isPreferred: true })).status);
    expect(sandbox.calls().map((call) => call.operation)).toEqual(sandbox.calls().map(() => 'list'));
  });

  it('answers wrong credentials with a 502 that names no secret', async () => {
    const wrong = 'wrongWrongWrongSecretValue';
    const response = await handlerFor(item.make({ wrongSecret: wrong }))(shopperRequest('GET'));
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(item.secret());
    expect(sandbox.calls().at(-1)).toMatchObject({
      provider: item.name,
      operation: 'auth',
      status: expect.any(Number),
    });
  });

  it('answers a refused delete with 409 and the provider’s reason, redacted', async () => {
    sandbox.setFaults({ failDeleteToken: item.ownToken });
    const refused = await handlerFor(item.make({}))(shopperRequest('DELETE', `/${item.ownToken}`));
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('rejected');
    expect(error.message).not.toContain(item.secret());
  });

  it('answers a rate limit with a 502 the browser retries', async () => {
    const limited: typeof fetch = async () => Response.json({ message: 'Too many requests' }, { status: 429 });
    const client = browserClient(handlerFor(item.make({ fetch: limited })));
    await expect(client.listCards()).rejects.toMatchObject({ kind: 'http', status: 502, isRetryable: true });
  });

  it.each(['shape', 'truncated'] as const)('answers a %s answer with a 502, never an empty list', async (malformed) => {
    sandbox.setFaults({ malformed });
    const { status, body } = await listAnswer(handlerFor(item.make({})));
    expect(status).toBe(502);
    expect(body.error?.code).toBe('invalid-provider-response');
    expect(body.cards).toBeUndefined();
  });

  it('gives up after its own timeoutMs: 504', async () => {
    sandbox.setFaults({ latencyMs: 300 });
    expect((await listAnswer(handlerFor(item.make({ timeoutMs: 50 })))).status).toBe(504);
  });

  it('sends its secret only in its header, never in a URL or a body', async () => {
    const { seen, fetchImpl } = recording();
    const provider = item.make({ fetch: fetchImpl });
    const signal = new AbortController().signal;
    await provider.listCards(CUSTOMER_A, signal);
    await provider.deleteCard(CUSTOMER_A, item.ownToken, signal);
    for (const request of seen) {
      expect(request.url).not.toContain(item.secret());
      expect(await request.text()).not.toContain(item.secret());
    }
  });

  it('cannot be passed through: its answer is read on the server only', () => {
    expect(() =>
      createSavedCardsHandler({ provider: item.make({}), getCustomerId: () => 'c', passThrough: true }),
    ).toThrow(/passThrough/);
  });
});
