import { formatExpiry, getExpiryState } from '../../src/core/expiry';

test('a card is valid through the last day of its expiry month', () => {
  expect(getExpiryState(5, 2037, { now: new Date(2037, 4, 31, 23, 59, 59) })).not.toBe('expired');
  expect(getExpiryState(5, 2037, { now: new Date(2037, 5, 1, 0, 0, 0) })).toBe('expired');
});

test('December rolls over into January of the next year', () => {
  expect(getExpiryState(12, 2026, { now: new Date(2026, 11, 31) })).toBe('expiring');
  expect(getExpiryState(12, 2026, { now: new Date(2027, 0, 1) })).toBe('expired');
  // The next calendar month, across the year boundary, is still "soon" by default.
  expect(getExpiryState(1, 2027, { now: new Date(2026, 11, 15) })).toBe('expiring');
  expect(getExpiryState(2, 2027, { now: new Date(2026, 11, 15) })).toBe('active');
});

test('the expiring-soon window is configurable', () => {
  const now = new Date(2026, 10, 24);
  expect(getExpiryState(11, 2026, { now, expiringSoonMonths: 0 })).toBe('expiring');
  expect(getExpiryState(12, 2026, { now, expiringSoonMonths: 0 })).toBe('active');
  expect(getExpiryState(2, 2027, { now, expiringSoonMonths: 3 })).toBe('expiring');
  expect(getExpiryState(3, 2027, { now, expiringSoonMonths: 3 })).toBe('active');
});

test('formats expiry as MM/YY in Latin digits', () => {
  expect(formatExpiry(5, 2037)).toBe('05/37');
  expect(formatExpiry(12, 2100)).toBe('12/00');
});
