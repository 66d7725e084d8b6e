import type { CardInput, CardIssue, SavedCardsCapabilities } from '../core/card';

/** A request an adapter asks the client to send, relative to the endpoint. */
export interface AdapterRequest {
  method: 'GET' | 'DELETE' | 'PATCH';
  /** Appended to the endpoint, e.g. "/tok_123/". Tokens in it arrive already checked and encoded. */
  path?: string;
}

/** What `parseList` returns: cards in the kit's field names, not yet checked. */
export interface AdapterListResult {
  cards: CardInput[];
  /** Problems the adapter found itself, e.g. a map entry that is not an object. */
  issues?: CardIssue[];
  /** What the backend said it can do; the client fills in the defaults for the rest. */
  capabilities?: Partial<SavedCardsCapabilities>;
}

/** How a failing answer reads, in the adapter's judgement. */
export interface AdapterFailure {
  /** `rejected` when the backend refused on purpose (a locked card, PayU `status: 0`). */
  kind?: 'rejected';
  /** The backend's explanation. Untrusted: the client redacts it before keeping it. */
  reason?: string;
}

/**
 * Teaches the client one backend shape. Keep it pure: no fetch, no React.
 * Throw a `SavedCardsError` from `parseList`/`parseDelete` when the answer says no
 * or cannot be read; the client turns anything else thrown into `invalid-response`.
 *
 * @example
 * const myAdapter: SavedCardsAdapter = {
 *   name: 'my-backend',
 *   parseList: (body) => ({ cards: (body as { items: CardInput[] }).items }),
 *   deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
 * };
 */
export interface SavedCardsAdapter {
  /** A short id, part of the cache key. */
  readonly name: string;
  /** Turns a successful list answer (parsed JSON) into cards. */
  parseList(body: unknown): AdapterListResult;
  /** The delete call for one token segment (already validated and URL-encoded). */
  deleteRequest(tokenSegment: string): AdapterRequest;
  /** The change call (`PATCH`) for one token segment, for backends that can set a default or a name. */
  updateRequest?(tokenSegment: string): AdapterRequest;
  /** Checks a successful delete answer that has a JSON body; throw when it says no. */
  parseDelete?(body: unknown): void;
  /** Reads a failing answer's JSON body (or `undefined` when it had none). */
  parseError?(status: number, body: unknown): AdapterFailure | undefined;
  /**
   * Whether a failing answer to a delete or a change says the card is already gone (what the shopper asked
   * for), in the backend's own words: Stripe's "not attached", Razorpay's "does not exist". A 404 always is.
   */
  notFound?(status: number, body: unknown): boolean;
}
