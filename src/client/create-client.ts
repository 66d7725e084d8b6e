import type { SavedCardList } from '../core/card';
import { clientId } from './query-key';
import { SavedCardsError } from '../core/errors';
import { failWhenNoneReadable, normalizeCards } from '../core/normalize';
import { checkNickname } from '../core/nickname';
import { tokenPathSegment } from '../core/http';
import { jsonAdapter } from '../adapters/json';
import type { SavedCardsAdapter } from '../adapters/types';
import { createSend, readAnswer } from './transport';

type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * What `createSavedCardsClient` takes: the merchant's endpoint and its shape, and how to send requests to it
 * (headers, cookies, deadline, fetch), judge expiry, and react to a lost session.
 */
export interface SavedCardsClientConfig {
  /** The merchant's own endpoint, e.g. "/api/saved-cards". Never a payment provider's URL. */
  endpoint: string;
  /** The backend's shape. Default: {@link jsonAdapter}. */
  adapter?: SavedCardsAdapter;
  /** Extra headers, or a (possibly async) function returning them, e.g. for a CSRF token. It runs within `timeoutMs`; if it fails, the request fails as `network`. */
  headers?: HeadersSource;
  /** Cookie policy of every request. Default: "same-origin". */
  credentials?: RequestCredentials;
  /** Give up after this many milliseconds. Default: 15000. */
  timeoutMs?: number;
  /** The fetch to use. Default: the global one. */
  fetch?: typeof fetch;
  /** The clock for expiry states. Default: `() => new Date()`. */
  now?: () => Date;
  /** Calendar months ahead that count as "expiring soon" (0 = this month). Default: 1. */
  expiringSoonMonths?: number;
  /** Called on every 401 or 403, e.g. to send the shopper to sign in. What it throws is ignored: the error stays `unauthorized`. */
  onUnauthorized?: (error: SavedCardsError) => void;
}

/** Options of every client call. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of `listCards`. */
export interface ListOptions extends RequestOptions {
  /** One entry per physical card (default) or one per saved token. */
  dedupe?: boolean;
}

/** Talks to the merchant's endpoint. Framework-free; the hooks wrap it. */
export interface SavedCardsClient {
  /** Identifies the endpoint and shape in cache keys. */
  readonly id: string;
  /** Lists the shopper's cards. Bad cards are skipped and reported in `issues`. */
  listCards(options?: ListOptions): Promise<SavedCardList>;
  /**
   * Deletes one token, or every token of one physical card, in parallel.
   * A 404, or an answer the adapter's `notFound` calls gone, counts as deleted. Rejects with the first failure.
   */
  deleteCard(tokens: string | readonly string[], options?: RequestOptions): Promise<void>;
  /** Makes one token the shopper's default card (`PATCH {endpoint}/{token}`). A 404 is a `not-found` failure. */
  setDefaultCard(token: string, options?: RequestOptions): Promise<void>;
  /**
   * Names one token (`PATCH {endpoint}/{token}`). The name is checked first (`checkNickname`): a refused
   * one rejects with `invalid-nickname` and nothing is sent.
   */
  renameCard(token: string, nickname: string, options?: RequestOptions): Promise<void>;
}

/**
 * Creates the client the hooks use.
 *
 * @example
 * const client = createSavedCardsClient({
 *   endpoint: '/api/saved-cards',
 *   adapter: payuAdapter(),
 *   headers: async () => ({ 'X-CSRF-Token': await getCsrfToken() }),
 *   credentials: 'same-origin',
 * });
 */
export function createSavedCardsClient(config: SavedCardsClientConfig): SavedCardsClient {
  const adapter = config.adapter ?? jsonAdapter();
  const send = createSend(config, adapter);

  async function deleteOne(segment: string, options: RequestOptions): Promise<void> {
    try {
      const body = await send(adapter.deleteRequest(segment), options.signal, false);
      if (body !== undefined) readAnswer(() => adapter.parseDelete?.(body));
    } catch (error) {
      // Already gone is what the shopper asked for.
      if (error instanceof SavedCardsError && error.kind === 'not-found') return;
      throw error;
    }
  }

  /** One change to one token; unlike a delete, a 404 is a failure: the card to change is gone. */
  async function change(token: string, body: Record<string, unknown>, options: RequestOptions): Promise<void> {
    const segment = tokenPathSegment(token);
    const request = adapter.updateRequest?.(segment);
    if (!request) throw new SavedCardsError('rejected', { reason: 'This backend cannot change saved cards.' });
    await send(request, options.signal, false, body);
  }

  return {
    id: clientId(adapter.name, config.endpoint),
    async listCards(options = {}) {
      const body = await send({ method: 'GET' }, options.signal, true);
      const parsed = readAnswer(() => adapter.parseList(body));
      const list = normalizeCards(parsed.cards, {
        dedupe: options.dedupe,
        now: config.now?.(),
        expiringSoonMonths: config.expiringSoonMonths,
        issues: parsed.issues,
        capabilities: parsed.capabilities,
      });
      failWhenNoneReadable(list.cards.length, list.issues);
      return list;
    },
    async deleteCard(tokens, options = {}) {
      const list = [...new Set([tokens].flat())];
      if (list.length === 0) throw new SavedCardsError('invalid-token');
      // Check every token before sending any, so a bad one never leaves a card half deleted.
      const segments = list.map(tokenPathSegment);
      const results = await Promise.allSettled(segments.map((segment) => deleteOne(segment, options)));
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
    },
    setDefaultCard(token, options = {}) {
      return change(token, { isPreferred: true }, options);
    },
    async renameCard(token, nickname, options = {}) {
      return change(token, { nickname: checkNickname(nickname) }, options);
    },
  };
}
