import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles/saved-cards.css';
import type { SavedCardsLocale } from '../src/index';
import { StoryBackend, type Backend } from '../stories/backend';
import { CATALOGUES, StoryLanguage } from '../stories/languages';

declare module 'storybook/internal/csf' {
  interface Parameters {
    /** Which backend shape the story's client speaks; `false` for stories that need no provider. */
    backend?: Backend | false;
    /** Sets `dir` and `lang` around the story, as a merchant's page would. */
    page?: { dir: 'ltr' | 'rtl'; lang: string };
  }
}

// A fresh client and QueryClient per story, talking to the MSW handlers the story installs.
const withBackend: Decorator = (Story, { parameters, id }) => {
  const backend = parameters.backend ?? 'ottu';
  if (backend === false) return <Story />;
  return (
    <StoryBackend key={id} backend={backend}>
      <Story />
    </StoryBackend>
  );
};

const withPage: Decorator = (Story, { parameters }) => {
  const page = parameters.page;
  if (!page) return <Story />;
  return (
    <div dir={page.dir} lang={page.lang}>
      <Story />
    </div>
  );
};

// The toolbar's Language: the components get its catalogue as `messages` (its lang and dir with it), parts shown alone
// read it through PartsFrame. English leaves every story as written (their play functions read English).
const withLanguage: Decorator = (Story, { globals, args }) => {
  const locale = (globals.locale ?? 'en') as SavedCardsLocale;
  if (locale === 'en') return <Story />;
  const story = (
    <StoryLanguage.Provider value={locale}>
      <Story args={{ ...args, messages: CATALOGUES[locale].messages }} />
    </StoryLanguage.Provider>
  );
  return locale === 'ar' ? (
    <div dir="rtl" lang="ar">
      {story}
    </div>
  ) : (
    story
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withLanguage, withBackend, withPage],
  globalTypes: {
    locale: {
      description: "The kit's language",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(CATALOGUES).map(([value, { name }]) => ({ value, title: name, right: value })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    // Every story's test fails on any axe violation.
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0d1117' },
      },
    },
    controls: { expanded: true },
  },
  initialGlobals: {
    backgrounds: { value: 'light' },
    locale: 'en',
  },
};

export default preview;
