// What the e2e tests share: where the demo runs, how to reset it, and the checks every screen gets.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type FrameLocator, type Locator, type Page } from 'playwright/test';

export type Provider = 'ottu' | 'payu';

/** Screenshots of the main screens, kept after the run (git-ignored). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/e2e/screenshots/', import.meta.url));

/** The day the e2e tests live on, in the sandbox and in the page: no seeded card expires as the years pass. */
export const DEMO_NOW = new Date(2026, 10, 24, 12);

export function demoUrl(path = ''): string {
  const base = process.env.E2E_DEMO_URL;
  if (!base)
    throw new Error(
      'E2E_DEMO_URL is not set: run the e2e tests with test/e2e/playwright.config.ts (its globalSetup starts the demo).',
    );
  return new URL(path, base).href;
}

/** The seed cards back and faults off, through the demo's own route (the page's "Reset demo data"). */
export async function resetDemo(request: APIRequestContext): Promise<void> {
  const response = await request.post(demoUrl('api/demo/reset'), { headers: { 'X-Requested-With': 'e2e' } });
  expect(response.status()).toBe(204);
}

/**
 * Every test of the calling file starts on the demo's day (the date only: the page's timers run as usual) with the
 * seed data back, and fails on an uncaught error in the page.
 */
export function startEachOnFreshDemo(): void {
  let pageErrors: string[] = [];
  test.beforeEach(async ({ request, page }) => {
    await page.clock.setFixedTime(DEMO_NOW);
    await resetDemo(request);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  test.afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
}

export async function openCheckout(
  page: Page,
  settings: { provider: Provider; lang?: 'en' | 'ar'; theme?: 'light' | 'dark' },
) {
  const query = new URLSearchParams({
    provider: settings.provider,
    lang: settings.lang ?? 'en',
    theme: settings.theme ?? 'light',
  });
  await page.goto(demoUrl(`?${query}`));
  await expect(cardOptions(page, settings.lang === 'ar' ? 'البطاقات المحفوظة' : 'Saved cards').first()).toBeVisible();
}

/** The kit's picker (the page's own controls are radio groups too). */
export function savedCards(page: Page, heading = 'Saved cards'): Locator {
  return page.getByRole('radiogroup', { name: heading });
}

/** The saved cards' radios: the one group also holds the page's "New card" option (English or Arabic). */
export function cardOptions(page: Page, heading = 'Saved cards'): Locator {
  return savedCards(page, heading).getByRole('radio', { name: /^(?!New card|بطاقة جديدة)/ });
}

/** The sandbox's hosted CVC field (an iframe on the sandbox's origin), under a chosen card that needs it. */
export function cvcFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title^="Security code"]');
}

/** Types the CVC into the hosted field: 4 digits for an American Express, 3 for the others. */
export async function enterCvc(page: Page, brand: string): Promise<void> {
  await cvcFrame(page)
    .getByLabel('Security code')
    .fill(brand === 'American Express' ? '1234' : '123');
}

/**
 * Presses Tab (only Tab) until `target` has focus, typing `cvc` into the hosted CVC field when Tab enters it:
 * a disabled Pay button takes no focus until the CVC is complete.
 */
export async function tabToTypingCvc(page: Page, target: Locator, cvc: string, limit = 40): Promise<void> {
  let typed = false;
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
    const inCvc = await page.evaluate(
      () =>
        document.activeElement instanceof HTMLIFrameElement && document.activeElement.title.startsWith('Security code'),
    );
    if (inCvc && !typed) {
      await page.keyboard.type(cvc);
      typed = true;
    }
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

/** A card option by the start of its accessible name, e.g. "Visa ending in 0026". */
export function card(page: Page, name: string, heading = 'Saved cards'): Locator {
  return savedCards(page, heading).getByRole('radio', { name: new RegExp(`^${name}\\b`) });
}

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe violations on the "${screen}" screen`).toEqual([]);
}

/** The whole page, or only the viewport (`fullPage: false`) when the modal delete dialog is open. */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage, animations: 'disabled' });
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (only Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

/**
 * Nothing in the page (text or markup) holds a saved-card token or more than 4 digits of a card:
 * the tokens are read from the merchant endpoint with the page's own session.
 */
export async function expectNoCardDataOnScreen(page: Page, provider: Provider): Promise<void> {
  const response = await page.request.get(demoUrl(`api/${provider}/saved-cards`), {
    headers: { 'X-Requested-With': 'e2e' },
  });
  expect(response.status()).toBe(200);
  const { cards } = (await response.json()) as { cards: { token: string }[] };
  expect(cards.length).toBeGreaterThan(0);
  const html = await page.content();
  for (const { token } of cards) expect(html).not.toContain(token);
  expect(await page.locator('body').innerText()).not.toMatch(/\d{5,}/);
}
