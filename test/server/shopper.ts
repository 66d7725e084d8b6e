// What a shopper's browser sends to the merchant's handler, shared by the provider tests.
import { createSavedCardsClient } from '../../src/client/create-client';
import type { SavedCardsHandler } from '../../src/server';

/** The merchant's own session: the shopper comes from a cookie, never from the request itself. */
export function sessionCustomer(sessions: Record<string, string>) {
  return (request: Request) =>
    sessions[/session=([\w-]+)/.exec(request.headers.get('Cookie') ?? '')?.[1] ?? ''] ?? null;
}

export function shopperRequest(method: 'GET' | 'DELETE', path = '', session = 'sess-a') {
  return new Request(`http://shop.test/api/saved-cards${path}`, {
    method,
    headers: { 'X-Requested-With': 'XMLHttpRequest', Cookie: `session=${session}` },
  });
}

/** The list answer, as text (for leak checks) and parsed. */
export async function listAnswer(handler: SavedCardsHandler, session = 'sess-a') {
  const response = await handler(shopperRequest('GET', '', session));
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { cards: Record<string, unknown>[]; error?: { code: string; message: string } },
  };
}

/** The kit's browser client, talking to the handler as shopper A. */
export function browserClient(handler: SavedCardsHandler) {
  return createSavedCardsClient({
    endpoint: 'http://shop.test/api/saved-cards',
    fetch: (input, init) =>
      handler(
        new Request(input, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init?.headers)), Cookie: 'session=sess-a' },
        }),
      ),
  });
}

/** Every `console.warn` line while a test file runs (the handler's default log). */
export function captureWarnings() {
  const lines: string[] = [];
  const original = console.warn;
  return {
    lines,
    start: () => {
      console.warn = (...parts: unknown[]) => lines.push(parts.join(' '));
    },
    stop: () => {
      console.warn = original;
    },
  };
}
