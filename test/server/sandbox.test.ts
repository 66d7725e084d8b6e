// @vitest-environment node
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { payuAdapter } from '../../src/adapters/payu';
import { ottuAdapter } from '../../src/adapters/ottu';
import { normalizeCards } from '../../src/core/normalize';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  PAYU_DUPLICATE_TOKENS,
  startSandbox,
  type Sandbox,
} from '../../demo/sandbox/sandbox.mjs';

let sandbox: Sandbox;

// One instant for the sandbox's seed and for the checks, so no card expires as the years pass.
const NOW = new Date(2026, 10, 24);

beforeAll(async () => {
  sandbox = await startSandbox({ now: () => NOW });
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

function ottuList(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}/b/pbl/v2/card/`, {
    method: 'POST',
    headers: { Authorization: `Api-Key ${sandbox.ottu.apiKey}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function ottuDelete(token: string, query: string, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}/b/pbl/v2/card/${token}/?${query}`, {
    method: 'DELETE',
    headers: { Authorization: `Api-Key ${sandbox.ottu.apiKey}`, ...headers },
  });
}

function payuHashOf(command: string, var1: string, salt = sandbox.payu.salt) {
  return createHash('sha512').update(`${sandbox.payu.key}|${command}|${var1}|${salt}`).digest('hex');
}

function payuPost(fields: Record<string, string>, path = '/merchant/postservice?form=2') {
  return fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

function payuCommand(command: string, customerId: string, var2?: string) {
  const var1 = `${sandbox.payu.key}:${customerId}`;
  return payuPost({ key: sandbox.payu.key, command, var1, ...(var2 && { var2 }), hash: payuHashOf(command, var1) });
}

describe('Ottu endpoints', () => {
  it('lists a customer’s cards as a JSON array the ottu adapter reads', async () => {
    const response = await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Array.isArray(body)).toBe(true);
    const { cards, issues } = normalizeCards(ottuAdapter().parseList(body).cards, { now: NOW });
    expect(issues).toEqual([]);
    expect(cards.map((card) => card.last4)).toEqual(['0026', '7713', '1009', '4444']);
    expect(cards.find((card) => card.last4 === '7713')).toMatchObject({
      isExpiringSoon: true,
      isExpired: false,
      deleteBlockedReason: { code: 'agreement' },
    });
    expect(cards.find((card) => card.last4 === '4444')?.isExpired).toBe(true);
  });

  it('keeps the expiring card expiring relative to the clock it is given', async () => {
    const later = await startSandbox({ now: () => new Date(2031, 10, 15) });
    try {
      const response = await fetch(`${later.url}/b/pbl/v2/card/`, {
        method: 'POST',
        headers: { Authorization: `Api-Key ${later.ottu.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ customer_id: CUSTOMER_A, type: 'sandbox' }),
      });
      const mada = ((await response.json()) as Record<string, unknown>[]).find(
        (card) => card.token === '4464040000007713',
      );
      expect(mada).toMatchObject({ expiry_month: '12', expiry_year: '31', will_expire_soon: true });
    } finally {
      await later.close();
    }
  });

  it('also answers the older GET form', async () => {
    const response = await fetch(`${sandbox.url}/b/pbl/v2/card/?customer_id=${CUSTOMER_B}`, {
      headers: { Authorization: `Api-Key ${sandbox.ottu.apiKey}` },
    });
    expect((await response.json()).map((card: { token: string }) => card.token)).toEqual([
      '7718203344551881',
      '6402117733886402',
    ]);
  });

  it('checks the API key', async () => {
    const missing = await fetch(`${sandbox.url}/b/pbl/v2/card/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    const wrong = await ottuList(
      { customer_id: CUSTOMER_A, type: 'sandbox' },
      { Authorization: 'Api-Key not-the-key' },
    );
    expect(wrong.status).toBe(401);
    const publicKeyStyle = await ottuList(
      { customer_id: CUSTOMER_A, type: 'sandbox' },
      { Authorization: `Bearer ${sandbox.ottu.apiKey}` },
    );
    expect(publicKeyStyle.status).toBe(401);
  });

  it('checks the request shape: content type, JSON, fields, method, path', async () => {
    const text = await ottuList('customer_id=x', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    expect((await ottuList('{not json')).status).toBe(400);
    const noFields = await ottuList({});
    expect(noFields.status).toBe(400);
    expect(await noFields.json()).toEqual({
      customer_id: ['This field is required.'],
      type: ['This field is required.'],
    });
    const badType = await ottuList({ customer_id: CUSTOMER_A, type: 'live' });
    expect(await badType.json()).toEqual({ type: ['"live" is not a valid choice.'] });
    const put = await fetch(`${sandbox.url}/b/pbl/v2/card/`, {
      method: 'PUT',
      headers: { Authorization: `Api-Key ${sandbox.ottu.apiKey}` },
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('Allow')).toBe('GET, POST');
    const noSlash = await fetch(
      `${sandbox.url}/b/pbl/v2/card/9918766711067353?customer_id=${CUSTOMER_A}&type=sandbox`,
      {
        method: 'DELETE',
        headers: { Authorization: `Api-Key ${sandbox.ottu.apiKey}` },
      },
    );
    expect(noSlash.status).toBe(404);
    const deleteNoCustomer = await ottuDelete('9918766711067353', 'type=sandbox');
    expect(await deleteNoCustomer.json()).toEqual({ customer_id: ['This field is required.'] });
  });

  it('filters the list by pg_codes and by agreement_id, as Ottu documents them', async () => {
    const tokens = async (fields: Record<string, unknown>) =>
      (
        (await (await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox', ...fields })).json()) as { token: string }[]
      ).map((card) => card.token);
    expect(await tokens({ pg_codes: ['credit-card'] })).toEqual(['4464040000007713', '3782822463101009']);
    expect(await tokens({ agreement_id: 'gym-membership-monthly' })).toEqual(['4464040000007713']);
    expect(await tokens({ agreement_id: 'no-such-agreement' })).toEqual([]);
  });

  it('deletes only the customer’s own card, refuses the locked one, and the delete persists until reset', async () => {
    const otherCustomers = await ottuDelete('9918766711067353', `customer_id=${CUSTOMER_B}&type=sandbox`);
    expect(otherCustomers.status).toBe(404);
    const locked = await ottuDelete('4464040000007713', `customer_id=${CUSTOMER_A}&type=sandbox`);
    expect(locked.status).toBe(403);
    expect((await locked.json()).detail).toMatch(/auto-debit agreement/);
    const deleted = await ottuDelete('9918766711067353', `customer_id=${CUSTOMER_A}&type=sandbox`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const tokens = async () =>
      ((await (await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' })).json()) as { token: string }[]).map(
        (card) => card.token,
      );
    expect(await tokens()).not.toContain('9918766711067353');
    expect((await ottuDelete('9918766711067353', `customer_id=${CUSTOMER_A}&type=sandbox`)).status).toBe(404);
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect(await tokens()).toContain('9918766711067353');
  });
});

describe('PayU endpoints', () => {
  it('answers get_user_cards in snake_case with the five-token card under one PAR', async () => {
    const response = await payuCommand('get_user_cards', CUSTOMER_A);
    const body = await response.json();
    expect(body).toMatchObject({ status: 1, msg: 'Cards fetched Succesfully' });
    const duplicates = PAYU_DUPLICATE_TOKENS.map((token) => body.user_cards[token]);
    expect(new Set(duplicates.map((card: { card_PAR: string }) => card.card_PAR)).size).toBe(1);
    const { cards } = normalizeCards(payuAdapter().parseList(body).cards, { now: NOW });
    expect(cards.find((card) => card.last4 === '1258')?.tokens).toHaveLength(5);
    expect(cards.find((card) => card.last4 === '5454')?.isExpiringSoon).toBe(true);
    expect(cards.find((card) => card.last4 === '0119')?.isExpired).toBe(true);
  });

  it('verifies key, hash and user credentials, and answers failures with HTTP 200 and status 0', async () => {
    const var1 = `${sandbox.payu.key}:${CUSTOMER_A}`;
    const badHash = await payuPost({
      key: sandbox.payu.key,
      command: 'get_user_cards',
      var1,
      hash: payuHashOf('get_user_cards', var1, 'wrong-salt'),
    });
    expect(badHash.status).toBe(200);
    expect(await badHash.json()).toEqual({ status: 0, msg: 'Invalid Hash.' });
    // The hash covers the command: a list hash cannot be replayed as a delete.
    const replay = await payuPost({
      key: sandbox.payu.key,
      command: 'delete_user_card',
      var1,
      var2: PAYU_DUPLICATE_TOKENS[0] as string,
      hash: payuHashOf('get_user_cards', var1),
    });
    expect(await replay.json()).toEqual({ status: 0, msg: 'Invalid Hash.' });
    const badKey = await payuPost({ key: 'other', command: 'get_user_cards', var1, hash: 'x' });
    expect(await badKey.json()).toEqual({ status: 0, msg: 'Invalid key' });
    const missing = await payuPost({ key: sandbox.payu.key, command: 'get_user_cards', var1 });
    expect(await missing.json()).toEqual({ status: 0, msg: 'Parameter missing: hash' });
    const noUser = `${sandbox.payu.key}:`;
    expect(
      await (
        await payuPost({
          key: sandbox.payu.key,
          command: 'get_user_cards',
          var1: noUser,
          hash: payuHashOf('get_user_cards', noUser),
        })
      ).json(),
    ).toEqual({
      status: 0,
      msg: 'Invalid user credentials',
    });
    const json = await fetch(`${sandbox.url}/merchant/postservice?form=2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    expect((await fetch(`${sandbox.url}/merchant/postservice?form=2`)).status).toBe(405);
  });

  it('accepts the .php path the samples use', async () => {
    const var1 = `${sandbox.payu.key}:${CUSTOMER_B}`;
    const response = await payuPost(
      { key: sandbox.payu.key, command: 'get_user_cards', var1, hash: payuHashOf('get_user_cards', var1) },
      '/merchant/postservice.php?form=2',
    );
    expect(Object.keys((await response.json()).user_cards)).toEqual(['f00dfacecafe12345678']);
  });

  it('deletes with delete_user_card and var2, only within the customer’s cards; an empty vault is "Card not found."', async () => {
    expect(await (await payuCommand('delete_user_card', CUSTOMER_B, PAYU_DUPLICATE_TOKENS[0])).json()).toEqual({
      status: 0,
      msg: 'card not found',
    });
    expect(await (await payuCommand('delete_user_card', CUSTOMER_B)).json()).toEqual({
      status: 0,
      msg: 'Parameter missing: var2',
    });
    const deleted = await (await payuCommand('delete_user_card', CUSTOMER_B, 'f00dfacecafe12345678')).json();
    expect(deleted).toEqual({ status: 1, msg: 'salary card deleted successfully' });
    const empty = await (await payuCommand('get_user_cards', CUSTOMER_B)).json();
    expect(empty).toEqual({ status: 0, msg: 'Card not found.' });
    expect(payuAdapter().parseList(empty).cards).toEqual([]);
  });
});

