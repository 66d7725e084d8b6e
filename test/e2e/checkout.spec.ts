// The demo checkout in a real Chromium: page → the kit → the merchant's handler → the provider sandbox.
import { expect, test, type Page } from 'playwright/test';
import {
  card,
  cardOptions,
  demoUrl,
  enterCvc,
  expectNoAxeViolations,
  expectNoCardDataOnScreen,
  isFocused,
  openCheckout,
  savedCards,
  saveScreenshot,
  startEachOnFreshDemo,
  tabTo,
  tabToTypingCvc,
  type Provider,
} from './demo.ts';

/** What each merchant's sandbox shopper has (demo/sandbox/seed.mjs) and what the page charges. */
const MERCHANTS = {
  ottu: {
    merchant: 'Ottu-backed',
    total: '24.500 KWD',
    preferred: { name: 'Visa ending in 0026', label: 'Visa •••• 0026' },
    /** Deletable, and the card fault injection refuses to delete. */
    target: { name: 'American Express ending in 1009', label: 'American Express •••• 1009' },
    expired: 'Mastercard ending in 4444',
    cards: 4,
  },
  payu: {
    merchant: 'PayU India-backed',
    total: '2,448.00 INR',
    preferred: { name: 'Visa ending in 6937', label: 'Visa •••• 6937' },
    target: { name: 'Mastercard ending in 5454', label: 'Mastercard •••• 5454' },
    expired: 'RuPay ending in 0119',
    // Eight tokens, shown as four cards: the Visa …1258 is saved five times.
    cards: 4,
  },
} as const;

function payButton(page: Page) {
  return page.getByRole('button', { name: /^(Pay |Choose a card)/ });
}

startEachOnFreshDemo();

