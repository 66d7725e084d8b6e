import { ar } from './ar';
import { en } from './en';
import type { SavedCardsLocale, SavedCardsMessages, SavedCardsMessagesOverride } from './types';

const catalogues: Record<SavedCardsLocale, SavedCardsMessages> = { en, ar };

/** Right-to-left locales among the built-in ones. */
export function localeDirection(locale: SavedCardsLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The catalogue of `locale` with `overrides` merged over it key by key.
 *
 * @example
 * resolveMessages('en', { heading: 'Pay with', brands: { mada: 'Mada' } });
 */
export function resolveMessages(locale: SavedCardsLocale = 'en', overrides?: SavedCardsMessagesOverride): SavedCardsMessages {
  const base = catalogues[locale] ?? en;
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    brands: { ...base.brands, ...overrides.brands },
  };
}

/**
 * Fills `{name}` placeholders; unknown ones are left as they are.
 *
 * @example
 * formatMessage('{brand} ending in {last4}', { brand: 'Visa', last4: '1258' }); // 'Visa ending in 1258'
 */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
}
