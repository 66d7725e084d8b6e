'use client';
import { useId, useMemo } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useSavedCards } from '../hooks/use-saved-cards';
import type { ManageSavedCardsProps } from './manage-saved-cards';
import { useCardFocus } from './use-card-focus';
import { useDeleteFlow } from './use-delete-flow';

/** What both connected views take alike (documented on `<SavedCards>`), and the section's own attributes. */
export type CardsViewProps = Omit<ManageSavedCardsProps, 'messages' | 'classNames' | 'addCard'>;

/** What a view tells the wiring: how its rows are found and ordered, and what it does after a delete. */
export interface CardsViewWiring {
  /** The control of a row that gets focus when its card is focused (the checkout's radio, manage's first action). */
  primary: string;
  /** Reorders the loaded cards (manage puts the default first), or filters them (the checkout's `hideExpired`). */
  arrange?: (cards: readonly SavedCard[]) => readonly SavedCard[];
  /** After the backend confirmed a delete, before the merchant's `onDeleted`. */
  deleted: (card: SavedCard) => void;
  /** After a delete failed, before the merchant's `onDeleteError`. */
  failed: (error: SavedCardsError, card: SavedCard) => void;
  /** The control a failed delete returns focus to (manage's Delete); else the row's `primary`. */
  retryPart?: string;
}

/**
 * The one wiring of `<SavedCards>` and `<ManageSavedCards>`: the shopper's cards (deletes in flight stay listed,
 * shown as deleting, until the backend confirmed them), the heading's id, the delete flow and the list's focus
 * owner. A confirmed delete moves focus past the card, a failed one back to it.
 */
export function useCardsView(
  { showDuplicates, onDeleted, onDeleteError, ...section }: CardsViewProps,
  { primary, arrange, deleted, failed, retryPart }: CardsViewWiring,
) {
  const headingId = useId();
  const { customerId } = section;
  const query = useSavedCards({ customerId, dedupe: !showDuplicates, includePendingDeletes: true });
  const loaded = query.data;
  const cards = useMemo(() => (arrange && loaded ? arrange(loaded) : loaded), [loaded, arrange]);
  const flow = useDeleteFlow({
    customerId,
    onDeleted: (card) => {
      focus.movePast(card.token);
      deleted(card);
      onDeleted?.(card);
    },
    onDeleteError: (error, card) => {
      focus.returnTo(card.token, retryPart);
      failed(error, card);
      onDeleteError?.(error, card);
    },
  });
  const focus = useCardFocus(cards, flow.dialog.status !== 'closed', primary);
  return {
    ...flow,
    headingId,
    query,
    cards,
    focus,
    headingRef: focus.heading,
    section,
  };
}

/** The wiring one view renders with. */
export type CardsView = ReturnType<typeof useCardsView>;
