import { ERROR_MESSAGES, SavedCardsError, unredactedReason, type SavedCardsErrorKind } from '../core/errors';
import { TEXT_LIMITS } from '../core/fields';
import { REQUESTED_WITH_HEADER } from '../core/http';
import type { SavedCardsRoute } from './events';
import { providerText } from './provider-request';

/** One answer the handler can fail with: its status, its `code` and its fixed words. */
export interface Failure {
  status: number;
  code: string;
  message: string;
}

export const FAILURES = {
  notFound: { status: 404, code: 'not-found', message: 'The saved card was not found.' },
  methodNotAllowed: { status: 405, code: 'method-not-allowed', message: 'This method is not allowed here.' },
  forbidden: { status: 403, code: 'forbidden', message: `The ${REQUESTED_WITH_HEADER} header is required.` },
  unauthorized: { status: 401, code: 'unauthorized', message: 'Please sign in to manage your saved cards.' },
  tooLarge: { status: 413, code: 'payload-too-large', message: 'The request body is too large.' },
  invalidToken: { status: 400, code: 'invalid-token', message: ERROR_MESSAGES['invalid-token'] },
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
  invalidNickname: { status: 400, code: 'invalid-nickname', message: ERROR_MESSAGES['invalid-nickname'] },
  cannotSetDefault: { status: 501, code: 'not-supported', message: 'This backend cannot set a default card.' },
  cannotRename: { status: 501, code: 'not-supported', message: 'This backend cannot rename cards.' },
  cannotDelete: { status: 501, code: 'not-supported', message: 'This backend cannot delete cards.' },
  internal: { status: 500, code: 'internal', message: ERROR_MESSAGES.unknown },
  // The merchant's own database failed, not the provider: the event says so.
  preferences: { status: 500, code: 'preferences-failed', message: ERROR_MESSAGES.unknown },
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

/** What a route throws: the failure to answer, with words or headers of its own when it has them. */
export class HttpFailure extends Error {
  constructor(
    readonly failure: Failure,
    readonly extra: { readonly message?: string | undefined; readonly headers?: Record<string, string> } = {},
  ) {
    super(failure.code);
  }
}

/**
 * Whatever a route threw, as the failure to answer: its own, a provider's error read for this route, or a 500
 * (a bug, or a callback that threw: what it threw is not kept, it may hold anything).
 */
export function failureOf(error: unknown, route: SavedCardsRoute, secrets: readonly string[]): HttpFailure {
  if (error instanceof HttpFailure) return error;
  if (!(error instanceof SavedCardsError)) return new HttpFailure(FAILURES.internal);
  if ((route === 'delete' || route === 'update') && error.kind === 'rejected') {
    // From the words as thrown: a custom provider may have echoed a secret that a redaction would have broken up.
    const message = providerText(unredactedReason(error), secrets, TEXT_LIMITS.reason);
    return new HttpFailure(route === 'delete' ? FAILURES.rejected : FAILURES.updateRejected, { message });
  }
  return new HttpFailure(PROVIDER_FAILURES[error.kind] ?? FAILURES.internal);
}

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, ...headers },
  });
}

/** A failure's answer; pass-through browsers read Ottu's `detail` or PayU's `msg`, the kit's contract reads `error`. */
export function failureResponse({ failure, extra }: HttpFailure, passThrough = false): Response {
  const message = extra.message ?? failure.message;
  const body = {
    error: { code: failure.code, message },
    ...(passThrough && { detail: message, msg: message }),
  };
  return jsonResponse(failure.status, body, extra.headers);
}
