// What the Chromium tests of <SavedCards> share: the kit over Ottu's fixture cards, with an endpoint each test answers.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import ottuCards from '../fixtures/ottu-user-cards.json';
import { createSavedCardsClient, ottuAdapter, SavedCardsProvider } from '../../src/index';

/** How the test's endpoint answers a list or a delete. */
export type Answer = () => Response | Promise<Response>;

/** An answer that never comes. */
export const never = () => new Promise<Response>(() => {});

/** The kit's client over Ottu's shape, on 15 June 2026: `list` answers each list, `remove` each delete. */
export function ottuClient(list: Answer, remove: Answer) {
  return createSavedCardsClient({
    endpoint: '/api/cards',
    adapter: ottuAdapter(),
    now: () => new Date(2026, 5, 15),
    fetch: async (_input, init) => (init?.method === 'DELETE' ? remove() : list()),
  });
}

/** Renders `ui` under the kit's provider with a QueryClient of its own (no retries); Ottu's four cards by default. */
export function renderCards(
  ui: ReactNode,
  list: Answer = () => Response.json(ottuCards),
  remove: Answer = () => new Response(null, { status: 204 }),
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const view = render(
    <SavedCardsProvider client={ottuClient(list, remove)} queryClient={queryClient}>
      {ui}
    </SavedCardsProvider>,
  );
  return { ...view, queryClient };
}

/** axe's violations in `container`, one line each: the rule and the elements it found. */
export async function violations(container: Element) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
