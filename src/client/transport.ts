import { SavedCardsError } from '../core/errors';
import { errorForStatus, fetchJson, REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../core/http';
import type { AdapterRequest, SavedCardsAdapter } from '../adapters/types';
import type { SavedCardsClientConfig } from './create-client';

function joinUrl(endpoint: string, path = ''): string {
  const [base = '', query] = endpoint.split(/\?(.*)/s, 2);
  const trimmed = path ? base.replace(/\/+$/, '') : base;
  return `${trimmed}${path}${query ? `?${query}` : ''}`;
}

/** Sends one request to the merchant's endpoint and returns its parsed JSON body (`undefined` for an empty one). */
export type Send = (
  request: AdapterRequest,
  signal: AbortSignal | undefined,
  expectBody: boolean,
  json?: unknown,
) => Promise<unknown>;

/** The client's one way to the endpoint: headers, deadline, credentials, and failures as `SavedCardsError`. */
export function createSend(config: SavedCardsClientConfig, adapter: SavedCardsAdapter): Send {
  const timeoutMs = config.timeoutMs ?? 15_000;

  return async function send(request, signal, expectBody, json) {
    const { status, body, hasText } = await fetchJson(timeoutMs, signal, async (deadline) => {
      // Inside the deadline: a merchant's headers() that fails is a `network` failure, one that hangs a timeout.
      const source = typeof config.headers === 'function' ? await config.headers() : config.headers;
      const headers = new Headers(source);
      headers.set('Accept', 'application/json');
      headers.set(REQUESTED_WITH_HEADER, headers.get(REQUESTED_WITH_HEADER) || REQUESTED_WITH_VALUE);
      if (json !== undefined) headers.set('Content-Type', 'application/json');
      const fetchImpl = config.fetch ?? fetch;
      return fetchImpl(joinUrl(config.endpoint, request.path), {
        method: request.method,
        headers,
        credentials: config.credentials ?? 'same-origin',
        signal: deadline,
        ...(json !== undefined && { body: JSON.stringify(json) }),
      });
    });
    // A failing answer is read for its reason only: a broken body must not hide its status (a 503 stays retryable).
    if (status < 200 || status > 299) {
      // The backend's own words for a card already gone (Stripe's "not attached") mean what a 404 does; the list
      // is the one GET, every other call acts on a card.
      if (request.method !== 'GET' && adapter.notFound?.(status, body))
        throw new SavedCardsError('not-found', { status });
      const error = errorForStatus(status, adapter.parseError?.(status, body));
      try {
        if (error.kind === 'unauthorized') config.onUnauthorized?.(error);
      } catch {
        // Some routers' redirect() throws by design; that must not turn "sign in again" into a retried `network`.
      }
      throw error;
    }
    // A 2xx body we cannot read is not the endpoint's answer (a redirect to a login page, an unlabelled refusal),
    // and nothing at all is no list: a delete must not count either as done.
    if ((hasText || expectBody) && body === undefined) throw new SavedCardsError('invalid-response', { status });
    return body;
  };
}

/** Runs an adapter's parser: anything it throws that is not a SavedCardsError (and may quote the body) becomes invalid-response. */
export function readAnswer<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SavedCardsError) throw error;
    throw new SavedCardsError('invalid-response');
  }
}
