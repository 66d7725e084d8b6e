import { redactText } from './masking';

/**
 * What went wrong, as a value a merchant can switch on.
 * - `network`: the request never reached the backend.
 * - `timeout`: no answer within `timeoutMs`.
 * - `unauthorized`: 401 or 403; the shopper's session is missing or expired.
 * - `not-found`: 404.
 * - `http`: any other failing status (see `status`).
 * - `invalid-response`: the answer could not be understood.
 * - `rejected`: the backend understood and said no (PayU `status: 0`, a card locked by an agreement).
 * - `invalid-token`: a token that cannot be one URL path segment; nothing was sent.
 * - `invalid-nickname`: a card name the kit refuses (`checkNickname`); nothing was sent. `reason` says why.
 * - `invalid-option`: two payment options share a value; `reason` names it. A mistake in the page's code.
 */
export type SavedCardsErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'not-found'
  | 'http'
  | 'invalid-response'
  | 'rejected'
  | 'invalid-token'
  | 'invalid-nickname'
  | 'invalid-option';

/**
 * The English text of each error kind, safe to show a shopper: an error's `message`, the English catalogue's
 * `errors` and the server's answers all read it from here. `unknown` words anything that is no `SavedCardsError`.
 */
export const ERROR_MESSAGES: Record<SavedCardsErrorKind | 'unknown', string> = {
  network: 'We could not reach the saved cards service. Check your connection.',
  timeout: 'The saved cards service took too long to answer.',
  unauthorized: 'Your session has expired. Please sign in again.',
  'not-found': 'Your saved cards were not found.',
  http: 'Something went wrong on our side. Please try again.',
  'invalid-response': 'We could not read the saved cards.',
  rejected: 'The request was refused.',
  'invalid-token': 'That saved card is not valid.',
  'invalid-nickname': "That card name can't be used.",
  'invalid-option': "This payment option can't be used.",
  unknown: 'Something went wrong. Please try again.',
};

/** Which rule a refused card name broke (`checkNickname`): the `problem` of an `invalid-nickname` error. */
export type NicknameProblem = 'empty' | 'tooLong' | 'cardNumber' | 'brokenCharacter';

/** What a `SavedCardsError` may carry besides its kind: the HTTP status, the backend's reason, and which rule a refused name broke. */
export interface SavedCardsErrorOptions {
  status?: number;
  /** Untrusted backend text; it is redacted here (`redactText`) before it is kept. */
  reason?: string | undefined;
  /** For `invalid-nickname`: which rule the name broke. */
  problem?: NicknameProblem;
}

const BRAND = Symbol.for('react-saved-cards.error');
// The backend's words as given, out of sight: the server must scrub its secrets out before anything redacts or cuts them.
const rawReasons = new WeakMap<SavedCardsError, string>();

/**
 * The one error type the kit throws. Its `message` is safe to show a shopper:
 * it is fixed text per `kind` and never holds a token, card digits or backend text.
 *
 * @example
 * if (error instanceof SavedCardsError && error.kind === 'unauthorized') redirectToLogin();
 */
export class SavedCardsError extends Error {
  // Recognised across copies of the kit: Next.js bundles a module once per layer (page, route handler).
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  override readonly name = 'SavedCardsError';
  // `declare`: the constructor assigns these, so no field declarations are emitted to set them to undefined first.
  declare readonly kind: SavedCardsErrorKind;
  /** The HTTP status, when there was one. */
  declare readonly status: number | undefined;
  /** The backend's own explanation, redacted (no runs of 5+ digits). Untrusted text: render as text only. */
  declare readonly reason: string | undefined;
  /** For `invalid-nickname`: which rule the name broke, for a catalogue to word it (`messages.nicknameProblems`). */
  declare readonly problem: NicknameProblem | undefined;

  constructor(kind: SavedCardsErrorKind, options: SavedCardsErrorOptions = {}) {
    // No `cause` on purpose: a fetch or parse error may quote a URL or payload, and with them a token.
    super(ERROR_MESSAGES[kind]);
    this.kind = kind;
    this.status = options.status;
    this.reason = redactText(options.reason);
    this.problem = options.problem;
    if (typeof options.reason === 'string') rawReasons.set(this, options.reason);
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Whether an automatic retry could help: network trouble, timeouts, rate limits (429) and 5xx. */
  get isRetryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500))
    );
  }
}

/**
 * The reason as it was given, before redaction; the redacted `reason` for an error from another copy of the kit.
 * Only for the server, which scrubs the provider's secrets out first. Never show or log it.
 */
export function unredactedReason(error: SavedCardsError): string | undefined {
  return rawReasons.get(error) ?? error.reason;
}

/** Type guard for {@link SavedCardsError}. */
export function isSavedCardsError(value: unknown): value is SavedCardsError {
  return value instanceof SavedCardsError;
}
