import type { CardInput, CardIssue, CheckedCard, DeleteBlockedReason, SavedCard } from './card';
import { getExpiryState, type ExpiryOptions } from './expiry';
import { CARD_FIELDS, FIELD_PROBLEMS, readFields, TEXT_LIMITS } from './fields';
import { redactText } from './masking';
import { withoutUndefined } from './objects';

type CheckResult = { ok: true; value: CheckedCard; wasUnmasked: boolean } | { ok: false; issue: CardIssue };

/** One adapter-produced card checked: the card, or its first problem (which field, never the value). */
export function checkCard(input: CardInput, index: number, options: ExpiryOptions = {}): CheckResult {
  const record = (typeof input === 'object' && input) || undefined;
  const parsed = record
    ? readFields(CARD_FIELDS, FIELD_PROBLEMS, record)
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

/** The backend's words are untrusted text: redacted and capped here, like a holder name. */
function blockedReason(reason: DeleteBlockedReason | undefined): DeleteBlockedReason | undefined {
  if (!reason) return undefined;
  const message = redactText(reason.message, TEXT_LIMITS.deleteBlockedReason);
  return { code: reason.code === 'agreement' ? 'agreement' : 'other', ...(message && { message }) };
}
