// @vitest-environment node
import { expect, it } from 'vitest';
import { checkoutComProvider, createSavedCardsHandler, stripeProvider, type PaymentProvider } from '../../src/server';

interface Call {
  method: string;
  url: string;
  body: string;
  contentType: string | null;
}

const STRIPE_CUSTOMER = { id: 'cus_1', invoice_settings: { default_payment_method: 'pm_1' } };
const STRIPE_METHODS = {
  data: [
    {
      id: 'pm_1',
      type: 'card',
      allow_redisplay: 'always',
      card: { brand: 'visa', last4: '4242', exp_month: 5, exp_year: 2037 },
    },
    {
      id: 'pm_2',
      type: 'card',
      allow_redisplay: 'always',
      metadata: { nickname: 'Work card' },
      card: { brand: 'mastercard', last4: '4444', exp_month: 1, exp_year: 2036 },
    },
  ],
  has_more: false,
};
const CKO_CUSTOMER = {
  id: 'cus_cko',
  default: 'src_1',
  instruments: [
    { id: 'src_1', type: 'card', scheme: 'Visa', last4: '4242', expiry_month: 5, expiry_year: 2037 },
    { id: 'src_2', type: 'card', scheme: 'Mastercard', last4: '4444', expiry_month: 1, expiry_year: 2036 },
  ],
};

/** A fake provider API: lists from fixed bodies, answers every write with `writeStatus`, and records the writes. */
function fakeFetch(list: (url: string) => unknown, writeStatus = 200) {
  const writes: Call[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    if (method === 'GET') return Response.json(list(url));
    writes.push({
      method,
      url,
      body: String(init?.body ?? ''),
      contentType: new Headers(init?.headers).get('Content-Type'),
    });
    return writeStatus === 200
      ? Response.json({ id: 'ok' })
      : Response.json({ error: { message: 'No such thing' } }, { status: writeStatus });
  };
  return { fetchImpl, writes };
}

function handlerFor(provider: PaymentProvider, customerId: string) {
  return createSavedCardsHandler({ provider, getCustomerId: () => customerId });
}

function patch(token: string, body: unknown) {
  return new Request(`http://127.0.0.1/api/saved-cards/${token}`, {
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'X-Requested-With': 'react-saved-cards', 'Content-Type': 'application/json' },
  });
}

const stripeList = (url: string) => (url.includes('/payment_methods') ? STRIPE_METHODS : STRIPE_CUSTOMER);

it('stripeProvider sets the default through the customer’s invoice_settings.default_payment_method', async () => {
  const { fetchImpl, writes } = fakeFetch(stripeList);
  const handler = handlerFor(stripeProvider({ secretKey: 'sk_test_1', fetch: fetchImpl }), 'cus_1');
  expect((await handler(patch('pm_2', { isPreferred: true }))).status).toBe(204);
  expect(writes).toEqual([
    {
      method: 'POST',
      url: 'https://api.stripe.com/v1/customers/cus_1',
      body: new URLSearchParams({ 'invoice_settings[default_payment_method]': 'pm_2' }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    },
  ]);
});

it('stripeProvider stores a name in the payment method’s metadata, and lists it back as nickname', async () => {
  const { fetchImpl, writes } = fakeFetch(stripeList);
  const handler = handlerFor(stripeProvider({ secretKey: 'sk_test_1', fetch: fetchImpl }), 'cus_1');
  expect((await handler(patch('pm_1', { nickname: ' Travel ' }))).status).toBe(204);
  expect(writes).toEqual([
    expect.objectContaining({
      method: 'POST',
      url: 'https://api.stripe.com/v1/payment_methods/pm_1',
      body: new URLSearchParams({ 'metadata[nickname]': 'Travel' }).toString(),
    }),
  ]);
  const list = await handler(
    new Request('http://127.0.0.1/api/saved-cards', { headers: { 'X-Requested-With': 'react-saved-cards' } }),
  );
  const body = (await list.json()) as { cards: { token: string; nickname?: string }[]; capabilities: unknown };
  expect(body.cards.find((card) => card.token === 'pm_2')?.nickname).toBe('Work card');
  expect(body.capabilities).toEqual({ delete: true, setDefault: true, rename: true });
});

it('stripeProvider: a token not in the customer’s list is never forwarded', async () => {
  const { fetchImpl, writes } = fakeFetch(stripeList);
  const handler = handlerFor(stripeProvider({ secretKey: 'sk_test_1', fetch: fetchImpl }), 'cus_1');
  expect((await handler(patch('pm_other', { isPreferred: true }))).status).toBe(404);
  expect(writes).toEqual([]);
});

it('checkoutComProvider sets the customer’s default instrument with PATCH /customers/{id}', async () => {
  const { fetchImpl, writes } = fakeFetch(() => CKO_CUSTOMER, 200);
  const handler = handlerFor(checkoutComProvider({ secretKey: 'sk_sbox_1', fetch: fetchImpl }), 'cus_cko');
  expect((await handler(patch('src_2', { isPreferred: true }))).status).toBe(204);
  expect(writes).toEqual([
    {
      method: 'PATCH',
      url: 'https://api.checkout.com/customers/cus_cko',
      body: JSON.stringify({ default: 'src_2' }),
      contentType: 'application/json',
    },
  ]);
  // It has nowhere to keep a name.
  expect((await handler(patch('src_2', { nickname: 'Work' }))).status).toBe(501);
});

it('a provider failure on a change is the handler’s usual 502, never a success', async () => {
  const { fetchImpl } = fakeFetch(() => CKO_CUSTOMER, 500);
  const handler = handlerFor(checkoutComProvider({ secretKey: 'sk_sbox_1', fetch: fetchImpl }), 'cus_cko');
  expect((await handler(patch('src_2', { isPreferred: true }))).status).toBe(502);
});
