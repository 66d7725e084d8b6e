// The stories' backend: MSW handlers serving the shared fixtures, and the real client and
// provider around each story. Only the network is mocked; everything above fetch is the kit.
import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { useState, type ReactNode } from 'react';
import {
  createSavedCardsClient,
  jsonAdapter,
  ottuAdapter,
  payuAdapter,
  SavedCardsProvider,
  type SavedCard,
  type SavedCardsCapabilities,
  type SavedCardsClient,
} from '../src/index';
import type { SavedCardsJsonCard } from '../src/adapters/json';
import ottuCards from '../test/fixtures/ottu-user-cards.json';
import payuV1Cards from '../test/fixtures/payu-v1-user-cards.json';
import payuV2Cards from '../test/fixtures/payu-v2-user-cards.json';

export type Backend = 'ottu' | 'payu' | 'json';

/** The stories' clock, so "expires soon" (the mada card, 12/26) never drifts. */
export const STORY_NOW = new Date('2026-11-24T12:00:00Z');

export const ENDPOINTS: Record<Backend, string> = {
  ottu: '/api/ottu/cards',
  payu: '/api/payu/cards',
  json: '/api/account/cards',
};

export const fixtures = { ottu: ottuCards, payuV1: payuV1Cards, payuV2: payuV2Cards };

/** The client a merchant would create, pointed at the mocked endpoint of `backend`. */
export function storyClient(backend: Backend): SavedCardsClient {
  return createSavedCardsClient({
    endpoint: ENDPOINTS[backend],
    adapter: { ottu: ottuAdapter, payu: payuAdapter, json: jsonAdapter }[backend](),
    now: () => STORY_NOW,
  });
}

/** One provider, client and cache per story, so no story sees another's cards. */
export function StoryBackend({ backend, children }: { backend: Backend; children: ReactNode }) {
  const [client] = useState(() => storyClient(backend));
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // The list query brings its own retry rule (network errors and 5xx, twice): no waiting between tries.
        defaultOptions: {
          queries: { retry: false, retryDelay: 0, refetchOnWindowFocus: false },
          mutations: { retry: false },
        },
      }),
  );
  return (
    <SavedCardsProvider client={client} queryClient={queryClient}>
      {children}
    </SavedCardsProvider>
  );
}

type OttuCard = (typeof ottuCards)[number];

/** `count` Ottu cards of assorted brands and expiries, none expired, the first preferred. */
export function manyOttuCards(count: number): OttuCard[] {
  const brands = ['VISA', 'MASTERCARD', 'AMEX', 'mada', 'KNET', 'DISCOVER', 'JCB', 'UNIONPAY'];
  return Array.from({ length: count }, (_, index) => {
    const last4 = String(1000 + index).padStart(4, '0');
    return {
      customer_id: 'cust-7f3a',
      brand: brands[index % brands.length] as string,
      name_on_card: index % 3 === 0 ? null : `SHOPPER ${index + 1}`,
      number: `**** ${last4}`,
      expiry_month: String((index % 12) + 1).padStart(2, '0'),
      expiry_year: String(28 + (index % 10)),
      token: `tok-many-${index + 1}`,
      pg_code: 'credit-card',
      pg_name: 'mpgs',
      is_preferred: index === 0,
      is_expired: false,
      will_expire_soon: false,
      cvv_required: index % 2 === 0,
      agreements: [] as string[],
    } as OttuCard;
  });
}

export interface BackendOptions {
  /** What a DELETE does: remove the card and answer 204 (default), fail, or never answer. */
  onDelete?: 'succeed' | 'fail' | 'hang' | ((token: string) => Promise<Response>);
}

/**
 * Ottu's User Cards API as the merchant's endpoint passes it through: GET lists `cards`,
 * `DELETE /{token}/` removes one. Stateful per call, so a refetch after a delete agrees with it.
 */
export function ottuHandlers(cards: readonly OttuCard[] = ottuCards, options: BackendOptions = {}): HttpHandler[] {
  let current = [...cards];
  const endpoint = ENDPOINTS.ottu;
  return [
    http.get(endpoint, () => HttpResponse.json(current)),
    http.delete(`${endpoint}/:token/`, ({ params }) =>
      deleteAnswer(options.onDelete, String(params.token), (token) => {
        current = current.filter((card) => card.token !== token);
      }),
    ),
  ];
}

/** What a DELETE of `token` answers under `onDelete`; `remove` takes the card off the backend's list. */
async function deleteAnswer(
  onDelete: BackendOptions['onDelete'] = 'succeed',
  token: string,
  remove: (token: string) => void,
): Promise<Response> {
  if (typeof onDelete === 'function') return onDelete(token);
  if (onDelete === 'hang') await delay('infinite');
  if (onDelete === 'fail') return HttpResponse.json({ detail: 'Gateway unavailable.' }, { status: 502 });
  remove(token);
  return new HttpResponse(null, { status: 204 });
}

