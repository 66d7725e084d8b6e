/** The longest token the kit lists, sends or accepts. */
export const MAX_TOKEN_LENGTH = 256;

// \p{Cc}: C0 and C1 controls and DEL. \p{Cs}: a lone surrogate, which encodeURIComponent cannot
// encode. \p{Bidi_Control}: it could reorder a token shown in a log; no provider issues one.
const UNSAFE = /[/\\?#%\p{Cc}\p{Cs}\p{Bidi_Control}]/u;
// Nothing visible: spaces, zero-width and other default-ignorable characters (U+200B, U+FEFF, U+3164).
const BLANK = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/** A token as the list reader keeps it: a string (or a safe integer) with something visible in it. */
export function readToken(value: unknown): string | undefined {
  const token = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  return typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH && !BLANK.test(token) ? token : undefined;
}

/**
 * Whether a token can be deleted: it travels as exactly one URL path segment and names
 * something. The browser client refuses to send any other, and the server handler to accept it.
 *
 * @example
 * isSafeToken('tok 1'); // true
 * isSafeToken('../admin'); // false
 * isSafeToken('\u200b'); // false
 */
export function isSafeToken(token: unknown): token is string {
  return (
    typeof token === 'string' && readToken(token) === token && token !== '.' && token !== '..' && !UNSAFE.test(token)
  );
}
