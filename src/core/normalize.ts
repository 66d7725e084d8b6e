import * as z from 'zod/mini';
import { normalizeBrand } from './brands';
import type { CardFunding, CardInput, CardIssue, SavedCard, SavedCardList } from './card';
import { getExpiryState, type ExpiryOptions } from './expiry';
import { last4FromNumber, redactText } from './masking';
import { devWarning, isDevelopment } from './warn';
import { groupDuplicates } from './dedupe';

export interface NormalizeOptions extends ExpiryOptions {
  /** List one entry per physical card (default) or every saved token separately. */
  dedupe?: boolean;
}

type Payload = z.core.ParsePayload;

function fail(ctx: Payload, input: unknown, message: string): never {
  // `input` is deliberately not copied into the issue: it may be a card number.
  void input;
  ctx.issues.push({ code: 'custom', message, input: undefined });
  return z.NEVER as never;
}

const TRUE_WORDS = new Set(['1', 'true', 'y', 'yes']);
const FALSE_WORDS = new Set(['0', 'false', 'n', 'no', '']);

/** true/false, 0/1, "0"/"1", "Y"/"N", "true"/"false"; missing is false. */
export function parseFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return undefined;
}

function integerFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value)) return Number(value);
  return undefined;
}

const anyValue = z.unknown();

const tokenField = z.pipe(
  anyValue,
  z.transform((value, ctx) => {
    const token = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof token !== 'string' || token.trim() === '') return fail(ctx, value, 'is missing');
    if (token.length > 256) return fail(ctx, value, 'is longer than 256 characters');
    return token;
  }),
);

const numberField = z.pipe(
  anyValue,
  z.transform((value, ctx) => last4FromNumber(value) ?? fail(ctx, value, 'does not end in 4 digits')),
);

const monthField = z.pipe(
  anyValue,
  z.transform((value, ctx) => {
    const month = integerFrom(value);
    return month !== undefined && month >= 1 && month <= 12 ? month : fail(ctx, value, 'is not a month from 1 to 12');
  }),
);

const yearField = z.pipe(
  anyValue,
  z.transform((value, ctx) => {
    const year = integerFrom(value);
    if (year === undefined) return fail(ctx, value, 'is not a year');
    if (year < 100) return 2000 + year;
    return year >= 1900 && year <= 2199 ? year : fail(ctx, value, 'is not a 2- or 4-digit year');
  }),
);

const flagField = z.pipe(
  anyValue,
  z.transform((value) => parseFlag(value)),
);

function textField(maxLength: number) {
  return z.pipe(
    anyValue,
    z.transform((value) => redactText(value, maxLength)),
  );
}

const fundingField = z.pipe(
  anyValue,
  z.transform((value): CardFunding | undefined => {
    if (typeof value !== 'string') return undefined;
    const word = value.trim().toLowerCase();
    if (word === 'cc' || word === 'credit') return 'credit';
    if (word === 'dc' || word === 'debit') return 'debit';
    return 'unknown';
  }),
);

const cardInputSchema = z.object({
  token: tokenField,
  brand: z.pipe(anyValue, z.transform(normalizeBrand)),
  number: numberField,
  expiryMonth: monthField,
  expiryYear: yearField,
  isExpired: flagField,
  isPreferred: flagField,
  expiresSoon: flagField,
  holderName: textField(80),
  nickname: textField(60),
  funding: fundingField,
  cvvRequired: flagField,
  gateway: textField(40),
  accountReference: z.pipe(
    anyValue,
    z.transform((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)),
  ),
});

/** A checked card with its grouping reference still attached; never leaves the core. */
export interface CheckedCard {
  card: SavedCard;
  accountReference: string | undefined;
}

/**
 * Checks one adapter-produced card. Returns the card, or the first problem
 * found (which field, in the kit's names), never the offending value.
 */
export function checkCard(
  input: CardInput,
  index: number,
  options: ExpiryOptions = {},
): { ok: true; value: CheckedCard; wasUnmasked: boolean } | { ok: false; issue: CardIssue } {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, issue: { index, field: 'card', message: `Card ${index}: is not an object.` } };
  }
  // Every key present (possibly undefined), so a missing field reaches its own check and message.
  const complete = Object.fromEntries(Object.keys(cardInputSchema.shape).map((key) => [key, (input as unknown as Record<string, unknown>)[key]]));
  const parsed = cardInputSchema.safeParse(complete);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = String(first?.path[0] ?? 'card');
    const reason = first?.code === 'custom' ? first.message : 'is not valid';
    return { ok: false, issue: { index, field, message: `Card ${index}: ${field} ${reason}.` } };
  }
  const value = parsed.data;
  const expiry = getExpiryState(value.expiryMonth, value.expiryYear, options);
  const isExpired = value.isExpired === true || expiry === 'expired';
  const card: SavedCard = {
    token: value.token,
    tokens: [value.token],
    brand: value.brand,
    last4: value.number.last4,
    expiryMonth: value.expiryMonth,
    expiryYear: value.expiryYear,
    isExpired,
    isExpiringSoon: !isExpired && (expiry === 'expiring' || value.expiresSoon === true),
    isPreferred: value.isPreferred === true,
    ...(value.holderName !== undefined && { holderName: value.holderName }),
    ...(value.nickname !== undefined && { nickname: value.nickname }),
    ...(value.funding !== undefined && { funding: value.funding }),
    ...(value.cvvRequired !== undefined && { cvvRequired: value.cvvRequired }),
    ...(value.gateway !== undefined && { gateway: value.gateway }),
    ...(input.deleteBlockedReason !== undefined && { deleteBlockedReason: input.deleteBlockedReason }),
  };
  return { ok: true, value: { card, accountReference: value.accountReference }, wasUnmasked: value.number.wasUnmasked };
}

function rank(card: SavedCard): number {
  if (card.isExpired) return 2;
  return card.isPreferred ? 0 : 1;
}

/**
 * Turns adapter output into the list the UI shows: every card checked (bad
 * ones skipped and reported), duplicates of one physical card grouped,
 * preferred cards first, then usable ones, then expired ones.
 *
 * @example
 * const { cards, issues } = normalizeCards(inputs, { now: new Date() });
 */
export function normalizeCards(
  inputs: readonly CardInput[],
  options: NormalizeOptions = {},
  extraIssues: readonly CardIssue[] = [],
): SavedCardList {
  const issues: CardIssue[] = [...extraIssues];
  const checked: CheckedCard[] = [];
  let unmaskedCount = 0;
  inputs.forEach((input, position) => {
    const result = checkCard(input, input?.sourceIndex ?? position, options);
    if (!result.ok) {
      issues.push(result.issue);
      return;
    }
    if (result.wasUnmasked) unmaskedCount += 1;
    checked.push(result.value);
  });
  if (isDevelopment) {
    if (unmaskedCount > 0) {
      devWarning(
        `${unmaskedCount} card(s) arrived with a whole card number; only the last 4 digits were kept. Mask card numbers on your server.`,
      );
    }
    for (const issue of issues) devWarning(`skipped a saved card. ${issue.message}`);
  }
  const cards = groupDuplicates(checked, options.dedupe ?? true);
  const ordered = cards
    .map((card, position) => ({ card, position }))
    .sort((a, b) => rank(a.card) - rank(b.card) || a.position - b.position)
    .map(({ card }) => card);
  return { cards: ordered, issues };
}
