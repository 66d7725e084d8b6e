// The demo as a whole checkout, in Chromium on a phone and on a desktop: "New card" in the one radio group with
// the sandbox's hosted card form (an iframe on another origin), the saved card listed and chosen, the hosted CVC
// field under a card that needs it, Pay through the merchant's server, and the sandbox's payment id. The page's
// origin never sees a card number: asserted on the top frame's DOM, the console and every request it makes.
import { expect, test, type Page, type Request } from 'playwright/test';
import { card, demoUrl, expectNoAxeViolations, saveScreenshot, startEachOnFreshDemo } from './demo.ts';

const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The number as typed and as sent, and its digits alone: none may reach the page's origin. */
const VISA = '4242 4242 4242 4242';
const VISA_DIGITS = VISA.replaceAll(' ', '');

function payButton(page: Page) {
  return page.getByRole('button', { name: /^(Pay |Choose a card|Paying)/ });
}

function cardForm(page: Page) {
  return page.frameLocator('iframe[title^="Card details"]');
}

function cvcField(page: Page) {
  return page.frameLocator('iframe[title^="Security code"]');
}

async function openCheckout(page: Page, provider: string) {
  await page.goto(demoUrl(`?${new URLSearchParams({ provider, lang: 'en', theme: 'light' })}`));
  await expect(page.getByRole('radio', { name: /^New card/ })).toBeVisible();
}

async function fillCard(page: Page, number: string, expiry = '12 / 34', cvc = '123') {
  const form = cardForm(page);
  await form.getByLabel('Card number').fill(number);
  await form.getByLabel('Expiry date (MM / YY)').fill(expiry);
  await form.getByLabel('Security code').fill(cvc);
}

/** Everything the page's own origin is sent or prints: request URLs and bodies, and console messages. */
function watchPageOrigin(page: Page) {
  const seen: string[] = [];
  const sandboxSaw: string[] = [];
  page.on('console', (message) => seen.push(`console: ${message.text()}`));
  page.on('request', (request: Request) => {
    const origin = new URL(request.url()).origin;
    const text = `${request.method()} ${request.url()} ${request.postData() ?? ''}`;
    if (origin === new URL(demoUrl()).origin) seen.push(text);
    else sandboxSaw.push(text);
  });
  return { seen, sandboxSaw };
}

async function expectNoNumberInTopFrame(page: Page) {
  // page.content() is the top frame only: the iframes' documents are the sandbox's.
  const html = await page.content();
  expect(html).not.toContain(VISA_DIGITS);
  expect(html).not.toContain(VISA);
  expect(await page.locator('body').innerText()).not.toMatch(/\d{5,}/);
}

startEachOnFreshDemo();

