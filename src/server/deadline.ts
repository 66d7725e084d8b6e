import { SavedCardsError } from '../core/errors';
import { HttpFailure, type Failure } from './failures';

/** One request's deadline, shared by its stages. */
export interface Deadline {
  /** Aborts when the deadline passes or the browser goes away; handed to the provider calls. */
  readonly signal: AbortSignal;
  /**
   * Runs one stage of the request. When the deadline passes during it, it settles at once (even if `work` ignores
   * the signal: a stalled body, a hung session store) with the stage's own timeout failure; `onError` turns
   * anything else the stage throws into what to throw instead.
   */
  during<T>(
    timeout: Failure,
    work: (signal: AbortSignal) => Promise<T>,
    onError?: (error: unknown) => unknown,
  ): Promise<T>;
  /** Stops the timer once the request is answered. */
  end(): void;
}

export function startDeadline(timeoutMs: number, outer: AbortSignal): Deadline {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new SavedCardsError('timeout'));
  }, timeoutMs);
  const forwardAbort = () => controller.abort(outer.reason);
  if (outer.aborted) forwardAbort();
  else outer.addEventListener('abort', forwardAbort, { once: true });

  return {
    signal,
    async during(timeout, work, onError) {
      let stop = () => {};
      const stopped = new Promise<never>((_, reject) => {
        stop = () => reject(signal.reason);
        if (signal.aborted) stop();
        else signal.addEventListener('abort', stop, { once: true });
      });
      // The race's loser must not surface as an unhandled rejection.
      stopped.catch(() => undefined);
      try {
        return await Promise.race([work(signal), stopped]);
      } catch (error) {
        if (error instanceof HttpFailure) throw error;
        if (timedOut) throw new HttpFailure(timeout);
        // The browser went away: what it left behind is answered as a 500 nobody reads, and reported as 499.
        if (signal.aborted || !onError) throw error;
        throw onError(error);
      } finally {
        signal.removeEventListener('abort', stop);
      }
    },
    end() {
      clearTimeout(timer);
      outer.removeEventListener('abort', forwardAbort);
    },
  };
}
