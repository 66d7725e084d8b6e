'use client';
import { useCallback, useRef, useState } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useDeleteCard } from '../hooks/use-delete-card';

/** The delete dialog: one union, so "deleting" can only be true of the card being confirmed. */
export type DeleteDialogState =
  { status: 'closed' } | { status: 'confirming'; card: SavedCard } | { status: 'deleting'; card: SavedCard };
const CLOSED: DeleteDialogState = { status: 'closed' };

interface DeleteFlowOptions {
  customerId: string | null | undefined;
  dedupe: boolean;
  /** After the backend confirmed; the dialog has closed. */
  onDeleted: (card: SavedCard) => void;
  /** After the delete failed; the dialog has closed and the card is back. */
  onDeleteError: (error: SavedCardsError, card: SavedCard) => void;
}

/**
 * The connected views' delete: ask → confirm → wait in the dialog → outcome. The dialog stays open until the
 * backend answers, so a card leaves the screen only once its delete succeeded.
 */
export function useDeleteFlow({ customerId, dedupe, onDeleted, onDeleteError }: DeleteFlowOptions) {
  const [dialog, setDialog] = useState<DeleteDialogState>(CLOSED);
  // Two clicks before React re-renders the pending dialog: one delete, one outcome.
  const sent = useRef<string | null>(null);
  const { mutateAsync: deleteCard } = useDeleteCard({ customerId, dedupe });

  const ask = useCallback((card: SavedCard) => setDialog({ status: 'confirming', card }), []);
  function close() {
    sent.current = null;
    setDialog(CLOSED);
  }
  function confirm(card: SavedCard) {
    if (sent.current === card.token) return;
    sent.current = card.token;
    setDialog({ status: 'deleting', card });
    // The request's own promise, so a delete of this card the merchant's code started settles the dialog too.
    deleteCard(card.token).then(
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
