import { cookies } from 'next/headers';
import { createSavedCardsHandler, memoryProvider, readCookie, type PaymentProvider } from 'react-saved-cards/server';

// Your session store: session id (the `session` cookie) -> customer id.
const sessions = new Map([['demo-session', 'customer-1']]);

// One vault per server process, shared by the page and the route handler.
const vault = globalThis as { savedCardsProvider?: PaymentProvider };
export const provider = (vault.savedCardsProvider ??= memoryProvider({
  cards: {
    'customer-1': [
      { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
      { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 },
      { token: 'tok_amex', brand: 'amex', last4: '0005', expiryMonth: 9, expiryYear: 2035 },
    ],
  },
  faults: { latencyMs: 100, refuseDelete: { tok_amex: 'This card pays your subscription.' } },
}));

export const handler = createSavedCardsHandler({
  provider,
  getCustomerId: (request) => sessions.get(readCookie(request, 'session') ?? '') ?? null,
});

/** The signed-in shopper in a Server Component, from the same cookie. */
export async function customerIdFromCookies(): Promise<string | null> {
  return sessions.get((await cookies()).get('session')?.value ?? '') ?? null;
}
