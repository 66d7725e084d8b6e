import { OTTU_FIELDS } from '../adapters/ottu';
import { PAYU_FIELDS, SOFT_DELETE_FIELDS } from '../adapters/payu';
import { isRecord, pick } from '../adapters/read';
import { last4FromNumber } from '../core/masking';
import { TEXT_LIMITS } from '../core/fields';
import { allowlistOf, CHECKS, type Allowlist } from './pass-through-fields';
import { providerText } from './provider-request';

const OTTU = allowlistOf(OTTU_FIELDS);
// The adapter leaves soft-deleted cards out, so their flags must arrive.
const PAYU = allowlistOf(PAYU_FIELDS, SOFT_DELETE_FIELDS);
const PAYU_ENVELOPE: Allowlist = {
  plain: new Map([['status', CHECKS.flag]]),
  texts: new Map([
    ['msg', TEXT_LIMITS.reason],
    ['message', TEXT_LIMITS.reason],
  ]),
  numbers: [],
  references: [],
};
const PAYU_RESULT_FIELDS = ['user_cards', 'userCards'];

/** A field left out for its value: which card (-1 for the answer's envelope) and the provider's name for it. */
export interface DroppedField {
  index: number;
  field: string;
}

/** What one answer is made safe with. */
interface Passing {
  reference: (par: string) => Promise<string>;
  secrets: readonly string[];
  dropped: DroppedField[];
}

/** `null`, missing or blank: nothing to check. */
function isAbsent(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The allowed plain fields of `source` that are of their type, and its free-text fields redacted (no run of
 * digits, no control or invisible characters, no piece of a secret); every other field stays on the server.
 */
function keepFields(
  source: Record<string, unknown>,
  list: Allowlist,
  index: number,
  passing: Passing,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, check] of list.plain) {
    if (!Object.hasOwn(source, name) || source[name] === undefined) continue;
    const value = source[name];
    if (isAbsent(value) || check(value)) kept[name] = value;
    else passing.dropped.push({ index, field: name });
  }
  for (const [name, maxLength] of list.texts) {
    if (!Object.hasOwn(source, name)) continue;
    const value = source[name];
    // null stays null: the adapter reads it as "no name", as it would have before.
    kept[name] = value === null ? null : (providerText(value, passing.secrets, maxLength) ?? null);
  }
  return kept;
}

/**
 * Card numbers as masks of their last 4 digits (never a BIN); `null` stays `null`, and a number without
 * 4 trailing digits becomes a mask without any, so the browser still reports that card as malformed.
 */
function keepMaskedNumbers(
  card: Record<string, unknown>,
  names: readonly string[],
  kept: Record<string, unknown>,
): void {
  for (const name of names) {
    if (!Object.hasOwn(card, name) || card[name] === undefined) continue;
    const number = card[name];
    const last4 = last4FromNumber(number)?.last4;
    const absent = number === null || (typeof number === 'string' && number.trim() === '');
    kept[name] = absent ? null : last4 === undefined ? 'XXXX' : `XXXXXXXXXXXX${last4}`;
  }
}

/** Not an object: `null`, so the browser still counts it and reports it as malformed. */
function ottuCard(card: unknown, index: number, passing: Passing): Record<string, unknown> | null {
  if (!isRecord(card)) return null;
  const kept = keepFields(card, OTTU, index, passing);
  keepMaskedNumbers(card, OTTU.numbers, kept);
  // The adapter only asks whether a card has agreements (it cannot be deleted then); what they are stays here.
  const agreements = pick(card, 'agreements');
  if (Array.isArray(agreements)) kept.agreements = agreements.map(() => ({}));
  return kept;
}

async function payuCard(card: unknown, index: number, passing: Passing): Promise<Record<string, unknown> | null> {
  if (!isRecord(card)) return null;
  const kept = keepFields(card, PAYU, index, passing);
  keepMaskedNumbers(card, PAYU.numbers, kept);
  for (const name of PAYU.references) {
    if (!Object.hasOwn(card, name)) continue;
    const par = card[name];
    kept[name] = typeof par === 'string' && par.trim() !== '' ? await passing.reference(par.trim()) : null;
  }
  return kept;
}

/** PayU's map of token to card; PHP's empty map `[]` is kept, anything else that is not a map left out. */
async function payuUserCards(userCards: unknown, passing: Passing): Promise<unknown> {
  if (Array.isArray(userCards)) return userCards.length === 0 ? [] : undefined;
  if (!isRecord(userCards)) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [index, [token, card]] of Object.entries(userCards).entries()) {
    // defineProperty, so a "__proto__" token stays data.
    Object.defineProperty(kept, token, {
      value: await payuCard(card, index, passing),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return kept;
}

async function payuAnswer(body: Record<string, unknown>, passing: Passing): Promise<Record<string, unknown>> {
  const kept = keepFields(body, PAYU_ENVELOPE, -1, passing);
  const userCards = await payuUserCards(pick(body, 'user_cards'), passing);
  if (userCards !== undefined) kept.user_cards = userCards;
  // v2 puts the cards one level down, under either name.
  const result = pick(body, 'result');
  if (isRecord(result)) {
    const keptResult: Record<string, unknown> = {};
    for (const name of PAYU_RESULT_FIELDS) {
      const resultCards = await payuUserCards(pick(result, name), passing);
      if (resultCards !== undefined) keptResult[name] = resultCards;
    }
    kept.result = keptResult;
  }
  return kept;
}

/** The providers whose own answer the handler can pass through: the ones it has an allowlist for. */
export const PASS_THROUGH_ADAPTERS = ['ottu', 'payu'];

/**
 * The provider's own answer made safe for a browser: only what its adapter reads, each field of its type
 * (the others `dropped`, by name), numbers masked, text redacted, PARs replaced.
 */
export async function sanitizeProviderAnswer(
  adapter: string,
  body: unknown,
  reference: (par: string) => Promise<string>,
  secrets: readonly string[] = [],
): Promise<{ answer: unknown; dropped: DroppedField[] }> {
  const passing: Passing = { reference, secrets, dropped: [] };
  // Ottu answers a JSON array of cards (or one card), PayU an object around them; anything else is not theirs to read.
  const answer =
    adapter === 'ottu'
      ? Array.isArray(body)
        ? body.map((card, index) => ottuCard(card, index, passing))
        : isRecord(body)
          ? [ottuCard(body, 0, passing)]
          : null
      : isRecord(body)
        ? await payuAnswer(body, passing)
        : null;
  return { answer, dropped: passing.dropped };
}
