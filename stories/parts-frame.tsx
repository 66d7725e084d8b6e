import { useContext, type ReactNode } from 'react';
import { SavedCardsUIProvider, type SavedCardsLocale } from '../src/index';
import { CATALOGUES, StoryLanguage } from './languages';

/**
 * What `<SavedCards>` puts around its parts, for stories that show one part alone:
 * the texts and direction (the toolbar's language unless `locale` is given), and the kit's styling hook.
 */
export function PartsFrame({ locale, children }: { locale?: SavedCardsLocale; children: ReactNode }) {
  const chosen = useContext(StoryLanguage);
  const { messages } = CATALOGUES[locale ?? chosen];
  return (
    <SavedCardsUIProvider messages={messages}>
      <div data-sc-root="" data-sc-part="root" dir={messages.dir} lang={messages.lang}>
        {children}
      </div>
    </SavedCardsUIProvider>
  );
}
