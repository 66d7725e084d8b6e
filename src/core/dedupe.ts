import type { CheckedCard, SavedCard } from './card';

/**
 * Which physical card a token belongs to. A PAR outlives a reissue, so it is keyed with last 4 and expiry;
 * without one, holder and funding must match too: a missed merge lists a card twice, a wrong one deletes two.
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

/** One entry for the tokens of one card. A usable token leads (the preferred one first): the shopper pays with it. */
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

/** Tokens of one physical card as one entry at the first one's position; with `dedupe` false, one entry per token. */
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
