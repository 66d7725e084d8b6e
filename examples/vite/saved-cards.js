// The merchant's backend: the kit's handler over an in-memory vault, the shopper from the session cookie.
import { createSavedCardsHandler, memoryProvider, readCookie } from 'react-saved-cards/server';

const sessions = new Map([['demo-session', 'customer-1']]);

export const handler = createSavedCardsHandler({
  provider: memoryProvider({
    cards: {
      'customer-1': [
        { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
        { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 },
      ],
    },
  }),
  getCustomerId: (request) => sessions.get(readCookie(request, 'session') ?? '') ?? null,
});
