// The ten catalogues beside English and Arabic: each is the whole of `en` in its own language.
import { ar } from '../../src/i18n/ar';
import { de } from '../../src/i18n/de';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { hi } from '../../src/i18n/hi';
import { id } from '../../src/i18n/id';
import { it as italian } from '../../src/i18n/it';
import { nl } from '../../src/i18n/nl';
import { pt } from '../../src/i18n/pt';
import { tr } from '../../src/i18n/tr';
import { zh } from '../../src/i18n/zh';
import { en, resolveMessages, type SavedCardsLocale, type SavedCardsMessages } from '../../src/index';

const catalogues: Record<Exclude<SavedCardsLocale, 'en' | 'ar'>, SavedCardsMessages> = {
  fr,
  de,
  es,
  pt,
  it: italian,
  nl,
  tr,
  hi,
  id,
  zh,
};

function entries(messages: SavedCardsMessages): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[key, value] as const]
        : Object.entries(value as Record<string, string>).map(([inner, text]) => [`${key}.${inner}`, text] as const),
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// What a translation may leave as in English: the schemes' own names and the separators and masked
// number, which are punctuation, and the direction, which is no text. The generic "Card" (brands.unknown)
// is a word and must be translated.
const SAME_AS_ENGLISH = new Set([
  'dir',
  'separator',
  'networksSeparator',
  'maskedNumber',
  ...Object.keys(en.brands)
    .filter((brand) => brand !== 'unknown')
    .map((brand) => `brands.${brand}`),
]);

const english = entries(en);

describe.each(Object.entries(catalogues))('%s', (locale, catalogue) => {
  const translated = entries(catalogue);

  test('has exactly the keys of en', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('keeps every placeholder of en, and adds none', () => {
    for (const [key, text] of english) expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  test('leaves no English behind but brand names and punctuation', () => {
    const left = [...english].filter(([key, text]) => !SAME_AS_ENGLISH.has(key) && translated.get(key) === text);
    expect(left).toEqual([]);
    for (const [key, text] of translated) expect(text.trim(), key).not.toBe('');
  });

  test("writes the schemes' names their own way, numbers in Latin digits", () => {
    for (const brand of ['visa', 'mastercard', 'amex', 'mada', 'rupay'] as const)
      expect(catalogue.brands[brand]).toBe(en.brands[brand]);
    expect(catalogue.brands.cartes_bancaires).toBe('Carte Bancaire');
    expect(catalogue.maskedNumber).toBe('•••• {last4}');
    // The only number in the texts is the 40 of the name length, written as on the cards: Latin digits.
    for (const [key, text] of translated) expect(text, key).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/);
    expect(catalogue.nicknameProblems.tooLong).toContain('40');
  });

  test('carries its own lang, reads left to right and is used whole when passed as messages', () => {
    expect(catalogue.lang).toBe(locale);
    expect(catalogue.dir).toBe('ltr');
    expect(resolveMessages(catalogue)).toEqual(catalogue);
  });
});

test('the catalogues differ from one another (none is a copy of another language)', () => {
  const headings = [en, ar, ...Object.values(catalogues)].map((catalogue) => catalogue.heading);
  expect(new Set(headings).size).toBe(headings.length);
});

test('UnionPay is 银联 in Chinese, the name on its own cards; the other languages keep the Latin name', () => {
  expect(zh.brands.unionpay).toBe('银联');
  for (const catalogue of Object.values(catalogues).filter((catalogue) => catalogue !== zh))
    expect(catalogue.brands.unionpay).toBe('UnionPay');
});

test('no text carries a count, so none needs plural forms; a {count} would have to go through Intl.PluralRules', () => {
  const known = new Set(['brand', 'last4', 'expiry', 'card', 'reason', 'nickname']);
  for (const catalogue of [en, ar, ...Object.values(catalogues)])
    for (const [key, text] of entries(catalogue))
      for (const name of placeholders(text)) expect(known.has(name as string), `${key}: {${name}}`).toBe(true);
  // The one number written into a text, the 40 of the name length, takes the plural form of 40 in each language.
  for (const locale of Object.keys(catalogues)) expect(new Intl.PluralRules(locale).select(40)).toBe('other');
});
