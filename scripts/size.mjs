// `npm run size`: what the kit costs a merchant, in bytes (min, gzip, brotli), bundled the way a
// merchant's bundler would (Vite, production mode, minified, peers external).
// `npm run size -- --check` (a step of `npm test`) exits 1 when a budget is broken; see BUDGETS and CEILINGS.
// `npm run size -- --next` then also measures examples/next's production build (scripts/size-next.mjs; slow, not in npm test).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundle, DROP_IN_ENGLISH, KIT_EXTERNALS, REACT, sizes, src } from './vite-bundle.mjs';

const check = process.argv.includes('--check');

const KB = 1024;
// The targets (issue 5). `--check` enforces them, except where a target is not met yet: there it
// enforces the ceiling below instead, so the bundle cannot grow while the work to meet it goes on.
const BUDGETS = {
  headless: 4 * KB,
  kit: 10 * KB,
  css: 3 * KB,
  total: 30 * KB,
  // Every brand's inline SVG mark together (issue 10).
  marks: 3 * KB,
};
// Regression ratchets at the measured gzip bytes; each issue's closing note states what it added.
// Issue 5 left 6,961 / 12,964; issues 12, 13 and 15 (four more providers' adapters, optional last 4
// and expiry, token and deadline checks, the hook's tracked view) added 366 / 459. Issue 11 added
// 946 / 3: the headless entry now carries the English names (brands, card and accessible names) and
// the selection rules, so a headless picker needs no catalogue of its own; reading cards with a field table
// instead of zod/mini then took 43 / 33 back (and zod's ~3.9 KB out of the browser's total), and an error
// brand that survives bundling the kit twice (Next.js layers) added 60 / 47.
// Issue 10 (SVG brand marks, co-badged networks, errors at the card, the deleting state) then added
// 123 / 871, merged onto issue 11 (its networks also reach the headless card names).
// Issue 14's first slices (capabilities, the client's setDefaultCard/renameCard with the nickname rule)
// added 473 / 479. Its hooks (useSetDefaultCard, useRenameCard, usePendingChanges, the overlay in useSavedCards,
// the shared refetch rule) added 537 / 517.
// Issue 15's connected view (one dialog state, the public useSavedCards, useCardFocus) added 0 / 67.
// <ManageSavedCards> (its row, texts in en and ar, the nickname refusals by rule, classNames slots) added
// 141 / 2616, and capabilities kept through structural sharing 8 / 7 (the en texts are in both entries).
// Issue 15's adapter field tables (one generic reader) added 111 / 107; one capped JSON reader for client and
// server (the browser now stops reading past 1 MB) added 211 / 210; trimming the entries' plumbing exports took
// 54 / 58 back; merged, gzip came to 8 / 8 more than the sum. Card names read as they show (invisible
// characters as spaces) added 4 / 8. The main entry stopped exporting `ar` (it is `react-saved-cards/locales/ar`):
// kit -1,365.
// Issue 15's one delete flow, focus owner and card summary for both views took 142 B gzip out of the kit; the
// headless useSavedCards' capabilities, deletingTokens and changingTokens added 32.
// Merged onto the above: headless 9,884, kit 16,768; card-summary's own 'use client' module then added 15.
// The live region's repeat rule, once in LiveRegion instead of in each view, added 11.
// Issue 23's payuAdapter (PayU's newest v2 answer: a top-level user_cards array, cardCategory; a result that is
// no object is unreadable) added 47 / 47.
// Issue 21 added headless +474, kit +374: grapheme cutting (Intl.Segmenter), emoji sequences kept whole, the
// confusable letters that join a digit run, the four-groups rule, the brokenCharacter name problem.
// Issue 26 added headless +192, kit +205: the choice follows a card that leaves in the same update, controlled or
// not. Merged, the three measure headless 10,599 and kit 17,409.
// Issue 22's plain mutations (useDeleteCard as useMutation, pending work read from the variables, one
// MutationCache subscription for the refetch) took 220 / 110 back. Merged: headless 10,391, kit 17,321.
// Issue 22's texts took headless -73, kit -134 (drop-in 14,280 -> 14,170): the English error and card-name
// sentences are core's only, no longer also the catalogue's; each catalogue's lang and dir added the rest back.
// Both parts of issue 22 merged: headless 10,313, kit 17,186 (English drop-in 14,118).
// Issue 22's server routes added 26 / 26: the adapters now say when a card is already gone (`notFound`) and read
// Ottu's 403 and Braintree's 422 themselves, and the browser bundles the adapters.
// Issue 22's core pass (normalizeCards' one options object, no double casts) added 9 / 13 on the merged tree: headless 10,348, kit 17,225 (English drop-in 14,134).
// Issue 19's list that stays current (the provider's BroadcastChannel listener with its one-in-flight refetch and
// focus fallback, notifySavedCardsChanged, the signal after the last change, the client reading an adapter's
// notFound) added 380 / 371 (English drop-in 14,134 -> 14,506, +372).
// Issue 19's payment choice (options in the one radio group, panels and the CVC place, ready, refreshAndChoose, the
// four CVC texts, contained panel crashes) added headless +643, kit +1,549 (English drop-in 14,134 -> 15,681, +1,547).
// Both merged: headless 11,377, kit 19,142, English drop-in 16,054 (+1,920 for issue 19, over its 1.5 KB: to take back).
// The total on top of React went from 29,423 to 30,996, over its 30 KB target: held at that ceiling until the kit
// takes the bytes back.
// Issue 20 (the edit toggle, the account page's menu button, the remembered skeleton count, short rows' CSS) and
// issue 19.6 (Add a card) added headless +59 (the English texts), kit +1,694, CSS +396 (2,336 -> 2,732), English
// drop-in +666 (14,134 -> 14,800), and took the total on top of React past its 30 KB target (29,423 -> 31,500).
// Issues 19 and 20 merged: headless 11,433, kit 20,811, English drop-in 16,790 (+2,656 on 14,134, against the
// +2,136 the two issues allow together: to take back); catalogues ar 1,685, hi 1,688.
// A trim of the drop-in's views (the payment list and card rows without memos whose identity nothing needs, the
// edit mode's and focus owner's plain handlers, the CVC place by the chosen row's key) took kit -115, total -114:
// English drop-in 16,713 -> 16,590 (still +2,456 on 14,134: 320 B over what issues 19 and 20 allow).
// The kit's CSS for the payment step's own parts (an option drawn as a card row, the panel and the CVC place under
// their radio) added CSS +170 (2,732 -> 2,902) and the same to the total on top of React (33,417 -> 33,590); the
// options' gap under the skeleton +12 more (CSS 2,914, total 33,602).
// Issue 22's one shell for both views (CardsSection, useCardsView, the payment list and the card row's parts as their
// own functions, so no function in src/ is over 60 lines) added kit +226, drop-in +306; the rows', menu's and
// dialog's split took drop-in -45 (kit +34); the selection hook's split and a trim of hooks, core and client took
// headless -115, kit -134, drop-in -161; BrandMark marked pure drop-in -24. Merged: headless 11,245, kit 20,743,
// total 33,551, English drop-in 16,684 (+2,550 on 14,134). The shell's wiring taking named options instead of six
// positional arguments, for a reader, added 40 / 42: kit 20,785, total 33,605, English drop-in 16,724. The account
// page's hooks in a file each (three 'use client' modules for one) took 3 from the kit and added 2 to the total: kit 20,782, total 33,607.
// The English checkout's own ceiling (issues 19 and 20 allow it 1.5 KB and 600 B on the 14,134 B it was, and issue 22's
// later shape added 116): the account page's English texts out of it (-174, headless +14 for the two resolvers) and the
// delete confirmation as a native modal <dialog> (drop-in -177, kit -171, CSS -24) took it from 16,724 to 16,373 B; the
// kit then putting focus back after a confirmed delete, where Chromium's close() had restored it, added 11 (kit +8).
// withoutUndefined in a module of its own (core/objects.ts) moved gzip by a byte: headless +1, the others -1. A
// checkout row reading its class name itself, not through a prop, took drop-in -8, kit -9.
const CEILINGS = {
  headless: 11260,
  kit: 20701,
  total: 33497,
  dropIn: 16375,
};

