// @vitest-environment node
// Braintree's GraphQL API: the schema (github.com/braintree/graphql-api, schema.graphql: Customer.paymentMethods,
// Customer.defaultPaymentMethod, CreditCardDetails, deletePaymentMethodFromVault, idFromLegacyId), the
// reference pages (developer.paypal.com/braintree/graphql/reference/mutations/delete-payment-method-from-vault)
// and the official `braintree` SDK 3 (Braintree-Version "2018-09-10"; paymentMethod.update's
// `PUT /merchants/{id}/payment_methods/any/{token}` with `make_default`, since the schema has no mutation that
// changes a customer's default). The sandbox's stand-in is demo/sandbox/braintree-vault.mjs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { braintreeProvider, createSavedCardsHandler, type BraintreeProviderOptions } from '../../src/server';
import {
  BRAINTREE_AMEX_TOKEN,
  braintreeId,
  CUSTOMER_A,
  CUSTOMER_B,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { listAnswer, sessionCustomer, shopperRequest } from './shopper';

const SESSIONS: Record<string, string> = { 'sess-a': CUSTOMER_A, 'sess-b': CUSTOMER_B };
const signal = new AbortController().signal;

function makeDefault(token: string) {
  return new Request(`http://shop.test/api/saved-cards/${token}`, {
    method: 'PATCH',
    body: JSON.stringify({ isPreferred: true }),
    headers: { 'X-Requested-With': 'XMLHttpRequest', Cookie: 'session=sess-a', 'Content-Type': 'application/json' },
  });
}

describe('braintreeProvider', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  beforeEach(() => sandbox.reset());
  afterAll(() => sandbox.close());

  const handlerFor = (options: Partial<BraintreeProviderOptions> = {}) =>
    createSavedCardsHandler({
      provider: braintreeProvider({ ...sandbox.braintree, ...options }),
      getCustomerId: sessionCustomer(SESSIONS),
      onError: () => undefined,
    });

  it('posts GraphQL with Basic keys and Braintree-Version, and sets a default through the gateway', async () => {
    const seen: { method: string; url: string; body: string; headers: Headers }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push({
        method: request.method,
        url: request.url,
        body: await request.clone().text(),
        headers: request.headers,
      });
      return fetch(input, init);
    };
    const provider = braintreeProvider({ ...sandbox.braintree, fetch: recording });
    await provider.listCards(CUSTOMER_A, signal);
    await provider.setDefaultCard?.(CUSTOMER_A, BRAINTREE_AMEX_TOKEN, signal);
    await provider.deleteCard(CUSTOMER_A, BRAINTREE_AMEX_TOKEN, signal);
    const basic = `Basic ${btoa(`${sandbox.braintree.publicKey}:${sandbox.braintree.privateKey}`)}`;
    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST ${sandbox.braintree.baseUrl}`,
      `POST ${sandbox.braintree.baseUrl}`,
      `PUT ${sandbox.braintree.gatewayUrl}/merchants/${sandbox.braintree.merchantId}/payment_methods/any/amex8431`,
      `POST ${sandbox.braintree.baseUrl}`,
    ]);
    const graphQl = seen.map(({ body }) => JSON.parse(body) as { query?: string; variables?: unknown });
    expect(graphQl[0]?.query).toMatch(/^query SavedCards\b[\s\S]*node\(id: \$customerId\)[\s\S]*\.\.\. on Customer/);
    expect(graphQl[0]?.variables).toEqual({ customerId: CUSTOMER_A, after: null });
    expect(graphQl[1]).toMatchObject({ variables: { id: BRAINTREE_AMEX_TOKEN } });
    expect(graphQl[2]).toEqual({ payment_method: { options: { make_default: true } } });
    expect(graphQl[3]?.query).toMatch(/deletePaymentMethodFromVault\(input: \$input\)/);
    expect(graphQl[3]?.variables).toEqual({ input: { paymentMethodId: BRAINTREE_AMEX_TOKEN } });
    for (const { headers } of seen) expect(headers.get('authorization')).toBe(basic);
    expect(seen[0]?.headers.get('braintree-version')).toBe('2018-09-10');
    expect(seen[2]?.headers.get('x-apiversion')).toBe('6');
  });

  it('lists credit cards only, the default from defaultPaymentMethod, one reference per card number', async () => {
    const { status, body, text } = await listAnswer(handlerFor());
    expect(status).toBe(200);
    expect(
      body.cards.map((card) => [card.brand, card.last4, card.expiryMonth, card.expiryYear, card.isPreferred]),
    ).toEqual([
      ['visa', '1111', 9, 2033, true],
      ['visa', '1111', 9, 2033, false],
      ['mastercard', '5454', 9, 2033, false],
      ['amex', '8431', 1, 2031, false],
    ]);
    expect(body.cards[0]?.accountReference).toBe(body.cards[1]?.accountReference);
    expect((body as { capabilities?: unknown }).capabilities).toEqual({
      delete: true,
      setDefault: true,
      rename: false,
    });
    // Not the PayPal account; not a BIN or the unique number identifier.
    expect(text).not.toContain(braintreeId('paypal1'));
    expect(text).not.toMatch(/411111|545454|378282|a8b0e1c2d3f4/);
  });

  it('sets the default, which the next list shows', async () => {
    const handler = handlerFor();
    expect((await handler(makeDefault(BRAINTREE_AMEX_TOKEN))).status).toBe(204);
    const { body } = await listAnswer(handler);
    expect(body.cards.filter((card) => card.isPreferred).map((card) => card.token)).toEqual([BRAINTREE_AMEX_TOKEN]);
  });

  it('cannot set a default without the merchant id: the capability is off and the route is 501', async () => {
    const { merchantId: _merchantId, ...withoutMerchant } = sandbox.braintree;
    const handler = createSavedCardsHandler({
      provider: braintreeProvider(withoutMerchant),
      getCustomerId: sessionCustomer(SESSIONS),
    });
    expect((await handler(makeDefault(BRAINTREE_AMEX_TOKEN))).status).toBe(501);
  });

  it('reads GraphQL’s NOT_FOUND as gone and VALIDATION as a refusal with its message', async () => {
    const answering = (errorClass: string, message: string): typeof fetch => {
      return async (input, init) =>
        String(init?.body ?? '').includes('DeletePaymentMethod')
          ? Response.json({ data: null, errors: [{ message, extensions: { errorClass } }] })
          : fetch(input, init);
    };
    const gone = await handlerFor({ fetch: answering('NOT_FOUND', 'Cannot find a payment method with the given ID.') })(
      shopperRequest('DELETE', `/${BRAINTREE_AMEX_TOKEN}`),
    );
    expect(gone.status).toBe(404);
    const refused = await handlerFor({
      fetch: answering('VALIDATION', `Key ${sandbox.braintree.privateKey} may not delete 4111111111111111`),
    })(shopperRequest('DELETE', `/${BRAINTREE_AMEX_TOKEN}`));
    expect(refused.status).toBe(409);
    const text = await refused.text();
    expect(text).toMatch(/may not delete/);
    expect(text).not.toContain(sandbox.braintree.privateKey);
    expect(text).not.toMatch(/\d{5}/);
  });

  it('reads RESOURCE_LIMIT as a rate limit the browser retries, and an unknown customer as no cards', async () => {
    const limited: typeof fetch = async () =>
      Response.json({ errors: [{ message: 'Too many requests', extensions: { errorClass: 'RESOURCE_LIMIT' } }] });
    await expect(
      braintreeProvider({ ...sandbox.braintree, fetch: limited }).listCards('c', signal),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 429,
      isRetryable: true,
    });
    expect(await braintreeProvider(sandbox.braintree).listCards('cust-nobody', signal)).toEqual({
      paymentMethods: [],
      defaultPaymentMethodId: undefined,
    });
  });

  it('pages through paymentMethods with endCursor', async () => {
    const pages = [
      { hasNextPage: true, endCursor: 'cursor-1', id: braintreeId('a') },
      { hasNextPage: false, endCursor: null, id: braintreeId('b') },
    ];
    const afters: unknown[] = [];
    const paging: typeof fetch = async (_input, init) => {
      const { variables } = JSON.parse(String(init?.body)) as { variables: { after: unknown } };
      afters.push(variables.after);
      const page = pages[afters.length - 1];
      return Response.json({
        data: {
          node: {
            defaultPaymentMethod: null,
            paymentMethods: {
              pageInfo: { hasNextPage: page?.hasNextPage, endCursor: page?.endCursor },
              edges: [{ node: { id: page?.id, usage: 'MULTI_USE', details: { __typename: 'CreditCardDetails' } } }],
            },
          },
        },
      });
    };
    const list = await braintreeProvider({ ...sandbox.braintree, fetch: paging }).listCards('c', signal);
    expect(afters).toEqual([null, 'cursor-1']);
    expect((list as { paymentMethods: { id: string }[] }).paymentMethods.map((method) => method.id)).toEqual([
      braintreeId('a'),
      braintreeId('b'),
    ]);
  });
});
