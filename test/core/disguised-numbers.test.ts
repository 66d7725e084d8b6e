// Issue 21, item 3: letters that read as dashes, dots, apostrophes or colons join a digit run, as a person reads them.
import { holderText } from '../../src/core/display';
import { checkNickname } from '../../src/core/nickname';
import { holdsDigitRun, redactText } from '../../src/core/masking';

// Each is a letter to Unicode (\p{L}); each reads as punctuation. U+30FC, U+02BC, U+02D0, U+02C8 are \p{Lm};
// U+4E00, U+1427, U+A78F, U+30CE are \p{Lo}; U+A78C is \p{Ll}. All from UTS #39's confusables.txt.
const LOOKALIKES = [
  ['U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK', '\u30fc'],
  ['U+4E00 CJK IDEOGRAPH ONE', '\u4e00'],
  ['U+02BC MODIFIER LETTER APOSTROPHE', '\u02bc'],
  ['U+02D0 MODIFIER LETTER TRIANGULAR COLON', '\u02d0'],
  ['U+02C8 MODIFIER LETTER VERTICAL LINE', '\u02c8'],
  ['U+1427 CANADIAN SYLLABICS FINAL MIDDLE DOT', '\u1427'],
  ['U+A78C LATIN SMALL LETTER SALTILLO', '\ua78c'],
  ['U+A78F LATIN LETTER SINOLOGICAL DOT', '\ua78f'],
  ['U+3161 HANGUL LETTER EU', '\u3161'],
  ['U+30CE KATAKANA LETTER NO (a slash)', '\u30ce'],
  ['U+2CBB COPTIC SMALL LETTER DIALECT-P NI (a hyphen)', '\u2cbb'],
] as const;

const CARD_NUMBER = "A card name can't contain a card number.";

describe.each(LOOKALIKES)('%s between digit groups', (_name, separator) => {
  const disguised = ['4111', '1111', '1111', '1111'].join(separator);

  it('is refused as a card name', () => {
    expect(() => checkNickname(disguised)).toThrow(expect.objectContaining({ reason: CARD_NUMBER }));
    expect(() => checkNickname(`Work ${'1234'}${separator}5`)).toThrow(
      expect.objectContaining({ reason: CARD_NUMBER }),
    );
  });

  it('is redacted in backend text and in the shown holder line', () => {
    expect(holdsDigitRun(disguised)).toBe(true);
    expect(redactText(`Card ${disguised} ok`)).toBe('Card ••• ok');
    expect(holderText({ holderName: disguised })).toBe('•••');
    expect(holderText({ nickname: 'Work', holderName: `FATIMA ${disguised}` })).toBe('Work · FATIMA •••');
  });
});

test('four groups of four digits split by any single characters is no card name', () => {
  for (const raw of ['4111a1111b1111c1111', '4111Z1111Z1111Z1111', '4111 1111x1111 1111', '٤١١١ب١١١١ب١١١١ب١١١١']) {
    expect(() => checkNickname(raw)).toThrow(expect.objectContaining({ reason: CARD_NUMBER }));
  }
  // Fewer groups, or a word between them, is a name.
  expect(checkNickname('Flat 1234 b 5678')).toBe('Flat 1234 b 5678');
  expect(checkNickname('1234a5678b9012')).toBe('1234a5678b9012');
});

test('ordinary letters still end a run: names and text with numbers in them stay whole', () => {
  expect(checkNickname('1234 a 5678')).toBe('1234 a 5678');
  expect(redactText('Gate 12 to 345')).toBe('Gate 12 to 345');
  expect(checkNickname('Ahmed ٢٠٢٤')).toBe('Ahmed ٢٠٢٤');
  expect(checkNickname('カード1234')).toBe('カード1234');
});
