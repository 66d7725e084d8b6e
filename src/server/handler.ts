import { SavedCardsError, unredactedReason, type SavedCardsErrorKind } from '../core/errors';
import type { CardInput, DeleteBlockedReason } from '../core/card';
import { checkCard, TEXT_LIMITS } from '../core/normalize';
import { checkNickname } from '../core/nickname';
import { readCapped, REQUESTED_WITH_HEADER, withDeadline } from '../core/http';
import { isSafeToken, readToken } from '../core/token';
import { createAccountReferencer } from './account-reference';
import { PASS_THROUGH_ADAPTERS, sanitizeProviderAnswer } from './pass-through';
import type { PaymentProvider } from './provider';
import { applyPreferences, type SavedCardsPreferences } from './preferences';
import { providerText } from './provider-request';
import {
  capabilitiesOf,
  jsonListAnswer,
  parseProviderAnswer,
  readProviderList,
  shownBlockedReason,
} from './list-answer';

/** A request handler over WHATWG `Request`/`Response`. */
export type SavedCardsHandler = (request: Request) => Promise<Response>;

/** Which of the handler's routes a request was for; `null` when its path is not the handler's. */
export type SavedCardsRoute = 'list' | 'delete' | 'update' | null;

/** What the handler reports of one request. Holds no token, card data or secret. */
export interface SavedCardsRequestInfo {
  readonly provider: string;
  /** The request's method, e.g. "DELETE". */
  readonly method: string;
  readonly route: SavedCardsRoute;
  /** Also sent back in the `X-Request-Id` response header. */
  readonly requestId: string;
}

/** A failed request. */
export interface SavedCardsServerEvent extends SavedCardsRequestInfo {
  /** The HTTP status the browser got; 499 when the browser went away before the answer. */
  readonly status: number;
  /** The error `code` the browser got, e.g. "provider-unavailable"; "client-closed-request" for 499. */
  readonly code: string;
}

/**
 * A list answered without some of the provider's cards, because a field could not be read; with `passThrough`,
 * also the fields left out of a card because their value was not of their type.
 */
export interface SavedCardsSkippedEvent extends SavedCardsRequestInfo {
  /**
   * Which card (its position in the provider's answer) and which field, in the kit's names; a field pass-through
   * left out in the provider's name (index -1: the answer's envelope, e.g. PayU's `status`). Never a value.
   */
  readonly skipped: readonly { readonly index: number; readonly field: string }[];
}

