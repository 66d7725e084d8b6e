import type { SavedCard } from './card';

/** A card that can be chosen to pay with: listed and not expired. */
export function isUsable(card: SavedCard | undefined): card is SavedCard {
  return card !== undefined && !card.isExpired;
}

/**
 * The card a shopper would expect preselected: the preferred usable card, else the first usable one.
 * Also what the first server render shows, so a Pay button can read it before hydration.
 *
 * @example
 * const card = defaultSelection(cards); // from prefetched data, in a Server Component
 */
export function defaultSelection(cards: readonly SavedCard[]): SavedCard | null {
  return cards.find((card) => card.isPreferred && isUsable(card)) ?? cards.find(isUsable) ?? null;
}

/**
 * What takes the place of the card `lost` left `before` for `now`: the same physical card when it is
 * still listed under another of its tokens (only the one it led with was deleted), else the next
 * usable card still listed, else the one before, else null. Selection and focus both move there.
 *
 * @example
 * const next = successor(deleted.token, cardsBefore, cardsNow);
 */
export function successor(lost: string, before: readonly SavedCard[], now: readonly SavedCard[]): SavedCard | null {
  const previous = before.find((card) => card.token === lost);
  const same = previous && now.find((card) => previous.tokens.includes(card.token));
  return isUsable(same) ? same : usableNeighbour(before, lost, now);
}

/** The first usable card after `token` in `list`, else the nearest before it, counting only cards still in `current`. */
function usableNeighbour(list: readonly SavedCard[], token: string, current: readonly SavedCard[]): SavedCard | null {
  const still = new Map(current.map((card) => [card.token, card]));
  const at = list.findIndex((card) => card.token === token);
  const firstUsable = (cards: readonly SavedCard[]) => cards.map((card) => still.get(card.token)).find(isUsable);
  return firstUsable(list.slice(at + 1)) ?? firstUsable(list.slice(0, Math.max(at, 0)).reverse()) ?? null;
}

/**
 * The card shown as selected for the shopper's `intended` token: that card while it is listed and
 * usable; its successor from `seenIn` (the last list that held it) while it is gone; for a token never
 * listed, the default choice, or none when `strict` (a controlled value shows what it says).
 */
export function resolveSelection(
  intended: string | null,
  cards: readonly SavedCard[],
  seenIn: readonly SavedCard[] | null,
  strict: boolean,
): SavedCard | null {
  if (intended === null) return null;
  const card = cards.find((candidate) => candidate.token === intended);
  if (card) return isUsable(card) ? card : null;
  if (seenIn) return successor(intended, seenIn, cards);
  return strict ? null : defaultSelection(cards);
}
