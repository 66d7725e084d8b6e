import { OTTU_FIELDS } from '../adapters/ottu';
import { PAYU_FIELDS, SOFT_DELETE_FIELDS } from '../adapters/payu';
import { isRecord, pick, type FieldTable } from '../adapters/read';
import { last4FromNumber, redactText } from '../core/masking';
import { TEXT_LIMITS } from '../core/normalize';

interface Allowlist {
  plain: string[];
  /** Free text, capped as the kit field it becomes. */
  texts: Record<string, number>;
  numbers: string[];
  references: string[];
}

/**
 * Only the fields an adapter's table reads reach the browser: a provider can spell a network token,
 * a BIN or a PAR in more ways than a list of names to drop could guess.
 */
function allowlistOf(table: FieldTable, plain: readonly string[] = []): Allowlist {
  const list: Allowlist = { plain: [...plain], texts: {}, numbers: [], references: [] };
  for (const [field, names] of Object.entries(table)) {
    for (const name of [names].flat()) {
      if (field === 'number') list.numbers.push(name);
      else if (field === 'accountReference') list.references.push(name);
      else if (field in TEXT_LIMITS) list.texts[name] = TEXT_LIMITS[field as keyof typeof TEXT_LIMITS];
      else list.plain.push(name);
    }
  }
  return list;
}

const OTTU = allowlistOf(OTTU_FIELDS);
// The adapter leaves soft-deleted cards out, so their flags must arrive.
const PAYU = allowlistOf(PAYU_FIELDS, SOFT_DELETE_FIELDS);
const PAYU_ENVELOPE_FIELDS = ['status'];
const PAYU_ENVELOPE_TEXT_FIELDS = { msg: TEXT_LIMITS.reason, message: TEXT_LIMITS.reason };
const PAYU_RESULT_FIELDS = ['user_cards', 'userCards'];

type Scalar = string | number | boolean | null;

/** A plain JSON value; `undefined` for objects and arrays, which no kept field needs. */
function scalarOf(value: unknown): Scalar | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
    ? value
    : undefined;
}

/** The allowed plain fields of `source`; every other one stays on the server. */
function keepFields(source: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of names) {
    const value = Object.hasOwn(source, name) ? scalarOf(source[name]) : undefined;
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/** The allowed free-text fields of `source`, redacted: no run of digits, no control or invisible characters. */
function keepTexts(
  source: Record<string, unknown>,
  limits: Record<string, number>,
  kept: Record<string, unknown>,
): void {
  for (const [name, maxLength] of Object.entries(limits)) {
    if (!Object.hasOwn(source, name)) continue;
    const value = source[name];
    // null stays null: the adapter reads it as "no name", as it would have before.
    kept[name] = value === null ? null : (redactText(value, maxLength) ?? null);
  }
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
function ottuCard(card: unknown): Record<string, unknown> | null {
  if (!isRecord(card)) return null;
  const kept = keepFields(card, OTTU.plain);
  keepTexts(card, OTTU.texts, kept);
  keepMaskedNumbers(card, OTTU.numbers, kept);
  // The adapter only asks whether a card has agreements (it cannot be deleted then); what they are stays here.
  const agreements = pick(card, 'agreements');
  if (Array.isArray(agreements)) kept.agreements = agreements.map(() => ({}));
  return kept;
}

async function payuCard(
  card: unknown,
  reference: (par: string) => Promise<string>,
): Promise<Record<string, unknown> | null> {
  if (!isRecord(card)) return null;
  const kept = keepFields(card, PAYU.plain);
  keepTexts(card, PAYU.texts, kept);
  keepMaskedNumbers(card, PAYU.numbers, kept);
  for (const name of PAYU.references) {
    if (!Object.hasOwn(card, name)) continue;
    const par = card[name];
    kept[name] = typeof par === 'string' && par.trim() !== '' ? await reference(par.trim()) : null;
  }
  return kept;
}

/** PayU's map of token to card; PHP's empty map `[]` is kept, anything else that is not a map left out. */
async function payuUserCards(userCards: unknown, reference: (par: string) => Promise<string>): Promise<unknown> {
  if (Array.isArray(userCards)) return userCards.length === 0 ? [] : undefined;
  if (!isRecord(userCards)) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [token, card] of Object.entries(userCards)) {
    // defineProperty, so a "__proto__" token stays data.
    Object.defineProperty(kept, token, {
      value: await payuCard(card, reference),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return kept;
}

async function payuAnswer(
  body: Record<string, unknown>,
  reference: (par: string) => Promise<string>,
): Promise<Record<string, unknown>> {
  const kept = keepFields(body, PAYU_ENVELOPE_FIELDS);
  keepTexts(body, PAYU_ENVELOPE_TEXT_FIELDS, kept);
  const userCards = await payuUserCards(pick(body, 'user_cards'), reference);
  if (userCards !== undefined) kept.user_cards = userCards;
  // v2 puts the cards one level down, under either name.
  const result = pick(body, 'result');
  if (isRecord(result)) {
    const keptResult: Record<string, unknown> = {};
    for (const name of PAYU_RESULT_FIELDS) {
      const resultCards = await payuUserCards(pick(result, name), reference);
      if (resultCards !== undefined) keptResult[name] = resultCards;
    }
    kept.result = keptResult;
  }
  return kept;
}

/** The providers whose own answer the handler can pass through: the ones it has an allowlist for. */
export const PASS_THROUGH_ADAPTERS = ['ottu', 'payu'];

/** The provider's own answer made safe for a browser: only what its adapter reads, numbers masked, PARs replaced. */
export async function sanitizeProviderAnswer(
  adapter: string,
  body: unknown,
  reference: (par: string) => Promise<string>,
): Promise<unknown> {
  // Ottu answers a JSON array of cards (or one card), PayU an object around them; anything else is not theirs to read.
  if (adapter === 'ottu') return Array.isArray(body) ? body.map(ottuCard) : isRecord(body) ? [ottuCard(body)] : null;
  return isRecord(body) ? payuAnswer(body, reference) : null;
}