/** PayU's `get_user_cards` (v1 snake_case or v2 camelCase) behind the merchant's endpoint. */
export function payuHandlers(body: JsonBodyType): HttpHandler[] {
  return [
    http.get(ENDPOINTS.payu, () => HttpResponse.json(body)),
    http.delete(`${ENDPOINTS.payu}/:token`, () => HttpResponse.json({ status: 1, msg: 'Card deleted successfully' })),
  ];
}

/** A list request that never answers: the loading state, for as long as you look. */
export function hangingList(backend: Backend): HttpHandler {
  return http.get(ENDPOINTS[backend], async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  });
}

/**
 * A list request that fails with `status` (counted in `calls.count`) while `down()` holds;
 * after that it steps aside and the handlers installed before it answer.
 */
export function failingList(
  backend: Backend,
  status: number,
  options: { calls?: { count: number }; down?: () => boolean } = {},
): HttpHandler {
  return http.get(ENDPOINTS[backend], () => {
    if (options.down && !options.down()) return undefined;
    if (options.calls) options.calls.count += 1;
    return HttpResponse.json({ detail: 'Service unavailable.' }, { status });
  });
}

/** A promise the play function releases, to hold a request open exactly as long as it needs. */
export function createGate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/**
 * A loader for the presentational parts' stories: the Ottu fixture's cards as the real client
 * reads them from the mocked endpoint (install `ottuHandlers()` with `parameters.msw`).
 */
export async function loadOttuCards(): Promise<{ cards: readonly SavedCard[] }> {
  const list = await storyClient('ottu').listCards();
  return { cards: list.cards };
}

/** The loaded card ending in `last4`. */
export function cardEndingIn(loaded: Record<string, unknown>, last4: string): SavedCard {
  const card = (loaded.cards as readonly SavedCard[] | undefined)?.find((candidate) => candidate.last4 === last4);
  if (!card) throw new Error(`No loaded card ends in ${last4}.`);
  return card;
}

/** The account page's cards in the kit's JSON contract: the default Visa, a named Mastercard, Amex, and an expired mada. */
export const accountCards: readonly SavedCardsJsonCard[] = [
  { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2030, isPreferred: true },
  {
    token: 'tok_mastercard',
    brand: 'mastercard',
    last4: '4444',
    expiryMonth: 3,
    expiryYear: 2029,
    nickname: 'Work card',
    holderName: 'FATIMA AL-SABAH',
  },
  { token: 'tok_amex', brand: 'amex', last4: '1258', expiryMonth: 11, expiryYear: 2031 },
  { token: 'tok_mada', brand: 'mada', last4: '7713', expiryMonth: 2, expiryYear: 2024 },
];

export interface AccountBackendOptions {
  /** What the backend says it can do. Default: all three. */
  capabilities?: SavedCardsCapabilities;
  /** What a PATCH does: apply the change and answer 204 (default), fail with a 502, or never answer. */
  onChange?: 'succeed' | 'fail' | 'hang';
  /** What a DELETE does, as for `ottuHandlers`. */
  onDelete?: BackendOptions['onDelete'];
}

/**
 * The kit's JSON contract as `createSavedCardsHandler` answers it: GET lists `{ cards, capabilities }`,
 * `PATCH /{token}` sets the default or the name, `DELETE /{token}` removes the card. Stateful per call.
 */
export function accountHandlers(
  cards: readonly SavedCardsJsonCard[] = accountCards,
  options: AccountBackendOptions = {},
): HttpHandler[] {
  let current = cards.map((card) => ({ ...card }));
  const endpoint = ENDPOINTS.json;
  const capabilities = options.capabilities ?? { delete: true, setDefault: true, rename: true };
  return [
    http.get(endpoint, () => HttpResponse.json({ cards: current, capabilities })),
    http.patch(`${endpoint}/:token`, async ({ params, request }) => {
      const onChange = options.onChange ?? 'succeed';
      if (onChange === 'hang') await delay('infinite');
      if (onChange === 'fail')
        return HttpResponse.json({ error: { code: 'http', message: 'Gateway unavailable.' } }, { status: 502 });
      const token = String(params.token);
      const body = (await request.json()) as { isPreferred?: boolean; nickname?: string };
      current = current.map((card) => {
        if (body.isPreferred) return { ...card, isPreferred: card.token === token };
        return card.token === token ? { ...card, nickname: body.nickname } : card;
      });
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${endpoint}/:token`, ({ params }) =>
      deleteAnswer(options.onDelete, String(params.token), (token) => {
        current = current.filter((card) => card.token !== token);
      }),
    ),
  ];
}
