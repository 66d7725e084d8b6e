// @vitest-environment node
// Issue 21, item 1: a custom provider's secret in a refusal's words. Scrubbed before any redaction or cut.
import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../src/adapters/json';
import { SavedCardsError } from '../../src/core/errors';
import { createSavedCardsHandler, type PaymentProvider } from '../../src/server';

const SECRET = 'sk_live_51HxQ2eKZ0192837465abcdefXYZ';
const DIGIT_FREE_SECRET = 'ottu_key_AbCdEfGhIjKlMnOpQrStUv';
const HEADERS = { 'X-Requested-With': 'react-saved-cards' };

const CARD = { token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 };

function customProvider(extra: Partial<PaymentProvider> = {}): PaymentProvider {
  return {
    name: 'custom',
    adapter: jsonAdapter(),
    secrets: [SECRET, DIGIT_FREE_SECRET],
    capabilities: { delete: true, setDefault: true, rename: true },
    listCards: async () => ({ cards: [CARD] }),
    deleteCard: async () => undefined,
    setDefaultCard: async () => undefined,
    renameCard: async () => undefined,
    ...extra,
  };
}

function refusingWith(reason: string): Partial<PaymentProvider> {
  const refuse = async () => {
    throw new SavedCardsError('rejected', { reason });
  };
  return { deleteCard: refuse, setDefaultCard: refuse, renameCard: refuse };
}

async function messageOf(response: Response): Promise<string> {
  expect(response.status).toBe(409);
  return ((await response.json()) as { error: { message: string } }).error.message;
}

const remove = (handler: (request: Request) => Promise<Response>) =>
  handler(new Request('http://127.0.0.1/api/saved-cards/tok_1', { method: 'DELETE', headers: HEADERS }));
const makeDefault = (handler: (request: Request) => Promise<Response>) =>
  handler(
    new Request('http://127.0.0.1/api/saved-cards/tok_1', {
      method: 'PATCH',
      headers: HEADERS,
      body: '{"isPreferred":true}',
    }),
  );

/** Every 8-character piece of each secret: none may reach the shopper. */
function expectNoFragment(text: string) {
  for (const secret of [SECRET, DIGIT_FREE_SECRET]) {
    for (let start = 0; start + 8 <= secret.length; start += 1) {
      expect(text).not.toContain(secret.slice(start, start + 8));
    }
  }
}

const handlerFor = (provider: PaymentProvider) =>
  createSavedCardsHandler({ provider, getCustomerId: () => 'customer-1', onError: () => undefined });

describe('a refusal reason is scrubbed of the provider’s secrets before it is redacted or cut', () => {
  it('the issue’s reproduction: a secret with digits in a thrown reason, on DELETE and PATCH', async () => {
    const handler = handlerFor(customProvider(refusingWith(`Refused: invalid key ${SECRET}`)));
    for (const message of [await messageOf(await remove(handler)), await messageOf(await makeDefault(handler))]) {
      expectNoFragment(message);
      expect(message).toBe('Refused: invalid key •••');
    }
  });

  it('a digit-free secret straddling the 200-character cut leaks none of its first part', async () => {
    const reason = `${'Refused. '.repeat(21)}${DIGIT_FREE_SECRET} please check`;
    expect(reason.indexOf(DIGIT_FREE_SECRET)).toBeLessThan(200);
    expect(reason.indexOf(DIGIT_FREE_SECRET) + DIGIT_FREE_SECRET.length).toBeGreaterThan(200);
    const handler = handlerFor(customProvider(refusingWith(reason)));
    for (const message of [await messageOf(await remove(handler)), await messageOf(await makeDefault(handler))]) {
      expectNoFragment(message);
      expect(message).toContain('•••');
    }
  });

  it('the list’s own blocked reason: scrubbed before the 120-character cut, with or without digits', async () => {
    for (const message of [`Locked: ${SECRET}`, `${'Locked by an agreement. '.repeat(4)}${DIGIT_FREE_SECRET}`]) {
      const handler = handlerFor(
        customProvider({
          listCards: async () => ({ cards: [{ ...CARD, deleteBlocked: { code: 'other', message } }] }),
        }),
      );
      const shown = await messageOf(await remove(handler));
      expectNoFragment(shown);
      expect(shown).toContain('•••');
    }
  });

  it('a reason still holding an 8-character piece of a secret (a provider that shortened it) is replaced by the fixed words', async () => {
    const handler = handlerFor(customProvider(refusingWith(`Invalid key ${SECRET.slice(0, 14)}… for this account`)));
    expect(await messageOf(await remove(handler))).toBe('The payment provider refused to delete this card.');
    expect(await messageOf(await makeDefault(handler))).toBe('The payment provider refused to change this card.');
    const blocked = handlerFor(
      customProvider({
        listCards: async () => ({
          cards: [{ ...CARD, deleteBlocked: { code: 'other', message: `Locked (${DIGIT_FREE_SECRET.slice(3, 15)})` } }],
        }),
      }),
    );
    expect(await messageOf(await remove(blocked))).toBe('The payment provider refused to delete this card.');
  });

  it('a reason without secrets is still redacted and kept', async () => {
    const handler = handlerFor(customProvider(refusingWith('Card 4111 1111 1111 1111 is locked.')));
    expect(await messageOf(await remove(handler))).toBe('Card ••• is locked.');
  });
});
