import type { CardInput, DeleteBlockedReason, SavedCardsCapabilities } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { checkCard } from '../core/check-card';
import { readToken } from '../core/token';
import type { Deadline } from './deadline';
import { report, type SavedCardsRequestInfo, type SavedCardsSkippedEvent } from './events';
import { FAILURES, HttpFailure, jsonResponse } from './failures';
import { requireChange } from './guards';
import { jsonListAnswer, parseProviderAnswer, readProviderList, shownBlockedReason } from './list-answer';
import { sanitizeProviderAnswer } from './pass-through';
import { applyPreferences, type SavedCardsPreferences } from './preferences';
import type { PaymentProvider } from './provider';

/** What every request of one handler shares, fixed when the handler is made. */
export interface HandlerSetup {
  readonly provider: PaymentProvider;
  readonly preferences: SavedCardsPreferences | undefined;
  readonly capabilities: SavedCardsCapabilities;
  readonly passThrough: boolean;
  readonly reference: (par: string) => Promise<string>;
  readonly getCustomerId: (request: Request) => unknown;
  readonly onSkippedCards: (event: SavedCardsSkippedEvent) => void;
}

/** One request as a route sees it, after the guards: nothing in it changes while the route runs. */
export interface RouteContext {
  readonly setup: HandlerSetup;
  readonly request: Request;
  readonly info: SavedCardsRequestInfo;
  readonly deadline: Deadline;
  /** The body, within the size cap. */
  readonly bytes: Uint8Array;
}

/** A request for one card: its token is a safe one. */
export interface CardRouteContext extends RouteContext {
  readonly token: string;
}

const isTimeout = (error: unknown) => error instanceof SavedCardsError && error.kind === 'timeout';
/** Whatever an adapter threw on an answer it could not read: its own error, else `invalid-response` (a 502). */
const unreadable = (error: unknown) =>
  error instanceof SavedCardsError ? error : new SavedCardsError('invalid-response');

/** A call to the preferences store; its failure is the store's, never the provider's (what it threw is not kept). */
function fromPreferences<T>({ deadline }: RouteContext, work: () => T | Promise<T>): Promise<T> {
  return deadline.during(
    FAILURES.sessionTimeout,
    async () => work(),
    () => new HttpFailure(FAILURES.preferences),
  );
}

/** The signed-in customer (401 when nobody) and the provider's answer for their cards: where every route starts. */
async function readCustomerCards({ setup, request, deadline }: RouteContext) {
  const customerId = await deadline.during(
    FAILURES.sessionTimeout,
    async () => setup.getCustomerId(request),
    (error) => new HttpFailure(isTimeout(error) ? FAILURES.sessionTimeout : FAILURES.internal),
  );
  if (typeof customerId !== 'string' || customerId.trim() === '') throw new HttpFailure(FAILURES.unauthorized);
  const body = await deadline.during(FAILURES.timeout, (signal) => setup.provider.listCards(customerId, signal));
  return { customerId, body };
}

/**
 * The customer's tokens, each with why its delete would be refused, read from the checked cards of the scrubbed
 * answer. A token not among them (someone else's, a stale or a made-up one) is a 404: the provider is never asked.
 */
async function readOwnedCard(context: CardRouteContext) {
  const { customerId, body } = await readCustomerCards(context);
  const { provider } = context.setup;
  const owned = new Map<string, DeleteBlockedReason | undefined>();
  let inputs: readonly CardInput[];
  try {
    inputs = parseProviderAnswer(provider, body).parsed.cards;
  } catch (error) {
    throw unreadable(error);
  }
  inputs.forEach((input, index) => {
    const token = readToken(input.token);
    if (token === undefined) return;
    const checked = checkCard(input, input.sourceIndex ?? index);
    const reason = checked.ok
      ? shownBlockedReason(checked.value.card.deleteBlockedReason, provider.secrets)
      : undefined;
    owned.set(token, owned.get(token) ?? reason);
  });
  if (!owned.has(context.token)) throw new HttpFailure(FAILURES.notFound);
  return { customerId, blocked: owned.get(context.token), listed: [...owned.keys()] };
}

/** `GET {basePath}`: the customer's cards in the kit's JSON contract, or in the provider's shape with `passThrough`. */
export async function listRoute(context: RouteContext): Promise<Response> {
  const { customerId, body } = await readCustomerCards(context);
  const { setup, deadline } = context;
  const { provider, preferences } = setup;
  const read = await deadline.during(
    FAILURES.timeout,
    async () => {
      const { scrubbed, checked, issues } = readProviderList(provider, body);
      const passed = setup.passThrough
        ? await sanitizeProviderAnswer(provider.adapter.name, scrubbed, setup.reference, provider.secrets)
        : undefined;
      return { checked, issues, passed };
    },
    unreadable,
  );
  // A pass-through field not of its type was dropped: named, like a skipped card's field, never quoted.
  const skipped = [...read.issues.map(({ index, field }) => ({ index, field })), ...(read.passed?.dropped ?? [])];
  if (skipped.length > 0) report(setup.onSkippedCards, { ...context.info, skipped });
  if (read.passed) return jsonResponse(200, read.passed.answer);
  const shown = preferences
    ? applyPreferences(read.checked, await fromPreferences(context, () => preferences.get(customerId)))
    : read.checked;
  const answer = await deadline.during(
    FAILURES.timeout,
    () => jsonListAnswer(shown, setup.reference, setup.capabilities),
    unreadable,
  );
  return jsonResponse(200, answer);
}

const AGREEMENT_MESSAGE =
  'This card is used by an auto-debit agreement. Choose another card for the agreement before deleting it.';

/** `DELETE {basePath}/{token}`: one of the customer's cards, unless the list marks it as locked (409 with why). */
export async function deleteRoute(context: CardRouteContext): Promise<Response> {
  const { setup, deadline, token } = context;
  // What the list answer says the backend cannot do is refused before any provider call.
  if (!setup.capabilities.delete) throw new HttpFailure(FAILURES.cannotDelete);
  const { customerId, blocked } = await readOwnedCard(context);
  if (blocked) {
    const message = blocked.message ?? (blocked.code === 'agreement' ? AGREEMENT_MESSAGE : undefined);
    throw new HttpFailure(FAILURES.rejected, { message });
  }
  await deadline.during(FAILURES.timeout, (signal) => setup.provider.deleteCard(customerId, token, signal));
  return jsonResponse(204, undefined);
}

/** `PATCH {basePath}/{token}`: makes one of the customer's cards the default, or names it. */
export async function updateRoute(context: CardRouteContext): Promise<Response> {
  const { setup, deadline, token } = context;
  const { provider, preferences } = setup;
  const change = requireChange(context.bytes, setup.capabilities);
  const { customerId, listed } = await readOwnedCard(context);
  if (preferences) {
    await fromPreferences(context, () =>
      change.kind === 'setDefault'
        ? preferences.setDefault(customerId, token, listed)
        : preferences.setNickname(customerId, token, change.nickname, listed),
    );
  } else {
    await deadline.during(FAILURES.timeout, async (signal) =>
      change.kind === 'setDefault'
        ? provider.setDefaultCard?.(customerId, token, signal)
        : provider.renameCard?.(customerId, token, change.nickname, signal),
    );
  }
  return jsonResponse(204, undefined);
}
