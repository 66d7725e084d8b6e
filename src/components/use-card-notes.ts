'use client';
import { useCallback, useState } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';

/** What failed last for a card, shown at it until its next action. */
export type Failure = { action: 'setDefault' | 'rename' | 'delete'; card: SavedCard; error: SavedCardsError };

type Said =
  { kind: 'default' | 'deleted' | 'added'; card: SavedCard } | { kind: 'renamed'; card: SavedCard; nickname: string };

/** What the live region says; `count` makes the same words twice a change a screen reader hears. */
export type Announcement = Said & { count: number };

/** The account page's notes: each card's last failure, at the card until its next action, and the last announcement. */
export function useCardNotes() {
  // A Map: a token may be "constructor" or "__proto__".
  const [failures, setFailures] = useState<ReadonlyMap<string, Failure>>(() => new Map());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const fail = useCallback((failure: Failure) => {
    setFailures((current) => new Map(current).set(failure.card.token, failure));
  }, []);
  const clearFailure = useCallback((token: string) => {
    setFailures((current) => {
      if (!current.has(token)) return current;
      const rest = new Map(current);
      rest.delete(token);
      return rest;
    });
  }, []);
  const announce = useCallback((said: Said | null) => {
    setAnnouncement((last) => said && { ...said, count: (last?.count ?? 0) + 1 });
  }, []);
  return { failures, announcement, fail, clearFailure, announce };
}

/** What `useCardNotes` gives: the notes and the three ways to change them. */
export type CardNotes = ReturnType<typeof useCardNotes>;
