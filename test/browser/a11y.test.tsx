/// <reference types="vite/client" />
import { ar } from '../../src/i18n/ar';
// Accessibility in the real browser beyond axe: forced colours, reflow at 320px and 400% zoom, target
// sizes, what the accessibility tree exposes, ids across roots, language of parts, contrast of every
// state, reduced motion, and renderCard content. Each test names the promise or WCAG criterion it checks.
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { never, ottuClient, renderCards, violations } from './ottu-kit';
import ottuCards from '../fixtures/ottu-user-cards.json';
import { SavedCards, SavedCardsProvider, useDeleteCard } from '../../src/index';

async function media(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(async () => {
  await media([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'forced-colors', value: 'none' },
    { name: 'prefers-reduced-motion', value: 'no-preference' },
  ]);
  await page.viewport(414, 896);
});

// ---------------------------------------------------------------------------------------------
// Forced colors (Windows High Contrast): can the shopper still see which card is chosen?
// ---------------------------------------------------------------------------------------------
test('forced colors: the chosen card looks different from the others (WCAG 1.4.1 / 1.4.11)', async () => {
  await media([{ name: 'forced-colors', value: 'active' }]);
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  renderCards(<SavedCards allowDelete alwaysShowDelete />);
  const checked = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
  const unchecked = screen.getByRole('radio', { name: /American Express ending in 1009/ });
  expect(checked).toHaveAttribute('aria-checked', 'true');
  const look = (element: Element) => {
    const dot = getComputedStyle(element, '::before');
    const row = getComputedStyle(element.parentElement as Element);
    return {
      dotShadow: dot.boxShadow,
      dotBorder: `${dot.borderTopStyle} ${dot.borderTopColor} ${dot.borderTopWidth}`,
      dotBackground: `${dot.backgroundColor} ${dot.backgroundImage}`,
      rowBorder: `${row.borderTopStyle} ${row.borderTopColor} ${row.borderTopWidth}`,
      rowBackground: row.backgroundColor,
    };
  };
  // In forced colours every background is Canvas (or transparent over Canvas) and every border CanvasText:
  // compare what the shopper can actually see, with colours normalised to what they paint as.
  const transparent = (color: string) => /^rgba\(.*,\s*0\)$/.test(color) || color === 'transparent';
  const canvas = 'rgb(255, 255, 255)';
  const seen = (element: Element) => {
    const { rowBackground, ...rest } = look(element);
    return { ...rest, rowBackground: transparent(rowBackground) ? canvas : rowBackground };
  };
  expect(seen(checked)).not.toEqual(seen(unchecked));
});

// ---------------------------------------------------------------------------------------------
// Reflow (WCAG 1.4.10): 320 CSS px wide; the dialog at 400% zoom of 1280x1024 is 320x256.
// ---------------------------------------------------------------------------------------------
test('reflow: at 320px wide the rows do not scroll horizontally', async () => {
  await page.viewport(320, 640);
  const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
  await screen.findAllByRole('radio');
  const root = container.querySelector('[data-sc-root]') as HTMLElement;
  const overflowing = [...root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => !element.closest('[data-sc-part="live"]'))
    .filter(
      (element) =>
        element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 ||
        element.getBoundingClientRect().left < -0.5,
    )
    .map(
      (element) =>
        `${element.dataset.scPart ?? element.tagName}: ${element.getBoundingClientRect().left}-${element.getBoundingClientRect().right}`,
    );
  expect(overflowing).toEqual([]);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
});

