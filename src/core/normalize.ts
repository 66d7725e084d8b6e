import { normalizeBrand, normalizeNetworks } from './brands';
import {
  DEFAULT_CAPABILITIES,
  type CardFunding,
  type CardInput,
  type CardIssue,
  type CheckedCard,
  type DeleteBlockedReason,
  type SavedCard,
  type SavedCardList,
  type SavedCardsCapabilities,
} from './card';
import { getExpiryState, type ExpiryOptions } from './expiry';
import { last4FromNumber, redactText } from './masking';
import { devWarning, isDevelopment } from './warn';
import { groupDuplicates } from './dedupe';
import { SavedCardsError } from './errors';
import { MAX_TOKEN_LENGTH, readToken } from './token';

export interface NormalizeOptions extends ExpiryOptions {
  /** List one entry per physical card (default) or every saved token separately. */
  dedupe?: boolean;
  /** Cards the adapter already skipped, listed before the ones skipped here. */
  issues?: readonly CardIssue[];
  /** What the backend said it can do; the rest is {@link DEFAULT_CAPABILITIES}. */
  capabilities?: Partial<SavedCardsCapabilities>;
}

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

/** How to read one card field. With a `problem`, an unreadable value skips the card (the value, maybe a number, is never quoted). */
interface Field<T> {
  read: (value: unknown) => T;
  problem?: string;
}

function field<T>(read: (value: unknown) => T | undefined, problem: string): Field<T | undefined> & { problem: string };
function field<T>(read: (value: unknown) => T): Field<T>;
function field<T>(read: (value: unknown) => T, problem?: string): Field<T> {
  return problem === undefined ? { read } : { read, problem };
}

/** What a field table reads to: a field with a `problem` is never `undefined` once the card passed. */
type FieldValues<Table> = {
  [Key in keyof Table]: Table[Key] extends { read: (value: unknown) => infer T; problem: string }
    ? Exclude<T, undefined>
    : Table[Key] extends Field<infer T>
      ? T
      : never;
};

/** Reads `record` through `table`, in the table's order: the values, or the first field with a problem. */
function readFields<Table extends Record<string, Field<unknown>>>(
  table: Table,
  record: { readonly [Key in keyof Table]?: unknown },
): { ok: true; values: FieldValues<Table> } | { ok: false; field: string; problem: string } {
  const values: Record<string, unknown> = {};
  for (const [key, { read, problem }] of Object.entries(table)) {
    const value = read(record[key as keyof Table]);
    if (problem !== undefined && value === undefined) return { ok: false, field: key, problem };
    values[key] = value;
  }
  return { ok: true, values: values as FieldValues<Table> };
}

/** How much of each free-text field is kept, here and in the server's pass-through answers. */
export const TEXT_LIMITS = {
  holderName: 80,
  nickname: 60,
  gateway: 40,
  reason: 200,
  deleteBlockedReason: 120,
} as const;

const text = (maxLength: number) => field((value) => redactText(value, maxLength));

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

const CARD_FIELDS = {
  token: field(readToken, `is missing, blank or longer than ${MAX_TOKEN_LENGTH} characters`),
  brand: field(normalizeBrand),
  number: field(optional(last4FromNumber), 'does not end in 4 digits'),
  expiryMonth: field(optional(readMonth), 'is not a month from 1 to 12'),
  expiryYear: field(optional(readYear), 'is not a 2- or 4-digit year'),
  isExpired: field(parseFlag),
  isPreferred: field(parseFlag),
  expiresSoon: field(parseFlag),
  holderName: text(TEXT_LIMITS.holderName),
  nickname: text(TEXT_LIMITS.nickname),
  funding: field(readFunding),
  cvvRequired: field(parseFlag),
  gateway: text(TEXT_LIMITS.gateway),
  // One known network is no co-badging.
  networks: field((value) => {
    const networks = normalizeNetworks(value);
    return networks && networks.length > 1 ? networks : undefined;
  }),
  accountReference: field((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)),
};

type CheckResult = { ok: true; value: CheckedCard; wasUnmasked: boolean } | { ok: false; issue: CardIssue };