// Text that only the components hold: finding it in a hooks-only bundle means tree-shaking failed.
const COMPONENT_MARKERS = ['alertdialog', 'radiogroup', 'DISCOVER'];

/** The entry that exports one catalogue, as `import { fr } from 'react-saved-cards/locales/fr'` would. */
const catalogue = (locale) => `export { ${locale} } from ${src(`src/i18n/${locale}.ts`)};`;
const dataUrl = (js) => `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`;
/** Every text of a catalogue, nested ones included; its `lang` and `dir` are tags, not texts ("rtl" is in any page). */
const textsOf = (messages) =>
  Object.entries(messages).flatMap(([key, value]) =>
    key === 'lang' || key === 'dir' ? [] : typeof value === 'string' ? [value] : textsOf(value),
  );

const rows = [];
const failures = [];

const misses = [];

function report(name, text, budget, ceiling) {
  const measured = sizes(text);
  rows.push({ name, ...measured, budget });
  if (budget !== undefined && measured.gzip > budget) {
    const line = `${name}: ${measured.gzip} B gzip is over the ${budget} B target`;
    if (ceiling !== undefined && measured.gzip <= ceiling)
      misses.push(`${line} (within the ${Math.round(ceiling)} B regression ceiling)`);
    else
      failures.push(ceiling === undefined ? line : `${line} and over the ${Math.round(ceiling)} B regression ceiling`);
  }
  return measured;
}

