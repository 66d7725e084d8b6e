'use client';
import { useCallback, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import type { CardsView } from './use-cards-view';
import type { CardNotes } from './use-card-notes';

/**
 * "Add a card"'s end: `refreshAndFocus(token)` refetches, and once the new card's row is on screen focuses it and
 * announces it. Gives the rows' `register`, which also tells the list's focus owner.
 */
export function useAddedCard({ query, focus }: CardsView, { announce }: CardNotes) {
  // The rows by token, for the card the shopper just added (a Map: a token may be "constructor").
  const rowElements = useRef(new Map<string, HTMLElement>());
  const registerFocus = focus.register;
  const register = useCallback(
    (token: string, element: HTMLElement | null) => {
      registerFocus(token, element);
      if (element) rowElements.current.set(token, element);
      else rowElements.current.delete(token);
    },
    [registerFocus],
  );
  const [added, setAdded] = useState<SavedCard | null>(null);
  useBrowserLayoutEffect(() => {
    if (!added) return;
    const row = rowElements.current.get(added.token);
    if (!row) return;
    setAdded(null);
    row.focus();
    announce({ kind: 'added', card: added });
  });
  const refetch = query.refetch;
  /** Refetch; once the new card is listed, focus it and close the panel. */
  const refreshAndFocus = useCallback(
    async (token: string) => {
      const { data } = await refetch();
      const card = data?.cards.find((listed) => listed.tokens.includes(token));
      if (card) setAdded(card);
      return Boolean(card);
    },
    [refetch],
  );
  return { register, refreshAndFocus };
}
