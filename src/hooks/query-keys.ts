import { queryOptions, replaceEqualDeep } from '@tanstack/react-query';
import type { SavedCardsClient } from '../client/create-client';
import { savedCardsKeys } from '../client/query-key';
import type { SavedCardList } from '../core/card';
import { isSavedCardsError, type SavedCardsError } from '../core/errors';

export { savedCardsKeys } from '../client/query-key';

/** Retries network trouble, timeouts and 5xx, twice at most; never a 4xx or an answer it could not read. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isSavedCardsError(error) && error.isRetryable;
}

/** Structural sharing by token, not position: an unchanged card keeps its identity, so its row skips a render. */
export function shareCardList(previous: unknown, next: unknown): unknown {
  const before = previous as SavedCardList | undefined;
  const after = next as SavedCardList;
  if (!before?.cards || !after?.cards) return next;
  const known = new Map(before.cards.map((card) => [card.token, card]));
  const cards = after.cards.map((card) => {
    const old = known.get(card.token);
    return old && replaceEqualDeep(old, card) === old ? old : card;
  });
  const issues = replaceEqualDeep(before.issues, after.issues);
  const capabilities = replaceEqualDeep(before.capabilities, after.capabilities);
  const unchanged =
    issues === before.issues &&
    capabilities === before.capabilities &&
    cards.length === before.cards.length &&
    cards.every((card, index) => card === before.cards[index]);
  return unchanged ? before : { cards, issues, capabilities };
}

/** Which list a query is: whose cards, and whether duplicates of one physical card are grouped. */
export interface SavedCardsQueryScope {
  /** Who the cards belong to; part of the cache key. */
  customerId?: string | null;
  /** One entry per physical card (default) or one per saved token. */
  dedupe?: boolean;
}

/**
 * The list query's key and fetcher, defined once: to prefetch, or for `useQuery` directly.
 *
 * @example
 * await queryClient.prefetchQuery(savedCardsQueryOptions(client, { customerId }));
 */
export function savedCardsQueryOptions(client: SavedCardsClient, scope: SavedCardsQueryScope = {}) {
  const dedupe = scope.dedupe ?? true;
  return queryOptions<SavedCardList, SavedCardsError, SavedCardList, ReturnType<typeof savedCardsKeys.list>>({
    queryKey: savedCardsKeys.list(client, scope.customerId, dedupe),
    queryFn: ({ signal }) => client.listCards({ signal, dedupe }),
    retry: shouldRetry,
    structuralSharing: shareCardList,
  });
}
