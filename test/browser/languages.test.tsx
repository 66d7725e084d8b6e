/// <reference types="vite/client" />
// Every built-in language in real Chromium: the drop-in and the manage view, on a 375px phone and a 1280px
// desktop, with no horizontal scroll, nothing spilling out of its box, zero axe violations, and (Hindi,
// Chinese) lines that break only where the language allows.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import type { SavedCardsJsonCard } from '../../src/adapters/json';
import { ar } from '../../src/i18n/ar';
import { de } from '../../src/i18n/de';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { hi } from '../../src/i18n/hi';
import { id } from '../../src/i18n/id';
import { it as italian } from '../../src/i18n/it';
import { nl } from '../../src/i18n/nl';
import { pt } from '../../src/i18n/pt';
import { tr } from '../../src/i18n/tr';
import { zh } from '../../src/i18n/zh';
import {
  createSavedCardsClient,
  en,
  jsonAdapter,
  ManageSavedCards,
  SavedCards,
  SavedCardsProvider,
  type SavedCardsLocale,
  type SavedCardsMessages,
} from '../../src/index';

const LANGUAGES: [SavedCardsLocale, SavedCardsMessages][] = [
  ['en', en],
  ['ar', ar],
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['pt', pt],
  ['it', italian],
  ['nl', nl],
  ['tr', tr],
  ['hi', hi],
  ['id', id],
  ['zh', zh],
];

// Every text a row can show: default, expiring, expired, co-badged, a holder, a nickname, the CVV hint and a blocked delete.
const CARDS: SavedCardsJsonCard[] = [
  {
    token: 'tok_visa',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 8,
    expiryYear: 2030,
    isPreferred: true,
    holderName: 'Aiko Tanaka',
    cvvRequired: true,
  },
  { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 7, expiryYear: 2026, expiresSoon: true },
  { token: 'tok_amex', brand: 'amex', last4: '1258', expiryMonth: 11, expiryYear: 2031 },
  { token: 'tok_mada', brand: 'mada', networks: ['mada', 'visa'], last4: '7713', expiryMonth: 12, expiryYear: 2030 },
  {
    token: 'tok_cb',
    brand: 'cartes_bancaires',
    networks: ['cartes_bancaires', 'mastercard'],
    last4: '3333',
    expiryMonth: 9,
    expiryYear: 2029,
    nickname: 'Travel',
  },
  {
    token: 'tok_up',
    brand: 'unionpay',
    last4: '0005',
    expiryMonth: 2,
    expiryYear: 2024,
    deleteBlocked: { code: 'agreement' },
  },
] as SavedCardsJsonCard[];

function renderWith(ui: ReactNode) {
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: jsonAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async () => Response.json({ cards: CARDS, capabilities: { delete: true, setDefault: true, rename: true } }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

async function violations(container: Element) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** The visually hidden live region is clipped on purpose; everything else must fit. */
const shown = (root: Element) =>
  [root, ...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => !element.closest('[data-sc-part="live"]') && element.getClientRects().length > 0,
  ) as HTMLElement[];

/** Elements that reach past the viewport's sides, or whose content spills out of their own box (text cut or overflowing). */
function spills(root: Element): string[] {
  const width = document.documentElement.clientWidth;
  return shown(root).flatMap((element) => {
    const box = element.getBoundingClientRect();
    const name = `${element.dataset.scPart ?? element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`;
    const problems: string[] = [];
    if (box.right > width + 0.5 || box.left < -0.5) problems.push(`${name} spans ${box.left}-${box.right} of ${width}`);
    if (getComputedStyle(element).display !== 'inline' && element.scrollWidth > element.clientWidth + 1)
      problems.push(`${name} holds ${element.scrollWidth}px in ${element.clientWidth}px`);
    return problems;
  });
}

/** Where the browser broke a line inside a word: between two letters that are neither spaced nor Han. */
function brokenWords(root: Element): string[] {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const free = /[\s\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef/]/u;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[data-sc-part="live"]')) continue;
    const text = node.textContent ?? '';
    let previous: { top: number; height: number; segment: string } | undefined;
    // A space the line ends on may have no box of its own; it still makes the break a space.
    let skipped = '';
    for (const { segment, index } of graphemes.segment(text)) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + segment.length);
      const box = range.getBoundingClientRect();
      if (box.height === 0) {
        skipped += segment;
        continue;
      }
      if (previous && box.top > previous.top + previous.height / 2) {
        const lastOfLine = [...(previous.segment + skipped)].at(-1) as string;
        const firstOfNext = [...segment][0] as string;
        if (!free.test(lastOfLine) && !free.test(firstOfNext))
          found.push(`"${text}" broken between "${previous.segment}" and "${segment}"`);
      }
      previous = { top: box.top, height: box.height, segment };
      skipped = '';
    }
  }
  return found;
}

