/// <reference types="vite/client" />
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { userEvent } from 'vitest/browser';
import {
  createSavedCardsClient,
  payuAdapter,
  SavedCards,
  SavedCardsProvider,
  type SavedCardsAdapter,
} from '../../src/index';
import { backendShapes, cardWith, fakeFetch } from '../attacks/shapes';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

// Each payload sets window.__pwned if the browser ever treats it as markup or a URL.
const IMG = '<img src=x onerror="window.__pwned=true">';
const SCRIPT = '<script>window.__pwned=true</script>';
const SVG = '<svg onload="window.__pwned=true"></svg>';
const JS_BRAND = 'javascript:window.__pwned=true';

function renderCards(ui: ReactNode, adapter: SavedCardsAdapter, body: () => unknown) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  // msw's service worker would need a served worker file; a fake fetch at the client's edge does the same job here.
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter,
    now: () => new Date(2026, 5, 15),
    fetch: fakeFetch(body),
  });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

/** Long enough for an image error, an SVG load or a navigation to have run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 300));

// Real clicks drive this page, as they would a shop's: React's act() bookkeeping does not apply.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
beforeAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

beforeEach(() => {
  window.__pwned = false;
});

test('the canary works: the same payloads do run when a page does inject them as HTML', async () => {
  const sink = document.createElement('div');
  document.body.append(sink);
  sink.innerHTML = IMG;
  // Polled: on a loaded machine the image's error can take longer than settle() waits.
  await expect.poll(() => window.__pwned, { timeout: 5000 }).toBe(true);
  sink.remove();
});

const hostileCard = cardWith({ brand: JS_BRAND, holder: IMG, nickname: SCRIPT });

describe.each(Object.entries(backendShapes))('%s', (shapeName, shape) => {
  test('markup in holder names and nicknames and javascript: in the brand are shown as text and never run', async () => {
    const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />, shape.adapter(), () =>
      shape.payload([hostileCard]),
    );
    const radio = await screen.findByRole('radio', { name: 'Card ending in 4242, expires 05/37' });
    const holderText = shapeName === 'ottu' ? IMG : `${SCRIPT} · ${IMG}`;
    expect(within(radio).getByText(holderText)).toBeVisible();
    expect(radio).toHaveAttribute('data-brand', 'unknown');
    expect(container.querySelectorAll('img, script, a, iframe')).toHaveLength(0);

    // The card's name also shows in the dialog and the announcement.
    await userEvent.click(screen.getByRole('button', { name: 'Delete Card ending in 4242' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete Card ending in 4242?' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    const live = container.querySelector('[aria-live="polite"]');
    await waitFor(() => expect(live).toHaveTextContent('Card ending in 4242 was removed'));
    await settle();
    expect(window.__pwned).toBe(false);
    expect(container.querySelectorAll('img, script, a, iframe')).toHaveLength(0);
  });
});

test('markup in a refusal reason is shown as text and never runs', async () => {
  renderCards(<SavedCards />, payuAdapter(), () => ({ status: 0, msg: `${SVG} ${IMG}` }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(`The request was refused. ${SVG} ${IMG}`);
  expect(alert).toBeVisible();
  await settle();
  expect(window.__pwned).toBe(false);
  expect(alert.querySelectorAll('img, svg')).toHaveLength(0);
});
