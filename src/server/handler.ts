import { startDeadline } from './deadline';
import {
  logFailure,
  logSkipped,
  report,
  type SavedCardsRequestInfo,
  type SavedCardsServerEvent,
  type SavedCardsSkippedEvent,
} from './events';
import { failureOf, failureResponse, FAILURES, HttpFailure } from './failures';
import {
  matchPath,
  normalizeBasePath,
  readBody,
  requestIdOf,
  requireMarker,
  requireServed,
  requireToken,
  routeOf,
  type PathMatch,
} from './guards';
import { createAccountReferencer } from './account-reference';
import { capabilitiesOf } from './list-answer';
import { PASS_THROUGH_ADAPTERS } from './pass-through';
import type { PaymentProvider } from './provider';
import type { SavedCardsPreferences } from './preferences';
import { deleteRoute, listRoute, updateRoute, type HandlerSetup, type RouteContext } from './routes';

export type { SavedCardsRequestInfo, SavedCardsRoute, SavedCardsServerEvent, SavedCardsSkippedEvent } from './events';

/** A request handler over WHATWG `Request`/`Response`. */
export interface SavedCardsHandler {
  (request: Request): Promise<Response>;
  /**
   * The answer to a method no WHATWG `Request` can carry (TRACE, CONNECT, TRACK): the 405 (or 404) the handler
   * gives it, reported to `onError` like any other. `toNodeHandler` calls it; a handler you write yourself may
   * leave it out (it then gets a plain 405).
   */
  readonly refuseMethod?: (url: string, method: string) => Response;
}

/** What `createSavedCardsHandler` serves: the provider, whose cards a request may see, and the limits and events around them. */
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

const CARD_ROUTES = { DELETE: deleteRoute, PATCH: updateRoute } as const;

/** The guards every request passes, then its route: `GET` lists, `DELETE` and `PATCH` act on one card. */
async function dispatch(context: Omit<RouteContext, 'bytes'>, match: PathMatch, maxBodyBytes: number) {
  const { request, info, deadline } = context;
  const served = requireServed(match, info.method);
  requireMarker(request);
  const bytes = await deadline.during(FAILURES.requestTimeout, (signal) => readBody(request, maxBodyBytes, signal));
  if (served.kind === 'list') return listRoute({ ...context, bytes });
  const token = requireToken(served.segment);
  return CARD_ROUTES[info.method as keyof typeof CARD_ROUTES]({ ...context, bytes, token });
}

/** What every request shares, from the options; a `passThrough` the provider cannot serve is refused at start-up. */
function setupOf(options: SavedCardsHandlerOptions): HandlerSetup {
  const { provider, preferences } = options;
  if (options.passThrough && !PASS_THROUGH_ADAPTERS.includes(provider.adapter.name)) {
    // Any other shape would reach the browser as nothing, or unfiltered.
    throw new Error(
      `passThrough serves the ${PASS_THROUGH_ADAPTERS.join(' and ')} providers only; ${provider.adapter.name} answers in the kit's JSON contract`,
    );
  }
  return {
    provider,
    preferences,
    capabilities: capabilitiesOf(provider, preferences),
    passThrough: options.passThrough ?? false,
    reference: createAccountReferencer(),
    getCustomerId: options.getCustomerId,
    onSkippedCards: options.onSkippedCards ?? logSkipped,
  };
}

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
  const setup = setupOf(options);
  const { provider, passThrough } = setup;
  const base = normalizeBasePath(options.basePath ?? '/api/saved-cards');
  const maxBodyBytes = options.maxBodyBytes ?? 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const onError = options.onError ?? logFailure;

  const infoOf = (request: Request, method: string, match: PathMatch): SavedCardsRequestInfo => ({
    provider: provider.name,
    method,
    route: routeOf(match, method),
    requestId: requestIdOf(request, options.requestId),
  });

  /** The one place an answer is finished: a failure becomes its response, and every failure its event. */
  function answer(info: SavedCardsRequestInfo, outcome: Response | unknown, clientLeft: boolean): Response {
    const failure = outcome instanceof Response ? undefined : failureOf(outcome, info.route, provider.secrets);
    const response = failure ? failureResponse(failure, passThrough) : (outcome as Response);
    // A browser that went away is its own event, never the provider's fault.
    const reported = clientLeft ? FAILURES.clientClosed : failure?.failure;
    if (reported) report(onError, { ...info, status: reported.status, code: reported.code });
    response.headers.set('X-Request-Id', info.requestId);
    return response;
  }

  const handle = async (request: Request): Promise<Response> => {
    const method = request.method.toUpperCase();
    const match = matchPath(request.url, base);
    const info = infoOf(request, method, match);
    const deadline = startDeadline(timeoutMs, request.signal);
    let outcome: unknown;
    try {
      outcome = await dispatch({ setup, request, info, deadline }, match, maxBodyBytes);
    } catch (error) {
      outcome = error;
    } finally {
      deadline.end();
    }
    return answer(info, outcome, request.signal.aborted);
  };

  const refuseMethod = (url: string, method: string): Response => {
    const match = matchPath(url, base);
    let refusal: unknown = new HttpFailure(FAILURES.methodNotAllowed, { headers: { Allow: 'GET, DELETE, PATCH' } });
    try {
      requireServed(match, method);
    } catch (error) {
      refusal = error;
    }
    return answer(infoOf(new Request(url), method, match), refusal, false);
  };
  return Object.assign(handle, { refuseMethod });
}
