import { SavedCardsError } from './errors';
import { cutText, holdsDigitRun, visibleText } from './masking';

/** The longest card name, in characters as a reader counts them (graphemes) after trimming. */
export const MAX_NICKNAME_LENGTH = 40;

/** Why a card name is refused, in words safe to show the shopper. */
export const NICKNAME_PROBLEMS = {
  empty: "A card name can't be empty.",
  tooLong: `A card name can have at most ${MAX_NICKNAME_LENGTH} characters.`,
  cardNumber: "A card name can't contain a card number.",
  brokenCharacter: "A card name can't contain broken characters.",
} as const;

/** Which rule a refused card name broke. */
export type NicknameProblem = keyof typeof NICKNAME_PROBLEMS;

/**
 * The card name to store, NFC-normalised, invisible characters as spaces, trimmed; throws `invalid-nickname` (why in `reason`) for an empty
 * name, one with a lone surrogate, one over 40 characters (graphemes), or one holding a card number as redaction reads it. Browser and server share it.
 *
 * @example
 * checkNickname('  Work card '); // 'Work card'
 * checkNickname('4111 1111 1111 1111'); // throws: "A card name can't contain a card number."
 */
export function checkNickname(raw: unknown): string {
  if (typeof raw !== 'string') throw new SavedCardsError('invalid-nickname', { reason: NICKNAME_PROBLEMS.empty });
  // As it reads: a zero-width or bidi-control character would make the stored name differ from the shown one.
  const nickname = visibleText(raw.normalize('NFC')).trim();
  const problem =
    nickname === ''
      ? NICKNAME_PROBLEMS.empty
      : // A lone surrogate: half of a character, which no URL or database stores faithfully.
        /\p{Cs}/u.test(nickname)
        ? NICKNAME_PROBLEMS.brokenCharacter
        : cutText(nickname, MAX_NICKNAME_LENGTH) !== nickname
          ? NICKNAME_PROBLEMS.tooLong
          : holdsDigitRun(nickname)
            ? NICKNAME_PROBLEMS.cardNumber
            : undefined;
  if (problem !== undefined) throw new SavedCardsError('invalid-nickname', { reason: problem });
  return nickname;
}

/**
 * Which rule an `invalid-nickname` error from {@link checkNickname} names, so a component can word it
 * from its own catalogue; undefined for any other error.
 *
 * @example
 * try { checkNickname(draft); } catch (error) { setProblem(nicknameProblem(error)); }
 */
export function nicknameProblem(error: unknown): NicknameProblem | undefined {
  if (!(error instanceof SavedCardsError) || error.kind !== 'invalid-nickname') return undefined;
  return (Object.keys(NICKNAME_PROBLEMS) as NicknameProblem[]).find((key) => NICKNAME_PROBLEMS[key] === error.reason);
}
