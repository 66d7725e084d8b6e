// Issue 21, item 5: text is cut where a reader sees a character end, and a name that was accepted is shown whole.
import { holderText } from '../../src/core/display';
import { SavedCardsError } from '../../src/core/errors';
import { redactText } from '../../src/core/masking';
import { checkNickname, MAX_NICKNAME_LENGTH } from '../../src/core/nickname';
import { normalizeCards } from '../../src/core/normalize';

const LONE_SURROGATE = /\p{Cs}/u;
const FAMILY = '👨‍👩‍👧‍👦';
const FLAG = '🇸🇦';

function listedNickname(nickname: string) {
  const { cards } = normalizeCards([
    { token: 't', brand: 'visa', number: '4242', expiryMonth: 5, expiryYear: 2037, nickname },
  ]);
  return cards[0]?.nickname;
}

test('the issue’s reproduction: a 40-emoji name is accepted, then listed and shown whole', () => {
  const name = checkNickname('😀'.repeat(40));
  expect(listedNickname(name)).toBe(name);
  expect(holderText({ nickname: name, holderName: 'F'.repeat(80) })).toBe(`${name} · ${'F'.repeat(80)}`);
});

test('the name limit counts what a reader counts: 40 families or flags are 40 characters, 41 are too many', () => {
  for (const character of [FAMILY, FLAG, 'é', 'a']) {
    const name = checkNickname(character.repeat(MAX_NICKNAME_LENGTH));
    expect(listedNickname(name)).toBe(name);
    expect(() => checkNickname(character.repeat(MAX_NICKNAME_LENGTH + 1))).toThrow(
      expect.objectContaining({ reason: 'A card name can have at most 40 characters.' }),
    );
  }
});

test('backend text is cut at a grapheme boundary, never inside a surrogate pair or a joined emoji', () => {
  for (const character of ['😀', FAMILY, FLAG, 'e\u0301']) {
    const cut = redactText(character.repeat(300), 10);
    expect(cut).toBe(`${character.repeat(9)}…`);
    expect(cut).not.toMatch(LONE_SURROGATE);
  }
  expect(redactText(`ab${'😀'.repeat(250)}`)).toBe(`ab${'😀'.repeat(197)}…`);
  // A pile of combining marks is still cut: one character cannot be of any length.
  expect(redactText(`a${'\u0301'.repeat(10_000)}`, 10)?.length).toBeLessThan(400);
});

test('checkNickname refuses a lone surrogate, as the token rule does', () => {
  for (const raw of ['Work \ud83d', '\ude00 card', 'a\ud83db']) {
    expect(() => checkNickname(raw)).toThrow(SavedCardsError);
    expect(() => checkNickname(raw)).toThrow(
      expect.objectContaining({ kind: 'invalid-nickname', reason: "A card name can't contain broken characters." }),
    );
  }
  expect(checkNickname('Work 😀')).toBe('Work 😀');
});

test('a lone surrogate in backend text shows as the replacement character', () => {
  expect(redactText('Fatima \ud83d')).toBe('Fatima \ufffd');
});

test('without Intl.Segmenter, text is cut by code point, still never inside a surrogate pair', () => {
  vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
  try {
    const cut = redactText('😀'.repeat(300), 10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
    expect(checkNickname('😀'.repeat(40))).toBe('😀'.repeat(40));
  } finally {
    vi.unstubAllGlobals();
  }
});

test('an emoji sequence keeps its joiners and selectors: a name is stored as it reads', () => {
  expect(checkNickname(`Family ${FAMILY} ❤️`)).toBe(`Family ${FAMILY} ❤️`);
  expect(redactText(`Home 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ${FAMILY}`)).toBe(`Home 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ${FAMILY}`);
  // Between letters or digits a joiner or a selector is still nothing to store.
  expect(checkNickname('Work\u200dcard\ufe0f\ufe0f')).toBe('Work card');
  expect(() => checkNickname('4\u200d1\u200d1\u200d1\u200d1')).toThrow(SavedCardsError);
});