test('reflow: the delete dialog at 320x256 (400% zoom) can be read and operated whole', async () => {
  await page.viewport(320, 256);
  renderCards(<SavedCards allowDelete alwaysShowDelete />);
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
  const dialog = screen.getByRole('alertdialog');
  const box = dialog.getBoundingClientRect();
  // Taller than the screen here: the dialog stays inside the viewport and scrolls, so all of it can be reached.
  expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
  expect(getComputedStyle(dialog).overflowY).toBe('auto');
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(innerHeight);
  // The title is not cut off above the top edge, and scrolling the dialog brings each button into view.
  expect(within(dialog).getByRole('heading').getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
  for (const button of within(dialog).getAllByRole('button')) {
    button.scrollIntoView({ block: 'nearest' });
    const { top, bottom } = button.getBoundingClientRect();
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(innerHeight + 1);
  }
});

test('reflow: the Arabic delete dialog at 320x256 (400% zoom) fits or scrolls', async () => {
  await page.viewport(320, 256);
  renderCards(<SavedCards allowDelete alwaysShowDelete messages={ar} />);
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getAllByRole('button', { name: /^حذف/ })[0]!);
  const dialog = screen.getByRole('alertdialog');
  const box = dialog.getBoundingClientRect();
  expect({ top: box.top, bottom: box.bottom, viewport: innerHeight }).toMatchObject({ top: expect.any(Number) });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(innerHeight);
});

// ---------------------------------------------------------------------------------------------
// Target size (WCAG 2.5.8): 24x24 CSS px at phone width.
// ---------------------------------------------------------------------------------------------
test('target size: delete, radio, dialog and retry buttons are at least 24x24 at 320px', async () => {
  await page.viewport(320, 640);
  renderCards(<SavedCards allowDelete alwaysShowDelete />);
  const radios = await screen.findAllByRole('radio');
  const small = [...radios, ...screen.getAllByRole('button')]
    .map((element) => ({
      name: element.getAttribute('aria-label') ?? element.textContent,
      box: element.getBoundingClientRect(),
    }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ name, box }) => `${name}: ${box.width}x${box.height}`);
  expect(small).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Live announcements while the modal dialog is open.
// ---------------------------------------------------------------------------------------------
// A native modal dialog (showModal) takes everything outside it out of the accessibility tree, live regions too
// (the platform's rule; the hand-made `inert` before it left them out). While the request runs, the dialog's own live
// region says "Deleting…" (and it is the focused Confirm's name); once it closes, the section's is back for the outcome.
test('"Deleting…" is said by the modal dialog\'s own live region; the section\'s is back for the outcome', async () => {
  let answer = (_response: Response) => {};
  const { container } = renderCards(
    <SavedCards allowDelete alwaysShowDelete />,
    undefined,
    () => new Promise<Response>((resolve) => (answer = resolve)),
  );
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  await userEvent.keyboard('{Tab}{Enter}');
  const live = container.querySelector(':scope > section > [data-sc-part="live"]') as HTMLElement;
  await waitFor(() =>
    expect(within(screen.getByRole('alertdialog')).getByRole('status')).toHaveTextContent('Deleting…'),
  );
  const session = cdp();
  await session.send('Accessibility.enable');
  // The test page is an iframe of vitest's runner: read its tree, not the runner's.
  const frames = (await session.send('Page.getFrameTree')) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frameId = frames.frameTree.childFrames?.find((child) => child.frame.url === location.href)?.frame.id;
  expect(frameId).toBeDefined();
  type Tree = {
    nodes: {
      nodeId: string;
      childIds?: string[];
      ignored: boolean;
      ignoredReasons?: { name: string }[];
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const read = async () => {
    const tree = (await session.send('Accessibility.getFullAXTree', { frameId })) as Tree;
    const property = (node: Tree['nodes'][number], name: string) =>
      node.properties?.find((candidate) => candidate.name === name)?.value.value;
    return {
      // The text of each live region a screen reader can hear.
      liveRegionsExposed: tree.nodes
        .filter((node) => !node.ignored && property(node, 'live') !== undefined && node.role?.value === 'status')
        .map((node) => textOf(tree, node.nodeId)),
      ignoredByModal: tree.nodes.some((node) =>
        node.ignoredReasons?.some((reason) => reason.name === 'activeModalDialog'),
      ),
      focused: tree.nodes
        .filter((node) => property(node, 'focused') === true && node.role?.value !== 'RootWebArea')
        .map((node) => ({ role: node.role?.value, name: node.name?.value })),
    };
  };
  expect(await read()).toEqual({
    liveRegionsExposed: ['Deleting…'],
    ignoredByModal: true,
    focused: [{ role: 'button', name: 'Deleting…' }],
  });

  answer(new Response(null, { status: 204 }));
  await waitFor(() => expect(live).toHaveTextContent('Visa ending in 0026 was removed'));
  await waitFor(async () => expect((await read()).ignoredByModal).toBe(false));
  expect((await read()).liveRegionsExposed).toEqual(['Visa ending in 0026 was removed']);
});

/** The text under an accessibility node: its static text's names, in order. */
function textOf(
  tree: { nodes: { nodeId: string; childIds?: string[]; role?: { value: string }; name?: { value: string } }[] },
  id: string,
): string {
  const node = tree.nodes.find((candidate) => candidate.nodeId === id);
  if (!node) return '';
  if (node.role?.value === 'StaticText') return node.name?.value ?? '';
  return (node.childIds ?? []).map((child) => textOf(tree, child)).join('');
}

test('a failed delete: its alert is never inert, even for a moment (it would not be announced)', async () => {
  const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />, undefined, () =>
    Response.json({ detail: 'nope' }, { status: 500 }),
  );
  await screen.findAllByRole('radio');
  const section = container.querySelector('section') as HTMLElement;
  // A modal dialog makes all outside it inert: when the alert comes, no dialog may still be modal.
  const alertsBehindModal: boolean[] = [];
  const watcher = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) {
        if (added instanceof Element && (added.matches('[role="alert"]') || added.querySelector('[role="alert"]')))
          alertsBehindModal.push(document.querySelector('dialog:modal') !== null);
      }
      const target = record.target as Element;
      if (record.type === 'attributes' && target.getAttribute('role') === 'alert' && target.hasAttribute('inert'))
        alertsBehindModal.push(true);
    }
  });
  watcher.observe(section, { subtree: true, childList: true, attributes: true, attributeFilter: ['inert'] });
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  expect(document.querySelector('dialog:modal')).not.toBeNull();
  await userEvent.keyboard('{Tab}{Enter}');
  await screen.findByRole('alert');
  await new Promise((resolve) => setTimeout(resolve, 50));
  watcher.disconnect();
  expect(alertsBehindModal).toEqual([false]);
});

