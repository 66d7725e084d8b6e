// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSavedCardsHandler, razorpayProvider, type SavedCardsServerEvent } from '../../src/server';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  RAZORPAY_AMEX_TOKEN,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { browserClient, captureWarnings, listAnswer, sessionCustomer, shopperRequest } from './shopper';

const B_TOKEN = 'token_5mtelsE42HbA10';
const SUSPENDED_TOKEN = 'token_4lsdksD31GaZ0c';
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

function handlerFor(options: Partial<Parameters<typeof razorpayProvider>[0]> = {}) {
  return createSavedCardsHandler({
    provider: razorpayProvider({ ...sandbox.razorpay, ...options }),
    getCustomerId: sessionCustomer(SESSIONS),
    onError: (event) => events.push(event),
  });
}

const list = (handler = handlerFor(), session = 'sess-a') => listAnswer(handler, session);
const request = shopperRequest;

function deleteAnswering(status: number, body: unknown) {
  const fakeFetch: typeof fetch = async (input, init) =>
    init?.method === 'DELETE' ? Response.json(body, { status }) : fetch(input, init);
  return fakeFetch;
}

const razorpayError = (description: string) => ({
  error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} },
});

describe('razorpayProvider through the handler and the sandbox', () => {
  it('lists the customer’s active card tokens: no suspended card, no UPI token', async () => {
    const { status, body, text } = await list();
    expect(status).toBe(200);
    expect(body.cards.map((card) => [card.token, card.brand, card.last4, card.funding, card.holderName])).toEqual([
      ['token_4lsdksD31GaZ09', 'visa', '1111', 'credit', 'Gaurav Kumar'],
      ['token_4lsdksD31GaZ0b', 'rupay', '8950', 'debit', 'Gaurav Kumar'],
      [RAZORPAY_AMEX_TOKEN, 'amex', '8431', 'credit', 'Gaurav Kumar'],
    ]);
    expect(text).not.toContain(SUSPENDED_TOKEN);
    expect(text).not.toMatch(/token_iin|411111|GaZ09Hm/);
    expect(text).not.toContain(sandbox.razorpay.keySecret);
  });

  it('deletes the customer’s own token, which then stays gone', async () => {
    expect((await handlerFor()(request('DELETE', `/${RAZORPAY_AMEX_TOKEN}`))).status).toBe(204);
    expect(sandbox.calls().at(-1)).toMatchObject({
      provider: 'razorpay',
      operation: 'delete',
      customerId: CUSTOMER_A,
      token: RAZORPAY_AMEX_TOKEN,
      deleted: true,
    });
    expect((await list()).body.cards.map((card) => card.token)).not.toContain(RAZORPAY_AMEX_TOKEN);
  });

  it('never deletes another customer’s token, nor one it does not list', async () => {
    for (const token of [B_TOKEN, SUSPENDED_TOKEN]) {
      expect((await handlerFor()(request('DELETE', `/${token}`))).status).toBe(404);
    }
    expect(sandbox.calls().filter((call) => call.operation === 'delete')).toEqual([]);
  });

  it('answers wrong credentials with a 502 that names no key', async () => {
    const { status, text, body } = await list(handlerFor({ keySecret: 'wrongWrongWrongSecret' }));
    expect(status).toBe(502);
    expect(body.error?.code).toBe('provider-error');
    expect(text).not.toMatch(/wrongWrong|api key/i);
    expect(events).toEqual([
      {
        provider: 'razorpay',
        method: 'GET',
        route: 'list',
        requestId: expect.any(String),
        status: 502,
        code: 'provider-error',
      },
    ]);
  });

  it('reads a token already gone ("does not exist") as 404, and a delete Razorpay does not confirm as unreadable', async () => {
    expect(
      (
        await handlerFor({ fetch: deleteAnswering(400, razorpayError('The id provided does not exist')) })(
          request('DELETE', `/${RAZORPAY_AMEX_TOKEN}`),
        )
      ).status,
    ).toBe(404);
    const unconfirmed = await handlerFor({ fetch: deleteAnswering(200, { deleted: false }) })(
      request('DELETE', `/${RAZORPAY_AMEX_TOKEN}`),
    );
    expect(unconfirmed.status).toBe(502);
  });

  it('answers a refusal with 409 and Razorpay’s reason, redacted and without the secret', async () => {
    sandbox.setFaults({ failDeleteToken: RAZORPAY_AMEX_TOKEN });
    const refused = await handlerFor()(request('DELETE', `/${RAZORPAY_AMEX_TOKEN}`));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/active subscription/);
    const echoing = deleteAnswering(
      400,
      razorpayError(`Secret ${sandbox.razorpay.keySecret} may not delete 4111111111111111`),
    );
    const echoed = await handlerFor({ fetch: echoing })(request('DELETE', `/${RAZORPAY_AMEX_TOKEN}`));
    const text = await echoed.text();
    expect(echoed.status).toBe(409);
    expect(text).not.toContain(sandbox.razorpay.keySecret);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('answers a rate limit with a 502 the browser retries', async () => {
    const limited: typeof fetch = async () =>
      Response.json({ error: { code: 'BAD_REQUEST_ERROR', description: 'Too many requests' } }, { status: 429 });
    const handler = handlerFor({ fetch: limited });
    const client = browserClient(handler);
    await expect(client.listCards()).rejects.toMatchObject({ kind: 'http', status: 502, isRetryable: true });
  });

  it('answers an unreadable list with a 502, and a slow Razorpay with a 504', async () => {
    sandbox.setFaults({ malformed: 'shape' });
    expect((await list()).body.error?.code).toBe('invalid-provider-response');
    sandbox.setFaults({ malformed: false, latencyMs: 300 });
    expect((await list(handlerFor({ timeoutMs: 50 }))).status).toBe(504);
  });

  it('sends the documented requests with HTTP Basic', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const provider = razorpayProvider({ ...sandbox.razorpay, fetch: recording });
    await provider.listCards(CUSTOMER_A, new AbortController().signal);
    await provider.deleteCard(CUSTOMER_A, RAZORPAY_AMEX_TOKEN, new AbortController().signal);
    expect(seen.map((item) => `${item.method} ${item.url.slice(sandbox.razorpay.baseUrl.length)}`)).toEqual([
      `GET /v1/customers/${CUSTOMER_A}/tokens`,
      `DELETE /v1/customers/${CUSTOMER_A}/tokens/${RAZORPAY_AMEX_TOKEN}`,
    ]);
    expect(seen[0]?.headers.get('Authorization')).toBe(
      `Basic ${btoa(`${sandbox.razorpay.keyId}:${sandbox.razorpay.keySecret}`)}`,
    );
  });

  it('cannot be passed through, and logs nothing secret', () => {
    expect(() =>
      createSavedCardsHandler({
        provider: razorpayProvider(sandbox.razorpay),
        getCustomerId: () => 'c',
        passThrough: true,
      }),
    ).toThrow(/passThrough/);
    expect(warnings.lines.join('\n')).not.toContain(sandbox.razorpay.keySecret);
  });
});
