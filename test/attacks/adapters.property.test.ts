import fc from 'fast-check';
import { jsonAdapter } from '../../src/adapters/json';
import { ottuAdapter } from '../../src/adapters/ottu';
import { payuAdapter } from '../../src/adapters/payu';
import type { SavedCardsAdapter } from '../../src/adapters/types';
import { createSavedCardsClient } from '../../src/client/create-client';
import { SavedCardsError } from '../../src/core/errors';
import { bin, cardNumber, hostileText, jsonValue, leakedWindows, par, stackHead } from './arbitraries';

const adapters: Array<[string, () => SavedCardsAdapter]> = [
  ['json', jsonAdapter],
  ['ottu', ottuAdapter],
  ['payu', payuAdapter],
];

const now = () => new Date(2026, 10, 24);

/** A client whose fetch answers `body` as JSON, recording every request. */
function clientAnswering(adapter: SavedCardsAdapter, body: unknown, status = 200) {
  const requests: string[] = [];
  const client = createSavedCardsClient({
    endpoint: 'https://shop.test/api/cards',
    adapter,
    now,
    fetch: async (input) => {
      requests.push(String(input));
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { client, requests };
}

/** A card holding every kind of secret, in each backend's own field names. */
const secretCard = fc.record({
  number: cardNumber,
  tokenValue: cardNumber,
  par,
  bin,
  name: hostileText,
  brand: hostileText,
  month: fc.oneof(fc.integer({ min: -5, max: 20 }), hostileText),
  year: fc.oneof(fc.integer({ min: 0, max: 3000 }), hostileText),
  maskedNumber: fc.boolean(),
});
type SecretCard = typeof secretCard extends fc.Arbitrary<infer T> ? T : never;

function shaped(adapterName: string, cards: SecretCard[]): unknown {
  const numberOf = (card: SecretCard) => (card.maskedNumber ? `XXXXXXXXXXXX${card.number.slice(-4)}` : card.number);
  if (adapterName === 'ottu') {
    return cards.map((card, index) => ({
      token: `t${index}`,
      brand: card.brand,
      number: numberOf(card),
      expiry_month: card.month,
      expiry_year: card.year,
      name_on_card: card.name,
      pg_code: card.bin,
    }));
  }
  if (adapterName === 'payu') {
    return {
      status: 1,
      user_cards: Object.fromEntries(
        cards.map((card, index) => [
          index === 0 ? '__proto__' : `t${index}`,
          {
            card_no: numberOf(card),
            card_brand: card.brand,
            expiry_month: card.month,
            expiry_year: card.year,
            name_on_card: card.name,
            card_bin: card.bin,
            card_PAR: card.par,
            network_token: { token_value: card.tokenValue, token_bin: card.bin, token_exp_mon: card.month },
            networkToken: { tokenValue: card.tokenValue, tokenBin: card.bin },
          },
        ]),
      ),
    };
  }
  return {
    cards: cards.map((card, index) => ({
      token: `t${index}`,
      brand: card.brand,
      maskedNumber: numberOf(card),
      expiryMonth: card.month,
      expiryYear: card.year,
      holderName: card.name,
      accountReference: card.par,
      bin: card.bin,
    })),
  };
}

describe.each(adapters)('%s adapter', (adapterName, makeAdapter) => {
  test('any JSON answer gives cards or a typed error, never anything else thrown', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, async (body) => {
        const { client } = clientAnswering(makeAdapter(), body);
        try {
          const list = await client.listCards();
          expect(Array.isArray(list.cards)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(SavedCardsError);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('card numbers, network tokens, PAR and BIN never reach the cards, the console or an error', async () => {
    const logged: string[] = [];
    const record = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(record),
    );
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(secretCard, { minLength: 1, maxLength: 4 }), async (cards) => {
          logged.length = 0;
          const secrets = cards.flatMap((card) => [card.number, card.tokenValue, card.par, card.bin]);
          const { client } = clientAnswering(makeAdapter(), shaped(adapterName, cards));
          let seen = '';
          try {
            const list = await client.listCards();
            // Everything the UI could show: every field but the tokens, which we generated ourselves.
            seen =
              JSON.stringify(list.cards.map(({ token: _token, tokens: _tokens, ...shown }) => shown)) +
              JSON.stringify(list.issues);
          } catch (error) {
            expect(error).toBeInstanceOf(SavedCardsError);
            const failure = error as SavedCardsError;
            seen = `${failure.message} ${failure.reason ?? ''} ${stackHead(failure)}`;
          }
          expect(leakedWindows(secrets, seen + logged.join('\n'))).toEqual([]);
        }),
        { numRuns: 200 },
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  test('every delete request path has exactly one token segment, or no request is sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom('..', '.', '%2e%2e', 'a/../b', 'x?y#z', '', '\u0000', 'a\\b', '%2F', '..%2f'),
        ),
        async (token) => {
          const requests: string[] = [];
          const client = createSavedCardsClient({
            endpoint: 'https://shop.test/api/cards',
            adapter: makeAdapter(),
            fetch: async (input) => {
              requests.push(String(input));
              return new Response(null, { status: 204 });
            },
          });
          try {
            await client.deleteCard(token);
          } catch (error) {
            expect(error).toMatchObject({ kind: 'invalid-token' });
            expect(requests).toEqual([]);
            return;
          }
          expect(requests).toHaveLength(1);
          const url = new URL(requests[0] as string);
          expect(url.search).toBe('');
          expect(url.hash).toBe('');
          const segments = url.pathname
            .replace(/^\/api\/cards\//, '')
            .split('/')
            .filter(Boolean);
          expect(segments).toHaveLength(1);
          expect(decodeURIComponent(segments[0] as string)).toBe(token);
        },
      ),
      { numRuns: 300 },
    );
  });
});
