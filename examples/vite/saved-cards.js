// saved-cards.js: the merchant's backend, offline: the kit's handler over an in-memory vault, the shopper
// from the session cookie. Plain JavaScript, so `node server.js` runs it as is (Node 20).
import { createSavedCardsHandler, memoryProvider, readCookie } from 'react-saved-cards/server';

export const provider = memoryProvider({
  cards: {
    'customer-1': [
      { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
      { token: 'tok_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 },
    ],
  },
});

// Your session store: session id (the `session` cookie) -> customer id.
const sessions = new Map([['demo-session', 'customer-1']]);

export const handler = createSavedCardsHandler({
  provider,
  getCustomerId: (request) => sessions.get(readCookie(request, 'session') ?? '') ?? null,
});

/** Development only: `GET /api/dev/sign-in` gives this browser customer-1's session cookie, then opens the page. */
export function devSignIn(req, res) {
  if (process.env.NODE_ENV === 'production') return void res.writeHead(404).end();
  res.writeHead(303, { 'Set-Cookie': 'session=demo-session; Path=/; HttpOnly; SameSite=Lax', Location: '/' }).end();
}
