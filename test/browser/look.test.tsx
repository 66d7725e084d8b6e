/// <reference types="vite/client" />
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { never, renderCards } from './ottu-kit';
import { ar } from '../../src/i18n/ar';
import ottuCards from '../fixtures/ottu-user-cards.json';
import {
  BrandMark,
  CARD_BRANDS,
  createSavedCardsClient,
  jsonAdapter,
  SavedCards,
  SavedCardsProvider,
} from '../../src/index';

function rows(container: Element) {
  return [...container.querySelectorAll<HTMLElement>('[data-sc-part="row"]')];
}

describe('states that look different', () => {
  test('a card being deleted shows "Deleting…", is busy and looks unlike an expired card', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />, undefined, never);
    await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
    const deleting = container.querySelector<HTMLElement>('[data-sc-part="row"][data-state="deleting"]')!;
    const expired = container.querySelector<HTMLElement>('[data-sc-part="row"][data-state="expired"]')!;
    const card = deleting.querySelector('[data-sc-part="card"]')!;
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(deleting).getByText('Deleting…')).toBeVisible();
    expect(getComputedStyle(deleting).borderStyle).not.toBe(getComputedStyle(expired).borderStyle);
    const radio = (element: Element) => getComputedStyle(element, '::before');
    expect(radio(card).borderStyle).not.toBe(radio(expired.querySelector('[data-sc-part="card"]')!).borderStyle);
    expect(radio(card).animationName).not.toBe('none');
  });

  test('skeleton rows are as tall as the rows that replace them: no layout shift (CLS < 0.1) when the cards arrive', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift', buffered: false });
    const { container } = renderCards(
      <div style={{ inlineSize: 600 }}>
        <SavedCards />
        <p>Below the cards</p>
      </div>,
      async () => {
        await arrived;
        return Response.json(ottuCards.slice(1));
      },
    );
    const skeletons = [...container.querySelectorAll<HTMLElement>('[data-sc-part="skeleton"]')];
    expect(skeletons).toHaveLength(3);
    const skeletonHeights = skeletons.map((skeleton) => skeleton.getBoundingClientRect().height);
    const below = screen.getByText('Below the cards').getBoundingClientRect().top;
    arrive();
    await screen.findByRole('radio', { name: /American Express ending in 1009/ });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    observer.disconnect();
    const rowHeights = rows(container).map((row) => row.getBoundingClientRect().height);
    for (const height of rowHeights) expect(Math.abs(height - skeletonHeights[0]!)).toBeLessThanOrEqual(2);
    expect(Math.abs(screen.getByText('Below the cards').getBoundingClientRect().top - below)).toBeLessThanOrEqual(6);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
  });
});

test('the CVV hint shows on the chosen card only; the others keep it as their description', async () => {
  renderCards(<SavedCards />);
  const visa = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
  const amex = screen.getByRole('radio', { name: /American Express ending in 1009/ });
  const hint = (radio: HTMLElement) => radio.querySelector<HTMLElement>('[data-sc-part="cvv-hint"]')!;
  expect(hint(visa)).toBeVisible();
  expect(hint(amex)).not.toBeVisible();
  expect(amex).toHaveAccessibleDescription(/security code \(CVV\)/);
  await userEvent.click(amex);
  expect(hint(amex)).toBeVisible();
  expect(hint(visa)).not.toBeVisible();
  expect(visa).toHaveAccessibleDescription(/security code \(CVV\)/);
});

