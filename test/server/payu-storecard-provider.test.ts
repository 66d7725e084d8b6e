// @vitest-environment node
// PayU India's v2 storecard API. Sources: the seed document (PayU's v2 Get User Cards page,
// ../shared/seeds/003_486abbe1bb9f766b.txt), PayU's newest page (docs.payu.in/v2/reference/v2_get_user_cards_api,
// updated 2026-10-05), "Get Payment Instrument API" (docs.payu.in/v2/reference/v2-get-payment-instrument-api) and the
// Postman script on PayU's "Headers and Content Types" / header-authentication pages. The sandbox's stand-in
// (demo/sandbox/india-vaults.mjs) checks the signature as that script computes it.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSavedCardsHandler, payuStorecardProvider, type PayuStorecardProviderOptions } from '../../src/server';
import { payuStorecardSignature } from '../../src/server/payu-storecard-provider';
import { CUSTOMER_A, CUSTOMER_B, startSandbox, type Sandbox } from '../../demo/sandbox/sandbox.mjs';
import { listAnswer, sessionCustomer, shopperRequest } from './shopper';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };
const signal = new AbortController().signal;

describe('payuStorecardSignature', () => {
  // Issue 23's vectors, computed from the formula (PayU publishes none); checked with node:crypto first.
  it.each([
    [
      'testsalt',
      'Mon, 05 Oct 2026 08:30:00 GMT',
      '494d5dd839e87b046a27b315a67b90f106d445dfc33127cf5047b2478ea6ee75ca0e5e69238f935fa719b554bf5d7e3d2ef2ef2f070aca66121380d4992e508d',
    ],
    [
      'izF09TlpX4ZOwmf9MvXijwYsBPUmxYHD',
      'Wed, 28 Jun 2023 11:25:19 GMT',
      '0bc69a441bece29f0b40a5a478b6f2ed14c3b1ecc2669ddb7cabf827e6dfe49ff8ee0aa8c2a50babcac5c1b90dd4dab765b23f2440604e26736240db87705cc0',
    ],
  ])('signs an empty body with salt %s at %s', async (salt, date, expected) => {
    expect(await payuStorecardSignature('', date, salt)).toBe(expected);
  });

  it('is the plain SHA-512 of body|date|salt, not an HMAC', async () => {
    const body = '{"a":1}';
    const date = 'Mon, 05 Oct 2026 08:30:00 GMT';
    expect(await payuStorecardSignature(body, date, 'salty')).toBe(
      createHash('sha512').update(`${body}|${date}|salty`).digest('hex'),
    );
  });
});

