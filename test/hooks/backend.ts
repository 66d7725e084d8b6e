import { http, HttpResponse } from 'msw';

/** A card in the kit's JSON contract, as the fake merchant backend stores it. */
export interface BackendCard {
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  isPreferred?: boolean;
  isExpired?: boolean;
  nickname?: string;
  accountReference?: string;
}

/** A PATCH body in the kit's JSON contract. */
export interface ChangeBody {
  isPreferred?: true;
  nickname?: string;
}

export const endpoint = 'http://shop.test/api/cards';

export function card(token: string, last4: string, extra: Partial<BackendCard> = {}): BackendCard {
  return { token, brand: 'visa', last4, expiryMonth: 5, expiryYear: 2037, ...extra };
}

/** A promise the test resolves when it wants the backend to answer. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/**
 * An in-memory merchant backend in the kit's JSON contract. Tests hold requests
 * with `holdList`/`holdDelete` and decide each delete's answer with `failDelete`.
 * `answerChange` may hold a PATCH and return a failing status for it (undefined: apply it, answer 204).
 */
export function fakeBackend(initial: BackendCard[]) {
  const state = {
    cards: [...initial],
    listCalls: 0,
    deleteCalls: [] as string[],
    holdList: undefined as Promise<void> | undefined,
    holdDelete: new Map<string, Promise<void>>(),
    failDelete: new Map<string, number>(),
    changeCalls: [] as { token: string; body: ChangeBody }[],
    answerChange: undefined as ((token: string, body: ChangeBody) => Promise<number | undefined>) | undefined,
  };
  const handlers = [
    http.get(endpoint, async () => {
      state.listCalls += 1;
      // Take the snapshot first: a slow list answers with what was there when it was asked.
      const snapshot = [...state.cards];
      if (state.holdList) await state.holdList;
      return HttpResponse.json({ cards: snapshot });
    }),
    http.delete(`${endpoint}/:token`, async ({ params }) => {
      const token = String(params.token);
      state.deleteCalls.push(token);
      await state.holdDelete.get(token);
      const status = state.failDelete.get(token);
      if (status)
        return HttpResponse.json(
          { error: { code: status === 409 ? 'rejected' : 'server', message: 'Refused' } },
          { status },
        );
      const before = state.cards.length;
      state.cards = state.cards.filter((stored) => stored.token !== token);
      return before === state.cards.length
        ? HttpResponse.json({ error: { message: 'Not found' } }, { status: 404 })
        : new HttpResponse(null, { status: 204 });
    }),
    http.patch(`${endpoint}/:token`, async ({ params, request }) => {
      const token = String(params.token);
      const body = (await request.json()) as ChangeBody;
      state.changeCalls.push({ token, body });
      const status = await state.answerChange?.(token, body);
      if (status) return HttpResponse.json({ error: { message: 'Refused' } }, { status });
      if (!state.cards.some((stored) => stored.token === token))
        return HttpResponse.json({ error: { message: 'Not found' } }, { status: 404 });
      state.cards = state.cards.map((stored) => {
        if (body.isPreferred) return { ...stored, isPreferred: stored.token === token };
        return stored.token === token ? { ...stored, nickname: body.nickname } : stored;
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  return { state, handlers };
}
