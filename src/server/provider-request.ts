import type { SavedCardsAdapter } from '../adapters/types';
import { SavedCardsError } from '../core/errors';
import { errorForStatus, fetchJson } from '../core/http';
import { redactText } from '../core/masking';

/** Options every provider adapter shares. */
export interface ProviderHttpOptions {
  /** The fetch to use. Default: the global one. */
  fetch?: typeof fetch;
  /** Give up on one provider call after this many milliseconds. Default: 8000. */
  timeoutMs?: number;
}

/** A provider's answer: its status and its body, parsed as JSON when it is JSON. */
export interface ProviderAnswer {
  status: number;
  /** `undefined` when the body was empty or not JSON (an HTML error page, say). */
  body: unknown;
}

/** Every occurrence of a secret replaced: providers have echoed a rejected key in their error messages. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => (secret.length >= 4 ? result.split(secret).join('•••') : result), text);
}

/** Whether text holds 8 or more characters in a row of a secret: a provider that shortened or masked its key. */
function holdsSecretPiece(text: string, secrets: readonly string[]): boolean {
  return secrets.some((secret) => {
    for (let start = 0; start + 8 <= secret.length; start += 1) {
      if (text.includes(secret.slice(start, start + 8))) return true;
    }
    return false;
  });
}

/**
 * A provider's words as a shopper may read them, in the one safe order: scrub the secrets, then redact and cut
 * (`redactText`); a redaction or a cut first would break a secret into pieces no scrub finds. `undefined` when
 * nothing is left or a piece of a secret survived: the caller answers its fixed words instead.
 */
export function providerText(raw: unknown, secrets: readonly string[], maxLength?: number): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const scrubbed = scrubSecrets(raw, secrets);
  const text = redactText(scrubbed, maxLength);
  return text === undefined || holdsSecretPiece(scrubbed, secrets) || holdsSecretPiece(text, secrets)
    ? undefined
    : text;
}

// Card fields sit four levels down at most (PayU's result.user_cards.{token}.field); 12 leaves a
// provider room for nesting of its own while a hostile answer cannot recurse without end.
const MAX_SCRUB_DEPTH = 12;

/** Every secret replaced in a parsed answer's strings and keys; anything nested deeper than a card field becomes `null`. */
export function scrubSecretsFromJson(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_SCRUB_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => scrubSecretsFromJson(item, secrets, depth + 1));
  const scrubbed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, so a "__proto__" key stays data.
    Object.defineProperty(scrubbed, scrubSecrets(key, secrets), {
      value: scrubSecretsFromJson(item, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return scrubbed;
}

/**
 * One provider call (deadline, size cap): the one place provider bytes enter, so its body comes back with
 * every secret scrubbed. Throws only `SavedCardsError`s, never the fetch error (it may quote a customer id).
 */
export async function requestProvider(
  url: string,
  init: RequestInit,
  options: ProviderHttpOptions & { signal: AbortSignal; secrets: readonly string[] },
): Promise<ProviderAnswer> {
  try {
    // PayU's postservice labels its JSON text/html, so the content type is not trusted either way.
    const { status, body } = await fetchJson(
      options.timeoutMs ?? 8_000,
      options.signal,
      (signal) => (options.fetch ?? globalThis.fetch)(url, { ...init, signal, redirect: 'error' }),
      true,
    );
    return { status, body: body === undefined ? undefined : scrubSecretsFromJson(body, options.secrets) };
  } catch (error) {
    if (error instanceof SavedCardsError) throw error;
    // The handler's own deadline aborts `options.signal`; both are a timeout to the shopper.
    throw new SavedCardsError('timeout');
  }
}

/** Which kind of call a provider answer is for: a card call's failure may mean the card is gone or locked. */
export type ProviderCall = 'list' | 'card';

/** A provider answer that must have succeeded; with `needsBody`, an empty or non-JSON body is `invalid-response`. */
export function successfulBody(
  answer: ProviderAnswer,
  adapter: SavedCardsAdapter,
  needsBody: boolean,
  call: ProviderCall = 'list',
): unknown {
  if (answer.status < 200 || answer.status > 299) throw providerFailure(answer, adapter, call);
  if (needsBody && answer.body === undefined) throw new SavedCardsError('invalid-response', { status: answer.status });
  return answer.body;
}

/**
 * A failing provider answer read with its adapter: a card call's answer the adapter calls `notFound` is a card
 * already gone. A 401/403 is the merchant's credentials and keeps no reason, unless the adapter reads a card
 * call's 403 as a refusal (the handler lists with the same key first).
 */
export function providerFailure(answer: ProviderAnswer, adapter: SavedCardsAdapter, call: ProviderCall = 'list') {
  const { status, body } = answer;
  if (call === 'card' && adapter.notFound?.(status, body)) return new SavedCardsError('not-found', { status });
  const read = adapter.parseError?.(status, body);
  if (status === 403 && call === 'card' && read?.kind === 'rejected')
    return new SavedCardsError('rejected', { status, reason: read.reason });
  return errorForStatus(status, status === 401 || status === 403 ? undefined : read);
}

/**
 * One provider's HTTP: its base URL (the merchant's, trailing slashes trimmed, then the API's own `root`), adapter,
 * secrets and transport options. Every call goes through `requestProvider`.
 */
export function providerHttp(
  baseUrl: string,
  setup: ProviderHttpOptions & { adapter: SavedCardsAdapter; secrets: readonly string[] },
  root = '',
) {
  const base = `${baseUrl.replace(/\/+$/, '')}${root}`;
  const answer = (path: string, init: RequestInit, signal: AbortSignal) =>
    requestProvider(`${base}${path}`, init, {
      fetch: setup.fetch,
      timeoutMs: setup.timeoutMs,
      signal,
      secrets: setup.secrets,
    });
  return {
    adapter: setup.adapter,
    /** One call's answer, whatever its status. */
    answer,
    /**
     * One call's successful body (a list's must be JSON; a card call's may be empty unless `needsBody`): a failing
     * status is thrown as the adapter reads it.
     */
    async send(
      path: string,
      init: RequestInit,
      signal: AbortSignal,
      call: ProviderCall = 'list',
      needsBody = call === 'list',
    ) {
      return successfulBody(await answer(path, init, signal), setup.adapter, needsBody, call);
    },
  };
}

/** What `providerHttp` returns. */
export type ProviderHttp = ReturnType<typeof providerHttp>;
