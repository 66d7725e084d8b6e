import { SavedCardsError } from './errors';

/**
 * Runs `work` with a signal that aborts after `timeoutMs`, or as soon as `outer`
 * aborts. When the deadline (not the caller) stopped the work, it rejects with a
 * `timeout` error; anything else `work` throws comes through unchanged, for the
 * caller to read. Shared by the browser client, the provider calls and the server handler.
 */
export async function withDeadline<T>(timeoutMs: number, outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) forwardAbort();
  outer?.addEventListener('abort', forwardAbort, { once: true });
  try {
    return await work(controller.signal);
  } catch (error) {
    if (timedOut && !(error instanceof SavedCardsError)) throw new SavedCardsError('timeout');
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}
