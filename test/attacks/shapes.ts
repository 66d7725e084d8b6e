import { jsonAdapter } from '../../src/adapters/json';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import type { SavedCardsAdapter } from '../../src/adapters/types';

/** One card as a hostile or broken backend might send it, before it is put in a backend's shape. */
export interface RawCard {
  token: string;
  brand: unknown;
  /** Masked ("XXXXXXXXXXXX4242") or not. */
  number: unknown;
  month: unknown;
  year: unknown;
  holder?: unknown;
  /** Ottu has no nickname field; it is dropped there. */
  nickname?: unknown;
  bin?: unknown;
  par?: unknown;
  /** A network token value: looks exactly like a card number. */
  tokenValue?: unknown;
}

/** A valid Visa ending in 4242, expiring 05/37, with `fields` replaced. */
export function cardWith(fields: Partial<RawCard>): RawCard {
  return { token: 'tok_hostile', brand: 'visa', number: 'XXXXXXXXXXXX4242', month: '05', year: '2037', ...fields };
}

export interface BackendShape {
  adapter: () => SavedCardsAdapter;
  payload: (cards: readonly RawCard[]) => unknown;
}

/**
 * The list answer of every backend the kit reads, built from the same cards.
 * Each carries the backend's own BIN / PAR / network-token fields, so a leak
 * through any of them shows.
 */
export const backendShapes: Record<'json' | 'ottu' | 'payu v1' | 'payu v2', BackendShape> = {
  json: {
    adapter: jsonAdapter,
    payload: (cards) => ({
      cards: cards.map((card) => ({
        token: card.token,
        brand: card.brand,
        maskedNumber: card.number,
        expiryMonth: card.month,
        expiryYear: card.year,
        holderName: card.holder,
        nickname: card.nickname,
        bin: card.bin,
        accountReference: card.par,
        networkToken: { tokenValue: card.tokenValue, tokenBin: card.bin },
      })),
    }),
  },
  ottu: {
    adapter: ottuAdapter,
    payload: (cards) =>
      cards.map((card) => ({
        token: card.token,
        brand: card.brand,
        number: card.number,
        expiry_month: card.month,
        expiry_year: card.year,
        name_on_card: card.holder,
        pg_code: card.bin,
        customer_id: card.par,
        network_token: card.tokenValue,
      })),
  },
  'payu v1': {
    adapter: payuAdapter,
    payload: (cards) => ({
      status: 1,
      msg: 'Cards fetched Successfully',
      // Object.fromEntries defines own properties, so a "__proto__" token stays a key.
      user_cards: Object.fromEntries(
        cards.map((card) => [
          card.token,
          {
            card_no: card.number,
            card_brand: card.brand,
            expiry_month: card.month,
            expiry_year: card.year,
            name_on_card: card.holder,
            card_name: card.nickname,
            card_bin: card.bin,
            card_PAR: card.par,
            card_token: card.token,
            network_token: { token_value: card.tokenValue, token_bin: card.bin, token_exp_mon: card.month },
          },
        ]),
      ),
    }),
  },
  'payu v2': {
    adapter: payuAdapter,
    payload: (cards) => ({
      status: 1,
      message: 'Success',
      result: {
        user_cards: Object.fromEntries(
          cards.map((card) => [
            card.token,
            {
              cardNo: card.number,
              cardBrand: card.brand,
              cardExpiryMonth: card.month,
              cardExpiryYear: card.year,
              nameOnCard: card.holder,
              cardName: card.nickname,
              cardBin: card.bin,
              par: card.par,
              cardToken: card.token,
              networkToken: { tokenValue: card.tokenValue, tokenBin: card.bin, tokenExpiryMonth: card.month },
            },
          ]),
        ),
      },
    }),
  },
};

/** A fetch that answers every list call with `body` as JSON and every DELETE with 204, recording what it was asked. */
export function fakeFetch(body: () => unknown, requests: string[] = []): typeof fetch {
  return async (input, init) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    return new Response(JSON.stringify(body()), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}
