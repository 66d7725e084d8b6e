import type { FieldTable } from '../adapters/read';
import { holdsDigitRun } from '../core/masking';
import { parseFlag, TEXT_LIMITS } from '../core/fields';
import { readToken } from '../core/token';

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
export const CHECKS = {
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

export interface Allowlist {
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
export function allowlistOf(table: FieldTable, flags: readonly string[] = []): Allowlist {
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