const headless = await bundle(`export * from ${src('src/headless.ts')};`, KIT_EXTERNALS);
report('headless entry (react-saved-cards/headless)', headless.js, BUDGETS.headless, CEILINGS.headless);
// Context for the headless target: what parts of it weigh on their own.
const frameworkFree = await bundle(`export { createSavedCardsClient } from ${src('src/index.ts')};`, KIT_EXTERNALS);
report('  of which: the client, JSON adapter and card model alone (no hook)', frameworkFree.js);
const typical = await bundle(
  `export { SavedCardsProvider, createSavedCardsClient, ottuAdapter, useSavedCards, useDeleteCard, useCardSelection } from ${src('src/index.ts')};`,
  KIT_EXTERNALS,
);
report('  a typical headless import (provider, client, Ottu, 3 hooks)', typical.js);

const kit = await bundle(`export * from ${src('src/index.ts')};`, KIT_EXTERNALS);
report('full kit JS (react-saved-cards)', kit.js, BUDGETS.kit, CEILINGS.kit);

const marks = await bundle(`export { BrandMark } from ${src('src/components/brand-mark.tsx')};`, KIT_EXTERNALS);
report('  of which: every brand mark (BrandMark, all brands)', marks.js, BUDGETS.marks);

const { css: cssText } = await bundle(`import ${src('src/styles/saved-cards.css')};`, KIT_EXTERNALS);
report('CSS (react-saved-cards/styles.css)', cssText, BUDGETS.css);

const withDependencies = await bundle(`export * from ${src('src/index.ts')};`, REACT);
report(
  'total on top of React (kit + react-query + CSS; no zod)',
  withDependencies.js + cssText,
  BUDGETS.total,
  CEILINGS.total,
);

// zod is an optional peer, loaded only by react-saved-cards/schema: none of it may reach the browser's bundle
// (`_zod` is the property every zod 4 schema carries, and survives minification).
const zodInBrowser = withDependencies.js.includes('_zod');
if (zodInBrowser) failures.push('the browser bundle (everything but React) holds zod');

const oneHook = await bundle(`export { useSavedCards } from ${src('src/index.ts')};`, KIT_EXTERNALS);
report('main entry, only useSavedCards imported', oneHook.js);
const leaked = COMPONENT_MARKERS.filter((marker) => oneHook.js.includes(marker));
if (leaked.length > 0) failures.push(`importing only useSavedCards kept component code (${leaked.join(', ')})`);
if (oneHook.css.length > 0) failures.push('importing only useSavedCards pulled in CSS');

