import { ar } from '../../src/i18n/ar';
import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import ottuCards from '../fixtures/ottu-user-cards.json';
import {
  createSavedCardsClient,
  ManageSavedCards,
  ottuAdapter,
  SavedCards,
  SavedCardsProvider,
  savedCardsQueryOptions,
} from '../../src/index';

// A merchant server renders with data it fetched itself; the browser hydrates with the same data.
async function prefilledTree(locale: 'en' | 'ar') {
  const client = createSavedCardsClient({
    endpoint: 'https://shop.example/api/cards',
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async () => Response.json(ottuCards),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  await queryClient.prefetchQuery(savedCardsQueryOptions(client));
  return (
    <SavedCardsProvider client={client} queryClient={queryClient}>
      <SavedCards allowDelete alwaysShowDelete messages={locale === 'ar' ? ar : undefined} />
    </SavedCardsProvider>
  );
}

test.each(['en', 'ar'] as const)('server HTML (%s) hydrates without a warning and then works', async (locale) => {
  const html = renderToString(await prefilledTree(locale));
  expect(html).toContain('role="radiogroup"');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  const tree = await prefilledTree(locale);
  await act(async () => {
    hydrateRoot(container, tree, { onRecoverableError: (error) => console.error(error) });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
  const radios = screen.getAllByRole('radio');
  expect(radios).toHaveLength(4);
  await userEvent.setup().click(radios[2] as HTMLElement);
  expect(radios[2]).toHaveAttribute('aria-checked', 'true');
  errors.mockRestore();
  warnings.mockRestore();
  container.remove();
});

test('<ManageSavedCards> server HTML hydrates without a warning, the default card first', async () => {
  const tree = async () => {
    const client = createSavedCardsClient({
      endpoint: 'https://shop.example/api/cards',
      adapter: ottuAdapter(),
      now: () => new Date(2026, 5, 15),
      fetch: async () => Response.json(ottuCards),
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    await queryClient.prefetchQuery(savedCardsQueryOptions(client));
    return (
      <SavedCardsProvider client={client} queryClient={queryClient}>
        <ManageSavedCards />
      </SavedCardsProvider>
    );
  };
  const errors = vi.spyOn(console, 'error');
  const html = renderToString(await tree());
  expect(html).toContain('role="list"');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const hydrated = await tree();
  await act(async () => {
    hydrateRoot(container, hydrated, { onRecoverableError: (error) => console.error(error) });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Preferred');
  expect(screen.getAllByRole('button', { name: /^Delete / })).toHaveLength(4);
  errors.mockRestore();
  container.remove();
});
