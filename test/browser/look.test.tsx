/// <reference types="vite/client" />
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import ottuCards from '../fixtures/ottu-user-cards.json';
import { createSavedCardsClient, ottuAdapter, SavedCards, SavedCardsProvider } from '../../src/index';

type Answer = () => Response | Promise<Response>;

function renderCards(ui: ReactNode, list: Answer = () => Response.json(ottuCards), remove: Answer = () => new Response(null, { status: 204 })) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const client = createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async (_input, init) => (init?.method === 'DELETE' ? remove() : list()),
  });
  return render(
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
}

const never = () => new Promise<Response>(() => {});

function rows(container: Element) {
  return [...container.querySelectorAll<HTMLElement>('[data-sc-part="row"]')];
}

describe('states that look different', () => {
  test('a card being deleted shows "Deleting…", is busy and looks unlike an expired card', async () => {
    const { container } = renderCards(<SavedCards allowDelete />, undefined, never);
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
