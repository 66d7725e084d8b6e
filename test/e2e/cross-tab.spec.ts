// Two tabs of one shopper (two pages of one browser context, one session cookie) on the demo's Account page:
// what one does shows in the other without a reload, and only the kit's "changed" signal crosses between them.
import { expect, test, type BrowserContext, type Page } from 'playwright/test';
import { DEMO_NOW, demoUrl, resetDemo } from './demo.ts';

const SIGNAL = { source: 'react-saved-cards', type: 'changed' };

declare global {
  interface Window {
    /** Every message on the kit's channel this page posted or heard, as it crossed. */
    crossTab: { direction: 'posted' | 'heard'; data: unknown }[];
    /** Set once when the test opens the page: still there at the end means no reload. */
    sameDocument?: true;
  }
}

let pageErrors: string[] = [];

test.beforeEach(async ({ request, context }) => {
  await resetDemo(request);
  pageErrors = [];
  await context.clock.setFixedTime(DEMO_NOW);
  // Before any page script: a listener of its own hears what every other page's kit posts, and postMessage
  // is wrapped to record what this page's kit posts (a channel does not hear its own page's messages).
  await context.addInitScript(() => {
    window.crossTab = [];
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, data: unknown) {
      if (this.name === 'react-saved-cards') window.crossTab.push({ direction: 'posted', data });
      return post.call(this, data);
    };
    new BroadcastChannel('react-saved-cards').onmessage = (event) =>
      window.crossTab.push({ direction: 'heard', data: event.data });
  });
});

test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the pages').toEqual([]);
});

async function openAccount(context: BrowserContext, provider: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(demoUrl(`?${new URLSearchParams({ page: 'account', provider, lang: 'en', theme: 'light' })}`));
  await expect(rows(page).first()).toBeVisible();
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  return page;
}

function rows(page: Page) {
  return page.getByRole('list', { name: 'Saved cards' }).getByRole('listitem');
}

/** The card names in list order, e.g. "Visa ending in 4242", read from each row's action group. */
async function names(page: Page): Promise<string[]> {
  const labels = await rows(page)
    .getByRole('group')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Actions for /, ''));
}

async function deleteCard(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete card' }).click();
}

async function messages(page: Page) {
  return page.evaluate(() => window.crossTab);
}

test('a delete, a new default, a rename and a new card in one tab show in the other without a reload; only the signal crosses', async ({
  context,
}) => {
  const first = await openAccount(context, 'stripe');
  const second = await openAccount(context, 'stripe');
  const before = await names(second);
  expect(before.length).toBeGreaterThan(3);
  expect(await names(first)).toEqual(before);
  const [, deleted, chosen] = before as [string, string, string];

  // A delete.
  await deleteCard(first, deleted);
  await expect(first.getByRole('button', { name: `Delete ${deleted}` })).toHaveCount(0);
  await expect(second.getByRole('button', { name: `Delete ${deleted}` })).toHaveCount(0);
  await expect.poll(() => names(second)).toEqual(before.filter((name) => name !== deleted));

  // A new default: the other tab lists it first, marked Preferred.
  await first.getByRole('button', { name: `Make default: ${chosen}` }).click();
  await expect(rows(second).first().getByRole('group')).toHaveAttribute('aria-label', `Actions for ${chosen}`);
  await expect(rows(second).first().getByText('Preferred')).toBeVisible();

  // A rename.
  await first.getByRole('button', { name: `Rename ${chosen}` }).click();
  const field = first.getByRole('textbox', { name: 'Card name' });
  await field.fill('Family card');
  await field.press('Enter');
  await expect(rows(second).first().getByText('Family card')).toBeVisible();

  // A new card: saved at the backend outside the kit (here the demo's reset, which lists the deleted card
  // again), then the page that saved it sends what notifySavedCardsChanged() sends.
  await resetDemo(first.request);
  await first.evaluate((signal) => {
    const channel = new BroadcastChannel('react-saved-cards');
    channel.postMessage(signal);
    channel.close();
  }, SIGNAL);
  await expect(second.getByRole('button', { name: `Delete ${deleted}` })).toBeVisible();
  await expect.poll(() => names(second)).toEqual(before);

  // No reload happened in either tab.
  for (const page of [first, second]) expect(await page.evaluate(() => window.sameDocument)).toBe(true);

  // What crossed: the signal and nothing else, one for each change (the kit's three, the page's one).
  const posted = (await messages(first)).filter((message) => message.direction === 'posted');
  const heard = (await messages(second)).filter((message) => message.direction === 'heard');
  expect(posted.map((message) => message.data)).toStrictEqual([SIGNAL, SIGNAL, SIGNAL, SIGNAL]);
  expect(heard.map((message) => message.data)).toStrictEqual([SIGNAL, SIGNAL, SIGNAL, SIGNAL]);
  // And the second tab, which changed nothing, told no one.
  expect((await messages(second)).filter((message) => message.direction === 'posted')).toEqual([]);
  const everything = JSON.stringify([...(await messages(first)), ...(await messages(second))]);
  expect(everything).not.toMatch(/\d/);
  expect(everything).not.toMatch(/pm_|cus_|cust-|4242|Family/);
});

test('two tabs delete the same card: it is gone in both, and the second shows no error', async ({ context }) => {
  const first = await openAccount(context, 'stripe');
  const second = await openAccount(context, 'stripe');
  const [, target] = (await names(first)) as [string, string];

  // Both shoppers' tabs ask; the second confirms only after the first's delete is done.
  await second.getByRole('button', { name: `Delete ${target}` }).click();
  await expect(second.getByRole('alertdialog')).toBeVisible();
  await deleteCard(first, target);
  await expect(first.getByRole('button', { name: `Delete ${target}` })).toHaveCount(0);
  // Behind the second tab's open dialog, its list has already dropped the card.
  await expect(second.locator(`[aria-label="Actions for ${target}"]`)).toHaveCount(0);
  await second.getByRole('alertdialog').getByRole('button', { name: 'Delete card' }).click();

  await expect(second.getByRole('alertdialog')).toHaveCount(0);
  for (const page of [first, second]) {
    await expect(page.getByRole('button', { name: `Delete ${target}` })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await expect(second.getByRole('status').filter({ hasText: `${target} was removed` })).toBeAttached();
});
