// @vitest-environment node
// The sandbox's hosted card fields (demo/sandbox/hosted.mjs): the pages a merchant embeds as iframes, the
// tokenising call those pages make to their own origin, and the merchant-side vault, CVC and charge API.
import { startSandbox, type Sandbox } from '../../demo/sandbox/sandbox.mjs';

const PAGE_ORIGIN = 'http://127.0.0.1:5173';
const VISA = '4242 4242 4242 4242';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: () => new Date(2026, 10, 24, 12) });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

/** What the hosted form's script sends: JSON to its own origin. */
function fromFrame(path: string, body: unknown, origin = sandbox.url) {
  return fetch(`${sandbox.url}/hosted/v1/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify(body),
  });
}

/** What the merchant's server sends, with its secret key. */
function fromMerchant(path: string, body: unknown, key = sandbox.hosted.secretKey) {
  return fetch(`${sandbox.url}/hosted/v1/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
}

async function tokenise(number = VISA, expiry = '12 / 34', cvc = '123'): Promise<string> {
  const response = await fromFrame('tokens', { number, expiry, cvc });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { token: string };
  return body.token;
}

describe('the hosted pages', () => {
  it.each(['card-form', 'cvc'])(
    'serves %s for one parent origin, framed only by it, scripts only from itself',
    async (page) => {
      const response = await fetch(`${sandbox.url}/hosted/${page}?parent=${encodeURIComponent(PAGE_ORIGIN)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain(`frame-ancestors ${PAGE_ORIGIN}`);
      expect(policy).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain(`data-parent="${PAGE_ORIGIN}"`);
      expect(html).toContain('<script src="/hosted/hosted.js"');
    },
  );

  it.each(['', '?parent=javascript:alert(1)', '?parent=http://127.0.0.1:5173/path', '?parent=*'])(
    'refuses a parent that is not an origin (%s)',
    async (query) => {
      const response = await fetch(`${sandbox.url}/hosted/card-form${query}`);
      expect(response.status).toBe(400);
    },
  );

  it('serves the script the pages load', async () => {
    const response = await fetch(`${sandbox.url}/hosted/hosted.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toContain('postMessage');
  });
});

describe('tokenising (from the hosted form, same origin)', () => {
  it('answers a single-use token and nothing of the number', async () => {
    const response = await fromFrame('tokens', { number: VISA, expiry: '12 / 34', cvc: '123' });
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ token: expect.stringMatching(/^tok_[A-Za-z]{24}$/) });
    expect(text).not.toMatch(/4242/);
  });

  it.each([
    ['5555 5555 5555 4444', '4444'],
    ['3782 822463 10005', '0005'],
    ['6011 1111 1111 1117', '1117'],
  ])('takes the public test number %s', async (number) => {
    const response = await fromFrame('tokens', {
      number,
      expiry: '01/30',
      cvc: number.startsWith('37') ? '1234' : '123',
    });
    expect(response.status).toBe(201);
  });

  it('declines 4000 0000 0000 0002 with a message for the shopper', async () => {
    const response = await fromFrame('tokens', { number: '4000 0000 0000 0002', expiry: '12/34', cvc: '123' });
    expect(response.status).toBe(402);
    expect(await response.json()).toEqual({
      error: { code: 'card_declined', message: 'Your card was declined. Try another card.' },
    });
  });

  it.each([
    [{ number: '4242 4242 4242 4241', expiry: '12/34', cvc: '123' }, 'invalid_number'],
    [{ number: '1234', expiry: '12/34', cvc: '123' }, 'invalid_number'],
    [{ number: VISA, expiry: '13/34', cvc: '123' }, 'invalid_expiry'],
    [{ number: VISA, expiry: '10/26', cvc: '123' }, 'expired_card'],
    [{ number: VISA, expiry: '12/34', cvc: '12' }, 'invalid_cvc'],
    [{ number: '3782 822463 10005', expiry: '12/34', cvc: '123' }, 'invalid_cvc'],
    [{ number: 42, expiry: '12/34', cvc: '123' }, 'invalid_number'],
  ])('refuses %j with %s and never echoes the number', async (body, code) => {
    const response = await fromFrame('tokens', body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe(code);
    expect(text).not.toMatch(/\d{5,}/);
  });

  it('refuses a call from another origin than its own (the merchant page cannot tokenise)', async () => {
    const response = await fromFrame('tokens', { number: VISA, expiry: '12/34', cvc: '123' }, PAGE_ORIGIN);
    expect(response.status).toBe(403);
  });
});

describe("the merchant's vault call", () => {
  it('stores the tokenised card for the customer at each merchant, once', async () => {
    for (const merchant of sandbox.hosted.merchants) {
      const token = await tokenise();
      const response = await fromMerchant('vault', { merchant, customerId: sandbox.customers.a, token });
      expect(response.status, merchant).toBe(201);
      const body = (await response.json()) as { cardToken: string; brand: string; last4: string };
      expect(body).toEqual({ cardToken: expect.any(String), brand: 'visa', last4: '4242' });
      const again = await fromMerchant('vault', { merchant, customerId: sandbox.customers.a, token });
      expect(again.status, merchant).toBe(400);
      expect(await again.json()).toEqual({ error: { code: 'token_used', message: expect.any(String) } });
    }
  });

  it('refuses a wrong key, an unknown merchant and an unknown token', async () => {
    const token = await tokenise();
    const customerId = sandbox.customers.a;
    expect((await fromMerchant('vault', { merchant: 'stripe', customerId, token }, 'sk_wrong')).status).toBe(401);
    expect((await fromMerchant('vault', { merchant: 'paypal', customerId, token })).status).toBe(400);
    expect((await fromMerchant('vault', { merchant: 'stripe', customerId, token: 'tok_unknown' })).status).toBe(404);
  });
});

describe('charges and CVC sessions', () => {
  const customerId = () => sandbox.customers.a;

  async function saved(merchant: string, number = VISA): Promise<string> {
    const response = await fromMerchant('vault', { merchant, customerId: customerId(), token: await tokenise(number) });
    return ((await response.json()) as { cardToken: string }).cardToken;
  }

  async function cvcSession(card: string, cvc = '123'): Promise<string> {
    const response = await fromFrame('cvc-sessions', { card, cvc });
    expect(response.status).toBe(201);
    return ((await response.json()) as { session: string }).session;
  }

  const charge = (body: Record<string, unknown>) =>
    fromMerchant('charges', { customerId: customerId(), amount: 2450, currency: 'KWD', ...body });

  it('charges a new card by its single-use token, and the token is then spent', async () => {
    const token = await tokenise();
    const response = await charge({ merchant: 'stripe', token });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      id: expect.stringMatching(/^pay_[A-Za-z]{20}$/),
      status: 'succeeded',
      amount: 2450,
      currency: 'KWD',
    });
    expect((await charge({ merchant: 'stripe', token })).status).toBe(400);
  });

  it('charges a saved card with a CVC session made for that card, once', async () => {
    const card = await saved('stripe');
    const session = await cvcSession(card);
    expect((await charge({ merchant: 'stripe', token: card, cvcSession: session })).status).toBe(201);
    const replay = await charge({ merchant: 'stripe', token: card, cvcSession: session });
    expect(replay.status).toBe(402);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('cvc_session_invalid');
  });

  it('refuses a CVC session made for another card', async () => {
    const card = await saved('stripe');
    const other = await saved('stripe', '5555 5555 5555 4444');
    const response = await charge({ merchant: 'stripe', token: card, cvcSession: await cvcSession(other) });
    expect(response.status).toBe(402);
    expect(await response.json()).toEqual({
      error: { code: 'cvc_session_invalid', message: 'The security code was entered for another card.' },
    });
  });

  it('asks for the CVC of a card the provider marks cvv-required (Ottu …0026), and takes it with a session', async () => {
    const ottuVisa = '9918766711067353';
    const without = await charge({ merchant: 'ottu', token: ottuVisa });
    expect(without.status).toBe(402);
    expect(((await without.json()) as { error: { code: string } }).error.code).toBe('cvc_required');
    const response = await charge({ merchant: 'ottu', token: ottuVisa, cvcSession: await cvcSession(ottuVisa) });
    expect(response.status).toBe(201);
  });

  it('asks for the CVC of any saved card when the merchant says so, not of a new card', async () => {
    const card = await saved('stripe');
    const response = await charge({ merchant: 'stripe', token: card, requireCvc: true });
    expect(response.status).toBe(402);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('cvc_required');
    expect((await charge({ merchant: 'stripe', token: await tokenise(), requireCvc: true })).status).toBe(201);
  });

  it("refuses another customer's card and an unknown one", async () => {
    const card = await saved('adyen');
    const response = await fromMerchant('charges', {
      merchant: 'adyen',
      customerId: sandbox.customers.b,
      token: card,
      amount: 100,
      currency: 'EUR',
    });
    expect(response.status).toBe(404);
    expect((await charge({ merchant: 'adyen', token: 'nope' })).status).toBe(404);
  });

  it('refuses a malformed CVC and an amount that is not a positive whole number of minor units', async () => {
    expect((await fromFrame('cvc-sessions', { card: 'pm_x', cvc: '1a3' })).status).toBe(400);
    expect((await charge({ merchant: 'stripe', token: await tokenise(), amount: 0 })).status).toBe(400);
    expect((await charge({ merchant: 'stripe', token: await tokenise(), amount: 1.5 })).status).toBe(400);
  });
});
