'use client';
import { useMutationState, type Mutation, type MutationStatus } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SavedCard } from '../core/card';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';

/** A default or name change in flight, as `useSetDefaultCard` and `useRenameCard` record it (their mutation context). */
export interface PendingCardChange {
  token: string;
  kind: 'setDefault' | 'rename';
  /** A rename's name, as `checkNickname` returned it. */
  nickname?: string;
}

/** One change mutation as the overlay needs it; the context is set just after it turns pending. */
export interface ChangeRecord {
  id: number;
  status: MutationStatus;
  change: PendingCardChange | undefined;
}

export function changeRecordOf(mutation: Mutation<unknown, Error, unknown, unknown>): ChangeRecord {
  const change = mutation.state.context as PendingCardChange | undefined;
  return { id: mutation.mutationId, status: mutation.state.status, change };
}

/** What a change decides: the customer's one default card, or one token's name. */
const slotOf = (change: PendingCardChange) => (change.kind === 'setDefault' ? change.kind : `rename ${change.token}`);

/**
 * The pending changes that still decide what shows, in submission order. One overtaken by a later change of the
 * same slot that already succeeded is left out: the later one is the shopper's wish, and it is in the cache.
 */
export function changesInFlight(records: readonly ChangeRecord[]): PendingCardChange[] {
  const sorted = [...records].sort((first, second) => first.id - second.id);
  return sorted.flatMap(({ status, change }, index) => {
    if (status !== 'pending' || !change) return [];
    const superseded = sorted
      .slice(index + 1)
      .some((later) => later.status === 'success' && later.change && slotOf(later.change) === slotOf(change));
    return superseded ? [] : [change];
  });
}

function withChange(cards: readonly SavedCard[], change: PendingCardChange): readonly SavedCard[] {
  // By any token: a refetch may list the physical card under another of its tokens meanwhile.
  const target = cards.find((card) => card.tokens.includes(change.token));
  if (!target) return cards;
  if (change.kind === 'rename')
    return cards.map((card) => (card === target ? { ...card, nickname: change.nickname } : card));
  const others = cards
    .filter((card) => card !== target)
    .map((card) => (card.isPreferred ? { ...card, isPreferred: false } : card));
  return [target.isPreferred ? target : { ...target, isPreferred: true }, ...others];
}

/**
 * The cards with the changes applied in order: a new default goes first and alone is preferred, a rename shows
 * its name, a change to a card no longer listed does nothing. Untouched cards keep their identity (memoized rows).
 */
export function withChanges(cards: readonly SavedCard[], changes: readonly PendingCardChange[]): readonly SavedCard[] {
  return changes.reduce(withChange, cards);
}

/**
 * Every default or name change in flight for this customer that still decides what shows, in submission order:
 * `useSavedCards` shows them over the cached list until they settle.
 *
 * @example
 * const changes = usePendingChanges({ customerId });
 * const isSaving = changes.some((change) => card.tokens.includes(change.token));
 */
export function usePendingChanges(options: { customerId?: string | null } = {}): readonly PendingCardChange[] {
  const client = useSavedCardsClient();
  const records = useMutationState({
    filters: { mutationKey: savedCardsKeys.change(client, options.customerId) },
    select: changeRecordOf,
  });
  // useMutationState keeps its answer's identity while nothing changed; the changes follow it.
  return useMemo(() => changesInFlight(records), [records]);
}
