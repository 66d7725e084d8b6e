// The README's pictures: light, dark, Arabic, a 375px phone (the list, edit mode, the delete dialog, a refused delete,
// the loading state and the account page's actions menu open).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from 'playwright/test';
import { demoUrl, openCheckout, resetDemo, savedCards } from './demo';

const OUT = process.env.SCREENSHOTS_DIR ?? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(OUT, { recursive: true });

async function shoot(page: Page, name: string) {
  // Only the kit's section (and the dialog over it, when open): the pictures stay small and to the point.
  await page.screenshot({ path: `${OUT}${name}.png`, animations: 'disabled', fullPage: false });
}

test.beforeEach(async ({ request }) => {
  await resetDemo(request);
});

test('light, dark and Arabic at 1280px', async ({ page }) => {
  await openCheckout(page, { provider: 'ottu' });
  await shoot(page, 'light');
  await openCheckout(page, { provider: 'ottu', theme: 'dark' });
  await shoot(page, 'dark');
  await openCheckout(page, { provider: 'ottu', lang: 'ar' });
  await shoot(page, 'arabic');
});

test.describe('a 375px phone', () => {
  // A touch screen (coarse pointer: 44px targets). Not isMobile: the demo's own settings bar overflows 375px, and
  // a mobile viewport would shrink the whole page to fit it.
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, deviceScaleFactor: 2 });

  test('the list, the delete dialog and a refused delete', async ({ page }) => {
    await openCheckout(page, { provider: 'ottu' });
    await savedCards(page).scrollIntoViewIfNeeded();
    await shoot(page, process.env.SCREENSHOTS_PHONE_NAME ?? 'phone-375');
    if (process.env.SCREENSHOTS_PHONE_NAME) return;
    // Issue 20: Delete is behind the checkout's Edit toggle.
    await page.getByRole('button', { name: 'Edit' }).click();
    await shoot(page, 'phone-375-edit-mode');
    await page.getByRole('button', { name: 'Delete American Express ending in 1009' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await shoot(page, 'phone-375-delete-dialog');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

    const faults = page.getByRole('group', { name: 'Fault injection' });
    await faults.getByRole('radio', { name: 'On' }).check();
    await page.getByRole('button', { name: 'Delete American Express ending in 1009' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete card' }).click();
    const alert = savedCards(page).locator('..').getByRole('alert');
    await expect(alert).toBeVisible();
    await alert.scrollIntoViewIfNeeded();
    await shoot(page, 'phone-375-refused-delete');
  });

  test('the loading state: the saved cards never answer, the skeleton stays', async ({ page }) => {
    // The list request is held open for as long as the picture takes: the skeleton, not the list.
    await page.route('**/api/*/saved-cards**', () => new Promise<void>(() => {}));
    await page.goto(demoUrl(`?${new URLSearchParams({ provider: 'ottu', lang: 'en', theme: 'light' })}`));
    const loading = page.getByRole('status', { name: 'Loading saved cards' });
    await expect(loading).toBeVisible();
    await loading.scrollIntoViewIfNeeded();
    await shoot(page, 'phone-375-loading');
  });

  test("the account page's actions menu open", async ({ page }) => {
    await page.goto(
      demoUrl(`?${new URLSearchParams({ page: 'account', provider: 'ottu', lang: 'en', theme: 'light' })}`),
    );
    const actions = page.getByRole('button', { name: /^Actions for / }).first();
    await expect(actions).toBeVisible();
    await actions.click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await menu.scrollIntoViewIfNeeded();
    await shoot(page, 'phone-375-account-menu');
  });
});
