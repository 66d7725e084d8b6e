import { checkNickname, MAX_NICKNAME_LENGTH, NICKNAME_PROBLEMS } from '../../src/core/nickname';
import { en } from '../../src/i18n/en';
import { SavedCardsError } from '../../src/core/errors';

function refusal(raw: unknown): string | undefined {
  try {
    checkNickname(raw);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(SavedCardsError);
    expect((error as SavedCardsError).kind).toBe('invalid-nickname');
    return (error as SavedCardsError).reason;
  }
}

test('trims and NFC-normalises a name', () => {
  expect(checkNickname('  Work card \n')).toBe('Work card');
  // "é" as e + combining acute becomes the one composed character.
  expect(checkNickname('Cafe\u0301')).toBe('Café');
  expect(checkNickname('Card 1234')).toBe('Card 1234');
  expect(checkNickname('بطاقة العمل')).toBe('بطاقة العمل');
});

test('allows 40 characters (graphemes) and refuses 41', () => {
  expect(checkNickname('a'.repeat(MAX_NICKNAME_LENGTH))).toHaveLength(40);
  expect(checkNickname('😀'.repeat(40))).toBe('😀'.repeat(40));
  expect(refusal('a'.repeat(41))).toBe('A card name can have at most 40 characters.');
  expect(checkNickname(`  ${'a'.repeat(40)}  `)).toHaveLength(40);
});

test('refuses an empty name or one that is not text', () => {
  expect(refusal('   ')).toBe("A card name can't be empty.");
  expect(refusal(42)).toBe("A card name can't be empty.");
});

test.each([
  ['4111 1111 1111 1111'],
  ['12345'],
  ['My card 4111-1'],
  ['４１１１１'],
  ['⁴¹¹¹¹'],
  ['٤١١١١'],
  ['4\u200b1\u200b1\u200b1\u200b1'],
  ['4.1.1.1.1'],
  ['4ـ1ـ1ـ1ـ1'],
  ['4̲1̲1̲1̲1̲'],
])('refuses a run of 5 or more digits in any disguise: %j', (raw) => {
  expect(refusal(raw)).toBe("A card name can't contain a card number.");
});

test('a letter ends the run', () => {
  expect(checkNickname('1234 a 5678')).toBe('1234 a 5678');
});

test('the error names the rule a refused name broke in `problem`, for the catalogue to word it', () => {
  const problemOf = (raw: unknown) => {
    try {
      checkNickname(raw);
    } catch (error) {
      return (error as SavedCardsError).problem;
    }
    return 'accepted';
  };
  expect(problemOf('   ')).toBe('empty');
  expect(problemOf(42)).toBe('empty');
  expect(problemOf('a'.repeat(41))).toBe('tooLong');
  expect(problemOf('4111 1111 1111 1111')).toBe('cardNumber');
  expect(problemOf('Card \uD800')).toBe('brokenCharacter');
  expect(problemOf('Work card')).toBe('accepted');
  expect(new SavedCardsError('network').problem).toBeUndefined();
});

test('the rule is a field, not the words: a name refused with other words still names its rule', () => {
  const error = new SavedCardsError('invalid-nickname', { reason: 'Kein Kartenname.', problem: 'tooLong' });
  expect(error.problem).toBe('tooLong');
  expect(error.reason).toBe('Kein Kartenname.');
});

test('the English catalogue words each refusal as the rule does', () => {
  expect(en.nicknameProblems).toEqual(NICKNAME_PROBLEMS);
});

test('a name is stored as it reads: invisible and bidi-control characters count as spaces', () => {
  expect(checkNickname('Work\u202Ecard')).toBe('Work card');
  expect(checkNickname('\u200BTravel\u2067 \uFEFF')).toBe('Travel');
  for (const blank of ['\u200B', '\u202E', '\u3164', '\u2066\u2069', ' \u00AD ']) {
    expect(() => checkNickname(blank)).toThrow(expect.objectContaining({ kind: 'invalid-nickname' }));
  }
});
