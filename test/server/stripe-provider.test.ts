// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSavedCardsHandler, stripeProvider, type SavedCardsServerEvent } from '../../src/server';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  STRIPE_AMEX_TOKEN,
  STRIPE_DUPLICATE_TOKENS,
  STRIPE_MANY_CARDS_CUSTOMER,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { browserClient, captureWarnings, listAnswer, sessionCustomer, shopperRequest } from './shopper';

const B_TOKEN = 'pm_1Q0PsIJvEtkwdCNYbvis0008';
const SESSIONS: Record<string, string> = {
  'sess-a': CUSTOMER_A,
  'sess-b': CUSTOMER_B,
  'sess-many': STRIPE_MANY_CARDS_CUSTOMER,
};

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

function handlerFor(options: Partial<Parameters<typeof stripeProvider>[0]> = {}) {
  return createSavedCardsHandler({
    provider: stripeProvider({ ...sandbox.stripe, ...options }),
    getCustomerId: sessionCustomer(SESSIONS),
    onError: (event) => events.push(event),
  });
}

const list = (handler = handlerFor(), session = 'sess-a') => listAnswer(handler, session);
const request = shopperRequest;

/** A fake Stripe answering one fixed response after a good customer. */
function stripeAnswering(status: number, body: unknown, on: 'list' | 'detach') {
  const fakeFetch: typeof fetch = async (input, init) => {
    const url = String(input);
    if (on === 'detach' && url.endsWith('/detach')) return Response.json(body, { status });
    if (on === 'list' && url.includes('/payment_methods')) return Response.json(body, { status });
    return fetch(input, init);
  };
  return fakeFetch;
}

