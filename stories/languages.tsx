import { createContext } from 'react';
import { ar } from '../src/i18n/ar';
import { de } from '../src/i18n/de';
import { es } from '../src/i18n/es';
import { fr } from '../src/i18n/fr';
import { hi } from '../src/i18n/hi';
import { id } from '../src/i18n/id';
import { it } from '../src/i18n/it';
import { nl } from '../src/i18n/nl';
import { pt } from '../src/i18n/pt';
import { tr } from '../src/i18n/tr';
import { zh } from '../src/i18n/zh';
import { en, type SavedCardsLocale, type SavedCardsMessages } from '../src/index';

/** The kit's twelve catalogues, each named in its own language: the toolbar's Language menu (.storybook/preview.tsx). */
export const CATALOGUES: Record<SavedCardsLocale, { name: string; messages: SavedCardsMessages }> = {
  en: { name: 'English', messages: en },
  ar: { name: 'العربية', messages: ar },
  fr: { name: 'Français', messages: fr },
  de: { name: 'Deutsch', messages: de },
  es: { name: 'Español', messages: es },
  pt: { name: 'Português', messages: pt },
  it: { name: 'Italiano', messages: it },
  nl: { name: 'Nederlands', messages: nl },
  tr: { name: 'Türkçe', messages: tr },
  hi: { name: 'हिन्दी', messages: hi },
  id: { name: 'Bahasa Indonesia', messages: id },
  zh: { name: '简体中文', messages: zh },
};

/** The language chosen in the toolbar, for parts shown alone (PartsFrame); the components get it as props. */
export const StoryLanguage = createContext<SavedCardsLocale>('en');
