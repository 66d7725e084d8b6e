// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adyenProvider, createSavedCardsHandler, type SavedCardsServerEvent } from '../../src/server';
import { ADYEN_AMEX_TOKEN, CUSTOMER_A, CUSTOMER_B, startSandbox, type Sandbox } from '../../demo/sandbox/sandbox.mjs';
import { browserClient, captureWarnings, listAnswer, sessionCustomer, shopperRequest } from './shopper';

const B_TOKEN = '8315718415172206';
const SUBSCRIPTION_ONLY_TOKEN = '8315718415172203';
const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };

let sandbox: Sandbox;
const events: SavedCardsServerEvent[] = [];
const warnings = captureWarnings();

beforeAll(async () => {
  sandbox = await startSandbox();
  warnings.start();
});
beforeEach(() => {
  sandbox.reset();
  events.length = 0;
});
afterAll(async () => {
  warnings.stop();
  await sandbox.close();
});

function handlerFor(options: Partial<Parameters<typeof adyenProvider>[0]> = {}) {
  return createSavedCardsHandler({
    provider: adyenProvider({ ...sandbox.adyen, ...options }),
    getCustomerId: sessionCustomer(SESSIONS),
    onError: (event) => events.push(event),
  });
}

const list = (handler = handlerFor(), session = 'sess-a') => listAnswer(handler, session);
const request = shopperRequest;

/** Adyen answering every delete with one fixed response; lists go to the sandbox. */
function deleteAnswering(status: number, body: unknown) {
  const fakeFetch: typeof fetch = async (input, init) =>
    init?.method === 'DELETE' ? Response.json(body, { status }) : fetch(input, init);
  return fakeFetch;
}

