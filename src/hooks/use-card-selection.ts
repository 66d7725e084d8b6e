'use client';
import { useCallback, useEffect, useInsertionEffect, useMemo, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';

export interface UseCardSelectionOptions {
  /** The cards shown, in display order (from `useSavedCards`). */
  cards: readonly SavedCard[] | undefined;
  /** Controlled: the selected token, or null for none. */
  value?: string | null;
  /** Uncontrolled: the first selection. Default: the preferred usable card, else the first usable one. */
  defaultValue?: string | null;
  /** Called whenever the selection changes, including when a deleted card's selection moves on. */
  onChange?: (card: SavedCard | null) => void;
}

export interface UseCardSelectionResult {
  selectedToken: string | null;
  selectedCard: SavedCard | null;
  /** Selects a card by token; expired cards and unknown tokens are ignored. `null` clears. */
  select: (token: string | null) => void;
}

function isUsable(card: SavedCard | undefined): card is SavedCard {
  return card !== undefined && !card.isExpired;
}

/** The card a shopper would expect preselected: the preferred usable card, else the first usable one. */
export function defaultSelection(cards: readonly SavedCard[]): SavedCard | null {
  return cards.find((card) => card.isPreferred && isUsable(card)) ?? cards.find(isUsable) ?? null;
}

/**
 * Where the selection goes when its card disappears: its {@link successor}. A token that was never listed
 * (a stale `defaultValue`) gets the default choice, or none when the merchant controls `value`: a
 * controlled selection shows what `value` says.
 */
function replacement(lost: string, before: readonly SavedCard[], now: readonly SavedCard[], controlled: boolean): SavedCard | null {
  if (!before.some((card) => card.token === lost)) return controlled ? null : defaultSelection(now);
  return successor(lost, before, now);
}

/**
 * What takes the place of the card `lost` left `before` for `now`: the same physical card when it is
 * still listed under another of its tokens (only the one it led with was deleted), else the next
 * usable card still listed, else the one before, else null. Selection and focus both move there.
 */
export function successor(lost: string, before: readonly SavedCard[], now: readonly SavedCard[]): SavedCard | null {
  const previous = before.find((card) => card.token === lost);
  const same = previous && now.find((card) => previous.tokens.includes(card.token));
  return isUsable(same) ? same : usableNeighbour(before, lost, now);
}

/**
 * The usable card next to `token` in `list`: the first one after it, else the nearest one
 * before it, else null. With `current`, only cards still in `current` count (as found there).
 */
function usableNeighbour(list: readonly SavedCard[], token: string, current: readonly SavedCard[] = list): SavedCard | null {
  const still = new Map(current.map((card) => [card.token, card]));
  const at = list.findIndex((card) => card.token === token);
  const firstUsable = (cards: readonly SavedCard[]) => cards.map((card) => still.get(card.token)).find(isUsable);
  return firstUsable(list.slice(at + 1)) ?? firstUsable(list.slice(0, Math.max(at, 0)).reverse()) ?? null;
}

/**
 * The headless selection behind the card picker. Expired cards can never be
 * selected; when the selected card is deleted, the selection moves to the
 * next usable card or clears.
 *
 * @example
 * const { selectedCard, select } = useCardSelection({ cards, onChange: (card) => setPayWith(card?.token) });
 */
export function useCardSelection(options: UseCardSelectionOptions): UseCardSelectionResult {
  const { cards, value, defaultValue, onChange } = options;
  const isControlled = value !== undefined;
  const [chosen, setChosen] = useState<string | null | undefined>(defaultValue);
  const current = isControlled ? value : chosen;
  // The last list in which the current selection was present: where to look for its neighbours.
  const lastSeen = useRef<readonly SavedCard[]>([]);

  const resolved = useMemo((): SavedCard | null => {
    if (!cards) return null;
    if (current === undefined) return defaultSelection(cards);
    if (current === null) return null;
    const card = cards.find((candidate) => candidate.token === current);
    if (card) return isUsable(card) ? card : null;
    return replacement(current, lastSeen.current, cards, isControlled);
  }, [cards, current, isControlled]);

  useEffect(() => {
    if (cards && resolved) lastSeen.current = cards;
  }, [cards, resolved]);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Settle automatic moves (default pick, deleted card) into state and tell the merchant.
  const resolvedToken = resolved?.token ?? null;
  useEffect(() => {
    if (!cards || resolvedToken === current) return;
    // A controlled value the list does not hold (yet): show nothing, but do not ask the merchant to clear it.
    if (isControlled && resolvedToken === null && current && !lastSeen.current.some((card) => card.token === current)) return;
    if (!isControlled) setChosen(resolvedToken);
    onChangeRef.current?.(resolved);
    // Only when the outcome changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resolvedToken, cards === undefined]);

  // What `select` reads, kept current before any handler can run, so `select` itself never changes:
  // memoized rows and the merchant's own handlers can hold on to it.
  const latest = useRef({ cards, current, isControlled });
  useInsertionEffect(() => {
    latest.current = { cards, current, isControlled };
  });
  const select = useCallback((token: string | null) => {
    const { cards, current, isControlled } = latest.current;
    const card = token === null ? undefined : cards?.find((candidate) => candidate.token === token);
    if (token !== null && !isUsable(card)) return;
    if (token === current) return;
    if (!isControlled) setChosen(token);
    onChangeRef.current?.(card ?? null);
  }, []);

  return { selectedToken: resolvedToken, selectedCard: resolved, select };
}
