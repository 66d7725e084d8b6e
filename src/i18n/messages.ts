import { devWarning } from '../core/warn';
import { en } from './en';
import type { SavedCardsLocale, SavedCardsMessages, SavedCardsMessagesOverride } from './types';

/** Right-to-left locales among the built-in ones. */
export function localeDirection(locale: SavedCardsLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * English with `overrides` merged over it key by key. Other languages are imports of their own, so
 * an English page ships none of them: `import { ar } from 'react-saved-cards/locales/ar'`, then
 * `resolveMessages('ar', ar)` (or `<SavedCards locale="ar" messages={ar} />`).
 *
 * @example
 * resolveMessages('en', { heading: 'Pay with', brands: { mada: 'Mada' } });
 */
export function resolveMessages(
  locale: SavedCardsLocale = 'en',
  overrides?: SavedCardsMessagesOverride,
): SavedCardsMessages {
  const base = en;
  if (!overrides) {
    if (locale !== 'en')
      devWarning(
        `locale="${locale}" without messages shows English: import { ${locale} } from 'react-saved-cards/locales/${locale}' and pass messages={${locale}}.`,
      );
    return base;
  }
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    brands: { ...base.brands, ...overrides.brands },
    nicknameProblems: { ...base.nicknameProblems, ...overrides.nicknameProblems },
  };
}

/**
 * Fills `{name}` placeholders; unknown ones are left as they are.
 *
 * @example
 * formatMessage('{brand} ending in {last4}', { brand: 'Visa', last4: '1258' }); // 'Visa ending in 1258'
 */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}
