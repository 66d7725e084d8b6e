import { OTTU_FIELDS } from '../adapters/ottu';
import { PAYU_FIELDS, SOFT_DELETE_FIELDS } from '../adapters/payu';
import { isRecord, pick, type FieldTable } from '../adapters/read';
import { holdsDigitRun, last4FromNumber } from '../core/masking';
import { parseFlag, TEXT_LIMITS } from '../core/normalize';
import { readToken } from '../core/token';
import { providerText } from './provider-request';

/**
 * What a provider's value must be to pass, by the kit field its table maps it to: a table's names take their
 * field's type, so a provider's table needs nothing but its names. `text` is redacted and capped, `number`
 * masked, `reference` replaced; a list (`networks`) is never forwarded.
 */
type PassThroughType = 'token' | 'flag' | 'month' | 'year' | 'word' | 'text' | 'number' | 'reference' | 'list';

const FIELD_TYPES: { readonly [Field in keyof FieldTable]-?: PassThroughType } = {
  token: 'token',
  brand: 'word',
  number: 'number',
  expiryMonth: 'month',
  expiryYear: 'year',
  isExpired: 'flag',
  isPreferred: 'flag',
  expiresSoon: 'flag',
  holderName: 'text',
  nickname: 'text',
  funding: 'word',
  cvvRequired: 'flag',
  gateway: 'text',
  networks: 'list',
  accountReference: 'reference',
};

type TextField = keyof typeof TEXT_LIMITS & keyof FieldTable;

/** A whole number from a number or a string of 1 or 2 digits; NaN otherwise. */
function smallNumber(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  return typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
}

// A brand or a card mode: "VISA", "MAST", "American Express", "CC".
const SHORT_WORD = /^[\p{L}\p{N}][\p{L}\p{N} _.&-]{0,31}$/u;

/** Whether a present value is of its type; what fails is dropped and reported by name. */
const CHECKS = {
  token: (value: unknown) => readToken(value) !== undefined,
  // true/false, 0/1, "Y"/"N", "yes"/"no": what the adapters' parseFlag reads, and nothing longer.
  flag: (value: unknown) =>
    (typeof value === 'boolean' || typeof value === 'number' || (typeof value === 'string' && value.length <= 5)) &&
    parseFlag(value) !== undefined,
  month: (value: unknown) => {
    const month = smallNumber(value);
    return month >= 1 && month <= 12;
  },
  // 4 digits, or 2.
  year: (value: unknown) =>
    typeof value === 'number'
      ? Number.isInteger(value) && ((value >= 0 && value < 100) || (value >= 1000 && value < 10_000))
      : typeof value === 'string' && /^\s*(?:\d{2}|\d{4})\s*$/.test(value),
  word: (value: unknown) => typeof value === 'string' && SHORT_WORD.test(value) && !holdsDigitRun(value),
};

type Check = (value: unknown) => boolean;

interface Allowlist {
  /** Names forwarded as they came once they pass their type's check. */
  plain: Map<string, Check>;
  /** Free text, capped as the kit field it becomes. */
  texts: Map<string, number>;
  numbers: string[];
  references: string[];
}

/**
 * Only the fields an adapter's table reads reach the browser: a provider can spell a network token,
 * a BIN or a PAR in more ways than a list of names to drop could guess. `flags` are names the adapter reads
 * outside its table.
 */
function allowlistOf(table: FieldTable, flags: readonly string[] = []): Allowlist {
  const list: Allowlist = {
    plain: new Map(flags.map((name) => [name, CHECKS.flag])),
    texts: new Map(),
    numbers: [],
    references: [],
  };
  for (const [field, names] of Object.entries(table) as [keyof FieldTable, string | readonly string[]][]) {
    const type = FIELD_TYPES[field];
    for (const name of [names].flat()) {
      if (type === 'number') list.numbers.push(name);
      else if (type === 'reference') list.references.push(name);
      else if (type === 'text') list.texts.set(name, TEXT_LIMITS[field as TextField]);
      else if (type !== 'list') list.plain.set(name, CHECKS[type]);
    }
  }
  return list;
}

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
