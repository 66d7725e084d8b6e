// @vitest-environment node
import { expect, it } from 'vitest';
import { jsonAdapter } from '../../src/adapters/json';
import { createSavedCardsClient } from '../../src/client/create-client';
import {
  braintreeProvider,
  cashfreeProvider,
  createSavedCardsHandler,
  juspayProvider,
  memoryProvider,
  payuStorecardProvider,
  stripeProvider,
  type PaymentProvider,
} from '../../src/server';
import { savedCardsResponseSchema } from '../../src/schema';

const CARD = { token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 };

function customProvider(capabilities?: PaymentProvider['capabilities']): PaymentProvider {
  return {
    name: 'custom',
    adapter: jsonAdapter(),
    secrets: [],
    ...(capabilities && { capabilities }),
    setDefaultCard: async () => undefined,
    renameCard: async () => undefined,
    listCards: async () => ({ cards: [CARD] }),
    deleteCard: async () => undefined,
  };
}

async function listAnswer(provider: PaymentProvider): Promise<Record<string, unknown>> {
  const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'customer-1' });
  const response = await handler(
    new Request('http://127.0.0.1/api/saved-cards', { headers: { 'X-Requested-With': 'react-saved-cards' } }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

it('sends what the provider declares it can do, and passes the contract schema', async () => {
  const body = await listAnswer(customProvider({ setDefault: true, rename: true }));
  expect(body.capabilities).toEqual({ delete: true, setDefault: true, rename: true });
  expect(savedCardsResponseSchema.parse(body).capabilities).toEqual({ delete: true, setDefault: true, rename: true });
});

it('sends the defaults for a provider that declares nothing', async () => {
  expect((await listAnswer(customProvider())).capabilities).toEqual({ delete: true, setDefault: false, rename: false });
});

it('has every built-in provider declare all three capabilities', () => {
  for (const provider of [memoryProvider({ cards: {} }), stripeProvider({ secretKey: 'sk_test_1' })]) {
    expect(Object.keys(provider.capabilities ?? {}).sort()).toEqual(['delete', 'rename', 'setDefault']);
  }
});

it('declares what issue 23’s providers can do, and has a method for each change it declares', () => {
  const providers = {
    payuStorecard: payuStorecardProvider({ key: 'k', salt: 's' }),
    cashfree: cashfreeProvider({ clientId: 'c', clientSecret: 's' }),
    juspay: juspayProvider({ apiKey: 'k', merchantId: 'm' }),
    braintree: braintreeProvider({ publicKey: 'p', privateKey: 's', merchantId: 'm' }),
    braintreeWithoutMerchant: braintreeProvider({ publicKey: 'p', privateKey: 's' }),
  };
  expect(
    Object.fromEntries(Object.entries(providers).map(([name, provider]) => [name, provider.capabilities])),
  ).toEqual({
    payuStorecard: { delete: true, setDefault: false, rename: false },
    cashfree: { delete: true, setDefault: false, rename: false },
    juspay: { delete: true, setDefault: false, rename: true },
    braintree: { delete: true, setDefault: true, rename: false },
    braintreeWithoutMerchant: { delete: true, setDefault: false, rename: false },
  });
  for (const provider of Object.values(providers)) {
    expect(typeof provider.setDefaultCard === 'function').toBe(provider.capabilities?.setDefault);
    expect(typeof provider.renameCard === 'function').toBe(provider.capabilities?.rename);
  }
});

it('refuses capabilities that are not booleans in the schema', () => {
  expect(savedCardsResponseSchema.safeParse({ cards: [], capabilities: { rename: 'yes' } }).success).toBe(false);
  expect(savedCardsResponseSchema.safeParse({ cards: [] }).success).toBe(true);
});

function clientAnswering(body: unknown) {
  return createSavedCardsClient({
    endpoint: '/api/saved-cards',
    fetch: async () => Response.json(body),
  });
}

it('reads capabilities in the browser, with the documented defaults for what is absent or malformed', async () => {
  expect((await clientAnswering({ cards: [CARD] }).listCards()).capabilities).toEqual({
    delete: true,
    setDefault: false,
    rename: false,
  });
  expect(
    (await clientAnswering({ cards: [CARD], capabilities: { delete: false, rename: true } }).listCards()).capabilities,
  ).toEqual({ delete: false, setDefault: false, rename: true });
  expect(
    (await clientAnswering({ cards: [CARD], capabilities: { setDefault: 'yes', delete: 0 } }).listCards()).capabilities,
  ).toEqual({ delete: true, setDefault: false, rename: false });
});