describe('stripeProvider through the handler and the sandbox', () => {
  it('lists the shopper’s cards: the default first, duplicates under one hashed reference, no wallet or "limited" card', async () => {
    const { status, body, text } = await list();
    expect(status).toBe(200);
    expect(body.cards.map((card) => [card.token, card.brand, card.last4, card.isPreferred])).toEqual([
      ['pm_1Q0PsIJvEtkwdCNYcbvi0003', 'cartes_bancaires', '1001', true],
      [STRIPE_AMEX_TOKEN, 'amex', '8431', false],
      ['pm_1Q0PsIJvEtkwdCNYmast0004', 'mastercard', '4444', false],
      [STRIPE_DUPLICATE_TOKENS[1], 'visa', '4242', false],
      [STRIPE_DUPLICATE_TOKENS[0], 'visa', '4242', false],
    ]);
    const [first, second] = [body.cards[3]?.accountReference, body.cards[4]?.accountReference];
    expect(first).toMatch(/^ref_[0-9a-f]{32}$/);
    expect(second).toBe(first);
    expect(body.cards[1]?.accountReference).not.toBe(first);
    // Fingerprints, the secret and the hidden cards' tokens stay on the server.
    expect(text).not.toContain('Xt5EWLLDS7FJjR1c');
    expect(text).not.toContain('fingerprint');
    expect(text).not.toContain(sandbox.stripe.secretKey);
    expect(text).not.toContain('pm_1Q0PsIJvEtkwdCNYappl0007');
    expect(text).not.toContain('pm_1Q0PsIJvEtkwdCNYlimi0006');
  });

  it('lists the "limited" cards when the merchant allows them', async () => {
    const { body } = await list(handlerFor({ allowRedisplay: ['always', 'limited'] }));
    expect(body.cards.map((card) => card.last4)).toContain('1117');
  });

  it('follows has_more and starting_after to the last page', async () => {
    const { status, body } = await list(handlerFor(), 'sess-many');
    expect(status).toBe(200);
    expect(body.cards).toHaveLength(205);
    const pages = sandbox.calls().filter((call) => call.provider === 'stripe' && call.operation === 'list');
    expect(pages).toHaveLength(3);
  });

  it('gives up past a thousand cards rather than list some of them', async () => {
    let pages = 0;
    const endless: typeof fetch = async (input) => {
      const url = String(input);
      if (!url.includes('/payment_methods'))
        return Response.json({
          id: CUSTOMER_A,
          object: 'customer',
          invoice_settings: { default_payment_method: null },
        });
      pages += 1;
      return Response.json({
        object: 'list',
        has_more: true,
        data: [
          {
            id: `pm_${pages}`,
            type: 'card',
            allow_redisplay: 'always',
            card: { brand: 'visa', last4: '4242', exp_month: 1, exp_year: 2040 },
          },
        ],
      });
    };
    const { status, body } = await list(handlerFor({ fetch: endless }));
    expect(status).toBe(502);
    expect(body.error?.code).toBe('invalid-provider-response');
    expect(pages).toBe(10);
  });

  it('lists a deleted Customer as no cards, without asking for its payment methods', async () => {
    const asked: string[] = [];
    const deleted: typeof fetch = async (input) => {
      asked.push(String(input));
      return Response.json({ id: CUSTOMER_A, object: 'customer', deleted: true });
    };
    const { status, body } = await list(handlerFor({ fetch: deleted }));
    expect(status).toBe(200);
    expect(body.cards).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('detaches the shopper’s own card, which then stays gone', async () => {
    const response = await handlerFor()(request('DELETE', `/${STRIPE_AMEX_TOKEN}`));
    expect(response.status).toBe(204);
    expect(sandbox.calls().at(-1)).toMatchObject({
      provider: 'stripe',
      operation: 'delete',
      token: STRIPE_AMEX_TOKEN,
      deleted: true,
    });
    const { body } = await list();
    expect(body.cards.map((card) => card.token)).not.toContain(STRIPE_AMEX_TOKEN);
  });

  it('never detaches another shopper’s card, nor a hidden one: Stripe’s detach does not check the customer', async () => {
    for (const token of [B_TOKEN, 'pm_1Q0PsIJvEtkwdCNYappl0007']) {
      const response = await handlerFor()(request('DELETE', `/${token}`));
      expect(response.status).toBe(404);
    }
    expect(sandbox.calls().filter((call) => call.operation === 'delete')).toEqual([]);
    const { body } = await list(handlerFor(), 'sess-b');
    expect(body.cards.map((card) => card.token)).toEqual([B_TOKEN]);
  });

  it('answers a wrong key with a 502 that names no key, and logs no key', async () => {
    const { status, text, body } = await list(handlerFor({ secretKey: 'sk_test_wrongWrongWrongKey' }));
    expect(status).toBe(502);
    expect(body.error?.code).toBe('provider-error');
    expect(text).not.toMatch(/sk_test|wrongWrong|Invalid API Key/);
    expect(events).toEqual([
      {
        provider: 'stripe',
        method: 'GET',
        route: 'list',
        requestId: expect.any(String),
        status: 502,
        code: 'provider-error',
      },
    ]);
  });

  it('reads a card already detached as gone (404)', async () => {
    sandbox.setFaults({});
    const gone = stripeAnswering(
      400,
      {
        error: {
          type: 'invalid_request_error',
          message: 'The payment method you provided is not attached to a customer so detachment is impossible.',
        },
      },
      'detach',
    );
    const response = await handlerFor({ fetch: gone })(request('DELETE', `/${STRIPE_AMEX_TOKEN}`));
    expect(response.status).toBe(404);
    const missing = stripeAnswering(
      404,
      {
        error: {
          type: 'invalid_request_error',
          code: 'resource_missing',
          message: `No such PaymentMethod: '${STRIPE_AMEX_TOKEN}'`,
        },
      },
      'detach',
    );
    expect((await handlerFor({ fetch: missing })(request('DELETE', `/${STRIPE_AMEX_TOKEN}`))).status).toBe(404);
  });

  it('answers a refusal with 409 and Stripe’s reason, redacted and without the key', async () => {
    sandbox.setFaults({ failDeleteToken: STRIPE_AMEX_TOKEN });
    const response = await handlerFor()(request('DELETE', `/${STRIPE_AMEX_TOKEN}`));
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/cannot be detached/);
    const echoing = stripeAnswering(
      400,
      {
        error: {
          type: 'invalid_request_error',
          message: `Key ${sandbox.stripe.secretKey} may not detach card 4242424242424242.`,
        },
      },
      'detach',
    );
    const echoed = await handlerFor({ fetch: echoing })(request('DELETE', `/${STRIPE_AMEX_TOKEN}`));
    const text = await echoed.text();
    expect(echoed.status).toBe(409);
    expect(text).toMatch(/may not detach/);
    expect(text).not.toContain(sandbox.stripe.secretKey);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('answers a rate limit with a 502 the browser retries', async () => {
    const limited = stripeAnswering(
      429,
      { error: { type: 'rate_limit_error', message: 'Too many requests.' } },
      'list',
    );
    const handler = handlerFor({ fetch: limited });
    const client = browserClient(handler);
    const error = await client.listCards().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 502, isRetryable: true });
  });

  it('answers an unreadable list with a 502, and a slow Stripe with a 504', async () => {
    sandbox.setFaults({ malformed: 'truncated' });
    expect((await list()).body.error?.code).toBe('invalid-provider-response');
    sandbox.setFaults({ malformed: false, latencyMs: 300 });
    const { status } = await list(handlerFor({ timeoutMs: 50 }));
    expect(status).toBe(504);
  });

  it('sends the documented requests', async () => {
    const seen: Request[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const provider = stripeProvider({ ...sandbox.stripe, fetch: recording });
    await provider.listCards(CUSTOMER_A, new AbortController().signal);
    await provider.deleteCard(CUSTOMER_A, STRIPE_AMEX_TOKEN, new AbortController().signal);
    expect(seen.map((item) => `${item.method} ${item.url.slice(sandbox.stripe.baseUrl.length)}`)).toEqual([
      `GET /v1/customers/${CUSTOMER_A}`,
      `GET /v1/customers/${CUSTOMER_A}/payment_methods?type=card&limit=100`,
      `POST /v1/payment_methods/${STRIPE_AMEX_TOKEN}/detach`,
    ]);
    expect(seen[0]?.headers.get('Authorization')).toBe(`Bearer ${sandbox.stripe.secretKey}`);
    expect(stripeProvider({ secretKey: 'sk' }).name).toBe('stripe');
  });

  it('cannot be passed through: it answers in the kit’s contract', () => {
    expect(() =>
      createSavedCardsHandler({
        provider: stripeProvider(sandbox.stripe),
        getCustomerId: () => 'c',
        passThrough: true,
      }),
    ).toThrow(/passThrough/);
  });

  it('logs nothing secret', () => {
    expect(warnings.lines.join('\n')).not.toContain(sandbox.stripe.secretKey);
  });
});
