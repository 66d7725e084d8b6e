// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SavedCardsError } from '../../src/core/errors';
import { ottuProvider, payuProvider } from '../../src/server';
import { payuHash } from '../../src/server/payu-provider';

const API_KEY = 'ottuKeyEchoedBackByABadProvider';
const SALT = 'payuSaltEchoedBackSomehow';

/** A fake provider at the network edge: answers every call with one fixed response. */
function answering(status: number, body: string, contentType = 'application/json') {
  const requests: Request[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': contentType } });
  };
  return { fakeFetch, requests };
}

const signal = new AbortController().signal;

describe('payuHash', () => {
  it('is the lowercase hex SHA-512 of key|command|var1|salt', async () => {
    const expected = createHash('sha512').update('JPM7Fg|get_user_cards|JPM7Fg:abc|salty').digest('hex');
    expect(await payuHash('JPM7Fg', 'get_user_cards', 'JPM7Fg:abc', 'salty')).toBe(expected);
  });

  // PayU India's documented sample requests (docs.payu.in: "Get User Cards API" and "Get User Cards API -
  // Model 3") carry these hashes for key JPM7Fg and var1 JPM7Fg:abc. The salt is PayU's public test salt
  // for that key, TuxqAugd: it reproduces both hashes exactly, and PayU's samples pair it with JPM7Fg; no
  // PayU-owned repository checked (payu-intrepos/*, payu-india/*: web-sdk-nodejs, web-sdk-php, web-sdk-java,
  // iOS-SDK-Sample-App, Android-SDK-Sample-App, Php-SampleApp, payu-sdk-node, web-sdk-python) holds it.
  const PAYU_TEST_SALT = 'TuxqAugd';
  it.each([
    [
      'get_user_cards',
      '3cba79d881a4f82daed99241d60142b1c6816b3c16c96f5a2d1cf2a09910a2e1eb440a5d70ffd232ef80cf9207f9e90378db43ad76f9f545e9dd3a3692c2de18',
    ],
    [
      'get_payment_instrument',
      '750351ed44241b9739d2e374de45dd0be3c2f6d68305ceb81084960387b71722b0f8d224900f57202488a557ecfa6f2e22895f27585a413388684a142bb8e41e',
    ],
  ])('matches PayU’s documented sample hash for %s', async (command, hash) => {
    expect(await payuHash('JPM7Fg', command, 'JPM7Fg:abc', PAYU_TEST_SALT)).toBe(hash);
  });
});

describe('ottuProvider', () => {
  it('sends the documented list and delete requests', async () => {
    const { fakeFetch, requests } = answering(200, '[]');
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example/',
      apiKey: API_KEY,
      environment: 'production',
      fetch: fakeFetch,
    });
    await provider.listCards('cust 1', signal);
    const list = requests[0] as Request;
    expect(list.method).toBe('POST');
    expect(list.url).toBe('https://merchant.example/b/pbl/v2/card/');
    expect(list.headers.get('Authorization')).toBe(`Api-Key ${API_KEY}`);
    expect(list.headers.get('Content-Type')).toBe('application/json');
    expect(await list.json()).toEqual({ customer_id: 'cust 1', type: 'production' });
    await provider.deleteCard('cust 1', 'tok 1', signal);
    expect(requests[1]?.method).toBe('DELETE');
    expect(requests[1]?.url).toBe('https://merchant.example/b/pbl/v2/card/tok%201/?customer_id=cust+1&type=production');
  });

  it('scrubs its key and card digits from a refusal reason', async () => {
    const { fakeFetch } = answering(
      400,
      JSON.stringify({ detail: `Key ${API_KEY} may not delete card 4111 1111 1111 1111.` }),
    );
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example',
      apiKey: API_KEY,
      environment: 'sandbox',
      fetch: fakeFetch,
    });
    const error = await provider.deleteCard('c', 't', signal).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SavedCardsError);
    expect(error).toMatchObject({ kind: 'rejected' });
    const reason = (error as SavedCardsError).reason ?? '';
    expect(reason).toMatch(/may not delete card/);
    expect(reason).not.toContain(API_KEY);
    expect(reason).not.toMatch(/\d{4}\s?\d{4}/);
  });

  it('keeps no reason for a 401: it is about the merchant’s key', async () => {
    const { fakeFetch } = answering(401, JSON.stringify({ detail: `Invalid key ${API_KEY}` }));
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example',
      apiKey: API_KEY,
      environment: 'sandbox',
      fetch: fakeFetch,
    });
    const error = await provider.listCards('c', signal).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'unauthorized', reason: undefined });
  });
});