// An English page: the drop-in component and its client. Every other language is its own import
// (react-saved-cards/locales/<tag>), at most CATALOGUE_BUDGET gzip, and none of it reaches the English page.
const english = await bundle(DROP_IN_ENGLISH, KIT_EXTERNALS);
report('drop-in, English only (SavedCards, provider, client)', english.js, CEILINGS.dropIn);
// 1.5 KB (issue 25). Each catalogue's own `lang` and `dir` (issue 22) cost 7-13 B; Arabic and Hindi made room in
// their wording (Hindi's two generic failures share one sentence), so the budget stays.
const CATALOGUE_BUDGET = 1.5 * KB;
// Issue 19's CVC place texts (its label, where to find the code, Amex's place, "no security code needed") and the
// invalid-option error added 84-92 B to each catalogue; Arabic (+90) and Hindi (+84) went over the budget with them.
// Issue 20's six texts (Edit, Done, the two announcements, Add a card, a card added) took Arabic 1,533 -> 1,594
// (+61) and Hindi 1,533 -> 1,607 (+74) over it: each is held at that ceiling.
const CATALOGUE_CEILINGS = new Map([
  ['ar', 1685],
  ['hi', 1688],
  ['fr', 1538],
]);
const LOCALES = ['ar', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'tr', 'hi', 'id', 'zh'];
const englishTexts = new Set(textsOf((await import(dataUrl((await bundle(catalogue('en'), [])).js))).en));
const leakedLocales = [];
for (const locale of LOCALES) {
  const { js } = await bundle(catalogue(locale), []);
  report(`  react-saved-cards/locales/${locale} on its own`, js, CATALOGUE_BUDGET, CATALOGUE_CEILINGS.get(locale));
  // The catalogue's own sentences (not brand names or punctuation it shares with English) must not be in the page.
  // Looked for as whole string literals, so "Carte" is not found inside "Cartes Bancaires".
  const own = textsOf((await import(dataUrl(js)))[locale]).filter((text) => !englishTexts.has(text));
  const found = own.filter((text) => ['"', "'", '`'].some((quote) => english.js.includes(quote + text + quote)));
  if (found.length > 0) leakedLocales.push(`${locale} (${found.slice(0, 2).join(' | ')})`);
}
// And no letter of the non-Latin scripts at all: Arabic, Devanagari (Hindi), Han (Chinese).
const SCRIPTS = { Arabic: /[\u0600-\u06FF]/, Devanagari: /[\u0900-\u097F]/, Han: /[\u4E00-\u9FFF]/ };
for (const [script, letters] of Object.entries(SCRIPTS))
  if (letters.test(english.js)) leakedLocales.push(`${script} letters`);
if (leakedLocales.length > 0) failures.push(`an English-only import of <SavedCards> ships ${leakedLocales.join(', ')}`);
// The checkout reads only the texts every view says: the account page's own sentences stay out of its page. Its name
// refusals are core's (the client checks a name before sending it), so they are in any page.
const exported = async (name, file) =>
  (await import(dataUrl((await bundle(`export { ${name} } from ${src(file)};`, [])).js)))[name];
const commonTexts = new Set(textsOf(await exported('enCommon', 'src/i18n/en-common.ts')));
const accountTexts = textsOf({ ...(await exported('enAccount', 'src/i18n/en-account.ts')), nicknameProblems: {} });
const accountShipped = accountTexts.filter(
  (text) => !commonTexts.has(text) && ['"', "'", '`'].some((quote) => english.js.includes(quote + text + quote)),
);
if (accountShipped.length > 0)
  failures.push(`an English <SavedCards> ships the account page's texts (${accountShipped.slice(0, 2).join(' | ')})`);
const withArabic = await bundle(
  `export { SavedCards, SavedCardsProvider, createSavedCardsClient } from ${src('src/index.ts')}; export { ar } from ${src('src/i18n/ar.ts')};`,
  KIT_EXTERNALS,
);
report('  the same with react-saved-cards/locales/ar', withArabic.js);

const pad = (value, width) => String(value).padStart(width);
console.log(`${'bundle'.padEnd(66)}${pad('min', 9)}${pad('gzip', 9)}${pad('brotli', 9)}${pad('budget', 9)}`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(66)}${pad(row.min, 9)}${pad(row.gzip, 9)}${pad(row.brotli, 9)}${pad(row.budget ?? '-', 9)}`,
  );
}
console.log(
  `tree-shaking: importing only useSavedCards from the main entry keeps no component code and no CSS: ${leaked.length === 0 && oneHook.css.length === 0 ? 'yes' : 'NO'}`,
);
console.log(
  `locales: an English-only <SavedCards> ships none of ${LOCALES.join(', ')}: ${leakedLocales.length === 0 ? 'yes' : 'NO'}`,
);
console.log(
  `account texts: an English <SavedCards> ships none of the account page's own: ${accountShipped.length === 0 ? 'yes' : 'NO'}`,
);
console.log(
  `zod: none in the browser bundle (zod is an optional peer for react-saved-cards/schema): ${zodInBrowser ? 'NO' : 'yes'}`,
);
console.log('(bytes; gzip level 9, brotli quality 11; react, react-dom, react-query and zod external unless said)');

for (const miss of misses) console.log(`target not met yet: ${miss}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`over budget: ${failure}`);
  if (check) process.exit(1);
} else if (check) {
  console.log(
    'size check passed: CSS and total within target, headless and full kit within their regression ceilings, tree-shaking holds',
  );
}

if (process.argv.includes('--next')) {
  const next = spawnSync(process.execPath, [fileURLToPath(new URL('./size-next.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
  if (next.status !== 0) process.exit(next.status ?? 1);
}
