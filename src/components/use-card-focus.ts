'use client';
import { useCallback, useRef, type FocusEvent } from 'react';
import type { SavedCard } from '../core/card';
import { successor } from '../core/selection';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';

/** Where focus was in the list: a card and its control's `data-sc-part`; `leaving` waits for the card to go. */
type Spot = { token: string; part: string | null; leaving?: boolean };

/**
 * The one focus owner of a card list, so focus never falls to the page. When the focused control goes (its card
 * deleted here or elsewhere, moved, or the control no longer offered) or the delete dialog closes, focus goes to
 * the same control in the same card, else the card's `primary` control (the checkout's radio, manage's first
 * action), else the card; for a card that left, to its neighbour's, else the heading. Focus the shopper moved
 * away themselves stays where they put it.
 */
export function useCardFocus(cards: readonly SavedCard[] | undefined, dialogOpen: boolean, primary: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  const shown = useRef<readonly SavedCard[]>([]);
  const spot = useRef<Spot | null>(null);
  // The list the focused card was last seen in, so a card that left is followed by its own neighbour.
  const seenIn = useRef<readonly SavedCard[]>([]);

  // Before paint, and after every render: a row React moved or removed has lost focus by now.
  useBrowserLayoutEffect(() => {
    shown.current = cards ?? [];
    if (!cards) return;
    const last = spot.current;
    const listed = last !== null && cards.some((card) => card.token === last.token);
    const active = document.activeElement;
    if (last && !dialogOpen && !(last.leaving && listed) && (!active || active === document.body)) {
      const token = listed ? last.token : successor(last.token, seenIn.current, cards)?.token;
      const row = token === undefined ? undefined : rows.current.get(token);
      (controlIn(row, listed && last.part, primary) || heading.current)?.focus();
    }
    // Not while the dialog is open: its card may leave the list before the flow reports the delete.
    if (!dialogOpen && (listed || !last)) seenIn.current = cards;
  });

  // Stable, so memoized rows keep their ref callbacks.
  const register = useCallback((token: string, row: HTMLElement | null) => {
    if (row) rows.current.set(token, row);
    else rows.current.delete(token);
  }, []);

  const listProps = {
    onFocus: (event: FocusEvent) => {
      for (const [token, row] of rows.current)
        if (row.contains(event.target))
          return void (spot.current = { token, part: event.target.getAttribute('data-sc-part') });
    },
    // A control that left the page is disconnected by the microtask, and one React moved was refocused by the
    // layout effect: only a shopper's own move (Tab out, a click elsewhere, the dialog) forgets the spot.
    onBlur: ({ target, currentTarget: list }: FocusEvent) =>
      queueMicrotask(() => {
        const active = document.activeElement;
        if (target.isConnected && active !== target && !list.contains(active)) spot.current = null;
      }),
  };

  const settle = (token: string, part: string | null, leaving: boolean) => {
    spot.current = { token, part, leaving };
    if (shown.current.some((card) => card.token === token)) seenIn.current = shown.current;
  };
  return {
    heading,
    register,
    /** Spread on the list: where focus is in it. */
    listProps,
    /** After a confirmed delete: once the card has left, to its neighbour. */
    movePast: (token: string) => settle(token, null, true),
    /** After a failed delete: back to the card's `part` (its Delete), else its primary control. */
    returnTo: (token: string, part: string | null = null) => settle(token, part, false),
  };
}

/**
 * The control to focus in a card's row: its `part`, else its `primary` control, else the row itself; only one that
 * is shown, as a narrow account page hides the inline actions and shows their menu instead.
 */
function controlIn(row: HTMLElement | undefined, part: string | null | false, primary: string) {
  const shown = (selector: string) =>
    [...(row?.querySelectorAll<HTMLElement>(selector) ?? [])].find((element) => element.checkVisibility?.() ?? true);
  return (part && shown(`[data-sc-part="${part}"]`)) || shown(primary) || row;
}
