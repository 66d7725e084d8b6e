'use client';
import { useState } from 'react';
import type { SavedCard } from '../core/card';
import type { PaymentChoiceKey } from '../core/choice';
import { defaultSelection, resolveSelection, successor } from '../core/selection';

/** What the selection remembers between renders. Adjusted during render, as React's docs do for "state from a changed prop". */
interface Memory {
  /** The token meant and the last list that held it: where its successor is looked up while it is gone. */
  anchor: { token: string; cards: readonly SavedCard[] } | null;
  /** A controlled value read as the anchor's while it stays the value (see `carried`). */
  carried: string | null | undefined;
  /** The card token and the list the last render was given, to tell what an update changed. */
  value: string | null | undefined;
  cards: readonly SavedCard[] | undefined;
}

// A card's token is a string, so a token of null or undefined is never listed.
export const listedIn = (cards: readonly SavedCard[] | undefined, token: string | null | undefined) =>
  cards?.some((card) => card.token === token) === true;

/**
 * The card shown as chosen for `current`, following a card that leaves: while it is gone its successor shows, and
 * the choice returns to it if it comes back (a refused delete). Returns that card; whether a controlled value is
 * read as the card that left (`carried`); the last list that held the card meant (`seenIn`); and whether the first
 * option stands in, because a card was meant but none can be shown (none usable, the last one deleted, a failed load).
 */
export function useChosenCard(
  cards: readonly SavedCard[] | undefined,
  current: PaymentChoiceKey | null | undefined,
  isControlled: boolean,
) {
  // The card part of the choice, as a token: an option chosen means no card.
  const currentToken = current && (current.kind === 'card' ? current.token : null);
  const [memory, setMemory] = useState<Memory>({ anchor: null, carried: undefined, value: currentToken, cards });
  const { anchor } = memory;
  const gone = anchor !== null && cards !== undefined && !listedIn(cards, anchor.token);
  // A controlled value that stops naming a listed card in the update that takes the chosen card away (a value
  // derived from the list: `cards.find(…)?.token ?? null`), or that took the kit's stand-in, still means the card
  // that left: its successor shows, and the choice returns to it if it comes back, as uncontrolled.
  const carried =
    isControlled &&
    current?.kind !== 'option' &&
    anchor !== null &&
    currentToken !== anchor.token &&
    (!gone
      ? memory.carried === currentToken
      : currentToken === (successor(anchor.token, anchor.cards, cards)?.token ?? null) ||
        (!listedIn(cards, currentToken) &&
          ((listedIn(memory.cards, memory.value) && !listedIn(cards, memory.value)) ||
            memory.carried === currentToken)));
  const intended = carried
    ? anchor.token
    : currentToken !== undefined
      ? currentToken
      : (anchor?.token ?? (cards ? (defaultSelection(cards)?.token ?? null) : null));
  const seenIn = anchor && anchor.token === intended ? anchor.cards : null;
  const resolved = cards ? resolveSelection(intended, cards, seenIn, isControlled) : null;
  const nextAnchor =
    cards && intended !== null && seenIn !== cards && listedIn(cards, intended) ? { token: intended, cards } : anchor;
  const nextCarried = carried ? currentToken : undefined;
  if (
    nextAnchor !== anchor ||
    nextCarried !== memory.carried ||
    memory.value !== currentToken ||
    memory.cards !== cards
  ) {
    setMemory({ anchor: nextAnchor, carried: nextCarried, value: currentToken, cards });
  }
  const fallback =
    cards &&
    !resolved &&
    // Read only when no option is chosen, so of the rest only a cleared choice (null) means no card was meant.
    (carried || current !== null) &&
    !listedIn(cards, intended) &&
    (seenIn || !isControlled);
  return [resolved, carried, seenIn, fallback] as const;
}
