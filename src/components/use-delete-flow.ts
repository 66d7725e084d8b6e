'use client';
import { useQueryClient, type Mutation, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useSavedCardsClient } from '../hooks/provider';
import { savedCardsKeys } from '../hooks/query-keys';
import { tokensOf, useDeleteCard, type DeleteCardVariables } from '../hooks/use-delete-card';

/** The delete dialog: one union, so "deleting" can only be true of the card being confirmed. */
export type DeleteDialogState =
  { status: 'closed' } | { status: 'confirming'; card: SavedCard } | { status: 'deleting'; card: SavedCard };
const CLOSED: DeleteDialogState = { status: 'closed' };

interface DeleteFlowOptions {
  customerId: string | null | undefined;
  /** After the backend confirmed; the dialog has closed. */
  onDeleted: (card: SavedCard) => void;
  /** After the delete failed; the dialog has closed and the card is back. */
  onDeleteError: (error: SavedCardsError, card: SavedCard) => void;
}

/** Settles as a delete already in flight settles. */
function outcomeOf(queryClient: QueryClient, pending: Mutation<unknown, Error, unknown, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const unsubscribe = queryClient.getMutationCache().subscribe(({ mutation }) => {
      if (mutation !== pending || pending.state.status === 'pending') return;
      unsubscribe();
      if (pending.state.status === 'success') resolve(pending.state.data);
      else reject(pending.state.error);
    });
  });
}

/**
 * The connected views' delete: ask → confirm → wait in the dialog → outcome. The dialog stays open until the
 * backend answers, so a card leaves the screen only once its delete succeeded. A card is deleted once: a second
 * confirm sends nothing, and a delete of it already in flight (the merchant's own `useDeleteCard`) is followed.
 */
export function useDeleteFlow({ customerId, onDeleted, onDeleteError }: DeleteFlowOptions) {
  const [dialog, setDialog] = useState<DeleteDialogState>(CLOSED);
  // Two clicks before React re-renders the pending dialog: one delete, one outcome.
  const sent = useRef<string | null>(null);
  const client = useSavedCardsClient();
  const queryClient = useQueryClient();
  const { mutateAsync: deleteCard } = useDeleteCard({ customerId });

  const ask = useCallback((card: SavedCard) => setDialog({ status: 'confirming', card }), []);
  function close() {
    sent.current = null;
    setDialog(CLOSED);
  }
  function confirm(card: SavedCard) {
    if (sent.current === card.token) return;
    sent.current = card.token;
    setDialog({ status: 'deleting', card });
    const inFlight = queryClient
      .getMutationCache()
      .findAll({ mutationKey: savedCardsKeys.delete(client, customerId), status: 'pending' })
      .find((pending) =>
        tokensOf(pending.state.variables as DeleteCardVariables).some((token) => card.tokens.includes(token)),
      );
    (inFlight ? outcomeOf(queryClient, inFlight) : deleteCard(card)).then(
      () => {
        close();
        onDeleted(card);
      },
      (error: SavedCardsError) => {
        close();
        onDeleteError(error, card);
      },
    );
  }
  return { dialog, ask, close, confirm };
}
