import { useContext, type ReactNode } from 'react';
import { localeDirection, SavedCardsUIProvider, type SavedCardsLocale } from '../src/index';
import { CATALOGUES, StoryLanguage } from './languages';

/**
 * What `<SavedCards>` puts around its parts, for stories that show one part alone:
 * the texts and direction (the toolbar's language unless `locale` is given), and the kit's styling hook.
 */
export function PartsFrame({ locale, children }: { locale?: SavedCardsLocale; children: ReactNode }) {
  const chosen = useContext(StoryLanguage);
  const language = locale ?? chosen;
  return (
    <SavedCardsUIProvider locale={language} messages={CATALOGUES[language].messages}>
      <div data-sc-root="" data-sc-part="root" dir={localeDirection(language)} lang={language}>
        {children}
      </div>
    </SavedCardsUIProvider>
  );
}
