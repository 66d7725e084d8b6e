/** The result of reading a backend's card number field. */
export interface Last4Result {
  last4: string;
  /** True when the backend sent a whole card number instead of a masked one. */
  wasUnmasked: boolean;
}

const SEPARATORS = /[\s-]/g;

/**
 * The last 4 digits of a masked number ("**** 0026", "XXXXXXXXXXXX1258"), or of a whole 13–19 digit one
 * (flagged `wasUnmasked`); `undefined` when the value does not end in 4 digits.
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

// Control, format and default-ignorable characters: zero-width, bidi controls, soft hyphen, word
// joiner, and the Hangul fillers, letters that draw nothing.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;
// "4111.1111…", "4111 -- 1111…", "4̲1̲1̲1̲…", "⁴¹¹¹…": what stands between digits joins them, the
// Arabic tatweel (a letter that only stretches the line) included.
const DIGIT_RUN = /\p{N}(?:(?:[^\p{L}\p{N}]|\u0640)*\p{N}){4,}/u;
const DIGIT_RUNS = /\p{N}(?:(?:[^\p{L}\p{N}]|\u0640)*\p{N}){4,}/gu;

/** The text as it reads: invisible characters become spaces, and runs of space one. */
export function visibleText(raw: string): string {
  return raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ');
}

/** Whether text holds what {@link redactText} would replace: a run of 5 or more digits, in any disguise. */
export function holdsDigitRun(raw: string): boolean {
  return DIGIT_RUN.test(visibleText(raw));
}

/**
 * Untrusted backend text made safe to keep: control and invisible characters out, length capped, and any
 * run of 5 or more digits replaced, in any script, however split (only a letter ends a run).
 */
export function redactText(raw: unknown, maxLength = 200): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = visibleText(raw).replace(DIGIT_RUNS, '•••').trim();
  if (!cleaned) return undefined;
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