describe.each(['en', 'ar'] as const)('a row that fits its container (%s)', (locale) => {
  test.each([320, 375, 768, 1280])(
    'at %i px: a name column of 160 px or more, no word broken, nothing overflowing',
    async (width) => {
      const { container } = renderCards(
        <div style={{ inlineSize: width }}>
          <SavedCards allowDelete alwaysShowDelete messages={locale === 'ar' ? ar : undefined} />
        </div>,
      );
      await screen.findAllByRole('radio');
      const root = container.querySelector<HTMLElement>('[data-sc-root]')!;
      const box = root.getBoundingClientRect();
      expect(box.width).toBe(width);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      for (const element of root.querySelectorAll<HTMLElement>('[data-sc-part]:not([data-sc-part="live"])')) {
        const rect = element.getBoundingClientRect();
        expect(rect.left, element.dataset.scPart).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(rect.right, element.dataset.scPart).toBeLessThanOrEqual(box.right + 0.5);
      }
      for (const details of root.querySelectorAll('[data-sc-part="details"]'))
        expect(details.getBoundingClientRect().width).toBeGreaterThanOrEqual(160);
      for (const word of root.querySelectorAll('[data-sc-part="brand-name"], [data-sc-part="number"]')) {
        expect(word.getClientRects(), word.textContent!).toHaveLength(1);
      }
      for (const row of rows(root)) {
        const card = row.querySelector('[data-sc-part="card"]')!.getBoundingClientRect();
        const remove = row.querySelector('[data-sc-part="delete"]')!.getBoundingClientRect();
        // Narrow: Delete on a line of its own under the card's text; wide: beside it.
        if (width < 480) expect(remove.top).toBeGreaterThanOrEqual(card.bottom - 0.5);
        else expect(remove.top).toBeLessThan(card.bottom);
      }
    },
  );
});

describe('touch targets', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  });

  async function targets(minimum: number) {
    const sizes: string[] = [];
    const measure = (element: Element) => {
      const { width, height } = element.getBoundingClientRect();
      if (width < minimum || height < minimum)
        sizes.push(`${element.getAttribute('aria-label') ?? element.textContent}: ${width}x${height}`);
    };
    const { container } = renderCards(
      <SavedCards allowDelete alwaysShowDelete />,
      () => Response.json(ottuCards),
      () => Response.json({ detail: 'down' }, { status: 502 }),
    );
    await screen.findAllByRole('radio');
    container.querySelectorAll('button, [role="radio"]').forEach(measure);
    await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
    within(screen.getByRole('alertdialog')).getAllByRole('button').forEach(measure);
    return sizes;
  }

  test('every control is at least 24 by 24 px', async () => {
    expect(await targets(24)).toEqual([]);
  });

  test('under a coarse pointer Delete, the dialog buttons and each radio are at least 44 by 44 px', async () => {
    // A touch screen, as Playwright's `hasTouch` emulates it: Chromium then matches (pointer: coarse).
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(matchMedia('(pointer: coarse)').matches).toBe(true);
    expect(await targets(44)).toEqual([]);
  });

  test('under a coarse pointer Try again is at least 44 by 44 px', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    renderCards(<SavedCards />, () => Response.json({ detail: 'no' }, { status: 401 }));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    const { width, height } = retry.getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
  });
});

describe('brand marks', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  test.each(['light', 'dark'] as const)(
    'each brand draws its own inline SVG mark, edged, on a %s page',
    async (scheme) => {
      const { container } = render(
        <div data-sc-root="" style={{ colorScheme: scheme, background: scheme === 'dark' ? '#0d1117' : '#fff' }}>
          {CARD_BRANDS.map((brand) => (
            <BrandMark key={brand} brand={brand} />
          ))}
        </div>,
      );
      for (const mark of container.querySelectorAll('svg[data-sc-part="brand"]')) {
        const { width, height } = mark.getBoundingClientRect();
        expect([width, height]).toEqual([40, 26]);
        // The grey edge keeps a white mark visible on white and a black one on black.
        expect(getComputedStyle(mark.querySelector('rect')!).stroke).not.toBe('none');
      }
    },
  );

  test('forced colours keep the brand colours, inside a system-coloured edge', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    renderCards(<SavedCards />);
    const visa = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    const mark = visa.querySelector('svg[data-sc-part="brand"]')!;
    const style = getComputedStyle(mark);
    expect(style.outlineStyle).toBe('solid');
    expect(style.forcedColorAdjust).toBe('none');
    expect(getComputedStyle(mark.querySelector('text')!).fill).toBe('rgb(26, 31, 113)');
  });

  test("renderBrandMark puts the merchant's own mark in place of the kit's", async () => {
    renderCards(<SavedCards renderBrandMark={(card) => <span aria-hidden data-testid={`own-${card.brand}`} />} />);
    const visa = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
    expect(within(visa).getByTestId('own-visa')).toBeInTheDocument();
    expect(visa.querySelector('svg[data-sc-part="brand"]')).toBeNull();
  });
});

