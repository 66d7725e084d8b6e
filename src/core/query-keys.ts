/** What a cache key needs of a client: its id. The server's prefetch builds one from the endpoint. */
export interface KeyedClient {
  readonly id: string;
}

/** A client's id: its adapter and endpoint, so two endpoints on one page never share a cache entry. */
export function clientId(adapterName: string, endpoint: string): string {
  return `${adapterName} ${endpoint}`;
}

/**
 * Cache keys. Every key holds the client's id and the customer scope, so two
 * shoppers (or two endpoints) on one page never share cards.
 */
export const savedCardsKeys = {
  all: ['react-saved-cards'] as const,
  scope: (client: KeyedClient, customerId?: string | null) =>
    ['react-saved-cards', client.id, customerId ?? null] as const,
  /** Every list of one customer (with and without duplicates): what a delete or a change updates and refetches. */
  lists: (client: KeyedClient, customerId?: string | null) =>
    [...savedCardsKeys.scope(client, customerId), 'list'] as const,
  list: (client: KeyedClient, customerId?: string | null, dedupe = true) =>
    [...savedCardsKeys.lists(client, customerId), { dedupe }] as const,
  delete: (client: KeyedClient, customerId?: string | null) =>
    [...savedCardsKeys.scope(client, customerId), 'delete'] as const,
  /** Every default or name change of one customer (`useSetDefaultCard`, `useRenameCard`). */
  change: (client: KeyedClient, customerId?: string | null) =>
    [...savedCardsKeys.scope(client, customerId), 'change'] as const,
};
