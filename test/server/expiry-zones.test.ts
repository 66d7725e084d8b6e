// @vitest-environment node
// Expiry at month boundaries, in the shopper's own time zone (the process TZ stands for the browser's).
import { getExpiryState } from '../../src/core/expiry';
import { normalizeCards } from '../../src/core/normalize';
import { ottuAdapter } from '../../src/adapters/ottu';
import { createSavedCardsHandler } from '../../src/server/handler';
import type { PaymentProvider } from '../../src/server/provider';
import { jsonAdapter } from '../../src/adapters/json';

const original = process.env.TZ;
afterEach(() => {
  // Assigning undefined would set the string "undefined" (which Node reads as UTC) for the rest of the worker.
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
  vi.useRealTimers();
});

test('UTC-5: late on 31 May local (already June in UTC) a 05/37 card is still valid', () => {
  process.env.TZ = 'America/New_York';
  const now = new Date('2037-06-01T02:00:00Z'); // 31 May 22:00 in New York
  expect(getExpiryState(5, 2037, { now })).toBe('expiring');
});

test('UTC+3 Kuwait: just after midnight on 1 June local (still May in UTC) a 05/37 card is expired', () => {
  process.env.TZ = 'Asia/Kuwait';
  const now = new Date('2037-05-31T22:00:00Z'); // 1 June 01:00 in Kuwait
  expect(getExpiryState(5, 2037, { now })).toBe('expired');
});

test('Kuwait, 31 December 23:59 local: a 12/37 card is valid, a 01/38 card expiring with window 1, 02/38 active', () => {
  process.env.TZ = 'Asia/Kuwait';
  const now = new Date(2037, 11, 31, 23, 59, 59);
  expect(getExpiryState(12, 2037, { now })).toBe('expiring');
  expect(getExpiryState(1, 2038, { now })).toBe('expiring');
  expect(getExpiryState(2, 2038, { now })).toBe('active');
  expect(getExpiryState(12, 2037, { now: new Date(2038, 0, 1, 0, 0, 0) })).toBe('expired');
});

test('expiringSoonMonths 0 is only the current month; a large window covers years ahead', () => {
  const now = new Date(2030, 4, 15);
  expect(getExpiryState(5, 2030, { now, expiringSoonMonths: 0 })).toBe('expiring');
  expect(getExpiryState(6, 2030, { now, expiringSoonMonths: 0 })).toBe('active');
  expect(getExpiryState(5, 2040, { now, expiringSoonMonths: 120 })).toBe('expiring');
  expect(getExpiryState(6, 2040, { now, expiringSoonMonths: 120 })).toBe('active');
});

/**
 * The JSON-mode server handler computes isExpired from *its* clock and zone and sends it as a flag;
 * the browser then treats that flag as "the backend says so". A server in UTC therefore expires a card
 * for a shopper in UTC-5 while it is still the last day of its month there.
 */
test('server (UTC) + browser (UTC-5): a 05/37 card is still usable at 22:00 on 31 May for the shopper', async () => {
  const ottuCard = {
    token: 'tok_may37',
    brand: 'VISA',
    number: '**** 1258',
    expiry_month: '05',
    expiry_year: '37',
    is_expired: false,
    is_preferred: true,
    will_expire_soon: true,
    agreements: [],
  };
  const provider: PaymentProvider = {
    name: 'ottu',
    adapter: ottuAdapter(),
    secrets: ['sk_test_secret_value'],
    listCards: async () => [ottuCard],
    deleteCard: async () => {},
  };
  const instant = new Date('2037-06-01T02:00:00Z');
  // The merchant's server runs in UTC, as servers do, at that instant.
  process.env.TZ = 'UTC';
  vi.useFakeTimers({ now: instant, toFake: ['Date'] });
  const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'cust-1', onError: () => {} });
  const response = await handler(
    new Request('http://shop.test/api/saved-cards', { headers: { 'X-Requested-With': 'react-saved-cards' } }),
  );
  vi.useRealTimers();
  expect(response.status).toBe(200);
  const body = (await response.json()) as unknown;
  // The shopper's browser is in New York: still 31 May.
  process.env.TZ = 'America/New_York';
  const parsed = jsonAdapter().parseList(body);
  const { cards } = normalizeCards(parsed.cards, { now: instant });
  expect(cards[0]).toMatchObject({ token: 'tok_may37', isExpired: false, isExpiringSoon: true });
});
