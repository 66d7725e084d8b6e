import { SavedCardsError } from '../core/errors';
import { checkNickname } from '../core/nickname';
import { readCapped, REQUESTED_WITH_HEADER } from '../core/http';
import { isSafeToken } from '../core/token';
import type { SavedCardsRoute } from './events';
import { FAILURES, HttpFailure } from './failures';

export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Where a request's path points: the list, one card's segment, or nowhere of ours. */
export type PathMatch = { kind: 'list' } | { kind: 'card'; segment: string } | undefined;

/** `{base}` or `{base}/` lists; `{base}/{segment}` or `{base}/{segment}/` is one card; anything else is not ours. */
export function matchPath(url: string, base: string): PathMatch {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (pathname === base || pathname === `${base}/`) return { kind: 'list' };
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const segment = pathname.slice(base.length + 1).replace(/\/$/, '');
  return segment.includes('/') ? undefined : { kind: 'card', segment };
}

/** The route an event names: a card path is `update` for a PATCH and `delete` for any other method. */
export function routeOf(match: PathMatch, method: string): SavedCardsRoute {
  if (!match) return null;
  return match.kind === 'list' ? 'list' : method === 'PATCH' ? 'update' : 'delete';
}

/** The methods each path serves. */
export const ALLOWED_METHODS = { list: ['GET'], card: ['DELETE', 'PATCH'] } as const;

/** Throws the 404 of a path not ours, or the 405 (with `Allow`) of a method its path does not serve. */
export function requireServed(match: PathMatch, method: string): NonNullable<PathMatch> {
  if (!match) throw new HttpFailure(FAILURES.notFound);
  const allowed: readonly string[] = ALLOWED_METHODS[match.kind];
  if (!allowed.includes(method))
    throw new HttpFailure(FAILURES.methodNotAllowed, { headers: { Allow: allowed.join(', ') } });
  return match;
}

/** Every request carries the marker header, which a cross-site form cannot send (403 otherwise). */
export function requireMarker(request: Request): void {
  if (!request.headers.get(REQUESTED_WITH_HEADER)?.trim()) throw new HttpFailure(FAILURES.forbidden);
}

/**
 * The body's bytes, at most `maxBodyBytes` (413 otherwise). Only a PATCH's body is used (the customer never comes
 * from it), but an unbounded one is refused.
 */
export async function readBody(request: Request, maxBodyBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = request.headers.get('Content-Length');
  const bytes =
    declared !== null && Number(declared) > maxBodyBytes
      ? undefined
      : await readCapped(request.body, maxBodyBytes, signal);
  if (bytes === undefined) throw new HttpFailure(FAILURES.tooLarge);
  return bytes;
}

/** The token a card path names (400 when it is not one the kit would ever send). */
export function requireToken(segment: string): string {
  try {
    const token = decodeURIComponent(segment);
    if (isSafeToken(token)) return token;
  } catch {
    // A broken escape is no token either.
  }
  throw new HttpFailure(FAILURES.invalidToken);
}

/** The one change a `PATCH {basePath}/{token}` asks for. */
export type CardChange = { kind: 'setDefault' } | { kind: 'rename'; nickname: string };

function parseChange(bytes: Uint8Array): { kind: 'setDefault' } | { kind: 'rename'; nickname: unknown } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  if (Object.keys(body).length !== 1) return undefined;
  if (Object.hasOwn(body, 'isPreferred')) {
    return (body as { isPreferred: unknown }).isPreferred === true ? { kind: 'setDefault' } : undefined;
  }
  return Object.hasOwn(body, 'nickname')
    ? { kind: 'rename', nickname: (body as { nickname: unknown }).nickname }
    : undefined;
}

/**
 * The change a PATCH body asks for: `{"isPreferred": true}` or a name `checkNickname` accepts. 400 for any other
 * body, 501 for a change the backend cannot make.
 */
export function requireChange(bytes: Uint8Array, can: { setDefault: boolean; rename: boolean }): CardChange {
  const change = parseChange(bytes);
  if (change === undefined) throw new HttpFailure(FAILURES.invalidBody);
  if (change.kind === 'setDefault') {
    if (!can.setDefault) throw new HttpFailure(FAILURES.cannotSetDefault);
    return change;
  }
  if (!can.rename) throw new HttpFailure(FAILURES.cannotRename);
  try {
    return { kind: 'rename', nickname: checkNickname(change.nickname) };
  } catch (error) {
    const message = error instanceof SavedCardsError ? error.reason : undefined;
    throw new HttpFailure(FAILURES.invalidNickname, { message });
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The merchant's id for the request when it is a safe one, else a random UUID. */
export function requestIdOf(request: Request, read: ((request: Request) => string | null | undefined) | undefined) {
  let id: unknown;
  try {
    id = read?.(request);
  } catch {
    id = undefined;
  }
  return typeof id === 'string' && REQUEST_ID.test(id) ? id : crypto.randomUUID();
}