test('a co-badged card shows both marks and says both networks: "mada / Visa ending in 7713"', async () => {
  const { container } = render(
    <div style={{ inlineSize: 320 }}>
      <SavedCardsProvider
        client={createSavedCardsClient({
          endpoint: '/api/cards',
          adapter: jsonAdapter(),
          now: () => new Date(2026, 5, 15),
          fetch: async () =>
            Response.json({
              cards: [
                {
                  token: 'tok_1',
                  brand: 'mada',
                  last4: '7713',
                  expiryMonth: 12,
                  expiryYear: 2030,
                  networks: ['mada', 'visa'],
                },
              ],
            }),
        })}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <SavedCards allowDelete alwaysShowDelete />
      </SavedCardsProvider>
    </div>,
  );
  const card = await screen.findByRole('radio', { name: 'mada / Visa ending in 7713, expires 12/30' });
  expect(
    [...card.querySelectorAll('svg[data-sc-part="brand"]')].map((mark) => mark.getAttribute('data-brand')),
  ).toEqual(['mada', 'visa']);
  expect(screen.getByRole('button', { name: 'Delete mada / Visa ending in 7713' })).toBeVisible();
  expect(within(card).getByText('mada / Visa')).toBeVisible();
  expect(container.querySelector('[data-sc-part="details"]')!.getBoundingClientRect().width).toBeGreaterThanOrEqual(
    160,
  );
});

test("the delete dialog covers the viewport, whatever contains the rows: a merchant's clipping, stacking or transform", async () => {
  renderCards(
    <div style={{ inlineSize: 320, overflow: 'hidden', transform: 'translateX(0)', position: 'relative', zIndex: 0 }}>
      <SavedCards allowDelete alwaysShowDelete />
    </div>,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Delete American Express ending in 1009' }));
  // The merchant's own fixed layer, as high as z-index goes, mounted while the dialog is open.
  const cover = document.createElement('div');
  cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647';
  document.body.append(cover);
  onTestFinished(() => cover.remove());
  const dialog = screen.getByRole('alertdialog');
  // In the top layer: its backdrop spans the viewport over all of the page, and the dialog, wider than the box
  // around the rows, is centred on the viewport, not clipped by that box.
  expect(dialog.matches(':modal')).toBe(true);
  const backdrop = getComputedStyle(dialog, '::backdrop');
  expect([backdrop.position, backdrop.inset, backdrop.backgroundColor]).toEqual(['fixed', '0px', 'rgba(0, 0, 0, 0.5)']);
  const width = document.documentElement.clientWidth;
  for (const [x, y] of [
    [1, 1],
    [width - 1, innerHeight - 1],
  ] as const)
    expect(document.elementFromPoint(x, y)).toBe(dialog);
  const box = dialog.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(320);
  expect(dialog).toContainElement(document.elementFromPoint(box.right - 8, box.bottom - 8) as HTMLElement);
  expect(Math.abs(box.left + box.right - width)).toBeLessThanOrEqual(1);
  expect(Math.abs(box.top + box.bottom - innerHeight)).toBeLessThanOrEqual(1);
});

// The chosen card's look (its border and its background) belongs to one row only: the preferred card, when another
// is chosen, must not wear it too, in any theme or in forced colours (Windows High Contrast).
describe.each([
  { name: 'a light page', theme: undefined, scheme: 'light', forced: false },
  { name: 'a dark page', theme: undefined, scheme: 'dark', forced: false },
  { name: 'theme="light"', theme: 'light', scheme: 'dark', forced: false },
  { name: 'theme="dark"', theme: 'dark', scheme: 'light', forced: false },
  { name: 'theme="system" on a dark OS', theme: 'system', scheme: 'light', forced: false },
  { name: 'forced colours', theme: undefined, scheme: 'light', forced: true },
  { name: 'forced colours, theme="dark"', theme: 'dark', scheme: 'light', forced: true },
] as const)('the chosen look, on $name', ({ theme, scheme, forced }) => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  test('exactly one row carries it, though another card is preferred', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-color-scheme', value: theme === 'system' ? 'dark' : 'light' },
        { name: 'forced-colors', value: forced ? 'active' : 'none' },
      ],
    });
    const { container } = renderCards(
      <div style={{ colorScheme: scheme }}>
        <SavedCards allowDelete alwaysShowDelete theme={theme} />
      </div>,
    );
    await userEvent.click(await screen.findByRole('radio', { name: /American Express ending in 1009/ }));
    expect(screen.getByRole('radio', { name: /Visa ending in 0026, .*preferred/ })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    const look = (row: Element) => {
      const style = getComputedStyle(row);
      return { border: `${style.borderTopStyle} ${style.borderTopColor}`, background: style.backgroundColor };
    };
    const chosenRow = container.querySelector('[role="radio"][aria-checked="true"]')!.closest('[data-sc-part="row"]')!;
    const chosen = look(chosenRow);
    const wearing = rows(container).filter((row) => {
      const { border, background } = look(row);
      return border === chosen.border || background === chosen.background;
    });
    expect(wearing.map((row) => row.querySelector('[role="radio"]')!.getAttribute('aria-label'))).toEqual([
      chosenRow.querySelector('[role="radio"]')!.getAttribute('aria-label'),
    ]);
  });
});

