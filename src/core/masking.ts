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
// Letters that read as punctuation: every modifier letter (\p{Lm}: the tatweel ـ, ʼ ː ˈ ー), and the other letters
// UTS #39's confusables.txt (17.0) puts with a dash, dot, apostrophe or slash: 一 ㅡ ᅳ ꟷ Ⲻ ⲻ, ᐧ ꞏ ⵈ, ꞌ י ײ ᑊ ᛌ, ノ 丿 丶 Ⳇ ⳇ.
const READS_AS_PUNCTUATION =
  '\\p{Lm}\\u05D9\\u05F2\\u1173\\u1427\\u144A\\u16CC\\u2CBA\\u2CBB\\u2CC6\\u2CC7\\u2D48\\u30CE\\u3161\\u4E00\\u4E36\\u4E3F\\uA78C\\uA78F\\uA7F7';
// "4111.1111…", "4111 -- 1111…", "4̲1̲1̲1̲…", "⁴¹¹¹…", "4111ー1111…": what stands between digits joins them; a letter
// ends the run unless it reads as punctuation.
const DIGIT_RUN_SOURCE = `\\p{N}(?:(?:[^\\p{L}\\p{N}]|[${READS_AS_PUNCTUATION}])*\\p{N}){4,}`;
const DIGIT_RUN = new RegExp(DIGIT_RUN_SOURCE, 'u');
const DIGIT_RUNS = new RegExp(DIGIT_RUN_SOURCE, 'gu');
// A card number's four groups of four, split by any one character each ("4111a1111b1111c1111").
const CARD_GROUPS_SOURCE = '\\p{N}{4}(?:\\P{N}\\p{M}*\\p{N}{4}){3}';
const CARD_GROUP = new RegExp(CARD_GROUPS_SOURCE, 'u');
const CARD_GROUPS = new RegExp(CARD_GROUPS_SOURCE, 'gu');

/** The text as it reads: invisible characters become spaces, and runs of space one. */
export function visibleText(raw: string): string {
  return raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ');
}

/**
 * Whether text holds what {@link redactText} would replace: a run of 5 or more digits, in any disguise, or four
 * groups of four split by single characters.
 */
export function holdsDigitRun(raw: string): boolean {
  const text = visibleText(raw);
  return DIGIT_RUN.test(text) || CARD_GROUP.test(text);
}

/**
 * Untrusted backend text made safe to keep: control and invisible characters out, length capped, and any
 * run of 5 or more digits replaced, in any script, however split (only a letter that reads as one ends a run),
 * and four groups of four digits split by single characters.
 */
export function redactText(raw: unknown, maxLength = 200): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = visibleText(raw).replace(DIGIT_RUNS, '•••').replace(CARD_GROUPS, '•••').trim();
  if (!cleaned) return undefined;
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
