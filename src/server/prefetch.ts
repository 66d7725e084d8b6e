import { jsonAdapter } from '../adapters/json';
import type { SavedCardList } from '../core/card';
import { withDeadline } from '../core/http';
import type { ExpiryOptions } from '../core/expiry';
import { normalizeCards } from '../core/normalize';
import { clientId, savedCardsKeys } from '../core/query-keys';
import { createAccountReferencer } from './account-reference';
import { capabilitiesOf, jsonListAnswer, readProviderList } from './list-answer';
import { applyPreferences, type SavedCardsPreferences } from './preferences';
import type { PaymentProvider } from './provider';

/** The part of a react-query `QueryClient` the prefetch writes to (kept structural: the server entry loads no React). */
export interface PrefetchCache {
  setQueryData(queryKey: readonly unknown[], data: SavedCardList): unknown;
}

/** What `prefetchSavedCards` reads the shopper's cards with: the provider, the customer and the cache scope the browser will use. */
export interface PrefetchSavedCardsOptions extends ExpiryOptions {
  /** The same provider the handler uses. */
  provider: PaymentProvider;
  /** The signed-in shopper, from your session, as `getCustomerId` would say. */
  customerId: string;
  /**
   * The browser client's `endpoint` (with the default `jsonAdapter()`), which is part of the cache key.
   * Default: "/api/saved-cards".
   */
  endpoint?: string;
  /** As the browser's `customerId` option of `useSavedCards` / `<SavedCards>`. Default: none. */
  scope?: string | null;
  /** As the browser's `dedupe`. Default: true. */
  dedupe?: boolean;
  /** The same preferences store the handler uses, so the first HTML shows the stored default and names. */
  preferences?: SavedCardsPreferences;
  /** Give up after this many milliseconds; the browser then loads the list itself. Default: 10000. */
  timeoutMs?: number;
}

/**
 * Loads a shopper's cards in the server process (no HTTP round trip), through the handler's own
 * reading, checking and redaction, and puts them in `queryClient` under the key the browser reads.
 * Like react-query's `prefetchQuery` it never throws: on failure it returns `undefined` and leaves the
 * cache alone. Give the browser's QueryClient a `staleTime`, so hydration does not refetch at once.
 *
 * @example
 * const queryClient = new QueryClient();
 * const list = await prefetchSavedCards(queryClient, { provider, customerId: session.customerId });
 * const payWith = list && defaultSelection(list.cards); // what the first HTML shows as selected
 * return <HydrationBoundary state={dehydrate(queryClient)}><Checkout /></HydrationBoundary>;
 */
export async function prefetchSavedCards(
  queryClient: PrefetchCache,
  options: PrefetchSavedCardsOptions,
): Promise<SavedCardList | undefined> {
  const { provider, preferences, customerId, endpoint = '/api/saved-cards', dedupe = true } = options;
  const adapter = jsonAdapter();
  try {
    const list = await withDeadline(options.timeoutMs ?? 10_000, undefined, async (signal) => {
      const { checked } = readProviderList(provider, await provider.listCards(customerId, signal));
      const shown = preferences ? applyPreferences(checked, await preferences.get(customerId)) : checked;
      // Through the JSON contract, as the browser gets it: the same fields, redaction and references.
      const answer = JSON.parse(
        JSON.stringify(await jsonListAnswer(shown, createAccountReferencer(), capabilitiesOf(provider, preferences))),
      ) as unknown;
      const parsed = adapter.parseList(answer);
      return normalizeCards(parsed.cards, {
        dedupe,
        now: options.now,
        expiringSoonMonths: options.expiringSoonMonths,
        issues: parsed.issues,
        capabilities: parsed.capabilities,
      });
    });
    queryClient.setQueryData(
      savedCardsKeys.list({ id: clientId(adapter.name, endpoint) }, options.scope, dedupe),
      list,
    );
    return list;
  } catch {
    return undefined;
  }
}
