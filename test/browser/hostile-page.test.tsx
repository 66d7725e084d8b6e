/// <reference types="vite/client" />
// The kit in a page whose stylesheet fights it: the stock Vite template's #root (a centred flex column), a heading
// colour for h1–h6, buttons stripped with `all: unset`, content-box sizing everywhere, and a 20px serif RTL body.
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { createSavedCardsClient, ManageSavedCards, SavedCards, SavedCardsProvider } from '../../src/index';

const HOSTILE = `
  :root { color-scheme: light; color: #6b6375; background: #fff; }
  body { margin: 0; font: 20px serif; direction: rtl; }
  #root {
    width: 1126px; max-width: 100%; margin: 0 auto; padding: 2rem; text-align: center;
    display: flex; flex-direction: column; place-items: center; place-content: center; gap: 25px;
  }
  h1, h2, h3, h4, h5, h6 { color: rgb(8, 6, 13); }
  button { all: unset; }
  * { box-sizing: content-box; }
`;

const cards = [
  { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
  { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036, nickname: 'Work card' },
  { token: 'tok_old', brand: 'amex', last4: '1009', expiryMonth: 2, expiryYear: 2024 },
];

let style: HTMLStyleElement;
beforeEach(async () => {
  style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  await page.viewport(1280, 1000);
});
afterEach(async () => {
  style.remove();
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await page.viewport(414, 896);
});

function renderHostile(theme?: 'light' | 'dark') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({
    endpoint: '/api/saved-cards',
    now: () => new Date(2026, 5, 15),
    fetch: async () => Response.json({ cards, capabilities: { delete: true, setDefault: true, rename: true } }),
  });
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  const view = render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      <SavedCards allowDelete alwaysShowDelete theme={theme} heading="Pay with" />
      <ManageSavedCards theme={theme} heading="Your cards" />
    </SavedCardsProvider>,
    { container: root },
  );
  return { ...view, root };
}

async function loaded() {
  await screen.findByRole('radio', { name: /Visa ending in 4242/ });
  await screen.findByRole('button', { name: 'Rename Mastercard ending in 4444' });
}

const kitRoots = () => [...document.querySelectorAll<HTMLElement>('[data-sc-root]')];

test('each list takes the width of #root, not the width of its content', async () => {
  const { root } = renderHostile();
  await loaded();
  const style = getComputedStyle(root);
  const content = root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  expect(content).toBeGreaterThan(1000);
  for (const kit of kitRoots()) {
    const list = kit.querySelector<HTMLElement>('[data-sc-part="list"]')!;
    expect(Math.round(list.getBoundingClientRect().width), kit.getAttribute('aria-labelledby')!).toBe(content);
  }
});

test('no text in the kit is centred by the page; it reads from the start of its own direction', async () => {
  renderHostile();
  await loaded();
  for (const kit of kitRoots()) {
    expect(getComputedStyle(kit).textAlign).toBe('start');
    expect(kit).toHaveAttribute('dir', 'ltr');
    const centred = [...kit.querySelectorAll<HTMLElement>('*')]
      .filter((element) => !element.closest('button'))
      .filter((element) => /center/.test(getComputedStyle(element).textAlign))
      .map((element) => element.dataset.scPart ?? element.tagName);
    expect(centred).toEqual([]);
  }
});

describe.each(['light', 'dark'] as const)('theme="%s" on a page that colours its headings', (theme) => {
  test('the headings take the kit colour on the kit background, and axe finds no contrast failure', async () => {
    renderHostile(theme);
    await loaded();
    for (const kit of kitRoots()) {
      const heading = kit.querySelector<HTMLElement>('[data-sc-part="heading"]')!;
      expect(getComputedStyle(heading).color).toBe(getComputedStyle(kit).color);
    }
    const results = await axe.run(document.body, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    expect(
      results.violations.flatMap((violation) => violation.nodes.map((node) => `${node.target.join(' ')}`)),
    ).toEqual([]);
  });
});

test('under a coarse pointer every button and card is a 44 by 44 px target, though the page unsets buttons', async () => {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  expect(matchMedia('(pointer: coarse)').matches).toBe(true);
  renderHostile();
  await loaded();
  const small = kitRoots()
    .flatMap((kit) => [...kit.querySelectorAll<HTMLElement>('button, [role="radio"]')])
    // A control laid out for another width (the account page's menu button in a wide container) is not shown at all.
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({
      name: element.getAttribute('aria-label') ?? element.textContent,
      box: element.getBoundingClientRect(),
    }))
    .filter(({ box }) => box.width < 44 || box.height < 44)
    .map(({ name, box }) => `${name}: ${box.width}x${box.height}`);
  expect(small).toEqual([]);
});

test("the delete dialog stays centred and whole under a reset of every element's margin and padding (Tailwind's preflight)", async () => {
  const reset = document.createElement('style');
  reset.textContent = '*, ::after, ::before, ::backdrop { margin: 0; padding: 0; }';
  document.head.append(reset);
  onTestFinished(() => reset.remove());
  renderHostile();
  await loaded();
  await userEvent.click(screen.getAllByRole('button', { name: 'Delete American Express ending in 1009' })[0]!);
  const dialog = screen.getByRole('alertdialog');
  const box = dialog.getBoundingClientRect();
  expect(Math.abs(box.left + box.right - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
  expect(Math.abs(box.top + box.bottom - innerHeight)).toBeLessThanOrEqual(1);
  expect(getComputedStyle(dialog).paddingInlineStart).toBe('24px');
});
