/** Which of the handler's routes a request was for; `null` when its path is not the handler's. */
export type SavedCardsRoute = 'list' | 'delete' | 'update' | null;

/** What the handler reports of one request. Holds no token, card data or secret. */
export interface SavedCardsRequestInfo {
  readonly provider: string;
  /** The request's method, e.g. "DELETE". */
  readonly method: string;
  readonly route: SavedCardsRoute;
  /** Also sent back in the `X-Request-Id` response header. */
  readonly requestId: string;
}

/** A failed request. */
export interface SavedCardsServerEvent extends SavedCardsRequestInfo {
  /** The HTTP status the browser got; 499 when the browser went away before the answer. */
  readonly status: number;
  /** The error `code` the browser got, e.g. "provider-unavailable"; "client-closed-request" for 499. */
  readonly code: string;
}

/**
 * A list answered without some of the provider's cards, because a field could not be read; with `passThrough`,
 * also the fields left out of a card because their value was not of their type.
 */
export interface SavedCardsSkippedEvent extends SavedCardsRequestInfo {
  /**
   * Which card (its position in the provider's answer) and which field, in the kit's names; a field pass-through
   * left out in the provider's name (index -1: the answer's envelope, e.g. PayU's `status`). Never a value.
   */
  readonly skipped: readonly { readonly index: number; readonly field: string }[];
}

/** The lines the handler logs when the merchant gives no callbacks: fixed words, codes and ids only. */
function describe(event: SavedCardsRequestInfo): string {
  return `[react-saved-cards/server] ${event.provider} ${event.method} ${event.route ?? 'unknown route'} (request ${event.requestId})`;
}

export function logFailure(event: SavedCardsServerEvent): void {
  if (event.status >= 500) console.warn(`${describe(event)} failed: ${event.code} (${event.status})`);
}

export function logSkipped(event: SavedCardsSkippedEvent): void {
  const fields = event.skipped.map(({ index, field }) => `card ${index} ${field}`).join(', ');
  console.warn(`${describe(event)} left out ${event.skipped.length} unreadable card(s): ${fields}`);
}

/** Calls the merchant's callback; a broken logger must not turn an answer into a crash. */
export function report<T>(callback: (event: T) => void, event: T): void {
  try {
    callback(event);
  } catch {
    // Nothing to do: the answer stands.
  }
}
