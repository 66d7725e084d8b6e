// The demo's Account page in a real Chromium: <ManageSavedCards> → the merchant's handler → the provider sandbox.
// Stripe keeps the default and the names itself; Ottu cannot, so the handler's preferences store keeps them.
import { expect, test, type Page } from 'playwright/test';
import { demoUrl, expectNoAxeViolations, saveScreenshot, startEachOnFreshDemo, tabTo } from './demo.ts';

startEachOnFreshDemo();

async function openAccount(page: Page, provider: string, lang = 'en') {
  await page.goto(demoUrl(`?${new URLSearchParams({ page: 'account', provider, lang, theme: 'light' })}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'ar' ? 'الحساب' : 'Account');
  await expect(cards(page, lang).first()).toBeVisible();
}

function cards(page: Page, lang = 'en') {
  return page.getByRole('list', { name: lang === 'ar' ? 'البطاقات المحفوظة' : 'Saved cards' }).getByRole('listitem');
}

/** The card named in a row's action group, e.g. "Mastercard ending in 4444". */
async function nameOf(page: Page, index: number): Promise<string> {
  const label = await cards(page).nth(index).getByRole('group').getAttribute('aria-label');
  return (label ?? '').replace(/^Actions for /, '');
}

for (const provider of ['stripe', 'ottu'] as const) {
  test(`${provider}: make default and rename, then a reload shows both kept`, async ({ page }) => {
    await openAccount(page, provider);
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(2);
    await expect(cards(page).first().getByText('Preferred')).toBeVisible();
    await expectNoAxeViolations(page, `account (${provider})`);

    // The third card, by keyboard: Tab to its Make default, Enter.
    const target = await nameOf(page, 2);
    const makeDefault = page.getByRole('button', { name: `Make default: ${target}` });
    await tabTo(page, makeDefault);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${target} is now your default card.` })).toBeAttached();
    await expect(cards(page).first().getByRole('group')).toHaveAttribute('aria-label', `Actions for ${target}`);
    await expect(cards(page).first().getByText('Preferred')).toBeVisible();
    await expect(page.getByText('Preferred')).toHaveCount(1);

    await page.getByRole('button', { name: `Rename ${target}` }).click();
    const field = page.getByRole('textbox', { name: 'Card name' });
    await field.fill('4111 1111 1111 1111');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill('Family card');
    await field.press('Enter');
    await expect(page.getByRole('button', { name: `Rename ${target}` })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `${target} renamed to Family card.` })).toBeAttached();
    await saveScreenshot(page, `account-${provider}`);

    await page.reload();
    await expect(cards(page).first().getByRole('group')).toHaveAttribute('aria-label', `Actions for ${target}`);
    await expect(cards(page).first().getByText('Preferred')).toBeVisible();
    await expect(cards(page).first().getByText('Family card')).toBeVisible();
    await expect(cards(page)).toHaveCount(count);
  });
}

test('a provider that can only delete shows Delete alone', async ({ page }) => {
  await openAccount(page, 'payu');
  await expect(page.getByRole('button', { name: /^(Make default|Rename)/ })).toHaveCount(0);
  await expect(
    cards(page)
      .first()
      .getByRole('button', { name: /^Delete / }),
  ).toBeVisible();
});

test('Arabic, on a 375 px phone: right to left, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openAccount(page, 'stripe', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, 'account (stripe, ar, 375 px)');
  await saveScreenshot(page, 'account-stripe-ar-phone');
});

test("Add a card: the sandbox's hosted form saves a card through the merchant's route; it is listed, focused and announced", async ({
  page,
}) => {
  await openAccount(page, 'payu');
  const before = await cards(page).count();
  await expect(page.getByRole('listitem').filter({ hasText: '•••• 4242' })).toHaveCount(0);
  const add = page.getByRole('button', { name: 'Add a card' });
  await add.click();
  await expect(add).toHaveAttribute('aria-expanded', 'true');
  const form = page.frameLocator('iframe[title^="Card details"]');
  await form.getByLabel('Card number').fill('4242 4242 4242 4242');
  await form.getByLabel('Expiry date (MM / YY)').fill('12 / 34');
  await form.getByLabel('Security code').fill('123');
  await page.getByRole('button', { name: 'Save card' }).click();

  const added = cards(page).filter({ hasText: '•••• 4242' });
  await expect(added).toHaveCount(1);
  await expect(cards(page)).toHaveCount(before + 1);
  await expect(page.locator('iframe[title^="Card details"]')).toHaveCount(0);
  await expect(add).toHaveAttribute('aria-expanded', 'false');
  await expect
    .poll(() => added.evaluate((row) => row.contains(document.activeElement)), { message: 'focus on the new card' })
    .toBe(true);
  await expect(page.locator('[data-sc-root] [aria-live="polite"]')).toHaveText('Visa ending in 4242 was added');
  await expectNoAxeViolations(page, 'account page, card added');
});
