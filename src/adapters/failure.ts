import { SavedCardsError } from '../core/errors';
import type { AdapterFailure } from './types';

/**
 * The error for a failing HTTP answer, read the same way by the browser client
 * and the server's provider calls: 401/403 `unauthorized`, 404 `not-found`,
 * 409/423 or an adapter-recognised refusal `rejected`, anything else `http`.
 */
export function errorForStatus(status: number, read: AdapterFailure | undefined): SavedCardsError {
  const options = { status, reason: read?.reason };
  if (status === 401 || status === 403) return new SavedCardsError('unauthorized', options);
  if (status === 404) return new SavedCardsError('not-found', options);
  if (status === 409 || status === 423 || read?.kind === 'rejected') return new SavedCardsError('rejected', options);
  return new SavedCardsError('http', options);
}
