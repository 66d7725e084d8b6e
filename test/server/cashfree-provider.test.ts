// @vitest-environment node
// Cashfree's Token Vault: "Get All Saved Card Instrument" and "Delete Saved Card Instrument"
// (cashfree.com/docs/api-reference/payments/latest/token-vault/get-all and …/delete), OpenAPI
// openapi/payments/v2025-01-01.yaml, and the official cashfree-pg SDK 6 (PGCustomerFetchInstruments,
// PGCustomerDeleteInstrument, XApiVersion "2026-01-01"). The sandbox's stand-in is demo/sandbox/india-vaults.mjs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cashfreeProvider, createSavedCardsHandler, type CashfreeProviderOptions } from '../../src/server';
import {
  CASHFREE_AMEX_TOKEN,
  CUSTOMER_A,
  CUSTOMER_B,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { listAnswer, sessionCustomer, shopperRequest } from './shopper';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };
const signal = new AbortController().signal;

describe('cashfreeProvider', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  const handlerFor = (options: Partial<CashfreeProviderOptions> = {}) =>
    createSavedCardsHandler({
      provider: cashfreeProvider({ ...sandbox.cashfree, ...options }),
      getCustomerId: sessionCustomer(SESSIONS),
      onError: () => undefined,
    });

  it('sends the documented requests, with its credentials and API version in headers', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const provider = cashfreeProvider({ ...sandbox.cashfree, fetch: recording });
    await provider.listCards(CUSTOMER_A, signal);
    await provider.deleteCard(CUSTOMER_A, CASHFREE_AMEX_TOKEN, signal);
    expect(seen.map((request) => `${request.method} ${request.url.slice(sandbox.cashfree.baseUrl.length)}`)).toEqual([
      `GET /customers/${CUSTOMER_A}/instruments?instrument_type=card`,
      `DELETE /customers/${CUSTOMER_A}/instruments/${CASHFREE_AMEX_TOKEN}`,
    ]);
    expect(Object.fromEntries(seen[0]?.headers ?? [])).toMatchObject({
      'x-client-id': sandbox.cashfree.clientId,
      'x-client-secret': sandbox.cashfree.clientSecret,
      'x-api-version': '2026-01-01',
    });
    const pinned = cashfreeProvider({ ...sandbox.cashfree, apiVersion: '2025-01-01', fetch: recording });
    await pinned.listCards(CUSTOMER_A, signal);
    expect(seen.at(-1)?.headers.get('x-api-version')).toBe('2025-01-01');
  });

  it('lists ACTIVE cards only, with no expiry, and one reference for two saves of one card', async () => {
    const { status, body, text } = await listAnswer(handlerFor());
    expect(status).toBe(200);
    expect(body.cards.map((card) => [card.brand, card.last4, card.funding, card.expiryMonth])).toEqual([
      ['visa', '4375', 'debit', undefined],
      ['visa', '4375', 'debit', undefined],
      ['mastercard', '5454', 'credit', undefined],
      ['amex', '8431', 'credit', undefined],
    ]);
    expect(body.cards[0]?.accountReference).toBe(body.cards[1]?.accountReference);
    expect((body as { capabilities?: unknown }).capabilities).toEqual({
      delete: true,
      setDefault: false,
      rename: false,
    });
    // Not the deactivated RuPay; not the uid, the PAR or the bank.
    expect(text).not.toMatch(/0119|0d8f70838cc5af8b|HDFC|P0d8f7/);
  });

  it('reads Cashfree’s 404 "instrument not found" as already gone', async () => {
    const gone: typeof fetch = async (input, init) =>
      init?.method === 'DELETE'
        ? Response.json(
            { message: 'instrument not found', code: 'instrument_not_found', type: 'invalid_request_error' },
            { status: 404 },
          )
        : fetch(input, init);
    expect((await handlerFor({ fetch: gone })(shopperRequest('DELETE', `/${CASHFREE_AMEX_TOKEN}`))).status).toBe(404);
  });

  it('answers a refusal with 409 and Cashfree’s message', async () => {
    sandbox.setFaults({ failDeleteToken: CASHFREE_AMEX_TOKEN });
    const refused = await handlerFor()(shopperRequest('DELETE', `/${CASHFREE_AMEX_TOKEN}`));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/subscription/);
  });

  it('is refused by the sandbox without its API version or with the wrong secret', async () => {
    expect((await listAnswer(handlerFor({ apiVersion: '' }))).status).toBe(502);
    expect((await listAnswer(handlerFor({ clientSecret: 'cfsk_ma_test_wrongQwErTyUiOp' }))).status).toBe(502);
    expect(sandbox.calls().map((call) => [call.operation, call.status])).toEqual([
      ['other', 400],
      ['auth', 401],
    ]);
  });
});
