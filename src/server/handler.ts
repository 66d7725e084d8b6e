import { SavedCardsError, type SavedCardsErrorKind } from '../core/errors';
import { redactText } from '../core/masking';
import { withDeadline } from '../core/deadline';
import type { CardInput, DeleteBlockedReason } from '../core/card';
import { byDisplayOrder, checkCard, parseFlag, readToken } from '../core/normalize';
import { devWarning } from '../core/warn';
import { REQUESTED_WITH_HEADER } from '../core/request-marker';
import { isSafeToken } from '../core/token';
import { createAccountReferencer } from './account-reference';
import { PASS_THROUGH_ADAPTERS, sanitizeProviderAnswer } from './pass-through';
import type { PaymentProvider } from './provider';
import { scrubSecrets, scrubSecretsFromJson } from './provider-request';

/** A request handler over WHATWG `Request`/`Response`. */
export type SavedCardsHandler = (request: Request) => Promise<Response>;

/** What the handler reports when something went wrong. Holds no token, card data or secret. */
export interface SavedCardsServerEvent {
  readonly provider: string;
  readonly operation: 'list' | 'delete';
  /** The HTTP status the browser got. */
  readonly status: number;
  /** The error `code` the browser got, e.g. "provider-unavailable". */
  readonly code: string;
}

export interface SavedCardsHandlerOptions {
  /** The provider's card vault, e.g. `ottuProvider(...)` or `payuProvider(...)`. */
  provider: PaymentProvider;
  /**
   * Who the shopper is, from your own session (a cookie, a JWT), never from the
   * request's query, body or custom headers. Return `null` when nobody is signed in (401).
   */
  getCustomerId: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Answer in the provider's own shape (for `ottuAdapter()`/`payuAdapter()` in the
   * browser) instead of the kit's JSON contract; for the Ottu and PayU providers only
   * (any other throws when the handler is created). Only the fields those adapters read
   * are kept (no network tokens or BINs), card numbers are masked to their last 4
   * digits, PARs replaced by an opaque reference and secrets scrubbed. Default: false.
   */
  passThrough?: boolean;
  /**
   * Largest request body accepted, in bytes: checked against `Content-Length` for a `GET`
   * or a `DELETE`, and against the body itself for a `DELETE`. A `GET` body is never read.
   * Default: 1024.
   */
  maxBodyBytes?: number;
  /** Deadline for the whole request, provider calls included. Default: 10000. */
  timeoutMs?: number;
  /** Where the handler is mounted: `GET {basePath}` lists, `DELETE {basePath}/{token}` deletes. Default: "/api/saved-cards". */
  basePath?: string;
  /** Called for every failed request. Default: one `console.warn` line for provider failures (5xx). */
  onError?: (event: SavedCardsServerEvent) => void;
}

interface Failure {
  status: number;
  code: string;
  message: string;
}

const FAILURES = {
  notFound: { status: 404, code: 'not-found', message: 'The saved card was not found.' },
  methodNotAllowed: { status: 405, code: 'method-not-allowed', message: 'This method is not allowed here.' },
  forbidden: { status: 403, code: 'forbidden', message: `The ${REQUESTED_WITH_HEADER} header is required.` },
  unauthorized: { status: 401, code: 'unauthorized', message: 'Please sign in to manage your saved cards.' },
  tooLarge: { status: 413, code: 'payload-too-large', message: 'The request body is too large.' },
  invalidToken: { status: 400, code: 'invalid-token', message: 'That saved card reference is not valid.' },
  unavailable: { status: 502, code: 'provider-unavailable', message: 'The payment provider could not be reached. Please try again.' },
  providerError: { status: 502, code: 'provider-error', message: 'The payment provider answered with an error. Please try again.' },
  invalidAnswer: { status: 502, code: 'invalid-provider-response', message: 'The payment provider sent an answer that could not be read.' },
  timeout: { status: 504, code: 'provider-timeout', message: 'The payment provider took too long to answer. Please try again.' },
  rejected: { status: 409, code: 'rejected', message: 'The payment provider refused to delete this card.' },
  internal: { status: 500, code: 'internal', message: 'Something went wrong. Please try again.' },
} satisfies Record<string, Failure>;