for (const [layout, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`on a ${layout} (${viewport.width} px)`, () => {
    test.use({ viewport });

    test('"New card": the hosted form saves the card, which is listed and chosen, and pays with it', async ({
      page,
    }) => {
      const watched = watchPageOrigin(page);
      await openCheckout(page, 'payu');
      const newCard = page.getByRole('radio', { name: /^New card/ });
      await newCard.click();
      await expect(newCard).toHaveAttribute('aria-checked', 'true');
      const save = page.getByRole('button', { name: 'Save card' });
      await expect(save).toBeDisabled();
      await expect(payButton(page)).toBeDisabled();

      await fillCard(page, VISA);
      await expect(save).toBeEnabled();
      await expectNoAxeViolations(page, `new card (${layout})`);
      await saveScreenshot(page, `payment-step-new-card-${layout}`);
      await save.click();

      const saved = card(page, 'Visa ending in 4242', await groupName(page));
      await expect(saved).toHaveAttribute('aria-checked', 'true');
      await expect(newCard).toHaveAttribute('aria-checked', 'false');
      await expect(page.locator('iframe[title^="Card details"]')).toHaveCount(0);
      await expect(payButton(page)).toHaveText('Pay 2,448.00 INR with Visa •••• 4242');
      await payButton(page).click();

      const confirmation = page.getByTestId('confirmation');
      await expect(confirmation.getByRole('heading', { name: 'Payment confirmed' })).toBeFocused();
      await expect(page.getByTestId('payment-id')).toHaveText(/^Payment id: pay_[A-Za-z]{20}$/);
      await saveScreenshot(page, `payment-step-paid-${layout}`);

      // The number went to the sandbox's origin (from its iframe) and nowhere on the page's.
      expect(watched.sandboxSaw.some((line) => line.includes(VISA))).toBe(true);
      for (const line of watched.seen) {
        expect(line).not.toContain(VISA_DIGITS);
        expect(line).not.toContain(VISA);
      }
      expect(watched.seen.some((line) => line.includes('/api/pay/payu/cards'))).toBe(true);
      await expectNoNumberInTopFrame(page);
    });

    test('a card that needs its CVC: Pay waits for the hosted CVC field, then pays', async ({ page }) => {
      const watched = watchPageOrigin(page);
      await openCheckout(page, 'stripe');
      // Stripe's merchant asks for every saved card's CVC; its default card is chosen first.
      await expect(payButton(page)).toBeDisabled();
      const frame = page.locator('iframe[title^="Security code"]');
      await expect(frame).toHaveCount(1);
      await expect(frame).toHaveAccessibleName(/^Security code for /);

      const cvc = cvcField(page).getByLabel('Security code');
      await cvc.fill('12');
      await expect(payButton(page)).toBeDisabled();
      await cvc.fill('123');
      await expect(payButton(page)).toBeEnabled();
      await expectNoAxeViolations(page, `CVC needed (${layout})`);
      await saveScreenshot(page, `payment-step-cvc-${layout}`);
      await payButton(page).click();

      await expect(page.getByTestId('payment-id')).toHaveText(/^Payment id: pay_[A-Za-z]{20}$/);
      // The CVC stayed in the frame: the page's origin sent a session id, never the digits' field.
      const charge = watched.seen.find((line) => line.includes('/api/pay/stripe/charges')) ?? '';
      expect(charge).toMatch(/"cvcSession":"cvc_[A-Za-z]{24}"/);
      expect(charge).not.toMatch(/"cvc"\s*:/);
    });

    test('a declined number gets a clear message at the form, and nothing is saved', async ({ page }) => {
      await openCheckout(page, 'payu');
      await page.getByRole('radio', { name: /^New card/ }).click();
      await fillCard(page, '4000 0000 0000 0002');
      await page.getByRole('button', { name: 'Save card' }).click();
      await expect(cardForm(page).getByRole('alert')).toHaveText('Your card was declined. Try another card.');
      await expect(page.getByTestId('card-form-message')).toHaveText('Your card was declined. Try another card.');
      await expect(page.getByRole('radio', { name: /^New card/ })).toHaveAttribute('aria-checked', 'true');
      await expect(page.getByRole('radio', { name: /ending in 0002/ })).toHaveCount(0);
    });
  });
}

test('Ottu: the card the provider marks cvv-required asks for its CVC; a CVV-less merchant does not', async ({
  page,
}) => {
  await openCheckout(page, 'ottu');
  await expect(payButton(page)).toBeDisabled();
  await cvcField(page).getByLabel('Security code').fill('123');
  await expect(payButton(page)).toBeEnabled();
  await payButton(page).click();
  await expect(page.getByTestId('payment-id')).toHaveText(/^Payment id: pay_/);

  await openCheckout(page, 'razorpay');
  await expect(page.locator('iframe[title^="Security code"]')).toHaveCount(0);
  await expect(payButton(page)).toBeEnabled();
});

/** The one radio group's accessible name (the kit's heading), whatever it reads. */
async function groupName(page: Page): Promise<string> {
  const group = page.getByRole('radiogroup').filter({ has: page.getByRole('radio', { name: /^New card/ }) });
  const labelledBy = await group.getAttribute('aria-labelledby');
  if (labelledBy) return (await page.locator(`[id="${labelledBy}"]`).innerText()).trim();
  return (await group.getAttribute('aria-label')) ?? '';
}
