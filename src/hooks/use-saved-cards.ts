'use client';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  DEFAULT_CAPABILITIES,
  type CardIssue,
  type SavedCard,
  type SavedCardList,
  type SavedCardsCapabilities,
} from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { withoutUndefined } from '../core/objects';
import { useSavedCardsClient } from './provider';
import { savedCardsQueryOptions, type SavedCardsQueryScope } from './query-keys';
import { usePendingDeletes } from './use-pending-deletes';
import { usePendingChanges, withChanges } from './use-pending-changes';

/** Options of `useSavedCards`: the cache scope (`customerId`, `dedupe`) and a few of react-query's query options. */
export interface UseSavedCardsOptions extends SavedCardsQueryScope {
  /** Set false to wait, e.g. until the shopper is known. Default true. */
  enabled?: boolean;
  /** How long a loaded list counts as fresh, in ms. Default: the query client's (30 s with a private one). */
  staleTime?: number;
  refetchOnWindowFocus?: boolean;
  /** Keep listing cards whose delete is in flight instead of hiding them. Default false. */
  includePendingDeletes?: boolean;
}

/**
 * What `useSavedCards` returns: react-query's query result with its tracked properties kept, the list's cards as
 * `data`, and what the kit adds beside them.
 */
export type UseSavedCardsResult = Omit<UseQueryResult<SavedCardList, SavedCardsError>, 'data'> & {
  /** The cards to show, in display order; cards being deleted are left out, defaults and names in flight shown. */
  data: readonly SavedCard[] | undefined;
  /** Cards the kit skipped because the backend sent them malformed (index and field, no card data). */
  issues: readonly CardIssue[];
  /** What the backend can do, from the list's answer; `DEFAULT_CAPABILITIES` until it has loaded. */
  capabilities: SavedCardsCapabilities;
  /** Every token whose delete is in flight (as `usePendingDeletes`), to show a card as deleting. */
  deletingTokens: readonly string[];
  /** The token of each default or name change in flight (as `usePendingChanges`), to show a card as saving. */
  changingTokens: readonly string[];
};

type Replaced = 'data' | 'issues' | 'capabilities' | 'deletingTokens' | 'changingTokens';

const NO_ISSUES: readonly CardIssue[] = [];

/**
 * Lists the shopper's saved cards from the merchant's endpoint.
 *
 * @example
 * const { data: cards, error, refetch } = useSavedCards({ customerId: session.userId });
 * const { capabilities, deletingTokens } = useSavedCards({ customerId, includePendingDeletes: true });
 * const isDeleting = (card: SavedCard) => card.tokens.some((token) => deletingTokens.includes(token));
 */
export function useSavedCards(options: UseSavedCardsOptions = {}): UseSavedCardsResult {
  const client = useSavedCardsClient();
  const { customerId, dedupe, includePendingDeletes = false, enabled, staleTime, refetchOnWindowFocus } = options;
  const query = useQuery({
    ...savedCardsQueryOptions(client, { customerId, dedupe }),
    // Only what the caller set: an undefined would override the query client's defaults.
    ...withoutUndefined({ enabled, staleTime, refetchOnWindowFocus }),
  });
  const pending = usePendingDeletes({ customerId });
  const changes = usePendingChanges({ customerId });
  const list = query.data;
  const cards = useMemo(() => {
    if (!list) return undefined;
    const shown =
      includePendingDeletes || pending.length === 0
        ? list.cards
        : list.cards.filter((card) => !card.tokens.some((token) => pending.includes(token)));
    // Over the cached list, not written into it: a refetch meanwhile cannot undo a change in flight.
    return withChanges(shown, changes);
  }, [list, pending, changes, includePendingDeletes]);
  const changing = useMemo(() => changes.map((change) => change.token), [changes]);
  return withData(query, {
    data: cards,
    issues: list?.issues ?? NO_ISSUES,
    capabilities: list?.capabilities ?? DEFAULT_CAPABILITIES,
    deletingTokens: pending,
    changingTokens: changing,
  });
}

/**
 * The query's result with the kit's fields in place of or beside react-query's. A view, not a spread: a spread
 * reads every field and so subscribes to every change, where react-query re-renders only for the fields read.
 */
function withData(
  query: UseQueryResult<SavedCardList, SavedCardsError>,
  replaced: Pick<UseSavedCardsResult, Replaced>,
): UseSavedCardsResult {
  const isReplaced = (key: PropertyKey): key is Replaced => Object.hasOwn(replaced, key);
  return new Proxy(query, {
    get: (target, key) => (isReplaced(key) ? replaced[key] : Reflect.get(target, key)),
    has: (target, key) => isReplaced(key) || Reflect.has(target, key),
    ownKeys: (target) => [...new Set([...Reflect.ownKeys(target), ...Object.keys(replaced)])],
    getOwnPropertyDescriptor: (target, key) =>
      isReplaced(key)
        ? { value: replaced[key], enumerable: true, configurable: true, writable: true }
        : Reflect.getOwnPropertyDescriptor(target, key),
  }) as unknown as UseSavedCardsResult;
}
