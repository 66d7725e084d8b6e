'use client';
import { useCallback, useInsertionEffect, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import { defaultSelection, isUsable, resolveSelection, successor } from '../core/selection';
import { useBrowserLayoutEffect } from './use-browser-layout-effect';
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

/** What the selection remembers between renders. Adjusted during render, as React's docs do for "state from a changed prop". */
interface Memory {
  /** The token meant and the last list that held it: where its successor is looked up while it is gone. */
  anchor: { token: string; cards: readonly SavedCard[] } | null;
  /** A controlled value read as the anchor's while it stays the value (see `carried`). */
  carried: string | null | undefined;
  /** The value and the list the last render was given, to tell what an update changed. */
  value: string | null | undefined;
  cards: readonly SavedCard[] | undefined;
}

const listedIn = (cards: readonly SavedCard[] | undefined, token: string | null | undefined) =>
  token != null && cards !== undefined && cards.some((card) => card.token === token);

/**
 * The headless selection behind the card picker. Expired cards are never selected; while the chosen card is
 * gone, the next usable one (or none) is shown and `onChange` told once, and the choice returns to it if it comes
 * back (a refused delete). Controlled or not, and with `value` derived from the list, the same happens.
 *
 * @example
 * const { selectedCard, select } = useCardSelection({ cards, onChange: (card) => setPayWith(card?.token) });
 */
export function useCardSelection(options: UseCardSelectionOptions): UseCardSelectionResult {
  const { cards, value, defaultValue, onChange } = options;
  const [current, setCurrent, isControlled] = useControllableState(value, defaultValue);
  const [memory, setMemory] = useState<Memory>({ anchor: null, carried: undefined, value: current, cards });
  const { anchor } = memory;
  const gone = anchor !== null && cards !== undefined && !listedIn(cards, anchor.token);
  // A controlled value that stops naming a listed card in the update that takes the chosen card away (a value
  // derived from the list: `cards.find(…)?.token ?? null`), or that took the kit's stand-in, still means the card
  // that left: its successor shows, and the choice returns to it if it comes back, as uncontrolled.
  const carried =
    isControlled &&
    anchor !== null &&
    current !== anchor.token &&
    (!gone
      ? memory.carried === current
      : current === (successor(anchor.token, anchor.cards, cards)?.token ?? null) ||
        (!listedIn(cards, current) &&
          ((listedIn(memory.cards, memory.value) && !listedIn(cards, memory.value)) || memory.carried === current)));
  const intended = carried
    ? anchor.token
    : current !== undefined
      ? current
      : (anchor?.token ?? (cards ? (defaultSelection(cards)?.token ?? null) : null));
  const seenIn = anchor && anchor.token === intended ? anchor.cards : null;
  const resolved = cards ? resolveSelection(intended, cards, seenIn, isControlled) : null;
  const resolvedToken = resolved?.token ?? null;
  const nextAnchor =
    cards && intended !== null && seenIn !== cards && listedIn(cards, intended) ? { token: intended, cards } : anchor;
  const nextCarried = carried ? current : undefined;
  if (nextAnchor !== anchor || nextCarried !== memory.carried || memory.value !== current || memory.cards !== cards) {
    setMemory({ anchor: nextAnchor, carried: nextCarried, value: current, cards });
  }

  // What the merchant last heard: automatic moves (default pick, a card gone or back) are told once.
  const told = useRef<string | null | undefined>(current);
  const latest = useRef({ cards, resolvedToken, onChange });
  useInsertionEffect(() => {
    latest.current = { cards, resolvedToken, onChange };
  });
  // Before paint: the merchant's answer lands in the same frame as the list that took the card away.
  useBrowserLayoutEffect(() => {
    if (!cards || resolvedToken === told.current || (isControlled && resolvedToken === current && !carried)) return;
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
