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

/**
 * The one wiring of `<SavedCards>` and `<ManageSavedCards>`: the shopper's cards (deletes in flight stay listed,
 * shown as deleting, until the backend confirmed them), the section's texts and ids, the skeleton count, the
 * delete flow and the list's focus owner. A confirmed delete moves focus past the card, a failed one back to it.
 */
export function useCardsView(
  { showDuplicates, onDeleted, onDeleteError, ...section }: CardsViewProps,
  primary: string,
  arrange: ((cards: readonly SavedCard[]) => readonly SavedCard[]) | undefined,
  deleted: (card: SavedCard) => void,
  failed: (error: SavedCardsError, card: SavedCard) => void,
  retryPart?: string,
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
