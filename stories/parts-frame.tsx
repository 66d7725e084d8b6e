import { ar } from '../src/i18n/ar';
import type { ReactNode } from 'react';
import { localeDirection, SavedCardsUIProvider, type SavedCardsLocale } from '../src/index';

/**
 * What `<SavedCards>` puts around its parts, for stories that show one part alone:
 * the texts and direction, and the kit's styling hook.
 */
export function PartsFrame({ locale = 'en', children }: { locale?: SavedCardsLocale; children: ReactNode }) {
  return (
    <SavedCardsUIProvider locale={locale} messages={locale === 'ar' ? ar : undefined}>
      <div data-sc-root="" data-sc-part="root" dir={localeDirection(locale)} lang={locale}>
        {children}
      </div>
    </SavedCardsUIProvider>
  );
}
