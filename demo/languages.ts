// The kit's twelve languages as the demo offers them: each catalogue is its own import, as a merchant's
// would be. The page's own texts exist in English and Arabic only; with another language the page stays
// English around the kit, and the kit's section carries its own `lang`.
import type { SavedCardsLocale, SavedCardsMessages } from 'react-saved-cards';
import { ar } from 'react-saved-cards/locales/ar';
import { de } from 'react-saved-cards/locales/de';
import { es } from 'react-saved-cards/locales/es';
import { fr } from 'react-saved-cards/locales/fr';
import { hi } from 'react-saved-cards/locales/hi';
import { id } from 'react-saved-cards/locales/id';
import { it } from 'react-saved-cards/locales/it';
import { nl } from 'react-saved-cards/locales/nl';
import { pt } from 'react-saved-cards/locales/pt';
import { tr } from 'react-saved-cards/locales/tr';
import { zh } from 'react-saved-cards/locales/zh';

/** Each language by its own name, and its catalogue (English is the kit's default). */
export const KIT_LANGUAGES: Record<SavedCardsLocale, { name: string; messages?: SavedCardsMessages }> = {
  en: { name: 'English' },
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

export const LOCALES = Object.keys(KIT_LANGUAGES) as SavedCardsLocale[];

/** The language of the page's own texts: Arabic with Arabic, English with every other. */
export const pageLocale = (locale: SavedCardsLocale): 'en' | 'ar' => (locale === 'ar' ? 'ar' : 'en');
