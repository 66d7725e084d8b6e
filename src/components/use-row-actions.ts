'use client';
import { useMemo, useRef } from 'react';
import type { SavedCard } from '../core/card';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { useRenameCard } from '../hooks/use-rename-card';
import { useSetDefaultCard } from '../hooks/use-set-default-card';
import type { ManageRowShared } from './manage-card-actions';
import type { CardsView } from './use-cards-view';
import type { CardNotes } from './use-card-notes';

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
