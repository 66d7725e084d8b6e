// The demo's language switch: each of the kit's ten newer languages, chosen on the page, over the Ottu sandbox.
import { expect, test } from 'playwright/test';
import { cardOptions, DEMO_NOW, expectNoAxeViolations, openCheckout, resetDemo } from './demo.ts';

/** The switch's label for each language, and the kit's heading in it. */
const LANGUAGES = {
  fr: ['Français', 'Cartes enregistrées'],
  de: ['Deutsch', 'Gespeicherte Karten'],
  es: ['Español', 'Tarjetas guardadas'],
  pt: ['Português', 'Cartões salvos'],
  it: ['Italiano', 'Carte salvate'],
  nl: ['Nederlands', 'Opgeslagen kaarten'],
  tr: ['Türkçe', 'Kayıtlı kartlar'],
  hi: ['हिन्दी', 'सहेजे गए कार्ड'],
  id: ['Bahasa Indonesia', 'Kartu tersimpan'],
  zh: ['简体中文', '已保存的银行卡'],
} as const;

test.beforeEach(async ({ request, page }) => {
  await page.clock.setFixedTime(DEMO_NOW);
  await resetDemo(request);
});

test('each language: the kit speaks it, in its own lang, around an English page; a reload keeps it', async ({
  page,
}) => {
  await openCheckout(page, { provider: 'ottu' });
  const switcher = page.getByRole('group', { name: 'Language' });
  const kit = page.locator('section[data-sc-part="root"]');
  for (const [locale, [name, heading]] of Object.entries(LANGUAGES)) {
    await switcher.getByRole('radio', { name }).check();
    await expect(cardOptions(page, heading)).toHaveCount(4);
    await expect(kit).toHaveAttribute('lang', locale);
    await expect(kit).toHaveAttribute('dir', 'ltr');
    // The demo's own texts exist in English and Arabic only: the page stays English around the kit.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout');
  }
  // Axe for every language runs in test/browser/languages.test.tsx; here, the whole demo page once.
  await expectNoAxeViolations(page, 'checkout in Chinese');

  await page.reload();
  await expect(cardOptions(page, LANGUAGES.zh[1])).toHaveCount(4);
  await expect(switcher.getByRole('radio', { name: LANGUAGES.zh[0] })).toBeChecked();
});
