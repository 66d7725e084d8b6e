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
// joiner, and the Hangul fillers, letters that draw nothing. Kept only where they are part of one emoji: a
// joiner between pictographs (👨‍👩‍👧), a variation selector after a character (❤️), a flag's tags (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
const INVISIBLE = new RegExp(
  [
    '(?!(?<=\\p{Extended_Pictographic}(?:[\\u{1F3FB}-\\u{1F3FF}]|\\uFE0F)?)\\u200D(?=\\p{Extended_Pictographic}))',
    '(?!(?<=\\p{Emoji})(?:\\uFE0E|\\uFE0F))',
    '(?!(?<=[\\u{1F3F4}\\u{E0020}-\\u{E007E}])[\\u{E0020}-\\u{E007F}])',
    '[\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u2028\\u2029]',
  ].join(''),
  'gu',
);
// Letters that read as punctuation: every modifier letter (\p{Lm}: the tatweel ـ, ʼ ː ˈ ー), and the other letters
// UTS #39's confusables.txt (17.0) puts with a dash, dot, apostrophe or slash: 一 ㅡ ᅳ ꟷ Ⲻ ⲻ, ᐧ ꞏ ⵈ, ꞌ י ײ ᑊ ᛌ, ノ 丿 丶 Ⳇ ⳇ.
const READS_AS_PUNCTUATION =
  '\\p{Lm}\\u05D9\\u05F2\\u1173\\u1427\\u144A\\u16CC\\u2CBA\\u2CBB\\u2CC6\\u2CC7\\u2D48\\u30CE\\u3161\\u4E00\\u4E36\\u4E3F\\uA78C\\uA78F\\uA7F7';
// "4111.1111…", "4111 -- 1111…", "4̲1̲1̲1̲…", "⁴¹¹¹…", "4111ー1111…": what stands between digits joins them; a letter
// ends the run unless it reads as punctuation.
const DIGIT_RUNS = new RegExp(`\\p{N}(?:(?:[^\\p{L}\\p{N}]|[${READS_AS_PUNCTUATION}])*\\p{N}){4,}`, 'gu');
// A card number's four groups of four, split by any one character each ("4111a1111b1111c1111").
const CARD_GROUPS = /\p{N}{4}(?:\P{N}\p{M}*\p{N}{4}){3}/gu;

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
  // search, unlike test, starts at 0 whatever a global expression's lastIndex says.
  return text.search(DIGIT_RUNS) >= 0 || text.search(CARD_GROUPS) >= 0;
}

// A character's most UTF-16 units (the longest emoji sequences); a pile of combining marks is still cut by it.
const MAX_CHARACTER_UNITS = 32;
let segmenter: Intl.Segmenter | undefined;

/** The characters a reader counts: graphemes (👨‍👩‍👧‍👦 is one), or code points where Intl.Segmenter is missing. */
function charactersOf(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [...text];
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/**
 * Text of at most `maxLength` characters as a reader counts them, cut at a grapheme boundary and ending in "…"
 * when cut. A name limit and a display cap both count with it, so an accepted name is shown whole.
 */
export function cutText(text: string, maxLength: number): string {
  const budget = maxLength * MAX_CHARACTER_UNITS;
  // Only the start can be kept, so a long text is not segmented whole.
  const characters = charactersOf(text.slice(0, budget + MAX_CHARACTER_UNITS));
  if (characters.length <= maxLength && text.length <= budget) return text;
  let end = Math.min(characters.length, maxLength - 1);
  let units = characters.slice(0, end).join('').length;
  while (end > 0 && units > budget - 1) units -= (characters[--end] as string).length;
  return `${characters.slice(0, end).join('')}…`;
}

/**
 * Untrusted backend text made safe to keep: control and invisible characters out, a lone surrogate as U+FFFD,
 * cut to `maxLength` characters ({@link cutText}), and any run of 5 or more digits replaced, in any script,
 * however split (only a letter that reads as one ends a run), and four groups of four digits split by single
 * characters.
 */
export function redactText(raw: unknown, maxLength = 200): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = visibleText(raw)
    .replace(/\p{Cs}/gu, '\ufffd')
    .replace(DIGIT_RUNS, '•••')
    .replace(CARD_GROUPS, '•••')
    .trim();
  return cleaned ? cutText(cleaned, maxLength) : undefined;
}