export interface SavedCardsHandlerOptions {
  /** The provider's card vault, e.g. `ottuProvider(...)` or `payuProvider(...)`. */
  provider: PaymentProvider;
  /**
   * Who the shopper is, from your own session (a cookie, a JWT), never from the
   * request's query, body or custom headers. Return `null` when nobody is signed in (401).
   * It runs within `timeoutMs`.
   */
  getCustomerId: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Answer in the provider's own shape, for `ottuAdapter()`/`payuAdapter()` in the browser (Ottu and PayU only):
   * only the fields those adapters read, numbers masked, text redacted, PARs replaced. Default: false.
   */
  passThrough?: boolean;
  /**
   * Largest request body accepted, in bytes: checked against `Content-Length`, and against the
   * body itself for a `DELETE` or a `PATCH`. A `GET` body is never read.
   * Default: 1024.
   */
  maxBodyBytes?: number;
  /**
   * Deadline for the whole request: reading its body (408 when it passes), `getCustomerId`
   * and the provider calls (504). Each provider call also has its own, shorter one. Default: 10000.
   */
  timeoutMs?: number;
  /**
   * Where the handler is mounted: `GET {basePath}` lists, `DELETE {basePath}/{token}` deletes and
   * `PATCH {basePath}/{token}` changes the default or a name. Default: "/api/saved-cards".
   */
  basePath?: string;
  /**
   * The id to report and send back in `X-Request-Id`, e.g. your proxy's
   * `(request) => request.headers.get('X-Request-Id')`. Kept only when it is 1–128 of
   * `A-Z a-z 0-9 . _ : -`; otherwise, and by default, a random UUID.
   */
  requestId?: (request: Request) => string | null | undefined;
  /**
   * Where to keep defaults and card names when the provider cannot (see `memoryPreferences`). With it,
   * the handler sends `setDefault` and `rename` as capabilities, writes changes here instead of to the
   * provider, and applies the stored default and names to the provider's list.
   */
  preferences?: SavedCardsPreferences;
  /** Called for every failed request. Default: one `console.warn` line for 5xx answers. */
  onError?: (event: SavedCardsServerEvent) => void;
  /** Called when a list leaves out cards it could not read. Default: one `console.warn` line. */
  onSkippedCards?: (event: SavedCardsSkippedEvent) => void;
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
  unavailable: {
    status: 502,
    code: 'provider-unavailable',
    message: 'The payment provider could not be reached. Please try again.',
  },
  providerError: {
    status: 502,
    code: 'provider-error',
    message: 'The payment provider answered with an error. Please try again.',
  },
  invalidAnswer: {
    status: 502,
    code: 'invalid-provider-response',
    message: 'The payment provider sent an answer that could not be read.',
  },
  timeout: {
    status: 504,
    code: 'provider-timeout',
    message: 'The payment provider took too long to answer. Please try again.',
  },
  requestTimeout: { status: 408, code: 'request-timeout', message: 'The request took too long to arrive.' },
  sessionTimeout: { status: 504, code: 'timeout', message: 'The request took too long. Please try again.' },
  // Nobody reads this answer; it exists so that the event can say what happened.
  clientClosed: {
    status: 499,
    code: 'client-closed-request',
    message: 'The request was closed before it was answered.',
  },
  rejected: { status: 409, code: 'rejected', message: 'The payment provider refused to delete this card.' },
  updateRejected: { status: 409, code: 'rejected', message: 'The payment provider refused to change this card.' },
  invalidBody: {
    status: 400,
    code: 'invalid-body',
    message: 'Send {"isPreferred": true} or {"nickname": "…"} as JSON.',
  },
  invalidNickname: { status: 400, code: 'invalid-nickname', message: "That card name can't be used." },
  cannotSetDefault: { status: 501, code: 'not-supported', message: 'This backend cannot set a default card.' },
  cannotRename: { status: 501, code: 'not-supported', message: 'This backend cannot rename cards.' },
  cannotDelete: { status: 501, code: 'not-supported', message: 'This backend cannot delete cards.' },
  internal: { status: 500, code: 'internal', message: 'Something went wrong. Please try again.' },
  // The merchant's own database failed, not the provider: the event says so.
  preferences: { status: 500, code: 'preferences-failed', message: 'Something went wrong. Please try again.' },
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
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, ...headers },
  });
}

function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

type Route = { kind: 'list' } | { kind: 'card'; segment: string };

