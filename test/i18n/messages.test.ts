import { ar } from '../../src/i18n/ar';
import {
  CARD_BRANDS,
  en,
  formatMessage,
  resolveMessages,
  SavedCardsError,
  type SavedCardsErrorKind,
  type SavedCardsMessages,
} from '../../src/index';
import { commonMessages, withAccountTexts } from '../../src/i18n/messages';

function entries(messages: SavedCardsMessages): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[key, value] as [string, string]]
      : Object.entries(value as Record<string, string>).map(
          ([inner, text]) => [`${key}.${inner}`, text] as [string, string],
        ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('Arabic has every English message, with the same placeholders', () => {
  const english = new Map(entries(en));
  const arabic = new Map(entries(ar));
  expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  for (const [key, text] of english) {
    expect(placeholders(arabic.get(key) as string), key).toEqual(placeholders(text));
    expect((arabic.get(key) as string).trim(), key).not.toBe('');
  }
});

test('every brand has a name in both catalogues', () => {
  for (const brand of CARD_BRANDS) {
    expect(en.brands[brand]).toBeTruthy();
    expect(ar.brands[brand]).toBeTruthy();
  }
});

test('no catalogue text uses Arabic-Indic digits', () => {
  for (const [, text] of [...entries(en), ...entries(ar)]) expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
});

test('overrides merge key by key over English, nested ones too, without touching the catalogue', () => {
  const messages = resolveMessages({
    heading: 'Cards',
    errors: { network: 'Offline' },
    brands: { mada: 'Mada' },
  });
  expect(messages.heading).toBe('Cards');
  expect(messages.retry).toBe(en.retry);
  expect(messages.errors.network).toBe('Offline');
  expect(messages.errors.timeout).toBe(en.errors.timeout);
  expect(messages.brands.mada).toBe('Mada');
  expect(messages.brands.visa).toBe(en.brands.visa);
  expect(ar.heading).toBe('البطاقات المحفوظة');
  expect(resolveMessages()).toBe(en);
});

test('Arabic is its own import: passed as messages it is used whole, its lang and dir with it', () => {
  expect(resolveMessages(ar)).toEqual(ar);
  expect(resolveMessages(ar).lang).toBe('ar');
  expect(resolveMessages(ar).dir).toBe('rtl');
});

test('a catalogue object is resolved once: the same object gives the same texts, an equal new one equal texts', () => {
  const custom = { heading: 'Pay with' };
  expect(resolveMessages(custom)).toBe(resolveMessages(custom));
  expect(resolveMessages({ heading: 'Pay with' })).toEqual(resolveMessages(custom));
  expect(custom).toEqual({ heading: 'Pay with' });
});

test("an error's message is the English catalogue's sentence for its kind (one owner)", () => {
  const kinds = Object.keys(en.errors).filter((kind) => kind !== 'unknown') as SavedCardsErrorKind[];
  expect(kinds).toHaveLength(10);
  for (const kind of kinds) expect(new SavedCardsError(kind).message, kind).toBe(en.errors[kind]);
});

test('formatMessage fills known placeholders and leaves others', () => {
  expect(formatMessage('{brand} ending in {last4}', { brand: 'Visa', last4: '1258' })).toBe('Visa ending in 1258');
  expect(formatMessage('{card} {other}', { card: 'x' })).toBe('x {other}');
  expect(formatMessage('{constructor}', {})).toBe('{constructor}');
});

test('Arabic is right to left, English left to right', () => {
  expect(ar.dir).toBe('rtl');
  expect(en.dir).toBe('ltr');
  expect(en.lang).toBe('en');
});

test('nickname refusals merge one by one over English', () => {
  const messages = resolveMessages({ nicknameProblems: { cardNumber: 'No card numbers, please.' } });
  expect(messages.nicknameProblems.cardNumber).toBe('No card numbers, please.');
  expect(messages.nicknameProblems.empty).toBe(en.nicknameProblems.empty);
});

describe('the checkout reads only the texts every view says; the account page adds its own', () => {
  test('the texts every view says hold no account text, and a catalogue merged over them keeps its own', () => {
    expect(Object.keys(commonMessages())).not.toContain('renameButton');
    expect(Object.keys(commonMessages())).not.toContain('nicknameProblems');
    expect({ ...commonMessages(), ...withAccountTexts(commonMessages()) }).toEqual(en);
    expect(withAccountTexts(commonMessages(ar))).toEqual(ar);
  });

  test("a merchant's account text wins over English, one name refusal at a time, and each catalogue is made once", () => {
    const custom = { heading: 'Pay with', renameButton: 'Edit name', nicknameProblems: { empty: 'Name it, please.' } };
    const whole = withAccountTexts(commonMessages(custom));
    expect(whole.heading).toBe('Pay with');
    expect(whole.renameButton).toBe('Edit name');
    expect(whole.makeDefaultButton).toBe(en.makeDefaultButton);
    expect(whole.nicknameProblems).toEqual({ ...en.nicknameProblems, empty: 'Name it, please.' });
    expect(whole).toEqual(resolveMessages(custom));
    expect(withAccountTexts(commonMessages(custom))).toBe(whole);
  });
});