for (const provider of ['ottu', 'payu'] as const satisfies readonly Provider[]) {
  const merchant = MERCHANTS[provider];

  test.describe(`${merchant.merchant} merchant`, () => {
    test('lists the cards, lets the shopper choose one and pay with it', async ({ page }) => {
      await openCheckout(page, { provider });
      await expect(cardOptions(page)).toHaveCount(merchant.cards);
      await expect(page.getByTestId('order-total')).toHaveText(merchant.total);
      await expect(card(page, merchant.expired)).toHaveAttribute('aria-disabled', 'true');
      await expect(card(page, merchant.preferred.name)).toHaveAttribute('aria-checked', 'true');
      await expect(payButton(page)).toHaveText(`Pay ${merchant.total} with ${merchant.preferred.label}`);
      await expectNoAxeViolations(page, `initial (${provider})`);
      await saveScreenshot(page, `checkout-light-${provider}`);

      // An expired card cannot be chosen (force: Playwright itself refuses to click an aria-disabled element).
      await card(page, merchant.expired).click({ force: true });
      await expect(card(page, merchant.expired)).toHaveAttribute('aria-checked', 'false');

      await card(page, merchant.target.name).click();
      await expect(card(page, merchant.target.name)).toHaveAttribute('aria-checked', 'true');
      await expect(card(page, merchant.preferred.name)).toHaveAttribute('aria-checked', 'false');
      // Both targets need their security code (Ottu's cvv_required, PayU's card_cvv): Pay waits for it.
      await expect(payButton(page)).toBeDisabled();
      await enterCvc(page, merchant.target.label.split(' •')[0] ?? '');
      await payButton(page).click();

      const confirmation = page.getByTestId('confirmation');
      await expect(confirmation.getByRole('heading', { name: 'Payment confirmed' })).toBeFocused();
      await expect(confirmation).toContainText(`You paid ${merchant.total} with ${merchant.target.label}.`);
      await expectNoCardDataOnScreen(page, provider);
      await saveScreenshot(page, `paid-${provider}`);
    });

    test('deletes a card after the shopper confirms, for good', async ({ page }) => {
      await openCheckout(page, { provider });
      // Issue 20: Delete is behind the checkout's Edit toggle.
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('button', { name: `Delete ${merchant.target.name}` }).click();

      const dialog = page.getByRole('alertdialog', { name: `Delete ${merchant.target.name}?` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expectNoAxeViolations(page, `dialog open (${provider})`);
      await saveScreenshot(page, `delete-dialog-${provider}`, { fullPage: false });

      await dialog.getByRole('button', { name: 'Delete card' }).click();
      await expect(dialog).toBeHidden();
      await expect(card(page, merchant.target.name)).toHaveCount(0);
      await expect(savedCards(page).locator('..').getByRole('status').last()).toHaveText(
        `${merchant.target.name} was removed`,
      );
      await expect(cardOptions(page)).toHaveCount(merchant.cards - 1);
      await expectNoAxeViolations(page, `after delete (${provider})`);

      await page.reload();
      await expect(cardOptions(page)).toHaveCount(merchant.cards - 1);
      await expect(card(page, merchant.target.name)).toHaveCount(0);
    });

    test('cancel (button or Escape) keeps the card', async ({ page }) => {
      await openCheckout(page, { provider });
      // Issue 20: Delete is behind the checkout's Edit toggle.
      await page.getByRole('button', { name: 'Edit' }).click();
      const deleteButton = page.getByRole('button', { name: `Delete ${merchant.target.name}` });
      const dialog = page.getByRole('alertdialog');
      const deletes: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'DELETE') deletes.push(request.url());
      });

      await deleteButton.click();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await expect(deleteButton).toBeFocused();

      await deleteButton.click();
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(deleteButton).toBeFocused();

      await expect(card(page, merchant.target.name)).toBeVisible();
      await expect(cardOptions(page)).toHaveCount(merchant.cards);
      expect(deletes).toEqual([]);
      await page.reload();
      await expect(card(page, merchant.target.name)).toBeVisible();
    });

    test('a refused delete puts the card back with a message (fault injection)', async ({ page }) => {
      await openCheckout(page, { provider });
      // Issue 20: Delete is behind the checkout's Edit toggle.
      await page.getByRole('button', { name: 'Edit' }).click();
      const faults = page.getByRole('group', { name: 'Fault injection' });
      await expect(faults).toHaveAccessibleDescription(/refuses to delete/);
      await faults.getByRole('radio', { name: 'On' }).check();
      await expect(page.getByText('Fault injection is on.')).toBeVisible();

      await page.getByRole('button', { name: `Delete ${merchant.target.name}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete card' }).click();

      const alert = savedCards(page).locator('..').getByRole('alert');
      await expect(alert).toContainText(`${merchant.target.name} can't be deleted: `);
      await expect(alert).toContainText('Please try again later.');
      await expect(card(page, merchant.target.name)).toBeVisible();
      await expect(cardOptions(page)).toHaveCount(merchant.cards);
      await expectNoAxeViolations(page, `error (${provider})`);
      await saveScreenshot(page, `delete-failed-${provider}`);

      // The provider really still has it.
      await page.reload();
      await expect(card(page, merchant.target.name)).toBeVisible();
      await expect(
        page.getByRole('group', { name: 'Fault injection' }).getByRole('radio', { name: 'On' }),
      ).toBeChecked();
    });

    test('works with the keyboard alone, from the demo controls to the payment', async ({ page }) => {
      await page.goto(demoUrl());
      await expect(cardOptions(page).first()).toBeVisible();
      const merchantGroup = page.getByRole('group', { name: 'Merchant' });
      await tabTo(page, merchantGroup.getByRole('radio', { name: 'Ottu-backed' }));
      if (provider === 'payu') {
        await page.keyboard.press('ArrowRight');
        await expect(merchantGroup.getByRole('radio', { name: 'PayU India-backed' })).toBeChecked();
        await expect(card(page, merchant.preferred.name)).toBeVisible();
      }

      // Into the picker: its one tab stop is the chosen card.
      await tabTo(page, card(page, merchant.preferred.name));
      const target = card(page, merchant.target.name);
      for (
        let presses = 0;
        presses < merchant.cards && (await target.getAttribute('aria-checked')) !== 'true';
        presses += 1
      ) {
        await page.keyboard.press('ArrowDown');
      }
      await expect(target).toHaveAttribute('aria-checked', 'true');
      await expect(target).toBeFocused();
      await page.keyboard.press('Space');
      await expect(target).toHaveAttribute('aria-checked', 'true');
      await expect(payButton(page)).toHaveText(`Pay ${merchant.total} with ${merchant.target.label}`);

      // Issue 20: back to the Edit toggle beside the heading, into edit mode, then on by Tab (past the Delete of
      // each card before it) to the chosen card, whose Delete comes next.
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('button', { name: 'Edit' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
      await tabTo(page, target);

      // Its delete button, then Escape: nothing is deleted and focus comes back.
      const deleteButton = page.getByRole('button', { name: `Delete ${merchant.target.name}` });
      await page.keyboard.press('Tab');
      await expect(deleteButton).toBeFocused();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('alertdialog');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(deleteButton).toBeFocused();

      // Again with Space; Tab stays inside the dialog; Enter confirms.
      await page.keyboard.press('Space');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Delete card' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(dialog.getByRole('button', { name: 'Delete card' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(target).toHaveCount(0);

      // Focus lands on a remaining card; Space chooses it; then on to Pay.
      const focusedCard = savedCards(page).locator('[role="radio"]:focus');
      await expect(focusedCard).toHaveCount(1);
      await page.keyboard.press('Space');
      await expect(focusedCard).toHaveAttribute('aria-checked', 'true');
      const chosen = (await focusedCard.getAttribute('aria-label'))?.split(',')[0] ?? '';
      const [brand = '', last4 = ''] = chosen.split(' ending in ');
      await tabToTypingCvc(page, payButton(page), brand === 'American Express' ? '1234' : '123');
      await expect(payButton(page)).toHaveText(`Pay ${merchant.total} with ${brand} •••• ${last4}`);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Payment confirmed' })).toBeFocused();
      await expect(page.getByTestId('confirmation')).toContainText(
        `You paid ${merchant.total} with ${brand} •••• ${last4}.`,
      );
      expect(await isFocused(page.getByRole('heading', { name: 'Payment confirmed' }))).toBe(true);
    });

    test('in Arabic: right to left, Arabic text, Latin digits, mirrored layout and arrows', async ({ page }) => {
      await openCheckout(page, { provider });
      await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'العربية' }).check();

      const heading = 'البطاقات المحفوظة';
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('إتمام الشراء');
      await expect(cardOptions(page, heading)).toHaveCount(merchant.cards);
      const kit = page.locator('section[data-sc-part="root"]');
      await expect(kit).toHaveAttribute('dir', 'rtl');
      await expect(kit).toHaveAttribute('lang', 'ar');

      const last4 = merchant.preferred.label.slice(-4);
      const preferred = savedCards(page, heading).getByRole('radio', {
        name: new RegExp(`المنتهية بالأرقام ${last4}`),
      });
      await expect(preferred).toHaveAttribute('aria-checked', 'true');
      await expect(payButton(page)).toHaveCount(0);
      await expect(page.getByRole('button', { name: new RegExp(`^ادفع .*${last4}`) })).toBeVisible();
      // Latin digits everywhere, never Arabic-Indic ones.
      const text = await page.locator('body').innerText();
      expect(text).toMatch(/[\u0600-\u06FF]/);
      expect(text).toContain(last4);
      expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);

      // Mirrored: the payment column on the right, the brand mark to the right of the card's text,
      // the delete button (in edit mode, issue 20) to its left.
      await page.getByRole('button', { name: 'تعديل' }).click();
      const box = async (selector: string, scope = page.locator('body')) =>
        (await scope.locator(selector).first().boundingBox())!;
      expect((await box('#payment')).x).toBeGreaterThan((await box('.order')).x);
      const row = savedCards(page, heading).locator('[data-sc-part="row"]').first();
      expect((await box('[data-sc-part="brand"]', row)).x).toBeGreaterThan(
        (await box('[data-sc-part="details"]', row)).x,
      );
      expect((await box('[data-sc-part="delete"]', row)).x).toBeLessThan(
        (await box('[data-sc-part="details"]', row)).x,
      );

      await expectNoAxeViolations(page, `ar (${provider})`);
      await saveScreenshot(page, `checkout-rtl-${provider}`);

      // Left is "next" in right-to-left.
      await preferred.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(preferred).toHaveAttribute('aria-checked', 'false');
      await expect(savedCards(page, heading).locator('[role="radio"]:focus')).toHaveAttribute('aria-checked', 'true');
      await page.keyboard.press('ArrowRight');
      await expect(preferred).toHaveAttribute('aria-checked', 'true');

      await page.getByRole('button', { name: new RegExp(`^حذف .*${merchant.target.label.slice(-4)}`) }).click();
      await expect(page.getByRole('alertdialog')).toContainText('إلغاء');
      await saveScreenshot(page, `delete-dialog-rtl-${provider}`, { fullPage: false });
    });

    test('in the dark theme: the page and the kit both switch', async ({ page }) => {
      await openCheckout(page, { provider });
      // Issue 20: Delete is behind the checkout's Edit toggle.
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('section[data-sc-part="root"]')).toHaveAttribute('data-sc-theme', 'dark');
      expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(
        'rgb(1, 4, 9)',
      );
      expect(await card(page, merchant.preferred.name).evaluate((element) => getComputedStyle(element).color)).toBe(
        'rgb(230, 237, 243)',
      );
      await expectNoAxeViolations(page, `dark (${provider})`);
      await saveScreenshot(page, `checkout-dark-${provider}`);

      await page.getByRole('button', { name: `Delete ${merchant.target.name}` }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await expectNoAxeViolations(page, `dark dialog (${provider})`);
      await saveScreenshot(page, `delete-dialog-dark-${provider}`, { fullPage: false });
    });
  });
}