// ---------------------------------------------------------------------------------------------
// Two widgets in two React roots on one page (e.g. a header mini-wallet and the checkout).
// ---------------------------------------------------------------------------------------------
test('two <SavedCards> in two React roots: ids are unique, so each list is labelled by its own heading', async () => {
  const hosts = [document.createElement('div'), document.createElement('div')];
  const roots = hosts.map((host) => {
    document.body.append(host);
    return createRoot(host);
  });
  await act(async () => {
    roots.forEach((root, index) => {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      root.render(
        <SavedCardsProvider client={ottuClient(() => Response.json(ottuCards), never)} queryClient={queryClient}>
          <SavedCards heading={index === 0 ? 'Wallet' : 'Pay with'} />
        </SavedCardsProvider>,
      );
    });
  });
  await waitFor(() => expect(document.querySelectorAll('[role="radiogroup"]')).toHaveLength(2));
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  const second = document.querySelectorAll('[role="radiogroup"]')[1] as HTMLElement;
  const label = document.getElementById(second.getAttribute('aria-labelledby')!)?.textContent;
  act(() => roots.forEach((root) => root.unmount()));
  hosts.forEach((host) => host.remove());
  expect({ duplicates, secondListLabel: label }).toEqual({ duplicates: [], secondListLabel: 'Pay with' });
});

