// @vitest-environment node
// `npm start`, fast: the same start function on a free port serves the page, signs the visitor in
// with a session cookie, and answers both merchant endpoints through the sandbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo, type RunningDemo } from '../../scripts/start.mjs';

interface JsonCard {
  token: string;
  brand: string;
  last4: string;
  isPreferred: boolean;
  nickname?: string;
  deleteBlocked?: { code: string };
}

const MARKER = { 'X-Requested-With': 'react-saved-cards' };
let demo: RunningDemo;
let session: string;
// A data folder of its own, so the test never touches what a developer set in demo/.data.
const dataDir = mkdtempSync(join(tmpdir(), 'saved-cards-demo-'));

beforeAll(async () => {
  demo = await startDemo({ port: 0, logLevel: 'silent', dataDir });
}, 60_000);

afterAll(async () => {
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  const response = await fetch(new URL('api/demo/reset', demo.url), { method: 'POST', headers: MARKER });
  expect(response.status).toBe(204);
});

async function signIn(): Promise<string> {
  const response = await fetch(demo.url);
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^demo_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
  return cookie.split(';')[0] ?? '';
}

async function listCards(provider: 'ottu' | 'payu', query = ''): Promise<JsonCard[]> {
  const response = await fetch(new URL(`api/${provider}/saved-cards${query}`, demo.url), {
    headers: { ...MARKER, cookie: session },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as { cards: JsonCard[] }).cards;
}

function deleteCard(provider: 'ottu' | 'payu', token: string) {
  return fetch(new URL(`api/${provider}/saved-cards/${encodeURIComponent(token)}`, demo.url), {
    method: 'DELETE',
    headers: { ...MARKER, cookie: session },
  });
}

test('serves the checkout page on 127.0.0.1 and signs the visitor in with an HttpOnly cookie', async () => {
  expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(demo.sandboxUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(demo.url);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).toContain('main.tsx');
  session = await signIn();
  // A known session is not replaced.
  expect((await fetch(demo.url, { headers: { cookie: session } })).headers.get('set-cookie')).toBeNull();
});

test('the page imports the kit by its package names, resolved to the sources', async () => {
  const response = await fetch(new URL('main.tsx', demo.url));
  expect(response.status).toBe(200);
  const code = await response.text();
  expect(code).toMatch(/from "[^"]*\/src\/index\.ts"/);
  expect(code).toMatch(/import "[^"]*\/src\/styles\/saved-cards\.css"/);
  expect(code).not.toContain('"react-saved-cards');
});

test('both merchant endpoints list the signed-in shopper’s cards in the kit’s JSON contract', async () => {
  session = await signIn();
  const ottu = await listCards('ottu');
  expect(ottu.map((card) => card.last4)).toEqual(expect.arrayContaining(['0026', '4444', '7713', '1009']));
  expect(ottu.find((card) => card.last4 === '7713')?.deleteBlocked).toEqual({ code: 'agreement' });
  const payu = await listCards('payu');
  expect(payu).toHaveLength(8);
  expect(payu.filter((card) => card.last4 === '1258')).toHaveLength(5);
  // Nothing but the last 4 digits of a card number, and never the network token's value.
  expect(JSON.stringify(payu)).not.toMatch(/4489682380100740|448968/);
});

test('the shopper comes from the session cookie, never from the request', async () => {
  const anonymous = await fetch(new URL('api/ottu/saved-cards?customer_id=cust-b2c9', demo.url), { headers: MARKER });
  expect(anonymous.status).toBe(401);
  session = await signIn();
  const mine = await listCards('ottu');
  const asked = await listCards('ottu', '?customer_id=cust-b2c9');
  expect(asked).toEqual(mine);
  expect(asked.map((card) => card.last4)).not.toContain('1881');
  // Shopper B's token is not this shopper's to delete: 404, and it is not forwarded.
  expect((await deleteCard('ottu', '7718203344551881')).status).toBe(404);
});

test('deletes through the provider, refuses a card locked by an agreement, and reset puts everything back', async () => {
  session = await signIn();
  expect((await deleteCard('ottu', '3782822463101009')).status).toBe(204);
  expect((await listCards('ottu')).map((card) => card.last4)).not.toContain('1009');

  const locked = await deleteCard('ottu', '4464040000007713');
  expect(locked.status).toBe(409);
  expect(await locked.json()).toEqual({ error: { code: 'rejected', message: expect.stringMatching(/agreement/) } });

  expect((await fetch(new URL('api/demo/reset', demo.url), { method: 'POST' })).status).toBe(403);
  await fetch(new URL('api/demo/reset', demo.url), { method: 'POST', headers: MARKER });
  expect((await listCards('ottu')).map((card) => card.last4)).toContain('1009');
});

test('the fault switch makes the provider refuse one card per merchant, until it is turned off', async () => {
  session = await signIn();
  const faults = new URL('api/demo/faults', demo.url);
  const put = (body: string) =>
    fetch(faults, { method: 'PUT', headers: { ...MARKER, 'Content-Type': 'application/json' }, body });
  expect(await (await fetch(faults)).json()).toEqual({ enabled: false });
  expect((await put('{"enabled": "yes"}')).status).toBe(400);
  expect(await (await put('{"enabled": true}')).json()).toEqual({ enabled: true });

  const refused = await deleteCard('payu', '9e8d7c6b5a4f3e2d1c0b');
  expect(refused.status).toBe(409);
  expect((await listCards('payu')).map((card) => card.last4)).toContain('5454');

  expect(await (await put('{"enabled": false}')).json()).toEqual({ enabled: false });
  expect((await deleteCard('payu', '9e8d7c6b5a4f3e2d1c0b')).status).toBe(204);
}, 20_000);

test('the Stripe, Adyen, Checkout.com and Razorpay merchants list and delete too, and the fault switch refuses their Amex', async () => {
  session = await signIn();
  const faults = new URL('api/demo/faults', demo.url);
  for (const provider of ['stripe', 'adyen', 'checkout', 'razorpay']) {
    const endpoint = new URL(`api/${provider}/saved-cards`, demo.url);
    const listed = await fetch(endpoint, { headers: { ...MARKER, cookie: session } });
    expect(listed.status).toBe(200);
    const cards = ((await listed.json()) as { cards: JsonCard[] }).cards;
    const amex = cards.find((card) => card.brand === 'amex');
    const other = cards.find((card) => card.brand !== 'amex');
    expect(amex?.last4).toBe('8431');
    const remove = (token: string) =>
      fetch(`${endpoint}/${encodeURIComponent(token)}`, { method: 'DELETE', headers: { ...MARKER, cookie: session } });
    await fetch(faults, {
      method: 'PUT',
      headers: { ...MARKER, 'Content-Type': 'application/json' },
      body: '{"enabled": true}',
    });
    expect((await remove(amex?.token ?? '')).status).toBe(409);
    await fetch(faults, {
      method: 'PUT',
      headers: { ...MARKER, 'Content-Type': 'application/json' },
      body: '{"enabled": false}',
    });
    expect((await remove(other?.token ?? '')).status).toBe(204);
  }
}, 30_000);

test('a restart keeps the default card and the card names the Ottu shopper set, until "Reset demo data"', async () => {
  session = await signIn();
  const mastercard = (await listCards('ottu')).find((card) => card.last4 === '4444');
  expect(mastercard).toMatchObject({ isPreferred: false });
  const patch = (body: string) =>
    fetch(new URL(`api/ottu/saved-cards/${encodeURIComponent(mastercard?.token ?? '')}`, demo.url), {
      method: 'PATCH',
      headers: { ...MARKER, cookie: session, 'Content-Type': 'application/json' },
      body,
    });
  expect((await patch('{"nickname": "Travel card"}')).status).toBe(204);
  expect((await patch('{"isPreferred": true}')).status).toBe(204);

  await demo.close();
  demo = await startDemo({ port: 0, logLevel: 'silent', dataDir });
  // Sessions live in memory: the restarted demo signs the shopper in again.
  session = await signIn();
  expect((await listCards('ottu')).find((card) => card.last4 === '4444')).toMatchObject({
    nickname: 'Travel card',
    isPreferred: true,
  });

  await fetch(new URL('api/demo/reset', demo.url), { method: 'POST', headers: MARKER });
  const reset = (await listCards('ottu')).find((card) => card.last4 === '4444');
  expect(reset?.nickname).toBeUndefined();
  expect(reset?.isPreferred).toBe(false);
}, 60_000);
test('the PayU v2 storecard, Cashfree, Juspay and Braintree merchants list and delete (the fault switch refuses their Amex), Juspay renames, Braintree sets a default', async () => {
  session = await signIn();
  const headers = { ...MARKER, cookie: session };
  const endpoint = (provider: string) => new URL(`api/${provider}/saved-cards`, demo.url);
  const list = async (provider: string) => {
    const response = await fetch(endpoint(provider), { headers });
    expect(response.status).toBe(200);
    return (await response.json()) as { cards: (JsonCard & { isPreferred: boolean; nickname?: string })[] };
  };
  const faults = (enabled: boolean) =>
    fetch(new URL('api/demo/faults', demo.url), {
      method: 'PUT',
      headers: { ...MARKER, 'Content-Type': 'application/json' },
      body: JSON.stringify({ enabled }),
    });
  const change = (provider: string, token: string, body: unknown) =>
    fetch(`${endpoint(provider)}/${encodeURIComponent(token)}`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  for (const provider of ['payu-storecard', 'cashfree', 'juspay', 'braintree']) {
    const { cards } = await list(provider);
    const amex = cards.find((card) => card.brand === 'amex');
    expect(amex?.last4, provider).toBe('8431');
    if (provider === 'juspay') {
      expect((await change(provider, amex?.token ?? '', { nickname: 'Travel' })).status).toBe(204);
      expect((await list(provider)).cards.find((card) => card.token === amex?.token)?.nickname).toBe('Travel');
    }
    if (provider === 'braintree') {
      expect((await change(provider, amex?.token ?? '', { isPreferred: true })).status).toBe(204);
      expect((await list(provider)).cards.find((card) => card.isPreferred)?.token).toBe(amex?.token);
    }
    const remove = () =>
      fetch(`${endpoint(provider)}/${encodeURIComponent(amex?.token ?? '')}`, { method: 'DELETE', headers });
    await faults(true);
    expect((await remove()).status, provider).toBe(409);
    await faults(false);
    expect((await remove()).status, provider).toBe(204);
    expect((await list(provider)).cards.map((card) => card.token)).not.toContain(amex?.token);
  }
}, 30_000);
