// What the browser client and the server handler agree on about HTTP. No DOM, no React: the server uses it too.
import { SavedCardsError } from './errors';
import { isSafeToken } from './token';

/** Every request to the merchant's endpoint carries it, so a cross-site DELETE always needs a CORS preflight. */
export const REQUESTED_WITH_HEADER = 'X-Requested-With';
/** The value the client sends in {@link REQUESTED_WITH_HEADER} unless the merchant sets its own. */
export const REQUESTED_WITH_VALUE = 'react-saved-cards';

/**
 * Turns a token into exactly one URL path segment, or throws `invalid-token` before anything is sent.
 *
 * @example
 * tokenPathSegment('tok 1'); // 'tok%201'
 * tokenPathSegment('../admin'); // throws SavedCardsError { kind: 'invalid-token' }
 */
export function tokenPathSegment(token: unknown): string {
  if (!isSafeToken(token)) throw new SavedCardsError('invalid-token');
  return encodeURIComponent(token);
}

/**
 * The error for a failing answer: 401/403 `unauthorized`, 404 `not-found`, 409/423 or a refusal the
 * adapter recognised `rejected`, anything else `http`.
 */
export function errorForStatus(status: number, read?: { kind?: 'rejected'; reason?: string }): SavedCardsError {
  const kind =
    status === 401 || status === 403
      ? 'unauthorized'
      : status === 404
        ? 'not-found'
        : status === 409 || status === 423 || read?.kind === 'rejected'
          ? 'rejected'
          : 'http';
  return new SavedCardsError(kind, { status, reason: read?.reason });
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs` or when `outer` does, and settles then even
 * if `work` ignores the signal (a stalled body, a hung session store). The deadline rejects with
 * `timeout`, `outer` with its own reason.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const abort = (reason: unknown) => {
    controller.abort(reason);
    stop(controller.signal.reason);
  };
  const timeout = new SavedCardsError('timeout');
  const timer = setTimeout(() => abort(timeout), timeoutMs);
  const forwardAbort = () => abort(outer?.reason);
  if (outer?.aborted) forwardAbort();
  outer?.addEventListener('abort', forwardAbort, { once: true });
  try {
    return await Promise.race([work(controller.signal), stopped]);
  } catch (error) {
    throw controller.signal.reason === timeout && !(error instanceof SavedCardsError) ? timeout : error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
    // The race's loser must not surface as an unhandled rejection.
    stopped.catch(() => undefined);
  }
}

/** A body's bytes, or `undefined` as soon as there are more than `limit`; throws when `signal` aborts. */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
  signal: AbortSignal,
): Promise<Uint8Array | undefined> {
  const reader = stream?.getReader();
  if (!reader) return new Uint8Array();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      // Cancelled by the deadline: the body did not arrive, whatever the reader says.
      signal.throwIfAborted();
      if (done) {
        const bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
        return bytes;
      }
      size += value.byteLength;
      if (size > limit) {
        cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

// A card list is a few KB; anything bigger is not an answer we can use.
const MAX_ANSWER_BYTES = 1_000_000;

/** `application/json` or a `+json` type such as `application/problem+json`. */
const JSON_CONTENT_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/** An answer's status and body: parsed JSON, or `undefined` when empty (`hasText` false) or not JSON. */
export interface HttpAnswer {
  status: number;
  body: unknown;
  hasText: boolean;
}

/**
 * One request within a deadline, its answer read up to 1 MB and parsed as JSON (whatever its
 * content type with `anyContentType`). Throws `SavedCardsError`s, or the caller's abort reason;
 * any other failure is `network`, never the fetch error (it may quote the URL).
 */
export async function fetchJson(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  send: (deadline: AbortSignal) => Promise<Response>,
  anyContentType = false,
): Promise<HttpAnswer> {
  try {
    return await withDeadline(timeoutMs, signal, async (deadline) => {
      const response = await send(deadline);
      const bytes = await readCapped(response.body, MAX_ANSWER_BYTES, deadline);
      if (!bytes) throw new SavedCardsError('invalid-response');
      const text = new TextDecoder().decode(bytes);
      const hasText = text.trim() !== '';
      // Headers hands values trimmed, as the Fetch standard normalises them.
      const isJson = anyContentType || JSON_CONTENT_TYPE.test(response.headers.get('Content-Type') ?? '');
      let body: unknown;
      if (hasText && isJson)
        try {
          body = JSON.parse(text);
        } catch {
          // Not JSON after all: no body.
        }
      return { status: response.status, body, hasText };
    });
  } catch (error) {
    if (error instanceof SavedCardsError) throw error;
    if (signal?.aborted) throw signal.reason ?? error;
    throw new SavedCardsError('network');
  }
}
