import { SavedCardsError, type NicknameProblem } from './errors';
import { cutText, holdsDigitRun, visibleText } from './masking';

/** The longest card name, in characters as a reader counts them (graphemes) after trimming. */
export const MAX_NICKNAME_LENGTH = 40;

export type { NicknameProblem };

/** Why a card name is refused, in English words safe to show the shopper (the English catalogue's `nicknameProblems`). */
export const NICKNAME_PROBLEMS: Record<NicknameProblem, string> = {
  empty: "A card name can't be empty.",
  tooLong: `A card name can have at most ${MAX_NICKNAME_LENGTH} characters.`,
  cardNumber: "A card name can't contain a card number.",
  brokenCharacter: "A card name can't contain broken characters.",
};

/**
 * The card name to store, NFC-normalised, invisible characters as spaces, trimmed; throws `invalid-nickname` (the rule in `problem`, its English words in `reason`) for an empty
 * name, one with a lone surrogate, one over 40 characters (graphemes), or one holding a card number as redaction reads it. Browser and server share it.
 *
 * @example
 * checkNickname('  Work card '); // 'Work card'
 * checkNickname('4111 1111 1111 1111'); // throws: "A card name can't contain a card number."
 */
export function checkNickname(raw: unknown): string {
  // As it reads: a zero-width or bidi-control character would make the stored name differ from the shown one.
  const nickname = typeof raw === 'string' ? visibleText(raw.normalize('NFC')).trim() : '';
  const problem: NicknameProblem | undefined =
    nickname === ''
      ? 'empty'
      : // A lone surrogate: half of a character, which no URL or database stores faithfully.
        /\p{Cs}/u.test(nickname)
        ? 'brokenCharacter'
        : cutText(nickname, MAX_NICKNAME_LENGTH) !== nickname
          ? 'tooLong'
          : holdsDigitRun(nickname)
            ? 'cardNumber'
            : undefined;
  if (problem !== undefined)
    throw new SavedCardsError('invalid-nickname', { reason: NICKNAME_PROBLEMS[problem], problem });
  return nickname;
}