describe('payuStorecardProvider', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  const handlerFor = (options: Partial<PayuStorecardProviderOptions> = {}) =>
    createSavedCardsHandler({
      provider: payuStorecardProvider({ ...sandbox.payuStorecard, ...options }),
      getCustomerId: sessionCustomer(SESSIONS),
      onError: () => undefined,
    });

  function recording(answer?: (request: Request) => Response | undefined) {
    const seen: Request[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push(request);
      return answer?.(request) ?? fetch(input, init);
    };
    return { seen, fetchImpl };
  }

  it('sends the documented, signed requests, with mid when given', async () => {
    const { seen, fetchImpl } = recording();
    const provider = payuStorecardProvider({ ...sandbox.payuStorecard, fetch: fetchImpl });
    await provider.listCards(CUSTOMER_A, signal);
    await provider.deleteCard(CUSTOMER_A, '7e3f1a9c5d4b62c0e8a3', signal);
    const { key, salt, mid, baseUrl } = sandbox.payuStorecard;
    const credential = new URLSearchParams({ userCredential: `${key}:${CUSTOMER_A}` });
    expect(seen.map((request) => `${request.method} ${request.url.slice(baseUrl.length)}`)).toEqual([
      `GET /storecard/instrument/v1?${credential}`,
      `DELETE /storecard/card/v1?${credential}&cardToken=7e3f1a9c5d4b62c0e8a3`,
    ]);
    for (const request of seen) {
      const date = request.headers.get('date') ?? '';
      // IMF-fixdate, as Date#toUTCString prints it.
      expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      const signature = createHash('sha512').update(`|${date}|${salt}`).digest('hex');
      expect(request.headers.get('authorization')).toBe(
        `hmac username="${key}", algorithm="sha512", headers="date", signature="${signature}"`,
      );
      expect(request.headers.get('mid')).toBe(mid);
      expect([...request.headers.values()].join(' ')).not.toContain(salt);
    }
  });

  it('sends no mid without one, and takes the newest page’s userCredentials spelling when asked', async () => {
    const { seen, fetchImpl } = recording();
    const { mid: _mid, ...withoutMid } = sandbox.payuStorecard;
    const provider = payuStorecardProvider({ ...withoutMid, customerParam: 'userCredentials', fetch: fetchImpl });
    const body = await provider.listCards(CUSTOMER_A, signal);
    expect(seen[0]?.headers.has('mid')).toBe(false);
    expect(new URL(seen[0]?.url ?? '').searchParams.get('userCredentials')).toBe(
      `${sandbox.payuStorecard.key}:${CUSTOMER_A}`,
    );
    expect(body).toMatchObject({ status: 1 });
  });

  it('lists the seed document’s shape: two tokens of one Visa share a reference; no wallet, no BIN, PAR or network token', async () => {
    const { status, body, text } = await listAnswer(handlerFor());
    expect(status).toBe(200);
    expect(body.cards.map((card) => [card.token, card.brand, card.last4, card.funding, card.nickname])).toEqual([
      ['5c1d9e7a3b2f40a8c6e1', 'visa', '1111', 'credit', 'Everyday'],
      ['6d2e0f8b4c3a51b9d7f2', 'visa', '1111', 'credit', 'Everyday'],
      ['8f4a2b0d6e5c73d1f9b4', 'amex', '8431', 'credit', 'Amex'],
      ['7e3f1a9c5d4b62c0e8a3', 'rupay', '0119', 'debit', undefined],
    ]);
    // One PAR, one opaque reference: the browser lists the Visa once with both tokens.
    expect(body.cards[0]?.accountReference).toBe(body.cards[1]?.accountReference);
    expect(body.cards[0]?.accountReference).not.toBe(body.cards[2]?.accountReference);
    expect((body as { capabilities?: unknown }).capabilities).toEqual({
      delete: true,
      setDefault: false,
      rename: false,
    });
    expect(text).not.toMatch(/w9e8d7c6b5a4f3e2d1c0|PAYTM|411111|378282|4895370012003478|V0010013/);
    expect(text).not.toContain(sandbox.payuStorecard.salt);
  });

  it('lists the newest page’s shape: a top-level array, the network from cardType', async () => {
    const { body } = await listAnswer(handlerFor(), 'sess-b');
    expect(body.cards.map((card) => [card.token, card.brand, card.last4, card.funding, card.expiryMonth])).toEqual([
      ['1a2b3c4d5e6f7a8b9c0d', 'mastercard', '5454', 'credit', 8],
    ]);
  });

  it('reads "No cards found" as an empty list', async () => {
    const handler = createSavedCardsHandler({
      provider: payuStorecardProvider(sandbox.payuStorecard),
      getCustomerId: () => 'cust-nobody',
    });
    const { status, body } = await listAnswer(handler);
    expect(status).toBe(200);
    expect(body.cards).toEqual([]);
  });

  it('reads "cardToken is invalid" as already gone (404), and a delete without a status as unreadable', async () => {
    const answering = (body: unknown) =>
      recording((request) => (request.method === 'DELETE' ? Response.json(body) : undefined)).fetchImpl;
    const gone = handlerFor({ fetch: answering({ status: 0, message: 'cardToken is invalid' }) });
    expect((await gone(shopperRequest('DELETE', '/7e3f1a9c5d4b62c0e8a3'))).status).toBe(404);
    const odd = handlerFor({ fetch: answering({ message: 'ok?' }) });
    expect((await odd(shopperRequest('DELETE', '/7e3f1a9c5d4b62c0e8a3'))).status).toBe(502);
  });

  it('answers another status 0 with 409 and PayU’s reason, without the salt or a card number', async () => {
    const { salt } = sandbox.payuStorecard;
    const { fetchImpl } = recording((request) =>
      request.method === 'DELETE'
        ? Response.json({ status: 0, message: `Salt ${salt} may not delete 4111111111111111 now` })
        : undefined,
    );
    const response = await handlerFor({ fetch: fetchImpl })(shopperRequest('DELETE', '/7e3f1a9c5d4b62c0e8a3'));
    expect(response.status).toBe(409);
    const text = await response.text();
    expect(text).not.toContain(salt);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('is refused by the sandbox when the signature or the mid is wrong', async () => {
    expect((await listAnswer(handlerFor({ salt: 'notTheSaltAtAllQwErTy' }))).status).toBe(502);
    expect((await listAnswer(handlerFor({ mid: 'other' }))).status).toBe(502);
    expect(sandbox.calls().map((call) => [call.operation, call.status])).toEqual([
      ['auth', 401],
      ['auth', 401],
    ]);
  });
});
