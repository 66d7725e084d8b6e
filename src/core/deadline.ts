import { SavedCardsError } from './errors';

/**
 * Runs `work` with a signal that aborts after `timeoutMs`, or as soon as `outer` aborts, and
 * settles then even if `work` ignores the signal (a stalled body, a hung session store).
 * The deadline rejects with a `timeout` error and `outer` with its own reason; anything else
 * `work` throws comes through unchanged. Shared by the browser client, the provider calls and
 * the server handler.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) forwardAbort();
  outer?.addEventListener('abort', forwardAbort, { once: true });
  let stop = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(timedOut ? new SavedCardsError('timeout') : controller.signal.reason);
    if (controller.signal.aborted) stop();
    controller.signal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([work(controller.signal), stopped]);
  } catch (error) {
    if (timedOut && !(error instanceof SavedCardsError)) throw new SavedCardsError('timeout');
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
    controller.signal.removeEventListener('abort', stop);
    // The race's loser must not surface as an unhandled rejection.
    stopped.catch(() => undefined);
  }
}
