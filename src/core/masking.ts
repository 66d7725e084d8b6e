/** The result of reading a backend's card number field. */
export interface Last4Result {
  last4: string;
  /** True when the backend sent a whole card number instead of a masked one. */
  wasUnmasked: boolean;
}

const SEPARATORS = /[\s-]/g;

/**
 * Takes the last 4 digits from a masked card number such as "**** 0026",
 * "XXXXXXXXXXXX1258" or "•••• 4242". A whole 13–19 digit number is accepted
 * too, but only its last 4 digits are kept. Returns `undefined` when the value
 * does not end in 4 digits.
 *
 * @example
 * last4FromNumber('XXXXXXXXXXXX1258'); // { last4: '1258', wasUnmasked: false }
 */
export function last4FromNumber(raw: unknown): Last4Result | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const compact = String(raw).trim().replace(SEPARATORS, '');
  if (compact.length > 40) return undefined;
  const wasUnmasked = /^\d{13,19}$/.test(compact);
  const match = /(?:^|\D)(\d{4})$/.exec(compact) ?? (wasUnmasked ? /(\d{4})$/.exec(compact) : null);
  if (!match) return undefined;
  return { last4: match[1] as string, wasUnmasked };
}

/**
 * Makes untrusted backend text safe to keep in an error: control characters
 * removed, any run of 5 or more digits (a card number, a token) replaced,
 * and the length capped.
 */
export function redactText(raw: unknown, maxLength = 200): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\d(?:[\s-]?\d){4,}/g, '•••')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return undefined;
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