describe("the payment step's own parts", () => {
  const below = (upper: Element, lower: Element) =>
    lower.getBoundingClientRect().top >= upper.getBoundingClientRect().bottom - 1;

  test('an option is drawn as a card row, with the same radio mark and chosen look; its panel and the CVC place sit under their radio in lines of their own', async () => {
    const { container } = renderCards(
      <SavedCards
        requireCvc
        renderCvc={(_card, field) => <input aria-labelledby={field.labelId} aria-describedby={field.descriptionId} />}
        options={[{ value: 'new', label: 'New card', description: 'Saved for next time', panel: <p>The card form</p> }]}
      />,
    );
    const option = await screen.findByRole('radio', { name: 'New card' });
    const firstCard = await screen.findByRole('radio', { name: /American Express ending in 1009/ });
    await userEvent.click(firstCard);
    const row = firstCard.closest('[data-sc-part="row"]')!;
    const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
    expect(style(option).borderTopWidth).toBe(style(row).borderTopWidth);
    expect(style(option).borderTopStyle).toBe('solid');
    expect(style(option).borderRadius).toBe(style(row).borderRadius);
    for (const property of ['content', 'width', 'height', 'borderTopStyle', 'borderRadius'] as const)
      expect(style(option, '::before')[property]).toBe(style(firstCard, '::before')[property]);

    // The chosen card's CVC place: its label, then its description, under the chosen card.
    const cvc = screen.getByRole('group', { name: /^Security code for/ });
    const cvcLabel = cvc.querySelector('[data-sc-part="cvc-label"]')!;
    const cvcDescription = cvc.querySelector('[data-sc-part="cvc-description"]')!;
    expect(below(row, cvc)).toBe(true);
    expect(below(cvcLabel, cvcDescription)).toBe(true);

    const chosenRow = { border: style(row).borderTopColor, background: style(row).backgroundColor };
    await userEvent.click(option);
    expect(option).toHaveAttribute('aria-checked', 'true');
    expect(style(option).borderTopColor).toBe(chosenRow.border);
    expect(style(option).backgroundColor).toBe(chosenRow.background);
    expect(style(option, '::before').boxShadow).not.toBe('none');
    expect(
      below(
        option.querySelector('[data-sc-part="option-label"]')!,
        option.querySelector('[data-sc-part="option-description"]')!,
      ),
    ).toBe(true);
    const panel = screen.getByRole('group', { name: 'New card' });
    expect(below(option, panel)).toBe(true);
    expect(container.querySelector('[data-sc-part="cvc"]')).toBeNull();
  });

  test('while the cards load, an option follows the skeleton a row gap apart, as it follows the cards', async () => {
    const { container } = renderCards(<SavedCards options={[{ value: 'new', label: 'New card' }]} />, never);
    const option = await screen.findByRole('radio', { name: 'New card' });
    const skeletons = container.querySelectorAll('[data-sc-part="skeleton"]');
    const last = skeletons[skeletons.length - 1]!;
    expect(option.getBoundingClientRect().top - last.getBoundingClientRect().bottom).toBeCloseTo(8, 0);
  });
});
