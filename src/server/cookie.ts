/**
 * The value of one cookie of a request, or null: what `getCustomerId` usually needs. Takes a
 * WHATWG `Request` or a `Cookie` header (Express's `req.headers.cookie`, node:http's). The value is
 * URL-decoded; a value that does not decode is returned as sent.
 *
 * @example
 * getCustomerId: (request) => sessions.get(readCookie(request, 'session') ?? '')?.customerId ?? null,
 */
export function readCookie(request: Request | string | null | undefined, name: string): string | null {
  const header = typeof request === 'string' || request == null ? request : request.headers.get('cookie');
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at === -1 || pair.slice(0, at).trim() !== name) continue;
    const raw = pair
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}
