// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkoutComProvider, createSavedCardsHandler, type SavedCardsServerEvent } from '../../src/server';
import {
  CHECKOUT_AMEX_TOKEN,
  CUSTOMER_A,
  CUSTOMER_B,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { browserClient, captureWarnings, listAnswer, sessionCustomer, shopperRequest } from './shopper';

const B_TOKEN = 'src_bbbbc3zyhqzehihu7giusaaawu';
const DEFAULT_TOKEN = 'src_wmlfc3zyhqzehihu7giusaaawu';
const DUPLICATE_TOKEN = 'src_lmyvsjadlxxu7kqlgevt6ebkra';
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

function handlerFor(options: Partial<Parameters<typeof checkoutComProvider>[0]> = {}) {
  return createSavedCardsHandler({
    provider: checkoutComProvider({ ...sandbox.checkoutCom, ...options }),
    getCustomerId: sessionCustomer(SESSIONS),
    onError: (event) => events.push(event),
  });
}

const list = (handler = handlerFor(), session = 'sess-a') => listAnswer(handler, session);
const request = shopperRequest;

function deleteAnswering(status: number, body?: unknown) {
  const fakeFetch: typeof fetch = async (input, init) =>
    init?.method === 'DELETE'
      ? new Response(body === undefined ? null : JSON.stringify(body), { status })
      : fetch(input, init);
  return fakeFetch;
}

describe('checkoutComProvider through the handler and the sandbox', () => {
  it('lists the customer’s card instruments: the default first, duplicates under one hashed reference, no bank account', async () => {
    const { status, body, text } = await list();
    expect(status).toBe(200);
    expect(body.cards.map((card) => [card.token, card.brand, card.last4, card.isPreferred, card.funding])).toEqual([
      [DEFAULT_TOKEN, 'visa', '4242', true, 'credit'],
      [DUPLICATE_TOKEN, 'visa', '4242', false, 'credit'],
      ['src_cbco5kbqa5fe7lhydpyiu3mm7q', 'mastercard', '4444', false, 'debit'],
      [CHECKOUT_AMEX_TOKEN, 'amex', '8431', false, 'credit'],
    ]);
    expect(body.cards[0]?.accountReference).toMatch(/^ref_[0-9a-f]{32}$/);
    expect(body.cards[1]?.accountReference).toBe(body.cards[0]?.accountReference);
    expect(body.cards[2]?.accountReference).not.toBe(body.cards[0]?.accountReference);
    expect(text).not.toMatch(/vnsdrvikkvre3dtrjjvlm5du4q|424242|"bin"|src_bank/);
    expect(text).not.toContain(sandbox.checkoutCom.secretKey);
  });

  it('deletes the customer’s own instrument (204), which then stays gone', async () => {
    expect((await handlerFor()(request('DELETE', `/${CHECKOUT_AMEX_TOKEN}`))).status).toBe(204);
    expect(sandbox.calls().at(-1)).toMatchObject({
      provider: 'checkout',
      operation: 'delete',
      customerId: CUSTOMER_A,
      token: CHECKOUT_AMEX_TOKEN,
      deleted: true,
    });
    expect((await list()).body.cards.map((card) => card.token)).not.toContain(CHECKOUT_AMEX_TOKEN);
  });

  it('never deletes another customer’s instrument: Checkout.com’s delete does not check the customer', async () => {
    expect((await handlerFor()(request('DELETE', `/${B_TOKEN}`))).status).toBe(404);
    expect(sandbox.calls().filter((call) => call.operation === 'delete')).toEqual([]);
    expect((await list(handlerFor(), 'sess-b')).body.cards.map((card) => card.token)).toEqual([B_TOKEN]);
  });

  it('answers a wrong key with a 502 that names no key', async () => {
    const { status, text, body } = await list(handlerFor({ secretKey: 'sk_sbox_wrongWrongWrong' }));
    expect(status).toBe(502);
    expect(body.error?.code).toBe('provider-error');
    expect(text).not.toMatch(/sk_sbox|wrongWrong/);
    expect(events).toEqual([
      {
        provider: 'checkout-com',
        method: 'GET',
        route: 'list',
        requestId: expect.any(String),
        status: 502,
        code: 'provider-error',
      },
    ]);
  });

  it('reads an instrument already gone (404) as 404', async () => {
    expect(
      (await handlerFor({ fetch: deleteAnswering(404) })(request('DELETE', `/${CHECKOUT_AMEX_TOKEN}`))).status,
    ).toBe(404);
  });

  it('answers a refusal with 409 and Checkout.com’s error codes', async () => {
    sandbox.setFaults({ failDeleteToken: CHECKOUT_AMEX_TOKEN });
    const refused = await handlerFor()(request('DELETE', `/${CHECKOUT_AMEX_TOKEN}`));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('instrument_in_use');
    const echoing = deleteAnswering(422, {
      request_id: 'r',
      error_type: 'request_invalid',
      error_codes: [`${sandbox.checkoutCom.secretKey}_invalid`, 'card_4242424242424242'],
    });
    const text = await (await handlerFor({ fetch: echoing })(request('DELETE', `/${CHECKOUT_AMEX_TOKEN}`))).text();
    expect(text).not.toContain(sandbox.checkoutCom.secretKey);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('answers a rate limit with a 502 the browser retries', async () => {
    const limited: typeof fetch = async () => new Response(null, { status: 429 });
    const handler = handlerFor({ fetch: limited });
    const client = browserClient(handler);
    await expect(client.listCards()).rejects.toMatchObject({ kind: 'http', status: 502, isRetryable: true });
  });

  it('answers an unreadable customer with a 502, and a slow Checkout.com with a 504', async () => {
    sandbox.setFaults({ malformed: 'truncated' });
    expect((await list()).body.error?.code).toBe('invalid-provider-response');
    sandbox.setFaults({ malformed: false, latencyMs: 300 });
    expect((await list(handlerFor({ timeoutMs: 50 }))).status).toBe(504);
  });

  it('sends the documented requests with a Bearer key', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const provider = checkoutComProvider({ ...sandbox.checkoutCom, fetch: recording });
    await provider.listCards(CUSTOMER_A, new AbortController().signal);
    await provider.deleteCard(CUSTOMER_A, CHECKOUT_AMEX_TOKEN, new AbortController().signal);
    expect(seen.map((item) => `${item.method} ${item.url.slice(sandbox.checkoutCom.baseUrl.length)}`)).toEqual([
      `GET /customers/${CUSTOMER_A}`,
      `DELETE /instruments/${CHECKOUT_AMEX_TOKEN}`,
    ]);
    expect(seen[0]?.headers.get('Authorization')).toBe(`Bearer ${sandbox.checkoutCom.secretKey}`);
  });

  it('cannot be passed through, and logs nothing secret', () => {
    expect(() =>
      createSavedCardsHandler({
        provider: checkoutComProvider(sandbox.checkoutCom),
        getCustomerId: () => 'c',
        passThrough: true,
      }),
    ).toThrow(/passThrough/);
    expect(warnings.lines.join('\n')).not.toContain(sandbox.checkoutCom.secretKey);
  });
});
