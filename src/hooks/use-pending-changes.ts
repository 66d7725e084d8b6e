'use client';
import { useMutationState, type Mutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SavedCard } from '../core/card';
import { checkNickname } from '../core/nickname';
import { useSavedCardsClient } from './provider';
import { savedCardsKeys } from './query-keys';

/** A default or name change in flight, as `useSetDefaultCard` and `useRenameCard` were asked for it. */
export interface PendingCardChange {
  token: string;
  kind: 'setDefault' | 'rename';
  /** A rename's name, as `checkNickname` returned it. */
  nickname?: string;
}

const describers = {
  setDefault: (token: string) => ({ token, kind: 'setDefault' as const }),
  rename: ({ token, nickname }: { token: string; nickname: string }) => ({
    token,
    kind: 'rename' as const,
    nickname: checkNickname(nickname),
  }),
};
type ChangeKind = keyof typeof describers;

/** What `mutate` takes for each kind of change: `useSetDefaultCard` a token, `useRenameCard` a token and a name. */
export type CardChangeVariables = { [K in ChangeKind]: Parameters<(typeof describers)[K]>[0] };
/** The change each kind's variables ask for. */
export type CardChange<K extends ChangeKind> = ReturnType<(typeof describers)[K]>;

/** The change a mutation's variables ask for. Throws (`invalid-nickname`) for a name that cannot be given. */
export function describeChange<K extends ChangeKind>(kind: K, variables: CardChangeVariables[K]): CardChange<K> {
  return describers[kind](variables as never) as CardChange<K>;
}

/** The change a pending mutation shows, from its key's last part (the kind) and its variables; none for a refused name. */
function changeOf(mutation: Mutation<unknown, Error, unknown, unknown>): PendingCardChange | undefined {
  const kind = mutation.options.mutationKey?.at(-1) as ChangeKind;
  try {
    return describers[kind](mutation.state.variables as never);
  } catch {
    return undefined;
  }
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
 * Every default or name change in flight for this customer, in submission order, read from the changes'
 * variables: `useSavedCards` shows them over the cached list until they settle.
 *
 * @example
 * const changes = usePendingChanges({ customerId });
 * const isSaving = changes.some((change) => card.tokens.includes(change.token));
 */
export function usePendingChanges(options: { customerId?: string | null } = {}): readonly PendingCardChange[] {
  const client = useSavedCardsClient();
  const changes = useMutationState({
    filters: { mutationKey: savedCardsKeys.change(client, options.customerId), status: 'pending' },
    select: changeOf,
  });
  // useMutationState keeps its answer's identity while nothing changed; the changes follow it.
  return useMemo(() => changes.filter((change) => change !== undefined), [changes]);
}