describe('ottuProvider, matching Ottu’s OpenAPI', () => {
  it('sends pgCodes and agreementId as pg_codes and agreement_id', async () => {
    const { fakeFetch, requests } = answering(200, '[]');
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example',
      apiKey: API_KEY,
      environment: 'sandbox',
      pgCodes: ['credit-card', 'knet'],
      agreementId: 'gym',
      fetch: fakeFetch,
    });
    await provider.listCards('cust 1', signal);
    expect(await requests[0]?.json()).toEqual({
      customer_id: 'cust 1',
      type: 'sandbox',
      pg_codes: ['credit-card', 'knet'],
      agreement_id: 'gym',
    });
  });

  it('reads a 403 on delete as Ottu refusing that card (with its scrubbed reason), not as bad credentials', async () => {
    const { fakeFetch } = answering(
      403,
      JSON.stringify({ detail: `Card is used by an auto-debit agreement (key ${API_KEY}).` }),
    );
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example',
      apiKey: API_KEY,
      environment: 'sandbox',
      fetch: fakeFetch,
    });
    const error = await provider.deleteCard('c', 't', signal).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      kind: 'rejected',
      status: 403,
      reason: expect.stringMatching(/auto-debit agreement/),
    });
    expect((error as SavedCardsError).reason).not.toContain(API_KEY);
  });

  it('a 429 is a failure worth retrying', async () => {
    const { fakeFetch } = answering(
      429,
      JSON.stringify({ error: { code: 'throttled', message: 'Request was throttled.' } }),
    );
    const provider = ottuProvider({
      baseUrl: 'https://merchant.example',
      apiKey: API_KEY,
      environment: 'sandbox',
      fetch: fakeFetch,
    });
    const error = await provider.listCards('c', signal).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 429, isRetryable: true });
  });
});

describe('payuProvider', () => {
  it('posts the documented form with the request hash', async () => {
    const { fakeFetch, requests } = answering(
      200,
      JSON.stringify({ status: 1, msg: 'ok' }),
      'text/html; charset=UTF-8',
    );
    const provider = payuProvider({ baseUrl: 'https://test.payu.example', key: 'KEY1', salt: SALT, fetch: fakeFetch });
    await provider.deleteCard('cust-1', 'tok-9', signal);
    const request = requests[0] as Request;
    expect(request.url).toBe('https://test.payu.example/merchant/postservice?form=2');
    expect(request.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(await request.text());
    expect(Object.fromEntries(form)).toEqual({
      key: 'KEY1',
      command: 'delete_user_card',
      var1: 'KEY1:cust-1',
      var2: 'tok-9',
      hash: createHash('sha512').update(`KEY1|delete_user_card|KEY1:cust-1|${SALT}`).digest('hex'),
    });
  });

  it('speaks the Model 3 command set when asked: get_payment_instrument and delete_payment_instrument', async () => {
    const { fakeFetch, requests } = answering(200, JSON.stringify({ status: 1, msg: 'ok', user_cards: [] }));
    const provider = payuProvider({
      baseUrl: 'https://test.payu.example',
      key: 'KEY1',
      salt: SALT,
      commands: 'payment_instrument',
      fetch: fakeFetch,
    });
    await provider.listCards('cust-1', signal);
    await provider.deleteCard('cust-1', 'tok-9', signal);
    const forms = await Promise.all(
      requests.map(async (request) => Object.fromEntries(new URLSearchParams(await request.text()))),
    );
    expect(forms).toEqual([
      {
        key: 'KEY1',
        command: 'get_payment_instrument',
        var1: 'KEY1:cust-1',
        hash: createHash('sha512').update(`KEY1|get_payment_instrument|KEY1:cust-1|${SALT}`).digest('hex'),
      },
      {
        key: 'KEY1',
        command: 'delete_payment_instrument',
        var1: 'KEY1:cust-1',
        var2: 'tok-9',
        hash: createHash('sha512').update(`KEY1|delete_payment_instrument|KEY1:cust-1|${SALT}`).digest('hex'),
      },
    ]);
  });

  it('reads status 0 as a refusal (scrubbed), "not found" as gone, and anything else as unreadable', async () => {
    const refusal = payuProvider({
      baseUrl: 'https://p',
      key: 'KEY1',
      salt: SALT,
      fetch: answering(200, JSON.stringify({ status: 0, msg: `salt ${SALT} rejected` })).fakeFetch,
    });
    const refused = await refusal.deleteCard('c', 't', signal).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ kind: 'rejected' });
    expect((refused as SavedCardsError).reason).not.toContain(SALT);
    const gone = payuProvider({
      baseUrl: 'https://p',
      key: 'KEY1',
      salt: SALT,
      fetch: answering(200, '{"status":0,"msg":"card not found"}').fakeFetch,
    });
    await expect(gone.deleteCard('c', 't', signal)).rejects.toMatchObject({ kind: 'not-found' });
    const odd = payuProvider({
      baseUrl: 'https://p',
      key: 'KEY1',
      salt: SALT,
      fetch: answering(200, '{"msg":"?"}').fakeFetch,
    });
    await expect(odd.deleteCard('c', 't', signal)).rejects.toMatchObject({ kind: 'invalid-response' });
    const html = payuProvider({
      baseUrl: 'https://p',
      key: 'KEY1',
      salt: SALT,
      fetch: answering(200, '<html>oops</html>', 'text/html').fakeFetch,
    });
    await expect(html.listCards('c', signal)).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