const PROVIDER_FAILURES: Partial<Record<SavedCardsErrorKind, Failure>> = {
  network: FAILURES.unavailable,
  timeout: FAILURES.timeout,
  'invalid-response': FAILURES.invalidAnswer,
  // A 401/403 from the provider means the merchant's credentials are wrong, not the shopper's session.
  unauthorized: FAILURES.providerError,
  http: FAILURES.providerError,
  // A refused list (PayU `status: 0`, say) is nothing the shopper can act on.
  rejected: FAILURES.providerError,
  'not-found': FAILURES.notFound,
};

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** The handler's 500, for adapters (e.g. toNodeHandler) that fail before the handler could answer. */
export function internalErrorResponse(): Response {
  return jsonResponse(FAILURES.internal.status, { error: { code: FAILURES.internal.code, message: FAILURES.internal.message } });
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

type Route = { kind: 'list' } | { kind: 'card'; segment: string };

/** `{base}` or `{base}/` lists; `{base}/{segment}` or `{base}/{segment}/` is one card; anything else is not ours. */
function matchRoute(pathname: string, base: string): Route | undefined {
  if (pathname === base || pathname === `${base}/`) return { kind: 'list' };
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const segment = pathname.slice(base.length + 1).replace(/\/$/, '');
  return segment.includes('/') ? undefined : { kind: 'card', segment };
}

function decodeToken(segment: string): string | undefined {
  try {
    const token = decodeURIComponent(segment);
    return isSafeToken(token) && token.length <= 256 ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Reads (and discards) the body, stopping as soon as it is bigger than `limit`. */
async function bodyFits(request: Request, limit: number): Promise<boolean> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) return false;
  const reader = request.body?.getReader();
  if (!reader) return true;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      return false;
    }
  }
}

/** The shopper's tokens, each with why its delete would be refused, read from the checked card. */
function ownedCards(inputs: readonly CardInput[]): Map<string, DeleteBlockedReason | undefined> {
  const owned = new Map<string, DeleteBlockedReason | undefined>();
  inputs.forEach((input, index) => {
    const token = readToken(input.token);
    if (token === undefined) return;
    const checked = checkCard(input, input.sourceIndex ?? index);
    owned.set(token, owned.get(token) ?? (checked.ok ? checked.value.card.deleteBlockedReason : undefined));
  });
  return owned;
}

function blockedMessage(reason: DeleteBlockedReason, secrets: readonly string[]): string {
  if (reason.message !== undefined) return scrubSecrets(reason.message, secrets);
  return reason.code === 'agreement' ? AGREEMENT_MESSAGE : FAILURES.rejected.message;
}

const AGREEMENT_MESSAGE = 'This card is used by an auto-debit agreement. Choose another card for the agreement before deleting it.';

/**
 * The merchant's saved-cards endpoint, framework-neutral: `GET {basePath}` lists
 * the signed-in shopper's cards, `DELETE {basePath}/{token}` deletes one of them.
 * The customer comes only from `getCustomerId`; a delete is forwarded only for a
 * token in that customer's current list (else 404, and the provider is not asked)
 * that the list does not mark as locked (else 409 with the reason).
 * Every request must carry `X-Requested-With` (403 otherwise). Answers are the
 * kit's JSON contract (`jsonAdapter()` in the browser), one entry per token.
 *
 * @example
 * // app/api/saved-cards/[[...token]]/route.ts (Next.js)
 * const handler = createSavedCardsHandler({
 *   provider: ottuProvider({ baseUrl, apiKey: process.env.OTTU_API_KEY!, environment: 'production' }),
 *   getCustomerId: async () => (await getSession())?.customerId ?? null,
 * });
 * export { handler as GET, handler as DELETE };
 *
 * // Hono: const mount = (c: Context) => handler(c.req.raw);
 * // app.all('/api/saved-cards', mount); app.all('/api/saved-cards/*', mount);
 * // Express or node:http: see toNodeHandler.
 */