/** `{base}` or `{base}/` lists; `{base}/{segment}` or `{base}/{segment}/` is one card; anything else is not ours. */
function matchRoute(url: string, base: string): Route | undefined {
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

function decodeToken(segment: string): string | undefined {
  try {
    const token = decodeURIComponent(segment);
    return isSafeToken(token) ? token : undefined;
  } catch {
    return undefined;
  }
}

/** The one change a `PATCH {basePath}/{token}` asks for. */
type CardChange = { kind: 'setDefault' } | { kind: 'rename'; nickname: unknown };

function readChange(bytes: Uint8Array): CardChange | undefined {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  if (keys.length !== 1) return undefined;
  if (Object.hasOwn(body, 'isPreferred')) {
    return (body as { isPreferred: unknown }).isPreferred === true ? { kind: 'setDefault' } : undefined;
  }
  return Object.hasOwn(body, 'nickname')
    ? { kind: 'rename', nickname: (body as { nickname: unknown }).nickname }
    : undefined;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(request: Request, read: SavedCardsHandlerOptions['requestId']): string {
  let id: unknown;
  try {
    id = read?.(request);
  } catch {
    id = undefined;
  }
  return typeof id === 'string' && REQUEST_ID.test(id) ? id : crypto.randomUUID();
}

/** The lines the handler logs when the merchant gives no callbacks: fixed words, codes and ids only. */
function describe(event: SavedCardsRequestInfo): string {
  return `[react-saved-cards/server] ${event.provider} ${event.method} ${event.route ?? 'unknown route'} (request ${event.requestId})`;
}

function logFailure(event: SavedCardsServerEvent): void {
  if (event.status >= 500) console.warn(`${describe(event)} failed: ${event.code} (${event.status})`);
}

function logSkipped(event: SavedCardsSkippedEvent): void {
  const fields = event.skipped.map(({ index, field }) => `card ${index} ${field}`).join(', ');
  console.warn(`${describe(event)} left out ${event.skipped.length} unreadable card(s): ${fields}`);
}

// What the Node adapter needs to refuse a request that cannot become a WHATWG Request (TRACE, CONNECT).
const methodRefusals = new WeakMap<SavedCardsHandler, (url: string, method: string) => Response>();

/**
 * The 405 a handler gives a method it does not serve, for adapters that cannot build a `Request`
 * with that method. A handler the kit did not make gets a plain 405 for both routes.
 */
export function refuseMethod(handler: SavedCardsHandler, url: string, method: string): Response {
  return (
    methodRefusals.get(handler)?.(url, method) ??
    jsonResponse(405, errorBody(FAILURES.methodNotAllowed), { Allow: 'GET, DELETE, PATCH' })
  );
}

function errorBody(failure: Failure, message = failure.message): { error: { code: string; message: string } } {
  return { error: { code: failure.code, message } };
}

/** The handler's 500, for adapters (e.g. toNodeHandler) that fail before the handler could answer. */
export function internalErrorResponse(): Response {
  return jsonResponse(FAILURES.internal.status, errorBody(FAILURES.internal));
}

/** One request as the handler follows it: what it was for, and how it failed, if it did. */
interface Exchange extends SavedCardsRequestInfo {
  stage: 'request' | 'body' | 'session' | 'provider' | 'preferences';
  failure?: Failure;
}

/** Thrown for whatever a preferences store threw; what it threw is not kept, it may hold anything. */
class PreferencesFailure extends Error {}

/** The shopper's tokens, each with why its delete would be refused, read from the checked card of the scrubbed answer. */
function ownedCards(
  inputs: readonly CardInput[],
  secrets: readonly string[],
): Map<string, DeleteBlockedReason | undefined> {
  const owned = new Map<string, DeleteBlockedReason | undefined>();
  inputs.forEach((input, index) => {
    const token = readToken(input.token);
    if (token === undefined) return;
    const checked = checkCard(input, input.sourceIndex ?? index);
    const reason = checked.ok ? shownBlockedReason(checked.value.card.deleteBlockedReason, secrets) : undefined;
    owned.set(token, owned.get(token) ?? reason);
  });
  return owned;
}

function blockedMessage(reason: DeleteBlockedReason): string {
  if (reason.message !== undefined) return reason.message;
  return reason.code === 'agreement' ? AGREEMENT_MESSAGE : FAILURES.rejected.message;
}

const AGREEMENT_MESSAGE =
  'This card is used by an auto-debit agreement. Choose another card for the agreement before deleting it.';

/**
 * The merchant's saved-cards endpoint, framework-neutral: `GET {basePath}` lists
 * the signed-in shopper's cards, `DELETE {basePath}/{token}` deletes one of them, and
 * `PATCH {basePath}/{token}` with `{"isPreferred": true}` or `{"nickname": "…"}` makes it the default
 * or names it (checked by `checkNickname`; 501 when the provider cannot), answering 204.
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
 * export { handler as GET, handler as DELETE, handler as PATCH };
 *
 * // Hono: const mount = (c: Context) => handler(c.req.raw);
 * // app.all('/api/saved-cards', mount); app.all('/api/saved-cards/*', mount);
 * // Express or node:http: see toNodeHandler.
 */
export function createSavedCardsHandler(options: SavedCardsHandlerOptions): SavedCardsHandler {
  const { provider } = options;
  if (options.passThrough && !PASS_THROUGH_ADAPTERS.includes(provider.adapter.name)) {
    // Said at start-up: any other shape would reach the browser as nothing, or unfiltered.
    throw new Error(
      `passThrough serves the ${PASS_THROUGH_ADAPTERS.join(' and ')} providers only; ${provider.adapter.name} answers in the kit's JSON contract`,
    );
  }
  const base = normalizeBasePath(options.basePath ?? '/api/saved-cards');
  const maxBodyBytes = options.maxBodyBytes ?? 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const reference = createAccountReferencer();
  const onError = options.onError ?? logFailure;
  const onSkippedCards = options.onSkippedCards ?? logSkipped;
  const { preferences } = options;
  const capabilities = capabilitiesOf(provider, preferences);

  /** Calls the merchant's callback; a broken logger must not turn an answer into a crash. */
  function report<T>(callback: (event: T) => void, event: T): void {
    try {
      callback(event);
    } catch {
      // Nothing to do: the answer stands.
    }
  }

  function fail(
    exchange: Exchange,
    failure: Failure,
    extra: { message?: string; headers?: Record<string, string> } = {},
  ): Response {
    exchange.failure = failure;
    const message = extra.message ?? failure.message;
    const body: Record<string, unknown> = errorBody(failure, message);
    // Pass-through browsers read Ottu's `detail` or PayU's `msg`; the kit's own contract reads `error`.
    if (options.passThrough) Object.assign(body, { detail: message, msg: message });
    return jsonResponse(failure.status, body, extra.headers);
  }

  /** A call to the preferences store; its failure is answered as the store's, not the provider's. */
  async function fromPreferences<T>(exchange: Exchange, work: () => T | Promise<T>): Promise<T> {
    exchange.stage = 'preferences';
    try {
      return await work();
    } catch {
      throw new PreferencesFailure();
    }
  }

  function providerFailure(exchange: Exchange, error: unknown): Response {
    if (error instanceof PreferencesFailure) return fail(exchange, FAILURES.preferences);
    if (!(error instanceof SavedCardsError)) return fail(exchange, FAILURES.internal);
    if ((exchange.route === 'delete' || exchange.route === 'update') && error.kind === 'rejected') {
      // From the words as thrown: a custom provider may have echoed a secret that a redaction would have broken up.
      const reason = providerText(unredactedReason(error), provider.secrets, TEXT_LIMITS.reason);
      const failure = exchange.route === 'delete' ? FAILURES.rejected : FAILURES.updateRejected;
      return fail(exchange, failure, reason === undefined ? {} : { message: reason });
    }
    return fail(exchange, PROVIDER_FAILURES[error.kind] ?? FAILURES.internal);
  }

  /** A provider answer the adapter could not read (whatever it threw): a 502. */
  function unreadableList(exchange: Exchange, error: unknown): Response {
    return providerFailure(
      exchange,
      error instanceof SavedCardsError || error instanceof PreferencesFailure
        ? error
        : new SavedCardsError('invalid-response'),
    );
  }

  async function listBody(exchange: Exchange, body: unknown, customerId: string): Promise<unknown> {
    const { scrubbed, checked, issues } = readProviderList(provider, body);
    const passed = options.passThrough
      ? await sanitizeProviderAnswer(provider.adapter.name, scrubbed, reference, provider.secrets)
      : undefined;
    // A pass-through field not of its type was dropped: named, like a skipped card's field, never quoted.
    const skipped = [...issues.map(({ index, field }) => ({ index, field })), ...(passed?.dropped ?? [])];
    if (skipped.length > 0) report(onSkippedCards, { ...info(exchange), skipped });
    if (passed) return passed.answer;
    const shown = preferences
      ? applyPreferences(checked, await fromPreferences(exchange, () => preferences.get(customerId)))
      : checked;
    return jsonListAnswer(shown, reference, capabilities);
  }

  function refusal(exchange: Exchange, route: Route | undefined): Response | undefined {
    if (!route) return fail(exchange, FAILURES.notFound);
    const allowed = route.kind === 'list' ? ['GET'] : ['DELETE', 'PATCH'];
    if (!allowed.includes(exchange.method))
      return fail(exchange, FAILURES.methodNotAllowed, { headers: { Allow: allowed.join(', ') } });
    return undefined;
  }

  async function handle(
    request: Request,
    route: Route | undefined,
    exchange: Exchange,
    signal: AbortSignal,
  ): Promise<Response> {
    const refused = refusal(exchange, route);
    if (refused || !route) return refused ?? fail(exchange, FAILURES.notFound);
    if (!request.headers.get(REQUESTED_WITH_HEADER)?.trim()) return fail(exchange, FAILURES.forbidden);
    // Only a PATCH's body is used (the customer never comes from it), but an unbounded one is refused.
    exchange.stage = 'body';
    const declared = request.headers.get('Content-Length');
    const bytes =
      declared !== null && Number(declared) > maxBodyBytes
        ? undefined
        : await readCapped(request.body, maxBodyBytes, signal);
    if (bytes === undefined) return fail(exchange, FAILURES.tooLarge);
    const token = route.kind === 'card' ? decodeToken(route.segment) : undefined;
    if (route.kind === 'card' && token === undefined) return fail(exchange, FAILURES.invalidToken);
    // What the list answer says the backend cannot do is refused before any provider call.
    if (exchange.route === 'delete' && !capabilities.delete) return fail(exchange, FAILURES.cannotDelete);
    let change: CardChange | undefined;
    let nickname: string | undefined;
    if (exchange.route === 'update') {
      change = readChange(bytes);
      if (change === undefined) return fail(exchange, FAILURES.invalidBody);
      if (change.kind === 'setDefault' && !capabilities.setDefault) return fail(exchange, FAILURES.cannotSetDefault);
      if (change.kind === 'rename') {
        if (!capabilities.rename) return fail(exchange, FAILURES.cannotRename);
        try {
          nickname = checkNickname(change.nickname);
        } catch (error) {
          const reason = error instanceof SavedCardsError ? error.reason : undefined;
          return fail(exchange, FAILURES.invalidNickname, reason === undefined ? {} : { message: reason });
        }
      }
    }

    exchange.stage = 'session';
    const customerId = await options.getCustomerId(request);
    // Answered after the deadline: the shopper already has the 504, and the provider is not asked.
    signal.throwIfAborted();
    if (typeof customerId !== 'string' || customerId.trim() === '') return fail(exchange, FAILURES.unauthorized);

    exchange.stage = 'provider';
    let body: unknown;
    try {
      body = await provider.listCards(customerId, signal);
    } catch (error) {
      return providerFailure(exchange, error);
    }
    if (token === undefined) {
      try {
        return jsonResponse(200, await listBody(exchange, body, customerId));
      } catch (error) {
        return unreadableList(exchange, error);
      }
    }

    let owned: Map<string, DeleteBlockedReason | undefined>;
    try {
      owned = ownedCards(parseProviderAnswer(provider, body).parsed.cards, provider.secrets);
    } catch (error) {
      return unreadableList(exchange, error);
    }
    // Someone else's token, a stale one or a made-up one: the provider is never asked.
    if (!owned.has(token)) return fail(exchange, FAILURES.notFound);
    try {
      const listed = [...owned.keys()];
      if (change?.kind === 'setDefault') {
        if (preferences) await fromPreferences(exchange, () => preferences.setDefault(customerId, token, listed));
        else await provider.setDefaultCard?.(customerId, token, signal);
      } else if (nickname !== undefined) {
        if (preferences)
          await fromPreferences(exchange, () => preferences.setNickname(customerId, token, nickname, listed));
        else await provider.renameCard?.(customerId, token, nickname, signal);
      } else {
        // A card the list itself marks as locked (an agreement uses it) is refused here, with the reason.
        const blocked = owned.get(token);
        if (blocked) return fail(exchange, FAILURES.rejected, { message: blockedMessage(blocked) });
        await provider.deleteCard(customerId, token, signal);
      }
    } catch (error) {
      return providerFailure(exchange, error);
    }
    return jsonResponse(204, undefined);
  }

  function info({ provider, method, route, requestId }: Exchange): SavedCardsRequestInfo {
    return { provider, method, route, requestId };
  }

  function start(request: Request, method: string): { exchange: Exchange; route: Route | undefined } {
    const route = matchRoute(request.url, base);
    const exchange: Exchange = {
      provider: provider.name,
      method,
      route: route ? (route.kind === 'list' ? 'list' : method === 'PATCH' ? 'update' : 'delete') : null,
      requestId: requestIdOf(request, options.requestId),
      stage: 'request',
    };
    return { exchange, route };
  }

  function finish(exchange: Exchange, response: Response, clientLeft: boolean): Response {
    // A browser that went away is its own event, never the provider's fault.
    const failure = clientLeft ? FAILURES.clientClosed : exchange.failure;
    if (failure) report(onError, { ...info(exchange), status: failure.status, code: failure.code });
    response.headers.set('X-Request-Id', exchange.requestId);
    return response;
  }

  const handler: SavedCardsHandler = async (request) => {
    const { exchange, route } = start(request, request.method.toUpperCase());
    let response: Response;
    let clientLeft = false;
    try {
      // The deadline settles the request even when the body or getCustomerId stalls, and aborts the provider calls.
      response = await withDeadline(timeoutMs, request.signal, (signal) => handle(request, route, exchange, signal));
      clientLeft = request.signal.aborted;
    } catch (error) {
      clientLeft = request.signal.aborted;
      const timedOut = error instanceof SavedCardsError && error.kind === 'timeout';
      // getCustomerId threw, or a bug: the error itself is not logged, it may hold anything.
      const failure = !timedOut
        ? FAILURES.internal
        : exchange.stage === 'body'
          ? FAILURES.requestTimeout
          : exchange.stage === 'session' || exchange.stage === 'preferences'
            ? FAILURES.sessionTimeout
            : FAILURES.timeout;
      response = fail(exchange, failure);
    }
    return finish(exchange, response, clientLeft);
  };

  methodRefusals.set(handler, (url, method) => {
    const { exchange, route } = start(new Request(url), method);
    return finish(
      exchange,
      refusal(exchange, route) ??
        fail(exchange, FAILURES.methodNotAllowed, { headers: { Allow: 'GET, DELETE, PATCH' } }),
      false,
    );
  });
  return handler;
}
