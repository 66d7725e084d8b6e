'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { SavedCard } from '../core/card';
import { successor } from '../core/selection';

/** Where focus is waiting to go: past a card once it has left the list, or back to a card. */
type FocusTarget = { past: string; seenIn: readonly SavedCard[]; dropped?: boolean } | { back: string };

/**
 * Focus for `<SavedCards>` once the dialog has closed or a card has left the list: past a deleted card to its
 * successor (else the heading), back to a card whose delete failed, and on from a focused card that a refetch
 * dropped, so focus never falls to the page.
 */
export function useCardFocus(cards: readonly SavedCard[] | undefined, dialogOpen: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const options = useRef(new Map<string, HTMLElement>());
  const shown = useRef(cards);
  const target = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const pending = target.current;
    shown.current = cards;
    if (!pending || dialogOpen || !cards) return;
    if ('past' in pending && cards.some((card) => card.token === pending.past)) return;
    target.current = null;
    if ('past' in pending && pending.dropped && document.activeElement !== document.body) return;
    const token = 'past' in pending ? successor(pending.past, pending.seenIn, cards)?.token : pending.back;
    ((token && options.current.get(token)) || heading.current)?.focus();
  }, [cards, dialogOpen]);

  // Stable, so memoized rows keep their ref callbacks.
  const register = useCallback((token: string, element: HTMLElement | null) => {
    if (element) return void options.current.set(token, element);
    // React detaches a ref before its element leaves the page, so focus is still in the row here.
    const focused = options.current.get(token)?.parentElement?.contains(document.activeElement);
    if (focused && shown.current) target.current = { past: token, seenIn: shown.current, dropped: true };
    options.current.delete(token);
  }, []);

  return {
    heading,
    register,
    /** After a confirmed delete: once the card has left, to its successor. */
    movePast: (token: string) => void (target.current = { past: token, seenIn: shown.current ?? [] }),
    /** After a failed delete: back to the card. */
    returnTo: (token: string) => void (target.current = { back: token }),
  };
}