describe('fault switches and the admin endpoint', () => {
  it('fails a chosen token’s delete at both providers', async () => {
    sandbox.setFaults({ failDeleteToken: '3782822463101009' });
    const ottu = await ottuDelete('3782822463101009', `customer_id=${CUSTOMER_A}&type=sandbox`);
    expect(ottu.status).toBe(400);
    sandbox.setFaults({ failDeleteToken: 'b4e7c2a9f1d34e8a9c0b' });
    expect(await (await payuCommand('delete_user_card', CUSTOMER_A, 'b4e7c2a9f1d34e8a9c0b')).json()).toMatchObject({
      status: 0,
    });
    expect(sandbox.calls().filter((call) => call.deleted)).toEqual([]);
  });

  it('draws failures deterministically from the seed', async () => {
    const outcomes = async () => {
      sandbox.setFaults({ failureRate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let index = 0; index < 12; index += 1) {
        statuses.push((await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' })).status);
      }
      return statuses;
    };
    const first = await outcomes();
    const second = await outcomes();
    expect(first).toEqual(second);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('serves HTML error pages when asked', async () => {
    sandbox.setFaults({ failureRate: 1, htmlErrors: true });
    const response = await payuCommand('get_user_cards', CUSTOMER_A);
    expect(response.status).toBe(502);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<h1>502 Bad Gateway<\/h1>/);
  });

  it('adds latency', async () => {
    sandbox.setFaults({ latencyMs: 150 });
    const started = performance.now();
    await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('takes faults over HTTP, rejects unknown ones, and resets them', async () => {
    const set = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      body: JSON.stringify({ failureRate: 1 }),
    });
    expect(await set.json()).toMatchObject({ failureRate: 1, latencyMs: 0 });
    expect((await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' })).status).toBe(500);
    const unknown = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      body: JSON.stringify({ chaos: true }),
    });
    expect(unknown.status).toBe(400);
    const outOfRange = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'PUT',
      body: JSON.stringify({ failureRate: 2 }),
    });
    expect(outOfRange.status).toBe(400);
    await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect(await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()).toMatchObject({ failureRate: 0 });
    expect((await ottuList({ customer_id: CUSTOMER_A, type: 'sandbox' })).status).toBe(200);
    const calls = await (await fetch(`${sandbox.url}/__sandbox/calls`)).json();
    expect(calls).toEqual([{ provider: 'ottu', operation: 'list', customerId: CUSTOMER_A, status: 200 }]);
  });

  it('listens on loopback only', async () => {
    await expect(startSandbox({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    expect(new URL(sandbox.url).hostname).toBe('127.0.0.1');
  });
});
