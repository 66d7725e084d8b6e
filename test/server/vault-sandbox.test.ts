// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  STRIPE_MANY_CARDS_CUSTOMER,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';
import { checkoutComProvider, stripeProvider } from '../../src/server/index';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const stripeGet = (path: string, key = sandbox.stripe.secretKey) =>
  fetch(`${sandbox.stripe.baseUrl}${path}`, { headers: { Authorization: `Bearer ${key}` } });

describe('the Stripe stand-in', () => {
  it('checks the secret key, and quotes only its ends back', async () => {
    const missing = await fetch(`${sandbox.stripe.baseUrl}/v1/customers/${CUSTOMER_A}`);
    expect(missing.status).toBe(401);
    const wrong = await stripeGet(`/v1/customers/${CUSTOMER_A}`, 'sk_test_notTheRightKeyAtAll');
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe(
      'Invalid API Key provided: sk_test_****tAll',
    );
    const basic = await fetch(`${sandbox.stripe.baseUrl}/v1/customers/${CUSTOMER_A}`, {
      headers: { Authorization: `Basic ${btoa(`${sandbox.stripe.secretKey}:`)}` },
    });
    expect(basic.status).toBe(200);
  });

  it('pages newest first with limit, has_more and starting_after', async () => {
    const first = (await (
      await stripeGet(`/v1/customers/${STRIPE_MANY_CARDS_CUSTOMER}/payment_methods?type=card&limit=2`)
    ).json()) as { data: { id: string }[]; has_more: boolean };
    expect(first.data.map((method) => method.id)).toEqual(['pm_many0204', 'pm_many0203']);
    expect(first.has_more).toBe(true);
    const last = (await (
      await stripeGet(
        `/v1/customers/${STRIPE_MANY_CARDS_CUSTOMER}/payment_methods?type=card&limit=100&starting_after=pm_many0004`,
      )
    ).json()) as { data: { id: string }[]; has_more: boolean };
    expect(last.data.map((method) => method.id)).toEqual(['pm_many0003', 'pm_many0002', 'pm_many0001', 'pm_many0000']);
    expect(last.has_more).toBe(false);
    expect((await stripeGet(`/v1/customers/${CUSTOMER_A}/payment_methods?limit=101`)).status).toBe(400);
    expect((await stripeGet('/v1/customers/cus_nobody')).status).toBe(404);
  });

  it('detaches once: a second detach says the card is not attached', async () => {
    const detach = () =>
      fetch(`${sandbox.stripe.baseUrl}/v1/payment_methods/pm_1Q0PsIJvEtkwdCNYamex0005/detach`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${sandbox.stripe.secretKey}` },
      });
    const first = await detach();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { customer: unknown }).customer).toBeNull();
    const second = await detach();
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/not attached/);
  });
});

describe('the Adyen stand-in', () => {
  const adyen = (path: string, init: RequestInit = {}, key = sandbox.adyen.apiKey) =>
    fetch(`${sandbox.adyen.baseUrl}${path}`, { ...init, headers: { 'X-API-Key': key } });

  it('checks the API key and the merchant account', async () => {
    expect(
      (
        await adyen(
          `/storedPaymentMethods?merchantAccount=${sandbox.adyen.merchantAccount}&shopperReference=${CUSTOMER_A}`,
          {},
          'AQEwrong',
        )
      ).status,
    ).toBe(401);
    const other = await adyen(`/storedPaymentMethods?merchantAccount=OtherECOM&shopperReference=${CUSTOMER_A}`);
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ errorCode: '901', errorType: 'security' });
    expect((await adyen(`/storedPaymentMethods?merchantAccount=${sandbox.adyen.merchantAccount}`)).status).toBe(422);
  });

  it('deletes only within the shopper’s stored methods (204), else "Contract not found"', async () => {
    const query = (shopper: string) => `?merchantAccount=${sandbox.adyen.merchantAccount}&shopperReference=${shopper}`;
    const other = await adyen(`/storedPaymentMethods/8315718415172200${query(CUSTOMER_B)}`, { method: 'DELETE' });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ errorCode: '800', message: 'Contract not found' });
    expect(
      (await adyen(`/storedPaymentMethods/8315718415172200${query(CUSTOMER_A)}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });
});

describe('the Checkout.com and Razorpay stand-ins', () => {
  it('check their keys: Checkout.com answers 401 with no body, Razorpay with its error object', async () => {
    const checkout = await fetch(`${sandbox.checkoutCom.baseUrl}/customers/${CUSTOMER_A}`, {
      headers: { Authorization: 'Bearer sk_sbox_wrong' },
    });
    expect(checkout.status).toBe(401);
    expect(await checkout.text()).toBe('');
    const razorpay = await fetch(`${sandbox.razorpay.baseUrl}/v1/customers/${CUSTOMER_A}/tokens`, {
      headers: { Authorization: `Basic ${btoa(`${sandbox.razorpay.keyId}:wrong`)}` },
    });
    expect(razorpay.status).toBe(401);
    expect(await razorpay.json()).toMatchObject({
      error: { code: 'BAD_REQUEST_ERROR', description: 'The api key provided is invalid' },
    });
  });

  it('Checkout.com deletes any instrument of the account, whoever it belongs to (the handler must check)', async () => {
    const response = await fetch(`${sandbox.checkoutCom.baseUrl}/instruments/src_bbbbc3zyhqzehihu7giusaaawu`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${sandbox.checkoutCom.secretKey}` },
    });
    expect(response.status).toBe(204);
    expect(sandbox.calls().at(-1)).toMatchObject({ provider: 'checkout', customerId: CUSTOMER_B, deleted: true });
  });

  it('Razorpay answers a token of another customer as one that does not exist', async () => {
    const response = await fetch(`${sandbox.razorpay.baseUrl}/v1/customers/${CUSTOMER_B}/tokens/token_4lsdksD31GaZ09`, {
      method: 'DELETE',
      headers: { Authorization: `Basic ${btoa(`${sandbox.razorpay.keyId}:${sandbox.razorpay.keySecret}`)}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { description: 'The id provided does not exist' } });
  });
});

