import { normalizeBrand, normalizeNetworks } from './brands';
import type { CardFunding } from './card';
import { last4FromNumber, redactText } from './masking';
import { MAX_TOKEN_LENGTH, readToken } from './token';

const TRUE_WORDS = ['1', 'true', 'y', 'yes'];
const FALSE_WORDS = ['0', 'false', 'n', 'no', ''];

/** true/false, 0/1, "0"/"1", "Y"/"N", "true"/"false"; missing is false; anything else `undefined`. */
export function parseFlag(value: unknown): boolean | undefined {
  if (value == null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const word = String(value).trim().toLowerCase();
  return TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : undefined;
}

/** A whole number from a number or a string of up to 4 digits, else NaN, which fails every range check. */
function integerFrom(value: unknown): number {
  const number = typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value;
  return Number.isInteger(number) ? (number as number) : NaN;
}

/** How to read one card field: its value, or `undefined` when it cannot be read. */
type Read = (value: unknown) => unknown;

/** What a field table reads to: a field with a problem (see {@link FIELD_PROBLEMS}) is never `undefined` once the card passed. */
type FieldValues<Table extends Record<string, Read>, Problems> = {
  [Key in keyof Table]: Key extends keyof Problems
    ? Exclude<ReturnType<Table[Key]>, undefined>
    : ReturnType<Table[Key]>;
};

/** Reads `record` through `table`, in the table's order: the values, or the first field with a problem. */
export function readFields<Table extends Record<string, Read>, Problems extends { [Key in keyof Table]?: string }>(
  table: Table,
  problems: Problems,
  record: { readonly [Key in keyof Table]?: unknown },
): { ok: true; values: FieldValues<Table, Problems> } | { ok: false; field: string; problem: string } {
  const values: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(table)) {
    const value = read(record[key as keyof Table]);
    const problem = problems[key as keyof Table];
    if (problem !== undefined && value === undefined) return { ok: false, field: key, problem };
    values[key] = value;
  }
  return { ok: true, values: values as FieldValues<Table, Problems> };
}

/** How much of each free-text field is kept, here and in the server's pass-through answers. */
export const TEXT_LIMITS = {
  holderName: 80,
  nickname: 60,
  gateway: 40,
  reason: 200,
  deleteBlockedReason: 120,
} as const;

const text = (maxLength: number) => (value: unknown) => redactText(value, maxLength);

/** `null`, missing or blank: the backend has no such value, which is not the same as a wrong one. */
function isAbsent(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/** A reader that answers `null` for an absent value, so only a present but wrong one is a problem. */
function optional<T>(read: (value: unknown) => T | undefined): (value: unknown) => T | null | undefined {
  return (value) => (isAbsent(value) ? null : read(value));
}

function readMonth(value: unknown): number | undefined {
  const month = integerFrom(value);
  return month >= 1 && month <= 12 ? month : undefined;
}

function readYear(value: unknown): number | undefined {
  const year = integerFrom(value);
  // Two digits mean 20xx; a negative number is no year (-1 would otherwise read as 1999).
  return year >= 0 && year < 100 ? 2000 + year : year >= 1900 && year < 2200 ? year : undefined;
}

function readFunding(value: unknown): CardFunding | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return word === 'cc' || word === 'credit' ? 'credit' : word === 'dc' || word === 'debit' ? 'debit' : 'unknown';
}

/** How each field of an adapter's card is read. */
export const CARD_FIELDS = {
  token: readToken,
  brand: normalizeBrand,
  number: optional(last4FromNumber),
  expiryMonth: optional(readMonth),
  expiryYear: optional(readYear),
  isExpired: parseFlag,
  isPreferred: parseFlag,
  expiresSoon: parseFlag,
  holderName: text(TEXT_LIMITS.holderName),
  nickname: text(TEXT_LIMITS.nickname),
  funding: readFunding,
  cvvRequired: parseFlag,
  gateway: text(TEXT_LIMITS.gateway),
  // One known network is no co-badging.
  networks: (value: unknown) => {
    const networks = normalizeNetworks(value);
    return networks && networks.length > 1 ? networks : undefined;
  },
  accountReference: (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
};

/** The fields whose value skips the card when it cannot be read, and what is wrong then (the value, maybe a number, is never quoted). */
export const FIELD_PROBLEMS = {
  token: `is missing, blank or longer than ${MAX_TOKEN_LENGTH} characters`,
  number: 'does not end in 4 digits',
  expiryMonth: 'is not a month from 1 to 12',
  expiryYear: 'is not a 2- or 4-digit year',
} satisfies { [Field in keyof typeof CARD_FIELDS]?: string };
