// @vitest-environment node
// Juspay's card locker: "List stored cards", "Delete Card" and "Update Card"
// (juspay.io/in/docs/api-reference/docs/express-checkout/list-stored-cards, …/delete-card, …/update-card):
// HTTP Basic with the API key and an empty password, `x-merchantid`, `x-routing-id` (the customer id, as
// Juspay recommends), form bodies, and 400 "Invalid card token" for a token it does not hold. The sandbox's
// stand-in is demo/sandbox/india-vaults.mjs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSavedCardsHandler, juspayProvider, type JuspayProviderOptions } from '../../src/server';
import { CUSTOMER_A, CUSTOMER_B, JUSPAY_AMEX_TOKEN, startSandbox, type Sandbox } from '../../demo/sandbox/sandbox.mjs';
import { listAnswer, sessionCustomer, shopperRequest } from './shopper';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };
const signal = new AbortController().signal;

function rename(token: string, nickname: string) {
  return new Request(`http://shop.test/api/saved-cards/${token}`, {
    method: 'PATCH',
    body: JSON.stringify({ nickname }),
    headers: { 'X-Requested-With': 'XMLHttpRequest', Cookie: 'session=sess-a', 'Content-Type': 'application/json' },
  });
}

describe('juspayProvider', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  const handlerFor = (options: Partial<JuspayProviderOptions> = {}) =>
    createSavedCardsHandler({
      provider: juspayProvider({ ...sandbox.juspay, ...options }),
      getCustomerId: sessionCustomer(SESSIONS),
      onError: () => undefined,
    });

  it('sends the documented requests: Basic with an empty password, x-merchantid, x-routing-id, form bodies', async () => {
    const seen: { method: string; path: string; body: string; headers: Headers }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push({
        method: request.method,
        path: request.url.slice(sandbox.juspay.baseUrl.length),
        body: await request.clone().text(),
        headers: request.headers,
      });
      return fetch(input, init);
    };
    const provider = juspayProvider({ ...sandbox.juspay, fetch: recording });
    await provider.listCards(CUSTOMER_A, signal);
    await provider.renameCard?.(CUSTOMER_A, JUSPAY_AMEX_TOKEN, 'Travel', signal);
    await provider.deleteCard(CUSTOMER_A, JUSPAY_AMEX_TOKEN, signal);
    expect(seen.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['GET', `/cards?customer_id=${CUSTOMER_A}`, ''],
      [
        'POST',
        '/card/update',
        new URLSearchParams({ card_token: JUSPAY_AMEX_TOKEN, customer_id: CUSTOMER_A, nickname: 'Travel' }).toString(),
      ],
      ['POST', '/card/delete', new URLSearchParams({ card_token: JUSPAY_AMEX_TOKEN }).toString()],
    ]);
    for (const { headers } of seen) {
      expect(headers.get('authorization')).toBe(`Basic ${btoa(`${sandbox.juspay.apiKey}:`)}`);
      expect(headers.get('x-merchantid')).toBe(sandbox.juspay.merchantId);
      expect(headers.get('x-routing-id')).toBe(CUSTOMER_A);
    }
    expect(seen[1]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('lists brand, last 4, expiry, expired, nickname and name; never the ISIN or the fingerprint', async () => {
    const { status, body, text } = await listAnswer(handlerFor());
    expect(status).toBe(200);
    expect(
      body.cards.map((card) => [
        card.brand,
        card.last4,
        card.expiryYear,
        card.isExpired,
        card.nickname,
        card.holderName,
      ]),
    ).toEqual([
      ['visa', '1111', 2034, false, 'Salary card', 'Asha Rao'],
      ['visa', '1111', 2034, false, 'Salary card', 'Asha Rao'],
      ['amex', '8431', 2031, false, 'Amex', 'Asha Rao'],
      // Expired cards last.
      ['mastercard', '5454', 2024, true, undefined, 'Asha Rao'],
    ]);
    expect(body.cards[0]?.accountReference).toBe(body.cards[1]?.accountReference);
    expect((body as { capabilities?: unknown }).capabilities).toEqual({
      delete: true,
      setDefault: false,
      rename: true,
    });
    expect(text).not.toMatch(/411111|545454|378282|4111-|2bp6l17bhqm7|JP_HDFC/);
  });

  it('renames through Juspay itself, with no preferences store, and lists the name back', async () => {
    const handler = handlerFor();
    expect((await handler(rename(JUSPAY_AMEX_TOKEN, ' Travel '))).status).toBe(204);
    const { body } = await listAnswer(handler);
    expect(body.cards.find((card) => card.token === JUSPAY_AMEX_TOKEN)?.nickname).toBe('Travel');
  });

  it('answers a name Juspay refuses with 409 and its reason', async () => {
    const refused = await handlerFor()(rename(JUSPAY_AMEX_TOKEN, 'Card #2'));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/letters and spaces/);
  });

  it('reads "Invalid card token" as already gone, on delete and on rename', async () => {
    const gone: typeof fetch = async (input, init) =>
      init?.method === 'POST'
        ? Response.json(
            { error: true, error_code: 'BAD_REQUEST', error_message: 'Invalid card token' },
            { status: 400 },
          )
        : fetch(input, init);
    const handler = handlerFor({ fetch: gone });
    expect((await handler(shopperRequest('DELETE', `/${JUSPAY_AMEX_TOKEN}`))).status).toBe(404);
    expect((await handler(rename(JUSPAY_AMEX_TOKEN, 'Travel'))).status).toBe(404);
  });

  it('reads a delete Juspay does not confirm as unreadable', async () => {
    const unconfirmed: typeof fetch = async (input, init) =>
      init?.method === 'POST' ? Response.json({ card_token: JUSPAY_AMEX_TOKEN, deleted: false }) : fetch(input, init);
    expect((await handlerFor({ fetch: unconfirmed })(shopperRequest('DELETE', `/${JUSPAY_AMEX_TOKEN}`))).status).toBe(
      502,
    );
  });

  it('is refused by the sandbox with another merchant id', async () => {
    expect((await listAnswer(handlerFor({ merchantId: 'othershop' }))).status).toBe(502);
    expect(sandbox.calls().map((call) => [call.operation, call.status])).toEqual([['auth', 403]]);
  });
});
