'use client';
import { useCallback, useEffect, useInsertionEffect, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import { defaultSelection, isUsable, resolveSelection } from '../core/selection';
import { useControllableState } from './use-controllable-state';

export interface UseCardSelectionOptions {
  /** The cards shown, in display order (from `useSavedCards`). `undefined` or `[]` while loading both work. */
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

/**
 * The headless selection behind the card picker. Expired cards are never selected; while the chosen card is
 * gone, the next usable one (or none) is shown, and the choice returns to it if it comes back (a refused delete).
 *
 * @example
 * const { selectedCard, select } = useCardSelection({ cards, onChange: (card) => setPayWith(card?.token) });
 */
export function useCardSelection(options: UseCardSelectionOptions): UseCardSelectionResult {
  const { cards, value, defaultValue, onChange } = options;
  const [current, setCurrent, isControlled] = useControllableState(value, defaultValue);
  // The token meant and the last list that held it: where its successor is looked up while it is gone.
  // Adjusted during render, as React's docs do for "state from a changed prop"; never in an effect.
  const [anchor, setAnchor] = useState<{ token: string; cards: readonly SavedCard[] } | null>(null);
  const intended =
    current !== undefined ? current : (anchor?.token ?? (cards ? (defaultSelection(cards)?.token ?? null) : null));
  const seenIn = anchor && anchor.token === intended ? anchor.cards : null;
  const resolved = cards ? resolveSelection(intended, cards, seenIn, isControlled) : null;
  const resolvedToken = resolved?.token ?? null;
  if (cards && intended !== null && seenIn !== cards && cards.some((card) => card.token === intended)) {
    setAnchor({ token: intended, cards });
  }

  // What the merchant last heard: automatic moves (default pick, a card gone or back) are told once.
  const told = useRef<string | null | undefined>(current);
  const latest = useRef({ cards, resolvedToken, onChange });
  useInsertionEffect(() => {
    latest.current = { cards, resolvedToken, onChange };
  });
  useEffect(() => {
    if (!cards || resolvedToken === told.current || (isControlled && resolvedToken === current)) return;
    // A controlled value the list does not hold (yet): show nothing, but do not ask the merchant to clear it.
    if (isControlled && resolvedToken === null && current && !seenIn) return;
    told.current = resolvedToken;
    latest.current.onChange?.(resolved);
  });

  // Reads the latest list through a ref, so `select` never changes: memoized rows can hold on to it.
  const select = useCallback(
    (token: string | null) => {
      const { cards, resolvedToken, onChange } = latest.current;
      const card = token === null ? undefined : cards?.find((candidate) => candidate.token === token);
      if (token !== null && !isUsable(card)) return;
      setCurrent(token);
      if (token === resolvedToken) return;
      told.current = token;
      onChange?.(card ?? null);
    },
    [setCurrent],
  );

  return { selectedToken: resolvedToken, selectedCard: resolved, select };
}