describe('changes the demo Account page sends', () => {
  const signal = () => AbortSignal.timeout(5000);
  const listed = async (provider: ReturnType<typeof stripeProvider> | ReturnType<typeof checkoutComProvider>) =>
    provider.adapter.parseList(await provider.listCards(CUSTOMER_A, signal())).cards;

  it('Stripe keeps a new default (invoice_settings) and a card name (metadata), and refuses another customer’s card', async () => {
    const stripe = stripeProvider(sandbox.stripe);
    await stripe.setDefaultCard!(CUSTOMER_A, 'pm_1Q0PsIJvEtkwdCNYamex0005', signal());
    await stripe.renameCard!(CUSTOMER_A, 'pm_1Q0PsIJvEtkwdCNYamex0005', 'Travel', signal());
    const amex = (await listed(stripe)).find((card) => card.token === 'pm_1Q0PsIJvEtkwdCNYamex0005');
    expect([amex?.isPreferred, amex?.nickname]).toEqual([true, 'Travel']);
    expect((await listed(stripe)).filter((card) => card.isPreferred)).toHaveLength(1);
    await expect(stripe.setDefaultCard!(CUSTOMER_A, 'pm_1Q0PsIJvEtkwdCNYbvis0008', signal())).rejects.toThrow();
  });

  it('Checkout.com keeps a new default instrument, only among the customer’s own', async () => {
    const checkout = checkoutComProvider(sandbox.checkoutCom);
    const [, second] = await listed(checkout);
    await checkout.setDefaultCard!(CUSTOMER_A, String(second!.token), signal());
    const after = await listed(checkout);
    expect(after.filter((card) => card.isPreferred).map((card) => card.token)).toEqual([second!.token]);
    await expect(checkout.setDefaultCard!(CUSTOMER_A, 'src_nobody', signal())).rejects.toThrow();
  });
});
