import {
  DEFAULT_CAPABILITIES,
  type CardInput,
  type CardIssue,
  type CheckedCard,
  type SavedCard,
  type SavedCardList,
  type SavedCardsCapabilities,
} from './card';
import { checkCard } from './check-card';
import type { ExpiryOptions } from './expiry';
import { devWarning, isDevelopment } from './warn';
import { groupDuplicates } from './dedupe';
import { SavedCardsError } from './errors';

export interface NormalizeOptions extends ExpiryOptions {
  /** List one entry per physical card (default) or every saved token separately. */
  dedupe?: boolean;
  /** Cards the adapter already skipped, listed before the ones skipped here. */
  issues?: readonly CardIssue[];
  /** What the backend said it can do; the rest is {@link DEFAULT_CAPABILITIES}. */
  capabilities?: Partial<SavedCardsCapabilities>;
}

function rank(card: SavedCard): number {
  return card.isExpired ? 2 : card.isPreferred ? 0 : 1;
}

/** Display order, for a stable sort: preferred usable cards first, then usable ones, then expired ones. */
export function byDisplayOrder(a: SavedCard, b: SavedCard): number {
  return rank(a) - rank(b);
}

/** A checked card with the adapter's input it came from, for readers of the backend's own flags. */
export interface CheckedInput extends CheckedCard {
  input: CardInput;
}

/** Every card of a list checked, for browser and server alike: the good ones, and why each other was skipped. */
export function checkCards(
  inputs: readonly CardInput[],
  options: ExpiryOptions = {},
  extraIssues: readonly CardIssue[] = [],
): { checked: CheckedInput[]; issues: CardIssue[] } {
  const issues: CardIssue[] = [...extraIssues];
  const checked: CheckedInput[] = [];
  let unmasked = 0;
  // One clock for the whole list: no card is judged a month later than its neighbour at midnight.
  const expiry: ExpiryOptions = { ...options, now: options.now ?? new Date() };
  inputs.forEach((input, position) => {
    const result = checkCard(input, input?.sourceIndex ?? position, expiry);
    if (!result.ok) return issues.push(result.issue);
    if (isDevelopment && result.wasUnmasked) unmasked += 1;
    checked.push({ ...result.value, input });
  });
  if (isDevelopment) {
    if (unmasked)
      devWarning(
        `${unmasked} card(s) arrived with a whole card number; only the last 4 digits were kept. Mask card numbers on your server.`,
      );
    for (const issue of issues) devWarning(`skipped a saved card. ${issue.message}`);
  }
  return { checked, issues };
}

/** Cards were sent but none could be read: a failed load (`invalid-response`), never "no saved cards". */
export function failWhenNoneReadable(readable: number, issues: readonly CardIssue[]): void {
  if (readable === 0 && issues.length > 0) throw new SavedCardsError('invalid-response');
}

/**
 * Turns adapter output into the list the UI shows: every card checked (bad
 * ones skipped and reported), duplicates of one physical card grouped,
 * preferred cards first, then usable ones, then expired ones.
 *
 * @example
 * const { cards, issues } = normalizeCards(inputs, { now: new Date() });
 */
export function normalizeCards(inputs: readonly CardInput[], options: NormalizeOptions = {}): SavedCardList {
  const { checked, issues } = checkCards(inputs, options, options.issues);
  // Array.prototype.sort is stable, so backend order holds within each rank.
  const cards = groupDuplicates(checked, options.dedupe ?? true).sort(byDisplayOrder);
  return { cards, issues, capabilities: { ...DEFAULT_CAPABILITIES, ...options.capabilities } };
}