async function checkPage(root: HTMLElement, locale: SavedCardsLocale) {
  expect(root).toHaveAttribute('lang', locale);
  expect(root).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
  expect(spills(root).join('\n')).toBe('');
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  if (locale === 'hi' || locale === 'zh') expect(brokenWords(root)).toEqual([]);
  expect(await violations(root)).toEqual([]);
}

afterEach(async () => {
  await page.viewport(414, 896);
});

describe.each(LANGUAGES)('%s', (locale, messages) => {
  test.each([375, 1280])('the drop-in at %ipx: every state and the delete dialog fit, axe is clean', async (width) => {
    await page.viewport(width, 900);
    const { container } = renderWith(<SavedCards allowDelete alwaysShowDelete messages={messages} />);
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(CARDS.length));
    const root = container.querySelector('[data-sc-root]') as HTMLElement;
    // The words of the language are on the page, not English ones.
    expect(within(root).getByRole('heading', { name: messages.heading })).toBeVisible();
    expect(within(root).getByText(messages.badgePreferred)).toBeVisible();
    expect(within(root).getByText(messages.badgeExpiringSoon)).toBeVisible();
    expect(within(root).getByText(messages.badgeExpired)).toBeVisible();
    // The chosen card's CVV hint, and why the UnionPay card cannot be deleted.
    expect(within(root).getByText(messages.cvvHint)).toBeVisible();
    expect(within(root).getByText(messages.deleteBlockedAgreement)).toBeVisible();
    await checkPage(root, locale);

    const remove = within(root).getAllByRole('button', { name: new RegExp(messages.deleteButton, 'iu') })[0]!;
    await userEvent.click(remove);
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('button', { name: messages.dialogConfirm })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: messages.dialogCancel })).toHaveFocus();
    await checkPage(root, locale);
  });

  test.each([375, 1280])('the manage view at %ipx: actions and the name field fit, axe is clean', async (width) => {
    await page.viewport(width, 900);
    const { container } = renderWith(<ManageSavedCards messages={messages} />);
    await screen.findByRole('list', { name: messages.heading });
    const root = container.querySelector('[data-sc-root]') as HTMLElement;
    // Under 480 px (issue 20) each card's actions are in its menu: open the second card's.
    const role = width < 480 ? 'menuitem' : 'button';
    if (width < 480) await userEvent.click(root.querySelectorAll<HTMLElement>('[data-sc-part="menu-button"]')[1]!);
    expect(within(root).getAllByRole(role, { name: new RegExp(`^${messages.makeDefaultButton}`, 'u') })).not.toEqual(
      [],
    );
    await checkPage(root, locale);

    await userEvent.click(
      within(root)
        .getAllByRole(role, { name: new RegExp(`^${messages.renameButton}`, 'u') })
        .at(-1)!,
    );
    expect(within(root).getByRole('textbox', { name: messages.renameField })).toHaveFocus();
    expect(within(root).getByRole('button', { name: messages.renameSave })).toBeVisible();
    await checkPage(root, locale);
  });
});
