// The files of the throwaway consumer app that test/package/consumer-smoke.mjs installs the packed kit into.
// Kept as strings (not .tsx files in the repository) so the repository's own tsc and vitest never pick them up:
// they only make sense inside the temporary app, resolving 'react-saved-cards' from the installed tarball.

import { readFileSync } from 'node:fs';

// The app installs what the repository itself is built and tested with (its devDependencies), so the
// two cannot drift; React 18 is added because the peer range keeps it.
const { devDependencies: dev } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const pick = (...names) => Object.fromEntries(names.map((name) => [name, dev[name]]));

export const REACT_VARIANTS = {
  'react-19': pick('react', 'react-dom', '@types/react', '@types/react-dom'),
  'react-18': { react: '18.3', 'react-dom': '18.3', '@types/react': '18.3', '@types/react-dom': '18.3' },
};

const TOOLCHAIN = pick('@tanstack/react-query', 'typescript', 'vite', '@vitejs/plugin-react');

// The cards the fake provider holds, in the kit's JSON contract: one usable, one expired.
const CARDS = [
  {
    token: 'tok_visa',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 5,
    expiryYear: 2037,
    isPreferred: true,
    holderName: 'Fatima Al-Sabah',
  },
  { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2020 },
];

// Every catalogue entry, `react-saved-cards/locales/<tag>`.
export const LOCALES = ['en', 'ar', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'tr', 'hi', 'id', 'zh'];

/** package.json of the app: the tarball plus one React line and the shared toolchain. */
export function packageJson(tarball, variant) {
  return JSON.stringify(
    {
      name: `consumer-${variant}`,
      private: true,
      type: 'module',
      dependencies: { 'react-saved-cards': `file:${tarball}`, ...REACT_VARIANTS[variant], ...TOOLCHAIN },
    },
    null,
    2,
  );
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noUncheckedIndexedAccess: true,
    noUncheckedSideEffectImports: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    // The app's own code only: the kit's .d.ts files must be right, not skipped.
    skipLibCheck: false,
    types: ['vite/client'],
    noEmit: true,
  },
  include: ['src'],
};

const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`;

const indexHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>consumer smoke</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`;

// Every public entry in one app: components and client from '.', a hook from './headless', the
// handler from './server' (it runs in the browser too: Web Request/Response only), and the CSS.
// The client's fetch calls the real handler over a fake provider, so the whole chain runs.
const appTsx = `import { version } from 'react';
import { createSavedCardsClient, jsonAdapter, SavedCards, SavedCardsProvider, type SavedCard } from 'react-saved-cards';
import { useSavedCards } from 'react-saved-cards/headless';
import { createSavedCardsHandler, REQUESTED_WITH_HEADER, type PaymentProvider } from 'react-saved-cards/server';
import 'react-saved-cards/styles.css';

declare global {
  interface Window {
    deletedTokens: string[];
    selectedLast4: string | null;
  }
}
window.deletedTokens = [];
window.selectedLast4 = null;

let stored: unknown[] = ${JSON.stringify(CARDS)};

const provider: PaymentProvider = {
  name: 'fake',
  adapter: jsonAdapter(),
  secrets: [],
  listCards: async () => ({ cards: stored }),
  deleteCard: async (_customerId, token) => {
    window.deletedTokens.push(token);
    stored = stored.filter((card) => (card as { token: string }).token !== token);
  },
};

const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'shopper-1' });
if (REQUESTED_WITH_HEADER.toLowerCase() !== 'x-requested-with') throw new Error('unexpected marker header');

const client = createSavedCardsClient({
  endpoint: '/api/saved-cards',
  fetch: (input, init) => handler(new Request(new URL(String(input), window.location.href), init)),
  // A fixed day, so the seeded cards never expire as the years pass.
  now: () => new Date(2026, 10, 24),
});

function CardCount() {
  const { data } = useSavedCards();
  return <p data-testid="count">{data ? \`\${data.length} cards\` : 'loading'}</p>;
}

export function App() {
  return (
    <SavedCardsProvider client={client}>
      <p data-testid="react-version">{version}</p>
      <CardCount />
      <SavedCards
        allowDelete alwaysShowDelete
        onValueChange={(choice) => {
          const card: SavedCard | null = choice?.kind === 'card' ? choice.card : null;
          window.selectedLast4 = card?.last4 ?? null;
        }}
      />
    </SavedCardsProvider>
  );
}
`;

const mainTsx = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

// Plain Node, no bundler: the three JS entries must resolve through \`exports\` and run, and the
// component must server-render from a preloaded cache. Prints one JSON line for the smoke test.
const nodeCheck = `import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { createSavedCardsClient, jsonAdapter, SavedCards, SavedCardsProvider, savedCardsQueryOptions } from 'react-saved-cards';
import { useSavedCards } from 'react-saved-cards/headless';
import { createSavedCardsHandler, REQUESTED_WITH_HEADER } from 'react-saved-cards/server';

const provider = {
  name: 'fake',
  adapter: jsonAdapter(),
  secrets: [],
  listCards: async () => ({ cards: ${JSON.stringify(CARDS)} }),
  deleteCard: async () => {},
};
const handler = createSavedCardsHandler({ provider, getCustomerId: () => 'shopper-1' });
const direct = await handler(new Request('http://localhost/api/saved-cards', { headers: { [REQUESTED_WITH_HEADER]: 'react-saved-cards' } }));
const client = createSavedCardsClient({
  endpoint: 'http://localhost/api/saved-cards',
  fetch: (input, init) => handler(new Request(String(input), init)),
  now: () => new Date(2026, 10, 24),
});
const list = await client.listCards();
const queryClient = new QueryClient();
queryClient.setQueryData(savedCardsQueryOptions(client).queryKey, list);

function Count() {
  const { data } = useSavedCards();
  return h('p', null, \`\${data?.length ?? 0} cards\`);
}
const html = renderToString(h(SavedCardsProvider, { client, queryClient }, h(Count), h(SavedCards, { allowDelete: true, alwaysShowDelete: true })));
// Each catalogue through its own entry: the list renders in it, with its lang and direction.
const locales = {};
for (const locale of ${JSON.stringify(LOCALES)}) {
  const messages = (await import(\`react-saved-cards/locales/\${locale}\`))[locale];
  const page = renderToString(h(SavedCardsProvider, { client, queryClient }, h(SavedCards, { messages })));
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  locales[locale] = page.includes(messages.heading) && page.includes(\`lang="\${locale}"\`) && page.includes(\`dir="\${dir}"\`);
}
console.log(JSON.stringify({ react: version, handlerStatus: direct.status, cards: list.cards.length, html, locales }));
`;

// Type-checked with the app (tsc reads all of src/), not bundled: each catalogue fits the messages prop.
const localesTsx = `import { SavedCards } from 'react-saved-cards';
${LOCALES.map((locale) => `import { ${locale} } from 'react-saved-cards/locales/${locale}';`).join('\n')}

export const views = [
${LOCALES.map((locale) => `  <SavedCards key="${locale}" messages={${locale}} />,`).join('\n')}
];
`;

/** Path (relative to the app) -> content. */
export function appFiles(tarball, variant) {
  return {
    'package.json': packageJson(tarball, variant),
    'tsconfig.json': JSON.stringify(tsconfig, null, 2),
    'vite.config.ts': viteConfig,
    'index.html': indexHtml,
    'src/app.tsx': appTsx,
    'src/main.tsx': mainTsx,
    'src/locales.tsx': localesTsx,
    'node-check.mjs': nodeCheck,
  };
}