/** One adapter-produced card checked: the card, or its first problem (which field, never the value). */
export function checkCard(input: CardInput, index: number, options: ExpiryOptions = {}): CheckResult {
  const record = (typeof input === 'object' && input) || undefined;
  const parsed = record
    ? readFields(CARD_FIELDS, record)
    : { ok: false as const, field: 'card', problem: 'is not valid' };
  if (!parsed.ok) {
    const { field, problem } = parsed;
    return { ok: false, issue: { index, field, message: `Card ${index}: ${field} ${problem}.` } };
  }
  const {
    number,
    expiryMonth,
    expiryYear,
    isExpired: expiredFlag,
    isPreferred,
    expiresSoon,
    accountReference,
    ...fields
  } = parsed.values;
  // An expiry is both halves or neither: a lone month or year is a card we cannot judge.
  if ((expiryMonth === null) !== (expiryYear === null)) {
    const field = expiryMonth === null ? 'expiryMonth' : 'expiryYear';
    return {
      ok: false,
      issue: { index, field, message: `Card ${index}: ${field} is missing while the other half of the expiry is set.` },
    };
  }
  const expiry =
    expiryMonth === null || expiryYear === null ? undefined : getExpiryState(expiryMonth, expiryYear, options);
  const isExpired = expiredFlag === true || expiry === 'expired';
  const card: SavedCard = withoutUndefined({
    ...fields,
    tokens: [fields.token],
    last4: number?.last4,
    expiryMonth: expiryMonth ?? undefined,
    expiryYear: expiryYear ?? undefined,
    isExpired,
    isExpiringSoon: !isExpired && (expiry === 'expiring' || expiresSoon === true),
    isPreferred: isPreferred === true,
    deleteBlockedReason: blockedReason(record?.deleteBlockedReason),
  });
  return { ok: true, value: { card, accountReference }, wasUnmasked: number?.wasUnmasked === true };
}

/** The same object without its `undefined` values, so a card holds only the fields it has. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The backend's words are untrusted text: redacted and capped here, like a holder name. */
function blockedReason(reason: DeleteBlockedReason | undefined): DeleteBlockedReason | undefined {
  if (!reason) return undefined;
  const message = redactText(reason.message, TEXT_LIMITS.deleteBlockedReason);
  return { code: reason.code === 'agreement' ? 'agreement' : 'other', ...(message && { message }) };
}

function rank(card: SavedCard): number {
  return card.isExpired ? 2 : card.isPreferred ? 0 : 1;
}

/** Display order, for a stable sort: preferred usable cards first, then usable ones, then expired ones. */
export function byDisplayOrder(a: SavedCard, b: SavedCard): number {
  return rank(a) - rank(b);
}

/** A checked card with the adapter's input it came from, for readers of the backend's own flags. */
export interface CheckedInput extends CheckedCard {
  input: CardInput;
}

/** Every card of a list checked, for browser and server alike: the good ones, and why each other was skipped. */
export function checkCards(
  inputs: readonly CardInput[],
  options: ExpiryOptions = {},
  extraIssues: readonly CardIssue[] = [],
): { checked: CheckedInput[]; issues: CardIssue[] } {
  const issues: CardIssue[] = [...extraIssues];
  const checked: CheckedInput[] = [];
  let unmasked = 0;
  // One clock for the whole list: no card is judged a month later than its neighbour at midnight.
  const expiry: ExpiryOptions = { ...options, now: options.now ?? new Date() };
  inputs.forEach((input, position) => {
    const result = checkCard(input, input?.sourceIndex ?? position, expiry);
    if (!result.ok) return issues.push(result.issue);
    if (result.wasUnmasked) unmasked += 1;
    checked.push({ ...result.value, input });
  });
  if (isDevelopment) {
    if (unmasked)
      devWarning(
        `${unmasked} card(s) arrived with a whole card number; only the last 4 digits were kept. Mask card numbers on your server.`,
      );
    for (const issue of issues) devWarning(`skipped a saved card. ${issue.message}`);
  }
  return { checked, issues };
}

/** Cards were sent but none could be read: a failed load (`invalid-response`), never "no saved cards". */
export function failWhenNoneReadable(readable: number, issues: readonly CardIssue[]): void {
  if (readable === 0 && issues.length > 0) throw new SavedCardsError('invalid-response');
}

/**
 * Turns adapter output into the list the UI shows: every card checked (bad
 * ones skipped and reported), duplicates of one physical card grouped,
 * preferred cards first, then usable ones, then expired ones.
 *
 * @example
 * const { cards, issues } = normalizeCards(inputs, { now: new Date() });
 */
export function normalizeCards(inputs: readonly CardInput[], options: NormalizeOptions = {}): SavedCardList {
  const { checked, issues } = checkCards(inputs, options, options.issues);
  // Array.prototype.sort is stable, so backend order holds within each rank.
  const cards = groupDuplicates(checked, options.dedupe ?? true).sort(byDisplayOrder);
  return { cards, issues, capabilities: { ...DEFAULT_CAPABILITIES, ...options.capabilities } };
}
