import { SavedCardsError } from '../core/errors';
import { isSafeToken } from '../core/token';

/**
 * Turns a token into exactly one URL path segment, or throws `invalid-token`
 * before anything is sent. Empty, ".", "..", and tokens holding "/", "\\",
 * "?", "#", "%", control characters or a lone surrogate are refused; the rest
 * is URL-encoded.
 *
 * @example
 * tokenPathSegment('tok 1'); // 'tok%201'
 * tokenPathSegment('../admin'); // throws SavedCardsError { kind: 'invalid-token' }
 */
export function tokenPathSegment(token: unknown): string {
  if (!isSafeToken(token)) throw new SavedCardsError('invalid-token');
  return encodeURIComponent(token);
}