test('Ottu: a card locked by an auto-debit agreement says why and cannot be deleted', async ({ page }) => {
  await openCheckout(page, { provider: 'ottu' });
  // Issue 20: Delete is behind the checkout's Edit toggle.
  await page.getByRole('button', { name: 'Edit' }).click();
  const deletes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE') deletes.push(request.url());
  });
  const locked = page.getByRole('button', { name: 'Delete mada ending in 7713' });
  await expect(locked).toHaveAttribute('aria-disabled', 'true');
  await expect(locked).toHaveAccessibleDescription(
    'Used by an automatic payment agreement. Choose another card for it first.',
  );
  await expect(page.getByText('Used by an automatic payment agreement.')).toBeVisible();

  await locked.click({ force: true });
  await locked.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // Still choosable for paying: only deleting is blocked.
  await card(page, 'mada ending in 7713').click();
  await expect(payButton(page)).toHaveText('Pay 24.500 KWD with mada •••• 7713');
  expect(deletes).toEqual([]);
  await expectNoAxeViolations(page, 'blocked card (ottu)');
});

test('PayU: deleting the card saved five times removes every token, and it stays gone after a reload', async ({
  page,
}) => {
  await openCheckout(page, { provider: 'payu' });
  // Issue 20: Delete is behind the checkout's Edit toggle.
  await page.getByRole('button', { name: 'Edit' }).click();
  const duplicated = card(page, 'Visa ending in 1258');
  await expect(duplicated).toHaveCount(1);

  const deletes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'DELETE') deletes.push(new URL(request.url()).pathname);
  });
  await page.getByRole('button', { name: 'Delete Visa ending in 1258' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete card' }).click();
  await expect(duplicated).toHaveCount(0);
  await expect(page.getByText('Visa ending in 1258 was removed')).toBeAttached();
  expect(deletes).toHaveLength(5);
  expect(new Set(deletes).size).toBe(5);

  await page.reload();
  await expect(cardOptions(page)).toHaveCount(MERCHANTS.payu.cards - 1);
  await expect(duplicated).toHaveCount(0);
  const response = await page.request.get(demoUrl('api/payu/saved-cards'), { headers: { 'X-Requested-With': 'e2e' } });
  const { cards } = (await response.json()) as { cards: { last4: string }[] };
  expect(cards.map((entry) => entry.last4)).not.toContain('1258');
  expect(cards).toHaveLength(3);
});

// Issue 20: on a phone the whole choice fits on one screen from the kit's heading down: every card and the Pay button.
for (const provider of ['ottu', 'payu'] as const satisfies readonly Provider[]) {
  test(`${MERCHANTS[provider].merchant}, on a 375 × 812 phone: the four cards and the Pay button show without scrolling from the heading`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openCheckout(page, { provider });
    await expect(cardOptions(page)).toHaveCount(MERCHANTS[provider].cards);
    await page.getByRole('heading', { name: 'Saved cards' }).evaluate((heading) => heading.scrollIntoView());
    const bottoms = await Promise.all(
      [...(await cardOptions(page).all()), payButton(page)].map(async (element) => {
        const box = (await element.boundingBox())!;
        return box.y + box.height;
      }),
    );
    const rows = await savedCards(page)
      .locator('[data-sc-part="row"]')
      .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().height)));
    console.log(`${provider} at 375 x 812: bottoms ${bottoms.map(Math.round).join(', ')}; rows ${rows.join(', ')} px`);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(812);
  });
}
