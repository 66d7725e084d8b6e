import { SavedCardsError } from '../core/errors';
import type { AdapterFailure } from './types';

/**
 * The error for a failing HTTP answer, read the same way by the browser client
 * and the server's provider calls: 401/403 `unauthorized`, 404 `not-found`,
 * 409/423 or an adapter-recognised refusal `rejected`, anything else `http`.
 */
export function errorForStatus(status: number, read: AdapterFailure | undefined): SavedCardsError {
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
