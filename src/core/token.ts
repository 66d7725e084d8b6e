// \p{Cc}: the C0 and C1 control characters and DEL. \p{Cs}: a surrogate standing alone (a
// pair is one code point under the u flag), which encodeURIComponent cannot encode.
const UNSAFE = /[/\\?#%\p{Cc}\p{Cs}]/u;

/**
 * Whether a token can travel as exactly one URL path segment. Empty, ".", "..",
 * and tokens holding "/", "\\", "?", "#", "%", control characters (C0 or C1)
 * or a lone surrogate cannot.
 * The browser client refuses to send them and the server handler refuses to accept them.
 *
 * @example
 * isSafeToken('tok 1'); // true
 * isSafeToken('../admin'); // false
 */
export function isSafeToken(token: unknown): token is string {
  return typeof token === 'string' && token !== '' && token !== '.' && token !== '..' && !UNSAFE.test(token);
}
