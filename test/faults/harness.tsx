import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { http, HttpResponse } from 'msw';
import type { setupServer } from 'msw/node';

type Server = ReturnType<typeof setupServer>;
import {
  createSavedCardsClient,
  jsonAdapter,
  SavedCards,
  SavedCardsProvider,
  type SavedCardsAdapter,
  type SavedCardsClientConfig,
  type SavedCardsProps,
} from '../../src/index';

export const ENDPOINT = 'https://shop.test/api/cards';

/** One request as it reached the network edge. */
export interface SentRequest {
  method: string;
  /** Path relative to the endpoint's origin, e.g. "/api/cards/tok_1". */
  path: string;
  customer: string | null;
}

/**
 * Records every request the page sends, before any handler runs, so requests
 * that never get an answer (or that no handler matches) are counted too.
 */
export function recordRequests(server: Server): SentRequest[] {
  const sent: SentRequest[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    sent.length = 0;
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: `${url.pathname}${url.search}`,
        customer: request.headers.get('X-Customer'),
      });
    });
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
  return sent;
}

export const methods = (sent: readonly SentRequest[]) => sent.map((request) => `${request.method} ${request.path}`);

/** A card in the kit's JSON contract. */
export function card(token: string, last4: string) {
  return { token, brand: 'visa', last4, expiryMonth: 5, expiryYear: 2037 };
}

/** The radio names of the cards `threeCards` stores, and the list request. */
export const A = 'Visa ending in 1111, expires 05/37';
export const B = 'Visa ending in 2222, expires 05/37';
export const C = 'Visa ending in 3333, expires 05/37';
export const LIST = 'GET /api/cards';

export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/**
 * A stateful merchant backend in the kit's JSON contract. `answerDelete` may
 * replace a delete's answer (return undefined to let it delete and answer 204);
 * it may also wait, to hold the delete on the wire.
 */
export function jsonBackend(server: Server, initial: ReturnType<typeof card>[]) {
  const backend = {
    cards: [...initial],
    holdList: undefined as Promise<void> | undefined,
    answerDelete: undefined as ((token: string) => Promise<Response | undefined> | Response | undefined) | undefined,
  };
  server.use(
    http.get(ENDPOINT, async () => {
      // What is stored when the request arrives, even if the answer is held back.
      const snapshot = [...backend.cards];
      if (backend.holdList) await backend.holdList;
      return HttpResponse.json({ cards: snapshot });
    }),
    http.delete(`${ENDPOINT}/:token`, async ({ params }) => {
      const token = String(params.token);
      const answer = await backend.answerDelete?.(token);
      if (answer) return answer;
      backend.cards = backend.cards.filter((stored) => stored.token !== token);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return backend;
}

/** A backend with three Visa cards: tok_a (1111), tok_b (2222), tok_c (3333). */
export function threeCards(server: Server) {
  return jsonBackend(server, [card('tok_a', '1111'), card('tok_b', '2222'), card('tok_c', '3333')]);
}

/** Delete button, then the dialog's confirm, as a shopper does. */
export async function confirmDelete(user: ReturnType<typeof userEvent.setup>, cardName: string) {
  await user.click(screen.getByRole('button', { name: `Delete ${cardName}` }));
  await user.click(screen.getByRole('button', { name: 'Delete card' }));
}

export interface KitOptions extends Partial<Omit<SavedCardsClientConfig, 'endpoint' | 'adapter'>> {
  adapter?: SavedCardsAdapter;
  /** Rendered beside `<SavedCards>` in the same provider, e.g. the merchant's own hook user. */
  beside?: ReactNode;
}

/**
 * The real client, hooks and `<SavedCards allowDelete alwaysShowDelete>` in a `<SavedCardsProvider>`,
 * with a fresh cache. Retries keep their number (useSavedCards decides) but not their wait.
 * `show(props)` re-renders with other props; `show(null)` unmounts `<SavedCards>` and keeps the cache.
 */
export function renderKit(
  props: SavedCardsProps = {},
  { adapter = jsonAdapter(), beside, ...config }: KitOptions = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 }, mutations: { retry: false } } });
  const client = createSavedCardsClient({ endpoint: ENDPOINT, adapter, now: () => new Date(2026, 5, 15), ...config });
  const user = userEvent.setup();
  const tree = (shown: SavedCardsProps | null) => (
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {shown && <SavedCards allowDelete alwaysShowDelete {...shown} />}
      {shown && beside}
    </SavedCardsProvider>
  );
  const view = render(tree(props));
  const show = (shown: SavedCardsProps | null) => view.rerender(tree(shown));
  return { ...view, user, queryClient, client, show };
}

/** The polite live region `<SavedCards>` announces removals in. */
export function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  return region;
}

/** Radio names in the order shown. */
export function radioNames(root: ParentNode = document): string[] {
  return [...root.querySelectorAll('[role="radio"]')].map((radio) => radio.getAttribute('aria-label') ?? '');
}

/** Each shown card's `data-state` by its radio name: "active", "deleting", ... */
export function states(root: ParentNode = document): Record<string, string | null> {
  return Object.fromEntries(
    [...root.querySelectorAll('[role="radio"]')].map((radio) => [
      radio.getAttribute('aria-label') ?? '',
      radio.getAttribute('data-state'),
    ]),
  );
}

/**
 * Every list of card names the page showed, in order, from a MutationObserver:
 * what the shopper could have seen between the test's own checks.
 */
export function watchCards(container: HTMLElement) {
  const seen: string[][] = [radioNames(container)];
  const observer = new MutationObserver(() => seen.push(radioNames(container)));
  observer.observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
  return {
    seen,
    stop: () => {
      seen.push(...observer.takeRecords().map(() => radioNames(container)));
      observer.disconnect();
    },
  };
}