describe('adyenProvider through the handler and the sandbox', () => {
  it('lists the shopper’s cards usable in a checkout: no Subscription-only card, no PayPal', async () => {
    const { status, body, text } = await list();
    expect(status).toBe(200);
    expect(
      body.cards.map((card) => [card.brand, card.last4, card.expiryMonth, card.expiryYear, card.isPreferred]),
    ).toEqual([
      ['visa', '1111', 3, 2030, false],
      ['mastercard', '4444', 10, 2031, false],
      ['cartes_bancaires', '0006', 1, 2032, false],
      ['amex', '8431', 4, 2033, false],
    ]);
    expect(body.cards.every((card) => card.accountReference === undefined)).toBe(true);
    expect(text).not.toContain(SUBSCRIPTION_ONLY_TOKEN);
    expect(text).not.toContain('networkTxReference');
    expect(text).not.toContain('0ccdf4c2f74c4bd1');
    expect(text).not.toMatch(/cardBin|411111/);
    expect(text).not.toContain(sandbox.adyen.apiKey);
  });

  it('lists a shopper with nothing stored as no cards', async () => {
    const { body } = await list(handlerFor(), 'sess-b');
    expect(body.cards).toHaveLength(1);
    const empty = createSavedCardsHandler({
      provider: adyenProvider(sandbox.adyen),
      getCustomerId: () => 'nobody-yet',
    });
    const response = await empty(request('GET'));
    expect(await response.json()).toEqual({
      cards: [],
      capabilities: { delete: true, setDefault: false, rename: false },
    });
  });

  it('deletes the shopper’s own card (204), which then stays gone', async () => {
    const response = await handlerFor()(request('DELETE', `/${ADYEN_AMEX_TOKEN}`));
    expect(response.status).toBe(204);
    expect(sandbox.calls().at(-1)).toMatchObject({
      provider: 'adyen',
      operation: 'delete',
      customerId: CUSTOMER_A,
      token: ADYEN_AMEX_TOKEN,
      deleted: true,
    });
    expect((await list()).body.cards.map((card) => card.token)).not.toContain(ADYEN_AMEX_TOKEN);
  });

  it('never deletes another shopper’s card, nor one it does not list', async () => {
    for (const token of [B_TOKEN, SUBSCRIPTION_ONLY_TOKEN]) {
      expect((await handlerFor()(request('DELETE', `/${token}`))).status).toBe(404);
    }
    expect(sandbox.calls().filter((call) => call.operation === 'delete')).toEqual([]);
  });

  it('answers a wrong key, or a merchant account the key may not use, with a 502 that names neither', async () => {
    for (const options of [{ apiKey: 'AQEwrongWrongWrongKey' }, { merchantAccount: 'SomeoneElseECOM' }]) {
      const { status, text, body } = await list(handlerFor(options));
      expect(status).toBe(502);
      expect(body.error?.code).toBe('provider-error');
      expect(text).not.toMatch(/AQE|Unauthorized|Invalid Merchant Account/);
    }
    expect(events.map((event) => event.code)).toEqual(['provider-error', 'provider-error']);
  });

  it('reads a card already gone ("Contract not found", or a 404) as 404', async () => {
    const contract = deleteAnswering(422, {
      status: 422,
      errorCode: '800',
      message: 'Contract not found',
      errorType: 'validation',
    });
    expect((await handlerFor({ fetch: contract })(request('DELETE', `/${ADYEN_AMEX_TOKEN}`))).status).toBe(404);
    const missing = deleteAnswering(404, {
      status: 404,
      errorCode: '000',
      message: 'Not Found',
      errorType: 'validation',
    });
    expect((await handlerFor({ fetch: missing })(request('DELETE', `/${ADYEN_AMEX_TOKEN}`))).status).toBe(404);
  });

  it('answers a refusal with 409 and Adyen’s reason, redacted and without the key', async () => {
    sandbox.setFaults({ failDeleteToken: ADYEN_AMEX_TOKEN });
    const refused = await handlerFor()(request('DELETE', `/${ADYEN_AMEX_TOKEN}`));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('PaymentDetail not found');
    const echoing = deleteAnswering(422, {
      status: 422,
      errorCode: '14_0',
      message: `Key ${sandbox.adyen.apiKey} refused card 4111111111111111`,
      errorType: 'validation',
    });
    const echoed = await handlerFor({ fetch: echoing })(request('DELETE', `/${ADYEN_AMEX_TOKEN}`));
    const text = await echoed.text();
    expect(echoed.status).toBe(409);
    expect(text).toMatch(/refused card/);
    expect(text).not.toContain(sandbox.adyen.apiKey);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('answers a rate limit with a 502 the browser retries', async () => {
    const limited: typeof fetch = async () =>
      Response.json(
        { status: 429, errorCode: '000', message: 'Too Many Requests', errorType: 'security' },
        { status: 429 },
      );
    const handler = handlerFor({ fetch: limited });
    const client = browserClient(handler);
    await expect(client.listCards()).rejects.toMatchObject({ kind: 'http', status: 502, isRetryable: true });
  });

  it('answers an unreadable list with a 502, and a slow Adyen with a 504', async () => {
    sandbox.setFaults({ malformed: 'shape' });
    expect((await list()).body.error?.code).toBe('invalid-provider-response');
    sandbox.setFaults({ malformed: false, latencyMs: 300 });
    expect((await list(handlerFor({ timeoutMs: 50 }))).status).toBe(504);
  });

  it('sends the documented requests with X-API-Key', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const provider = adyenProvider({ ...sandbox.adyen, fetch: recording });
    await provider.listCards(CUSTOMER_A, new AbortController().signal);
    await provider.deleteCard(CUSTOMER_A, ADYEN_AMEX_TOKEN, new AbortController().signal);
    const query = `merchantAccount=${sandbox.adyen.merchantAccount}&shopperReference=${CUSTOMER_A}`;
    expect(seen.map((item) => `${item.method} ${item.url.slice(sandbox.adyen.baseUrl.length)}`)).toEqual([
      `GET /storedPaymentMethods?${query}`,
      `DELETE /storedPaymentMethods/${ADYEN_AMEX_TOKEN}?${query}`,
    ]);
    expect(seen[0]?.headers.get('X-API-Key')).toBe(sandbox.adyen.apiKey);
  });

  it('cannot be passed through, and logs nothing secret', () => {
    expect(() =>
      createSavedCardsHandler({ provider: adyenProvider(sandbox.adyen), getCustomerId: () => 'c', passThrough: true }),
    ).toThrow(/passThrough/);
    expect(warnings.lines.join('\n')).not.toContain(sandbox.adyen.apiKey);
  });
});
