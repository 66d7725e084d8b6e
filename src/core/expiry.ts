/** The shown state of a card's expiry. */
export type ExpiryState = 'active' | 'expiring' | 'expired';

/** How a card's expiry is judged: against which clock, and how far ahead counts as "expiring soon". */
export interface ExpiryOptions {
  /** The clock. Inject one in tests; defaults to now. */
  now?: Date;
  /**
   * How many calendar months ahead count as "expiring soon": 0 is only the
   * current month, 1 (default) the current or the next month.
   */
  expiringSoonMonths?: number;
}

/** Month count since year 0 of a (year, month 1–12) pair, in the shopper's local calendar. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * A card is valid through the last day of its expiry month, so it expires at
 * the first moment of the following month (local time).
 *
 * @example
 * getExpiryState(5, 2037, { now: new Date(2037, 4, 31) }); // 'expiring'
 * getExpiryState(5, 2037, { now: new Date(2037, 5, 1) });  // 'expired'
 */
export function getExpiryState(expiryMonth: number, expiryYear: number, options: ExpiryOptions = {}): ExpiryState {
  const now = options.now ?? new Date();
  const window = options.expiringSoonMonths ?? 1;
  const monthsLeft = monthIndex(expiryYear, expiryMonth) - monthIndex(now.getFullYear(), now.getMonth() + 1);
  if (monthsLeft < 0) return 'expired';
  return monthsLeft <= window ? 'expiring' : 'active';
}

/** "MM/YY" in Latin digits, e.g. "05/37". */
export function formatExpiry(expiryMonth: number, expiryYear: number): string {
  return `${String(expiryMonth).padStart(2, '0')}/${String(expiryYear % 100).padStart(2, '0')}`;
}

/** A card's "MM/YY", or `undefined` for a card without an expiry. */
export function formatCardExpiry(card: {
  readonly expiryMonth?: number;
  readonly expiryYear?: number;
}): string | undefined {
  return card.expiryMonth === undefined || card.expiryYear === undefined
    ? undefined
    : formatExpiry(card.expiryMonth, card.expiryYear);
}
