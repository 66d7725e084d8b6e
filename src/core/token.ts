// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\?#%\u0000-\u001f\u007f]/;

/**
 * Whether a token can travel as exactly one URL path segment. Empty, ".", "..",
 * and tokens holding "/", "\\", "?", "#", "%" or control characters cannot.
 * The browser client refuses to send them and the server handler refuses to accept them.
 *
 * @example
 * isSafeToken('tok 1'); // true
 * isSafeToken('../admin'); // false
 */
export function isSafeToken(token: unknown): token is string {
  return typeof token === 'string' && token !== '' && token !== '.' && token !== '..' && !UNSAFE.test(token);
}
