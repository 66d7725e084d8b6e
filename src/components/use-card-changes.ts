'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { useRenameCard } from '../hooks/use-rename-card';
import { useSetDefaultCard } from '../hooks/use-set-default-card';
import type { ManageRowShared } from './manage-card-row';
import type { CardsView } from './use-cards-view';

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

type CardNotes = ReturnType<typeof useCardNotes>;

/**
 * What every row of the account page shares: the backend's capabilities and the actions, "Make default" and
 * "Rename" (announced once done, a failure noted at the card), Delete (asked in the dialog), and the rows' refs.
 */
export function useRowActions(
  customerId: string | null | undefined,
  { cards, query, ask }: CardsView,
  { fail, clearFailure, announce }: CardNotes,
  register: ManageRowShared['register'],
): ManageRowShared {
  // The cards as last rendered, for the mutations' callbacks (which run after the render they were made in).
  const shown = useRef<readonly SavedCard[]>([]);
  useBrowserLayoutEffect(() => {
    shown.current = cards ?? [];
  });
  const byToken = (token: string) => shown.current.find((card) => card.token === token);
  const { mutate: setDefault } = useSetDefaultCard({
    customerId,
    onSuccess: ({ token }) => {
      const card = byToken(token);
      if (card) announce({ kind: 'default', card });
    },
    onError: (error, token) => {
      const card = byToken(token);
      if (card) fail({ action: 'setDefault', card, error });
    },
  });
  const { mutate: rename } = useRenameCard({
    customerId,
    onSuccess: ({ token, nickname }) => {
      const card = byToken(token);
      if (card) announce({ kind: 'renamed', card, nickname });
    },
    onError: (error, { token }) => {
      const card = byToken(token);
      if (card) fail({ action: 'rename', card, error });
    },
  });
  const capabilities = query.capabilities;
  return useMemo<ManageRowShared>(
    () => ({
      capabilities,
      onMakeDefault: (card) => {
        clearFailure(card.token);
        setDefault(card.token);
      },
      onRename: (card, nickname) => {
        clearFailure(card.token);
        rename({ token: card.token, nickname });
      },
      onAskDelete: ask,
      register,
    }),
    [capabilities, clearFailure, setDefault, rename, ask, register],
  );
}

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