export function createSavedCardsHandler(options: SavedCardsHandlerOptions): SavedCardsHandler {
  const { provider } = options;
  if (options.passThrough && !PASS_THROUGH_ADAPTERS.includes(provider.adapter.name)) {
    // Said at start-up: any other shape would reach the browser as nothing, or unfiltered.
    throw new Error(`passThrough serves the ${PASS_THROUGH_ADAPTERS.join(' and ')} providers only; ${provider.adapter.name} answers in the kit's JSON contract`);
  }
  const base = normalizeBasePath(options.basePath ?? '/api/saved-cards');
  const maxBodyBytes = options.maxBodyBytes ?? 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const reference = createAccountReferencer();
  const report =
    options.onError ??
    ((event: SavedCardsServerEvent) => {
      if (event.status >= 500) {
        console.warn(`[react-saved-cards/server] ${event.provider} ${event.operation} failed: ${event.code} (${event.status})`);
      }
    });

  function fail(failure: Failure, operation: 'list' | 'delete', extra: { message?: string; headers?: Record<string, string> } = {}) {
    const message = extra.message ?? failure.message;
    const body: Record<string, unknown> = { error: { code: failure.code, message } };
    // Pass-through browsers read Ottu's `detail` or PayU's `msg`; the kit's own contract reads `error`.
    if (options.passThrough) Object.assign(body, { detail: message, msg: message });
    try {
      report({ provider: provider.name, operation, status: failure.status, code: failure.code });
    } catch {
      // A broken logger must not turn an answer into a crash.
    }
    return jsonResponse(failure.status, body, extra.headers);
  }

  function providerFailure(error: unknown, operation: 'list' | 'delete'): Response {
    if (!(error instanceof SavedCardsError)) return fail(FAILURES.internal, operation);
    if (operation === 'delete' && error.kind === 'rejected') {
      // Already redacted by SavedCardsError; scrubbed again in case a provider echoed a secret.
      const reason = error.reason === undefined ? undefined : redactText(scrubSecrets(error.reason, provider.secrets));
      return fail(FAILURES.rejected, operation, reason === undefined ? {} : { message: reason });
    }
    return fail(PROVIDER_FAILURES[error.kind] ?? FAILURES.internal, operation);
  }

  /** A provider answer the adapter could not read (whatever it threw): a 502. */
  function unreadableList(error: unknown): Response {
    return providerFailure(error instanceof SavedCardsError ? error : new SavedCardsError('invalid-response'), 'list');
  }

  async function listBody(body: unknown): Promise<unknown> {
    // Parsed in both modes: a malformed or refused answer is a 502 either way. Scrubbed first, so
    // a provider echoing its key or salt in a card field cannot put it in any string of the answer.
    const scrubbed = scrubSecretsFromJson(body, provider.secrets);
    const parsed = provider.adapter.parseList(scrubbed);
    if (options.passThrough) return sanitizeProviderAnswer(provider.adapter.name, scrubbed, reference);
    // One entry per token, in display order: the browser groups them itself by accountReference.
    const seen = new Set<string>();
    for (const issue of parsed.issues ?? []) devWarning(`skipped a saved card from the provider. ${issue.message}`);
    const checked = parsed.cards.flatMap((input, index) => {
      const result = checkCard(input, input.sourceIndex ?? index);
      if (!result.ok) {
        devWarning(`skipped a saved card from the provider. ${result.issue.message}`);
        return [];
      }
      if (result.wasUnmasked) devWarning(`card ${index} arrived with a whole card number; only its last 4 digits were kept.`);
      if (seen.has(result.value.card.token)) return [];
      seen.add(result.value.card.token);
      // The provider's own flags only: the browser judges the dates itself, in the shopper's time zone
      // (a server in UTC would call a card expired on its last day for a shopper west of it) and with
      // its own "expiring soon" window.
      const card = { ...result.value.card, isExpired: parseFlag(input.isExpired) === true };
      return [{ ...result.value, card, expiresSoon: parseFlag(input.expiresSoon) === true }];
    });
    checked.sort((a, b) => byDisplayOrder(a.card, b.card));
    return {
      cards: await Promise.all(
        checked.map(async ({ card, accountReference, expiresSoon }) => {
          return {
            token: card.token,
            brand: card.brand,
            last4: card.last4,
            expiryMonth: card.expiryMonth,
            expiryYear: card.expiryYear,
            isExpired: card.isExpired,
            isPreferred: card.isPreferred,
            expiresSoon,
            holderName: card.holderName,
            nickname: card.nickname,
            funding: card.funding,
            cvvRequired: card.cvvRequired,
            gateway: card.gateway,
            deleteBlocked: card.deleteBlockedReason,
            accountReference: accountReference === undefined ? undefined : await reference(accountReference),
          };
        }),
      ),
    };
  }

  async function handle(request: Request, signal: AbortSignal): Promise<Response> {
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      return fail(FAILURES.notFound, 'list');
    }
    const route = matchRoute(pathname, base);
    const operation = route?.kind === 'card' ? 'delete' : 'list';
    if (!route) return fail(FAILURES.notFound, operation);
    const allowed = route.kind === 'list' ? 'GET' : 'DELETE';
    if (request.method !== allowed) return fail(FAILURES.methodNotAllowed, operation, { headers: { Allow: allowed } });
    if (!request.headers.get(REQUESTED_WITH_HEADER)?.trim()) return fail(FAILURES.forbidden, operation);
    // Nothing in the body is used (the customer never comes from it), but an unbounded one is refused.
    if (!(await bodyFits(request, maxBodyBytes))) return fail(FAILURES.tooLarge, operation);
    const token = route.kind === 'card' ? decodeToken(route.segment) : undefined;
    if (route.kind === 'card' && token === undefined) return fail(FAILURES.invalidToken, operation);

    const customerId = await options.getCustomerId(request);
    if (typeof customerId !== 'string' || customerId.trim() === '') return fail(FAILURES.unauthorized, operation);

    let body: unknown;
    try {
      body = await provider.listCards(customerId, signal);
    } catch (error) {
      return providerFailure(error, 'list');
    }
    if (token === undefined) {
      try {
        return jsonResponse(200, await listBody(body));
      } catch (error) {
        return unreadableList(error);
      }
    }

    let owned: Map<string, DeleteBlockedReason | undefined>;
    try {
      owned = ownedCards(provider.adapter.parseList(body).cards);
    } catch (error) {
      return unreadableList(error);
    }
    // Someone else's token, a stale one or a made-up one: the provider is never asked.
    if (!owned.has(token)) return fail(FAILURES.notFound, 'delete');
    // A card the list itself marks as locked (an agreement uses it) is refused here, with the reason.
    const blocked = owned.get(token);
    if (blocked) return fail(FAILURES.rejected, 'delete', { message: blockedMessage(blocked, provider.secrets) });
    try {
      await provider.deleteCard(customerId, token, signal);
    } catch (error) {
      return providerFailure(error, 'delete');
    }
    return jsonResponse(204, undefined);
  }

  return async (request) => {
    try {
      // The deadline (or the shopper leaving) aborts the provider calls, which answer 504.
      return await withDeadline(timeoutMs, request.signal, (signal) => handle(request, signal));
    } catch {
      // getCustomerId threw, or a bug: the error itself is not logged, it may hold anything.
      return fail(FAILURES.internal, 'list');
    }
  };
}
