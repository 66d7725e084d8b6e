import { SavedCardsError } from '../core/errors';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\?#%\u0000-\u001f\u007f]/;

/**
 * Turns a token into exactly one URL path segment, or throws `invalid-token`
 * before anything is sent. Empty, ".", "..", and tokens holding "/", "\\",
 * "?", "#", "%" or control characters are refused; the rest is URL-encoded.
 *
 * @example
 * tokenPathSegment('tok 1'); // 'tok%201'
 * tokenPathSegment('../admin'); // throws SavedCardsError { kind: 'invalid-token' }
 */
export function tokenPathSegment(token: unknown): string {
  if (typeof token !== 'string' || token === '' || token === '.' || token === '..' || UNSAFE.test(token)) {
    throw new SavedCardsError('invalid-token');
  }
  return encodeURIComponent(token);
}