// ---------------------------------------------------------------------------------------------
// Language of parts (WCAG 3.1.2)
// ---------------------------------------------------------------------------------------------
test('English texts on an Arabic page are marked lang="en" (the default locale)', async () => {
  const { container } = renderCards(
    <div lang="ar" dir="rtl">
      <SavedCards />
    </div>,
  );
  await screen.findAllByRole('radio');
  const section = container.querySelector('section') as HTMLElement;
  expect(section.closest('[lang]')?.getAttribute('lang')).toBe('en');
});

// ---------------------------------------------------------------------------------------------
// Contrast of every state, light and dark.
// ---------------------------------------------------------------------------------------------
function luminance(color: string) {
  const [red, green, blue] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}
function contrast(first: string, second: string) {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  return 'rgb(255, 255, 255)';
}

function DeleteBehind({ token }: { token: string }) {
  const { mutate } = useDeleteCard({});
  useEffect(() => mutate({ token }), [mutate, token]);
  return null;
}

describe.each(['light', 'dark'] as const)('contrast in %s', (theme) => {
  test('every text in every card state (selected, expiring, expired, deleting, blocked) is at least 4.5:1', async () => {
    const { container } = renderCards(
      <>
        <SavedCards allowDelete alwaysShowDelete theme={theme} />
        <DeleteBehind token="3782822463101009" />
      </>,
      undefined,
      never,
    );
    await screen.findAllByRole('radio');
    await waitFor(() => expect(container.querySelector('[data-state="deleting"]')).not.toBeNull());
    const root = container.querySelector('[data-sc-root]') as HTMLElement;
    const low: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement!;
      if (!text.textContent?.trim() || element.closest('[data-sc-part="live"]')) continue;
      const ratio = contrast(getComputedStyle(element).color, backgroundOf(element));
      if (ratio < 4.5)
        low.push(`${element.dataset.scPart ?? element.tagName} "${text.textContent}" ${ratio.toFixed(2)}`);
    }
    expect(low).toEqual([]);
    expect(await violations(container)).toEqual([]);
  });
});

test('prefers-reduced-motion stops the skeleton pulse', async () => {
  await media([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const { container } = renderCards(<SavedCards />, never);
  const skeleton = container.querySelector('[data-sc-part="skeleton"]') as HTMLElement;
  expect(getComputedStyle(skeleton).animationName).toBe('none');
});

// ---------------------------------------------------------------------------------------------
// renderCard content with a control in it (the README asks for none: a radio's content is not
// interactive to assistive technology). Pressing or clicking it still must not choose the card.
// ---------------------------------------------------------------------------------------------
test('renderCard with a link inside: a click on the link does not choose the card', async () => {
  renderCards(
    <SavedCards
      defaultValue={null}
      renderCard={(card) => (
        <span>
          {card.last4} <a href={`#edit-${card.last4}`}>Edit</a>
        </span>
      )}
    />,
  );
  const radios = await screen.findAllByRole('radio');
  const amex = radios[2]!;
  await userEvent.click(within(amex).getByText('Edit'));
  expect(amex).toHaveAttribute('aria-checked', 'false');
  await userEvent.click(amex, { position: { x: 2, y: 2 } });
  expect(amex).toHaveAttribute('aria-checked', 'true');
});

test('reflow: at 320px a card with an e-mail-like nickname does not overflow into its Delete button', async () => {
  await page.viewport(320, 640);
  const cards = structuredClone(ottuCards).map((card, index) =>
    index === 0 ? { ...card, name_on_card: 'fatima.alsabah@company.com' } : card,
  );
  const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />, () => Response.json(cards));
  const visa = await screen.findByRole('radio', { name: /Visa ending in 0026/ });
  const remove = screen.getByRole('button', { name: 'Delete Visa ending in 0026' });
  const details = visa.querySelector('[data-sc-part="details"]') as HTMLElement;
  expect(container.querySelector('[data-sc-root]')).not.toBeNull();
  // A narrow container stacks the row (issue 10): Delete is then under the text, else beside it; never under it.
  const [text, button] = [details.getBoundingClientRect(), remove.getBoundingClientRect()];
  expect(text.right <= button.left || text.bottom <= button.top).toBe(true);
});
