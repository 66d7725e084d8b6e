// @vitest-environment node
// The demo merchant's payment routes (demo/payments.ts), through `npm start`'s own start function: a card
// tokenised in the sandbox's hosted form is stored for the signed-in shopper and charged, at every merchant.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo, type RunningDemo } from '../../scripts/start.mjs';
import { CVC_RECOLLECTED, ENDPOINTS, PAY_PATHS } from '../../demo/routes.ts';

const MARKER = { 'X-Requested-With': 'react-saved-cards' };
const PROVIDERS = Object.keys(ENDPOINTS) as (keyof typeof ENDPOINTS)[];
let demo: RunningDemo;
let session: string;
const dataDir = mkdtempSync(join(tmpdir(), 'saved-cards-pay-'));

beforeAll(async () => {
  demo = await startDemo({ port: 0, logLevel: 'silent', dataDir, now: () => new Date(2026, 10, 24, 12) });
  const page = await fetch(demo.url);
  session = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}, 60_000);

afterAll(async () => {
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  expect((await fetch(new URL('api/demo/reset', demo.url), { method: 'POST', headers: MARKER })).status).toBe(204);
});

/** What the hosted form does in its iframe: the digits go to the sandbox's origin only. */
async function tokenise(number = '4242 4242 4242 4242'): Promise<string> {
  const response = await fetch(`${demo.sandboxUrl}/hosted/v1/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: demo.sandboxUrl },
    body: JSON.stringify({ number, expiry: '12 / 34', cvc: '123' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function cvcSession(card: string): Promise<string> {
  const response = await fetch(`${demo.sandboxUrl}/hosted/v1/cvc-sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: demo.sandboxUrl },
    body: JSON.stringify({ card, cvc: '123' }),
  });
  return ((await response.json()) as { session: string }).session;
}

function merchant(path: string, body: unknown, headers: Record<string, string> = { ...MARKER, cookie: session }) {
  return fetch(new URL(path.slice(1), demo.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function listed(provider: keyof typeof ENDPOINTS) {
  const response = await fetch(new URL(ENDPOINTS[provider].slice(1), demo.url), {
    headers: { ...MARKER, cookie: session },
  });
  expect(response.status).toBe(200);
  return (
    (await response.json()) as { cards: { token: string; last4: string; brand: string; cvvRequired?: boolean }[] }
  ).cards;
}

it('tells the page where the hosted fields live: another origin than its own', async () => {
  const response = await fetch(new URL(PAY_PATHS.config.slice(1), demo.url), { headers: MARKER });
  expect(response.status).toBe(200);
  const { hostedUrl } = (await response.json()) as { hostedUrl: string };
  expect(hostedUrl).toBe(`${demo.sandboxUrl}/hosted`);
  expect(new URL(hostedUrl).origin).not.toBe(new URL(demo.url).origin);
});

describe.each(PROVIDERS)('%s merchant', (provider) => {
  it('stores a new card for the signed-in shopper, lists it, and charges it', async () => {
    const saved = await merchant(PAY_PATHS.cards(provider), { token: await tokenise() });
    expect(saved.status).toBe(201);
    const { token } = (await saved.json()) as { token: string };
    const card = (await listed(provider)).find((item) => item.token === token);
    expect(card).toMatchObject({ last4: '4242', brand: 'visa' });

    // As the page decides it: the provider's flag (Ottu's mpgs cards) or the merchant's own rule.
    const needsCvc = Boolean(card?.cvvRequired) || CVC_RECOLLECTED.has(provider);
    expect(needsCvc).toBe(provider === 'ottu' || CVC_RECOLLECTED.has(provider));
    const body = needsCvc ? { token, cvcSession: await cvcSession(token) } : { token };
    const charged = await merchant(PAY_PATHS.charges(provider), body);
    expect(charged.status).toBe(201);
    expect(await charged.json()).toEqual({ paymentId: expect.stringMatching(/^pay_[A-Za-z]{20}$/) });
  });

  it('charges a new card by its single-use token without storing it', async () => {
    const before = await listed(provider);
    const charged = await merchant(PAY_PATHS.charges(provider), { token: await tokenise('5555 5555 5555 4444') });
    expect(charged.status).toBe(201);
    expect(await listed(provider)).toEqual(before);
  });
});

it('asks for the security code where the merchant re-collects it (Stripe), in words for the shopper', async () => {
  const { token } = (await (await merchant(PAY_PATHS.cards('stripe'), { token: await tokenise() })).json()) as {
    token: string;
  };
  const response = await merchant(PAY_PATHS.charges('stripe'), { token });
  expect(response.status).toBe(402);
  expect(await response.json()).toEqual({ error: 'This card needs its security code.' });
});

it("passes on the sandbox's refusal of a CVC session made for another card", async () => {
  const response = await merchant(PAY_PATHS.charges('stripe'), {
    token: 'pm_1Q0PsIJvEtkwdCNYamex0005',
    cvcSession: await cvcSession('pm_1Q0PsIJvEtkwdCNYvisa0001'),
  });
  expect(response.status).toBe(402);
  expect(await response.json()).toEqual({ error: 'The security code was entered for another card.' });
});

it('charges an Ottu card the provider marks cvv-required only with its CVC session', async () => {
  const ottuVisa = '9918766711067353';
  const without = await merchant(PAY_PATHS.charges('ottu'), { token: ottuVisa });
  expect(without.status).toBe(402);
  expect(await without.json()).toEqual({ error: 'This card needs its security code.' });
  const charged = await merchant(PAY_PATHS.charges('ottu'), {
    token: ottuVisa,
    cvcSession: await cvcSession(ottuVisa),
  });
  expect(charged.status).toBe(201);
});

it('refuses without the marker header, without a session, and with a body that is not a token', async () => {
  const token = await tokenise();
  expect((await merchant(PAY_PATHS.cards('stripe'), { token }, { cookie: session })).status).toBe(403);
  expect((await merchant(PAY_PATHS.cards('stripe'), { token }, MARKER)).status).toBe(401);
  for (const body of [{}, { token: 42 }, { token: 'x'.repeat(300) }, { token, cvcSession: 7 }]) {
    const response = await merchant(PAY_PATHS.charges('stripe'), body);
    expect(response.status, JSON.stringify(body)).toBe(400);
  }
  const get = await fetch(new URL(PAY_PATHS.cards('stripe').slice(1), demo.url), {
    headers: { ...MARKER, cookie: session },
  });
  expect(get.status).toBe(405);
  expect((await merchant('/api/pay/paypal/charges', { token })).status).toBe(404);
});

it('never lets a card number through to the sandbox as a token', async () => {
  const response = await merchant(PAY_PATHS.cards('stripe'), { token: '4242424242424242' });
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain('4242424242424242');
});
