import type { SavedCard } from './card';
import type { CheckedCard } from './normalize';

/**
 * Which physical card a saved token belongs to: its PAR with its last 4 and
 * expiry when the backend sends a PAR, otherwise brand + last 4 + expiry +
 * holder name + funding. A PAR outlives a reissue: the expired card and its
 * renewal (new expiry, often a new number) share it, and merging them would
 * show the expired one and delete both. Two different cards can share a brand,
 * last 4 and expiry too; missing a merge only lists one card twice. So without
 * a PAR the holder (in any letter case) and the funding must match as well,
 * a missing one included.
 */
function physicalCardKey({ card, accountReference }: CheckedCard): string {
  if (accountReference) return JSON.stringify(['par', accountReference, card.last4, card.expiryMonth, card.expiryYear]);
  // Without a PAR, a card missing its last 4 or its expiry has too little left to tell it from another.
  if (card.last4 === undefined || card.expiryYear === undefined) return `token:${card.token}`;
  return JSON.stringify([
    card.brand,
    card.last4,
    card.expiryMonth,
    card.expiryYear,
    card.holderName?.toLowerCase(),
    card.funding,
  ]);
}

/**
 * One entry for the tokens of one card (often just one), every token listed once. A usable token
 * leads, the preferred one among them: the lead is what the shopper picks and pays with, and a
 * backend may still flag one token of a card expired while another is not.
 */
function merge(group: readonly SavedCard[]): SavedCard {
  const usable = group.filter((card) => !card.isExpired);
  const candidates = usable.length > 0 ? usable : group;
  const lead = candidates.find((card) => card.isPreferred) ?? (candidates[0] as SavedCard);
  const blocked = group.find((card) => card.deleteBlockedReason)?.deleteBlockedReason;
  return {
    ...lead,
    tokens: [...new Set([lead.token, ...group.flatMap((card) => card.tokens)])],
    ...(blocked && { deleteBlockedReason: blocked }),
  };
}

/**
 * Groups tokens of the same physical card into one entry whose `tokens` lists
 * them all, keeping the position of the first one. The same token twice is
 * one card. With `dedupe` false, each token stays its own entry.
 */
export function groupDuplicates(checked: readonly CheckedCard[], dedupe: boolean): SavedCard[] {
  const groups = new Map<string, SavedCard[]>();
  const seenTokens = new Set<string>();
  for (const entry of checked) {
    // The same token twice is one card, whatever else differs; React keys rely on it.
    if (seenTokens.has(entry.card.token)) continue;
    seenTokens.add(entry.card.token);
    const key = dedupe ? physicalCardKey(entry) : `token:${entry.card.token}`;
    const group = groups.get(key);
    if (group) {
      group.push(entry.card);
    } else {
      groups.set(key, [entry.card]);
    }
  }
  return [...groups.values()].map(merge);
}
